package main

import (
	"github.com/urfave/cli/v2"

	"gbo/graph"
)

// surveyCommand is `gbo survey make CASE -o DIR` and `gbo survey collect
// DIR -o ties.csv` (or `-o NEW.xlsx --case CASE`). The two steps are
// urfave/cli subcommands, each with the flags it reads, so `gbo survey
// collect --help` shows that step's help; reorderArgs moves a step's flags
// behind the step's name. Flags of a case's analysis that a step would
// ignore are hidden and refused with a message (surveyRefused).
func surveyCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:        "survey",
		Subcommands: []*cli.Command{surveyMakeCommand(e), surveyCollectCommand(e)},
		Action: func(c *cli.Context) error {
			return runSurvey(c.String("lang"))
		},
	}
}

// runSurvey is gbo survey without a step: how to use it (exit 2).
func runSurvey(lang string) error {
	if err := checkLang(lang); err != nil {
		return err
	}
	return usageErr(tr(langOf(lang, nil), "survey_usage"))
}

// surveyRefused are the case flags a survey step would ignore, by step:
// they are accepted by the parser (hidden from the help) and refused with
// survey_flag_no_effect, rather than silently ignored.
var surveyRefused = map[string][]string{
	"make":    {"as-of", "since", "min-depth", "people", "without"},
	"collect": {"as-of", "since", "min-depth", "depth-model", "people", "without"},
}

// surveyStepFlags are the flags of a survey step: first its own, then the
// case flags it reads, then the refused ones hidden.
func surveyStepFlags(step string, own ...cli.Flag) []cli.Flag {
	flags := own
	refused := map[string]bool{}
	for _, n := range surveyRefused[step] {
		refused[n] = true
	}
	var hidden []cli.Flag
	for _, f := range caseFlags() {
		n := f.Names()[0]
		switch {
		case n == "format":
		case refused[n]:
			switch x := f.(type) {
			case *cli.StringFlag:
				x.Hidden = true
			case *cli.IntFlag:
				x.Hidden = true
			}
			hidden = append(hidden, f)
		default:
			flags = append(flags, f)
		}
	}
	return append(flags, hidden...)
}

func surveyMakeCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:            "make",
		HideHelpCommand: true,
		Flags: surveyStepFlags("make",
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}}),
		Action: func(c *cli.Context) error {
			return runSurveyMake(surveyCmdOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c), Output: c.String("output"),
				Refused: refusedGiven(c, "make")}, e)
		},
	}
}

// surveyCmdOptions are the flags and arguments of a survey step.
type surveyCmdOptions struct {
	Args   []string // make: CASE; collect: the folder of returned forms
	Common caseOptions
	Output string // -o: make's new folder; collect's ties.csv or new .xlsx
	Case   string // collect's --case, "" for none
	// Refused are the flags of surveyRefused[step] given on the command
	// line, in that order: the step refuses the first.
	Refused []string
}

// refusedGiven are the flags of surveyRefused[step] given to c.
func refusedGiven(c *cli.Context, step string) []string {
	var given []string
	for _, name := range surveyRefused[step] {
		if c.IsSet(name) {
			given = append(given, name)
		}
	}
	return given
}

// checkSurveyRefused refuses a flag of surveyRefused[step] given on the
// command line (o.Refused).
func checkSurveyRefused(o surveyCmdOptions, step, lang string) error {
	if len(o.Refused) > 0 {
		return usageErr(tr(lang, "survey_flag_no_effect", o.Refused[0], step))
	}
	return nil
}

// runSurveyMake is gbo survey make: one signed form per partner.
func runSurveyMake(o surveyCmdOptions, e *env) error {
	if err := checkLang(o.Common.Lang); err != nil {
		return err
	}
	lang := langOf(o.Common.Lang, nil)
	if err := checkSurveyRefused(o, "make", lang); err != nil {
		return err
	}
	if len(o.Args) != 1 {
		return usageErr(tr(lang, "survey_usage"))
	}
	return e.surveyMake(o, o.Args[0])
}

func surveyCollectCommand(e *env) *cli.Command {
	own := []cli.Flag{
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}},
		&cli.StringFlag{Name: "case"},
	}
	return &cli.Command{
		Name:            "collect",
		HideHelpCommand: true,
		Flags:           surveyStepFlags("collect", append(own, csvFlags()...)...),
		Action: func(c *cli.Context) error {
			return runSurveyCollect(surveyCmdOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c), Output: c.String("output"),
				Case: c.String("case"), Refused: refusedGiven(c, "collect")}, e)
		},
	}
}

// runSurveyCollect is gbo survey collect: the returned forms' ratings.
func runSurveyCollect(o surveyCmdOptions, e *env) error {
	if err := checkLang(o.Common.Lang); err != nil {
		return err
	}
	lang := langOf(o.Common.Lang, nil)
	if err := checkSurveyRefused(o, "collect", lang); err != nil {
		return err
	}
	if len(o.Args) != 1 {
		return usageErr(tr(lang, "survey_usage"))
	}
	return e.surveyCollect(o, o.Args[0], lang)
}

// surveyKey is the key survey forms are signed with: graph.SurveyKey of
// the user's pseudonym key (--pseudonym-key FILE, or the user's own,
// created on first use). The key file is noted as read, so no output
// replaces it.
func (e *env) surveyKey(co caseOptions, lang string) ([]byte, error) {
	ks := newKeySource(co, e)
	if p := ks.path(); p != "" {
		e.noteRead(p)
	}
	pk, err := ks.load(lang)
	if err != nil {
		return nil, err
	}
	return graph.SurveyKey(pk), nil
}

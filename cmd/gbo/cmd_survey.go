package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/graph"
	"gbo/metrics"
	"gbo/render/workbook"
)

// surveyCommand is `gbo survey make CASE -o DIR` and `gbo survey collect
// DIR -o ties.csv`. The two are the first argument rather than urfave/cli
// subcommands: reorderArgs lets flags stand after the arguments by moving
// the flags of the command it finds, and a subcommand's flags would not be
// found there.
func surveyCommand(e *env) *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "make: the new folder of forms; collect: the ties.csv to write"},
	}
	for _, f := range caseFlags() {
		if f.Names()[0] != "format" && f.Names()[0] != "without" {
			flags = append(flags, f)
		}
	}
	return &cli.Command{
		Name:      "survey",
		Usage:     "a partner survey in two steps: make one Excel form per partner, collect the returned forms into ties.csv",
		ArgsUsage: "make CASE | collect DIR",
		Description: `make writes one Excel workbook per partner into a new folder: on it every other partner
(id, name, sector) with dropdowns for the rung of their tie, trust and value (1-4), a free
comment (never read), instructions in English or Dutch (--lang nl), and a hidden check of
whose form it is. Send each partner its own form.

collect reads the returned forms in a folder (renamed, re-saved or partly filled is fine),
checks every cell, writes ties.csv (from, to, depth, trust, value; an existing file is not
overwritten) and prints the response: who answered, who did not, and how many pairs are
rated by one side only. Any error: every problem with file, sheet, row and column, and
nothing is written.

Examples:
   gbo survey make sample:golf-2024 -o formulieren --lang nl
   gbo survey make ./mijn-case -o forms
   gbo survey collect ./antwoorden -o ./mijn-case/ties.csv`,
		Flags: flags,
		Action: func(c *cli.Context) error {
			if err := checkLang(c); err != nil {
				return err
			}
			lang := langOf(c, nil)
			args := c.Args().Slice()
			step := ""
			if len(args) > 0 {
				step = args[0]
			}
			switch {
			case step == "make" && len(args) == 2:
				return e.surveyMake(c, args[1])
			case step == "collect" && len(args) == 2:
				return e.surveyCollect(c, args[1], lang)
			}
			return usageErr(tr(lang, "survey_usage"))
		},
	}
}

// surveyMake writes the forms of the case arg into the new folder -o.
func (e *env) surveyMake(c *cli.Context, arg string) error {
	lang := langOf(c, nil)
	dir := c.String("output")
	if dir == "" {
		return usageErr(tr(lang, "survey_need_dir"))
	}
	l, err := loadFrom(c, e, arg, lang)
	if err != nil {
		return err
	}
	lang = l.lang
	e.noteCase(c, l)
	n := len(l.c.Partners)
	switch {
	case n < 2:
		return inputErr(tr(lang, "survey_too_few", plainCell(l.label), n))
	case n > graph.MaxSurveyPartners:
		return inputErr(tr(lang, "survey_too_many", plainCell(l.label), n, graph.MaxSurveyPartners))
	}
	if err := e.checkOutputDir(lang, dir); err != nil {
		return err
	}
	if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
		return inputErr(tr(lang, "survey_dir_not_empty", plainCell(dir)))
	}
	ids := make([]string, n)
	for i, p := range l.c.Partners {
		ids[i] = p.ID
	}
	names := workbook.SurveyFileNames(ids)
	forms := make([][]byte, n)
	for i, id := range ids {
		var buf bytes.Buffer
		if err := workbook.SurveyForm(&buf, workbook.SurveyOptions{Lang: lang, Case: l.c, Respondent: id}); err != nil {
			return failErr(err.Error())
		}
		forms[i] = buf.Bytes()
	}
	err = graph.FillFolder(dir, func(tmp string) error {
		for i, name := range names {
			if err := writeNewFile(filepath.Join(tmp, name), forms[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return writeErr(lang, dir, err)
		}
		return inputErr(err.Error())
	}
	fmt.Fprintln(e.stdout, tr(lang, "survey_made", n, plainCell(dir)))
	fmt.Fprintln(e.stdout, tr(lang, "survey_next"))
	return nil
}

// writeNewFile writes a file that must not exist yet, synced.
func writeNewFile(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// surveyCollect reads the forms in dir and writes -o (ties.csv).
func (e *env) surveyCollect(c *cli.Context, dir, lang string) error {
	out := c.String("output")
	if out == "" {
		return usageErr(tr(lang, "need_output"))
	}
	if !strings.EqualFold(filepath.Ext(out), ".csv") {
		return usageErr(tr(lang, "survey_out_csv", plainCell(out)))
	}
	if _, err := os.Lstat(out); err == nil {
		return inputErr(tr(lang, "survey_out_exists", plainCell(out)))
	}
	// collect reads forms, not a case: flags that shape a case's analysis
	// would be silently ignored, so they are refused instead.
	for _, name := range []string{"as-of", "since", "min-depth", "depth-model", "people", "pseudonym-key"} {
		if c.IsSet(name) {
			return usageErr(tr(lang, "survey_collect_flag", name))
		}
	}
	if err := checkFlagRanges(c, lang); err != nil {
		return err
	}
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return inputErr(tr(lang, "survey_not_dir", plainCell(dir)))
	}
	model := metrics.DefaultModel()
	res, ps := graph.ReadSurveyForms(dir, readLimits(c, graph.Options{
		Vocabulary: func(graph.DepthConfig) (graph.Vocabulary, error) { return model, nil }}))
	if c.String("lang") == "" && res.Lang == "nl" {
		lang = "nl"
	}
	e.noteRead(dir)
	for _, in := range res.Inputs {
		e.noteRead(in)
	}
	l := &loaded{label: dir, c: &graph.Case{}, lang: lang}
	if err := e.printProblems(l, ps); err != nil {
		return err
	}
	if ps.HasErrors() {
		return inputErr(tr(lang, "errors_found", len(ps.Errors()), plainCell(dir)))
	}
	if len(res.Ratings) == 0 {
		return inputErr(tr(lang, "survey_no_ratings", len(res.Forms), plainCell(dir)))
	}
	if err := e.writeOutputs(lang, outExport, []outFile{{out, func(w io.Writer) error { return surveyCSV(w, res) }}}); err != nil {
		return err
	}
	e.printResponse(lang, out, res)
	return nil
}

// surveyCSV writes the ratings as ties.csv (SPEC §1).
func surveyCSV(w io.Writer, res *graph.SurveyResult) error {
	cw := graph.NewCSVWriter(w)
	cw.Write([]string{"from", "to", "depth", "trust", "value"})
	opt := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	for _, r := range res.Ratings {
		cw.Write([]string{graph.SafeCell(r.From), graph.SafeCell(r.To), strconv.Itoa(r.Depth), opt(r.Trust), opt(r.Value)})
	}
	cw.Flush()
	return cw.Error()
}

// printResponse prints the response rate of the survey on standard output.
func (e *env) printResponse(lang, out string, res *graph.SurveyResult) {
	rs := res.Response()
	list := func(ids []string) string {
		if len(ids) == 0 {
			return "-"
		}
		parts := make([]string, len(ids))
		for i, id := range ids {
			parts[i] = plainCell(id)
		}
		return strings.Join(parts, ", ")
	}
	pct := 0
	if rs.Partners > 0 {
		pct = (100*len(rs.Answered) + rs.Partners/2) / rs.Partners
	}
	fmt.Fprintln(e.stdout, tr(lang, "survey_written", plainCell(out), len(res.Ratings), len(res.Forms), plainCell(res.Case)))
	fmt.Fprintln(e.stdout, tr(lang, "survey_rate", len(rs.Answered), rs.Partners, pct))
	fmt.Fprintln(e.stdout, tr(lang, "survey_answered", list(rs.Answered)))
	fmt.Fprintln(e.stdout, tr(lang, "survey_missing", list(rs.Missing)))
	if len(rs.Empty) > 0 {
		fmt.Fprintln(e.stdout, tr(lang, "survey_empty", list(rs.Empty)))
	}
	fmt.Fprintln(e.stdout, tr(lang, "survey_pairs", rs.BothSides, rs.OneSide, rs.OneSideUnanswered))
}

func init() {
	usageNL["survey"] = "een bevraging van de partners in twee stappen: per partner een Excel-formulier maken, de teruggestuurde formulieren verzamelen in ties.csv"
	descNL["survey"] = `make schrijft per partner één Excel-werkmap in een nieuwe map: daarop elke andere partner
(id, naam, sector) met keuzelijsten voor de trede van hun band, vertrouwen en waarde (1-4),
een vrije opmerking (die nooit ingelezen wordt), instructies in het Nederlands (--lang nl) of
het Engels, en een verborgen controle van wiens formulier het is. Stuur elke partner zijn
eigen formulier.

collect leest de teruggestuurde formulieren in een map (hernoemd, opnieuw bewaard of maar
deels ingevuld mag), controleert elke cel, schrijft ties.csv (van, naar, diepte, vertrouwen,
waarde; een bestaand bestand wordt niet overschreven) en toont de respons: wie antwoordde,
wie niet, en hoeveel paren door maar één kant beoordeeld zijn. Bij een fout: elk probleem met
bestand, blad, rij en kolom, en er wordt niets geschreven.

Voorbeelden:
   gbo survey make sample:golf-2024 -o formulieren --lang nl
   gbo survey make ./mijn-gegevens -o formulieren
   gbo survey collect ./antwoorden -o ./mijn-gegevens/ties.csv`
	for k, v := range map[string][2]string{
		"survey_usage": {"gbo survey make CASE -o DIR [--lang nl|en], or gbo survey collect DIR -o ties.csv",
			"gbo survey make GEGEVENS -o MAP [--lang nl|en], of gbo survey collect MAP -o ties.csv"},
		"survey_need_dir": {"-o DIR is required: the new folder for the forms", "-o MAP is verplicht: de nieuwe map voor de formulieren"},
		"survey_too_few":  {"%s has %d {partner|partners}; a survey needs at least 2", "%s heeft %d {partner|partners}; een bevraging heeft er minstens 2 nodig"},
		"survey_too_many": {"%s has %d partners; a survey may have at most %d (every form lists every other partner)",
			"%s heeft %d partners; een bevraging mag er hoogstens %d hebben (elk formulier noemt elke andere partner)"},
		"survey_dir_not_empty": {"refusing to write into %s: the folder is not empty; nothing was written (choose a new or empty folder)",
			"er wordt niet geschreven in %s: de map is niet leeg; er is niets geschreven (kies een nieuwe of lege map)"},
		"survey_made": {"%d survey forms written to %s, one per partner", "%d bevragingsformulieren geschreven in %s, één per partner"},
		"survey_next": {"send each partner its own form; put the returned forms in one folder and run: gbo survey collect FOLDER -o ties.csv",
			"stuur elke partner zijn eigen formulier; zet de teruggestuurde formulieren in één map en voer uit: gbo survey collect MAP -o ties.csv"},
		"survey_collect_flag": {"--%s has no effect on survey collect (it reads forms, not a case); leave it out, and give it to the command that reads the case",
			"--%s heeft geen effect op survey collect (dat leest formulieren, geen gegevens); laat het weg en geef het aan het commando dat de gegevens leest"},
		"survey_out_csv": {"-o %s: collect writes ties.csv; give a name ending in .csv", "-o %s: collect schrijft ties.csv; geef een naam die op .csv eindigt"},
		"survey_out_exists": {"refusing to write %s: the file exists, and collect never overwrites; nothing was written (give a new name, or move the old file)",
			"%s wordt niet geschreven: het bestand bestaat al, en collect overschrijft nooit; er is niets geschreven (geef een nieuwe naam, of verplaats het oude bestand)"},
		"survey_no_ratings": {"the %d {form|forms} in %s rate no partner; nothing was written",
			"de %d {formulier|formulieren} in %s beoordelen geen enkele partner; er is niets geschreven"},
		"survey_not_dir":  {"%s is not a folder: give the folder that holds the returned forms", "%s is geen map: geef de map met de teruggestuurde formulieren"},
		"survey_written":  {"%s written: %d {rating|ratings} from %d {form|forms} (%s)", "%s geschreven: %d {beoordeling|beoordelingen} uit %d {formulier|formulieren} (%s)"},
		"survey_rate":     {"response: answers from %d of %d partners (%d%%)", "respons: antwoord van %d van de %d partners (%d%%)"},
		"survey_answered": {"answered: %s", "geantwoord: %s"},
		"survey_missing":  {"did not answer: %s", "niet geantwoord: %s"},
		"survey_empty":    {"returned without a rating: %s", "teruggestuurd zonder beoordeling: %s"},
		"survey_pairs": {"pairs rated by both sides: %d; by one side only: %d (of which %d because the other side did not answer)",
			"paren door beide kanten beoordeeld: %d; door één kant: %d (waarvan %d omdat de andere kant niet antwoordde)"},
	} {
		texts[k] = v
	}
}

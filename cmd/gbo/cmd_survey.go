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
	"gbo/graph/output"
	"gbo/metrics/depth"
	"gbo/render/workbook"
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

// surveyMake writes the forms of the case arg into the new folder -o.
func (e *env) surveyMake(o surveyCmdOptions, arg string) error {
	lang := langOf(o.Common.Lang, nil)
	dir := o.Output
	if dir == "" {
		return usageErr(tr(lang, "survey_need_dir"))
	}
	if e.mem == nil { // gbo serve: the forms go into memory (serve_run.go)
		if err := surveyDirOK(lang, dir); err != nil {
			return err
		}
	}
	l, err := loadFrom(o.Common, e, arg, lang)
	if err != nil {
		return err
	}
	lang = l.lang
	e.noteCase(o.Common, l)
	n := len(l.c.Partners)
	switch {
	case n < 2:
		return inputErr(tr(lang, "survey_too_few", plainCell(l.label), n))
	case n > graph.MaxSurveyPartners:
		return inputErr(tr(lang, "survey_too_many", plainCell(l.label), n, graph.MaxSurveyPartners))
	}
	if e.mem == nil {
		if err := e.checkOutputDir(lang, dir); err != nil {
			return err
		}
		if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
			return inputErr(tr(lang, "survey_dir_not_empty", plainCell(dir)))
		}
	}
	key, err := e.surveyKey(o.Common, lang)
	if err != nil {
		return err
	}
	ids := make([]string, n)
	for i, p := range l.c.Partners {
		ids[i] = p.ID
	}
	names := workbook.SurveyFileNames(ids)
	forms := make([][]byte, n)
	for i, id := range ids {
		var buf bytes.Buffer
		if err := workbook.SurveyForm(&buf, surveyOptions(lang, l.c, id, key)); err != nil {
			return failErr(err.Error())
		}
		forms[i] = buf.Bytes()
	}
	if e.mem != nil {
		err = e.mem.writeForms(names, forms)
	} else {
		err = output.FillFolder(dir, func(tmp string) error {
			for i, name := range names {
				if err := output.WriteNew(filepath.Join(tmp, name), forms[i]); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return writeErr(lang, dir, err)
		}
		return inputErr(err.Error())
	}
	fmt.Fprintln(e.stdout, tr(lang, "survey_made", n, plainCell(dir)))
	fmt.Fprintln(e.stdout, tr(lang, "survey_next", plainCell(arg)))
	return nil
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

// surveyDirOK refuses, with what to give instead, a -o of survey make that
// is a link, that exists but is not a folder, or that does not exist and
// is named like a file (forms.xlsx).
func surveyDirOK(lang, dir string) error {
	fi, err := os.Lstat(dir)
	switch {
	case err != nil:
		switch strings.ToLower(filepath.Ext(dir)) {
		case ".zip", ".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".html", ".htm", ".json", ".pdf", ".txt", ".toml":
			return usageErr(tr(lang, "survey_dir_file_name", plainCell(dir)))
		}
	case fi.Mode()&fs.ModeSymlink != 0:
		return usageErr(tr(lang, "survey_dir_link", plainCell(dir)))
	case !fi.IsDir():
		return usageErr(tr(lang, "survey_dir_not_folder", plainCell(dir)))
	}
	return nil
}

// outInside reports whether the file out would land inside the folder dir
// (or in dir itself), through links too and compared without case, as a
// file system of Windows or macOS would.
func outInside(out, dir string) bool {
	d, err := filepath.Abs(dir)
	if err != nil {
		return false
	}
	if r, err := filepath.EvalSymlinks(d); err == nil {
		d = r
	}
	o, err := filepath.Abs(out)
	if err != nil {
		return false
	}
	// The nearest folder above out that exists, with its links resolved,
	// and the rest of the path as given.
	p, rest := filepath.Dir(o), ""
	for {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			p = filepath.Join(r, rest)
			break
		}
		up := filepath.Dir(p)
		if up == p {
			break
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = up
	}
	dl, pl := strings.ToLower(d), strings.ToLower(p)
	if pl == dl || strings.HasPrefix(pl, strings.TrimSuffix(dl, string(filepath.Separator))+string(filepath.Separator)) {
		return true
	}
	ds, err1 := os.Stat(d)
	ps, err2 := os.Stat(p)
	return err1 == nil && err2 == nil && os.SameFile(ds, ps)
}

// surveyCollect reads the forms in dir and writes -o: ties.csv, or with
// --case a new workbook of the case with the collected ratings.
func (e *env) surveyCollect(o surveyCmdOptions, dir, lang string) error {
	// gbo serve: returned forms held in memory, named by their label, and
	// the output into memory (serve_run.go).
	forms, dir := uploadForms(dir)
	out := o.Output
	if out == "" {
		return usageErr(tr(lang, "need_output"))
	}
	caseArg := o.Case
	ext := strings.ToLower(filepath.Ext(out))
	switch {
	case ext == ".xlsx" && caseArg == "":
		return usageErr(tr(lang, "survey_xlsx_needs_case", plainCell(out)))
	case ext != ".csv" && ext != ".xlsx":
		return usageErr(tr(lang, "survey_out_csv", plainCell(out)))
	case ext == ".xlsx" && o.Common.CSV.isSet():
		return usageErr(tr(lang, "survey_csv_flags_xlsx", plainCell(out)))
	}
	csvOpt, err := csvOptions(o.Common.CSV, lang, ext == ".csv")
	if err != nil {
		return err
	}
	if e.mem == nil && outInside(out, dir) {
		return usageErr(tr(lang, "survey_out_in_dir", plainCell(out), plainCell(dir)))
	}
	if _, err := os.Lstat(out); err == nil && e.mem == nil {
		return inputErr(tr(lang, "survey_out_exists", plainCell(out)))
	}
	if err := checkFlagRanges(o.Common, lang); err != nil {
		return err
	}
	if forms == nil {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return inputErr(tr(lang, "survey_not_dir", plainCell(dir)))
		}
	}
	key, err := e.surveyKey(o.Common, lang)
	if err != nil {
		return err
	}
	model := depth.DefaultModel()
	// Messages stay in the language of --lang (else English) throughout,
	// whatever language the forms were made in.
	res, ps := readSurveyForms(forms, dir, key, readLimits(o.Common.Limits, graph.Options{
		Vocabulary: func(graph.DepthConfig) (graph.Vocabulary, error) { return model, nil }}))
	e.noteRead(dir)
	for _, in := range res.Inputs {
		e.noteRead(in)
	}
	l := &loaded{label: dir, c: &graph.Case{}, lang: lang}
	if err := e.printProblems(l, ps); err != nil {
		return err
	}
	if ps.HasErrors() {
		return inputErr(tr(lang, "errors_found", errorCount(ps), plainCell(dir)))
	}
	if len(res.Ratings) == 0 {
		return inputErr(tr(lang, "survey_no_ratings", len(res.Forms), plainCell(dir)))
	}
	var cl *loaded
	if caseArg != "" {
		if cl, err = loadFrom(o.Common, e, caseArg, lang); err != nil {
			return err
		}
		e.noteCase(o.Common, cl)
		if err := surveyFitsCase(lang, dir, res, cl); err != nil {
			return err
		}
	}
	write := func(w io.Writer) error { return surveyCSV(w, res, csvOpt.Sep) }
	kind := outExport
	if ext == ".xlsx" {
		cs := *cl.c
		cs.Ratings = res.Ratings
		opt := templateOptions(lang, &cs, cl.model)
		var buf bytes.Buffer
		if err := workbook.Template(&buf, opt); err != nil {
			if errors.Is(err, workbook.ErrTooManyRows) {
				return inputErr(tr(lang, "template_too_many_rows", err.Error()))
			}
			return failErr(err.Error())
		}
		write = func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err }
		kind = outWorkbook
	}
	if err := e.checkOutput(lang, kind, out); err != nil {
		return err
	}
	// Never overwrite, also a file made at out while the forms were read:
	// the finished file is linked into place, which fails if out exists.
	if err := e.writeFileNew(out, write); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return inputErr(tr(lang, "survey_out_exists", plainCell(out)))
		}
		return writeErr(lang, out, err)
	}
	e.printResponse(lang, out, res)
	if ext == ".xlsx" {
		fmt.Fprintln(e.stdout, tr(lang, "survey_next_xlsx", plainCell(out), plainCell(caseArg)))
	} else {
		fmt.Fprintln(e.stdout, tr(lang, "survey_next_csv", plainCell(out)))
	}
	return nil
}

// errorCount is the number of errors in ps, those counted in a
// more_problems line (beyond the 100 listed of a kind) included.
func errorCount(ps graph.Problems) int {
	n := 0
	for _, p := range ps.Errors() {
		if p.Code == "more_problems" && len(p.Args) > 0 {
			if k, err := strconv.Atoi(p.Args[0]); err == nil {
				n += k
				continue
			}
		}
		n++
	}
	return n
}

// surveyFitsCase refuses forms made from another case than cl: their
// fingerprint (the case name and the partner ids) must be cl's, as make
// wrote it from cl.
func surveyFitsCase(lang, dir string, res *graph.SurveyResult, cl *loaded) error {
	ids := make([]string, len(cl.c.Partners))
	for i, p := range cl.c.Partners {
		ids[i] = p.ID
	}
	name := output.SafeText(cl.c.Name, false)
	if graph.SurveyFingerprint(res.Case, res.Partners) == graph.SurveyFingerprint(name, ids) {
		return nil
	}
	in := map[string]bool{}
	for _, id := range ids {
		in[id] = true
	}
	inForms := map[string]bool{}
	for _, id := range res.Partners {
		inForms[id] = true
	}
	var diff []string
	for _, id := range res.Partners {
		if !in[id] {
			diff = append(diff, tr(lang, "survey_only_forms", plainCell(id)))
		}
	}
	for _, id := range ids {
		if !inForms[id] {
			diff = append(diff, tr(lang, "survey_only_case", plainCell(id)))
		}
	}
	if len(diff) > 3 {
		diff = append(diff[:3], tr(lang, "survey_more_diff", len(diff)-3))
	}
	if name != res.Case {
		diff = append([]string{tr(lang, "survey_other_name", plainCell(res.Case), plainCell(name))}, diff...)
	}
	return inputErr(tr(lang, "survey_forms_other_case", plainCell(dir), plainCell(cl.label), strings.Join(diff, "; ")))
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

// gbo survey collect: reading the returned forms into ties or a new workbook, and checking they fit the case.

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

	"gbo/graph"
	"gbo/graph/output"
	"gbo/metrics/depth"
	"gbo/render/workbook"
)

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

// gbo survey make: writing one survey form per partner into a folder.

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"gbo/graph"
	"gbo/graph/output"
	"gbo/render/workbook"
)

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

package main

import (
	"maps"
	"net/http"
	"path"
	"slices"
	"strings"
)

// The survey of gbo serve: POST /api/survey/make answers the forms of a
// case as one .zip, POST /api/survey/collect reads returned forms into
// ties.csv or a new workbook of the case. Both run gbo survey in this
// process (runCaptured), as the page's other answers run their commands.

// The names of the survey's answers.
const (
	surveyZipName     = "survey-forms.zip"
	surveyTiesName    = "ties.csv"
	surveyCaseName    = "case-with-survey.xlsx"
	surveyMemFolder   = "forms" // survey make's -o: a name in memory only
	surveyZipType     = "application/zip"
	surveyCSVType     = "text/csv; charset=utf-8"
	surveyWorkbookTyp = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)

// surveyMake answers POST /api/survey/make (multipart: case or sample,
// optional lang): the forms gbo survey make CASE -o DIR writes, one per
// partner with the same bytes, in one .zip sorted by name with a fixed
// time; problems as 422. The forms are signed with execSigned's key.
func (s *server) surveyMake(w http.ResponseWriter, r *http.Request, lang string) {
	arg, flags, drop, names, lang, err := s.caseArgs(w, r, lang)
	if err != nil {
		s.fail(w, lang, err)
		return
	}
	defer drop()
	res := s.execSigned(append([]string{"survey", "make", arg, "-o", surveyMemFolder}, flags...)...)
	if res.status != exitOK {
		s.answerFailure(w, lang, res, names)
		return
	}
	sendFile(w, surveyZipName, surveyZipType, zipNamed(slices.Sorted(maps.Keys(res.mem.files)), res.mem.files))
}

// execSigned is exec for survey make. Its forms are signed with a key that
// must outlive this server, since collect comes weeks later: the
// --pseudonym-key serve was given, else the user's own key, created on
// first use as gbo survey make creates it (never the key held in memory,
// which would make every form unreadable once the server stops). Creating
// that key is the one thing gbo serve may write to disk, and only here.
// The caller holds the run lock (locked).
func (s *server) execSigned(args ...string) result {
	if s.opt.keyFile != "" {
		args = append(args, "--pseudonym-key="+s.opt.keyFile)
	}
	st, out, errb, m := runCaptured(args, nil)
	return result{st, out, errb, m}
}

// surveyCollect answers POST /api/survey/collect (multipart: forms, the
// returned forms as several .xlsx files or one .zip of them; optional
// case or sample, the case they were made from; optional lang): what gbo
// survey collect writes, ties.csv, or with a case the new workbook of the
// case with the collected ratings; problems as 422, each with its form,
// sheet, row and column as the CLI prints them.
func (s *server) surveyCollect(w http.ResponseWriter, r *http.Request, lang string) {
	u, err := readUpload(w, r, s.opt.maxUpload, lang)
	if err != nil {
		s.fail(w, lang, err)
		return
	}
	caseArg, flags, dropCase, _, lang, err := s.caseOf(u, lang, false)
	if err != nil {
		s.fail(w, lang, err)
		return
	}
	defer dropCase()
	label, files, err := formsOf(u.forms, s.opt.maxUpload*zipUnzipFactor, lang)
	if err != nil {
		s.fail(w, lang, err)
		return
	}
	formsArg, dropForms := holdForms(label, files)
	defer dropForms()
	out, ctype := surveyTiesName, surveyCSVType
	if caseArg != "" {
		out, ctype = surveyCaseName, surveyWorkbookTyp
		flags = append(flags, "--case="+caseArg)
	}
	res := s.exec(append([]string{"survey", "collect", formsArg, "-o", out}, flags...)...)
	if res.status != exitOK {
		s.answerFailure(w, lang, res, nil)
		return
	}
	sendFile(w, out, ctype, res.mem.files[out])
}

// formsOf are the returned forms of an upload as the files of one folder
// (name -> bytes) and the label problems name that folder by: one .zip
// (its files at the root or in its one top folder, as a case's .zip is
// read, within maxUnzipped bytes and maxZipEntries entries; labelled by
// that folder or the zip's name), or several files (labelled with the
// catalogue's word for forms). Every file is given to the forms' reader,
// which says which is no form; two names that differ in case only, a file
// without a name, or a .zip among other files are refused.
func formsOf(files []namedFile, maxUnzipped int64, lang string) (label string, m map[string][]byte, err error) {
	if len(files) == 0 {
		return "", nil, &httpError{http.StatusBadRequest, serveT(lang, "err_no_forms")}
	}
	isZip := func(f namedFile) bool { return strings.EqualFold(path.Ext(f.name), ".zip") }
	if len(files) == 1 && isZip(files[0]) {
		m, top, err := unzipFlat(files[0].data, maxUnzipped, lang, func(string) bool { return true }, baseName, "err_forms_")
		if err != nil {
			return "", nil, err
		}
		label = strings.TrimSuffix(files[0].name, path.Ext(files[0].name))
		if top != "" {
			label = top
		}
		if label == "" {
			label = serveT(lang, "forms_label")
		}
		return label, m, nil
	}
	m = map[string][]byte{}
	seen := map[string]bool{}
	for _, f := range files {
		if f.name == "" || isZip(f) {
			return "", nil, &httpError{http.StatusBadRequest, serveT(lang, "err_forms_kind")}
		}
		if seen[strings.ToLower(f.name)] {
			return "", nil, &httpError{http.StatusBadRequest, serveT(lang, "err_forms_twice")}
		}
		seen[strings.ToLower(f.name)] = true
		m[f.name] = f.data
	}
	return serveT(lang, "forms_label"), m, nil
}

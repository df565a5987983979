package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"unicode/utf8"

	"gbo/graph"
	"gbo/graph/output"
)

// The limits of an upload to gbo serve. The request as a whole is bounded
// by --max-upload-mb (serveOptions.maxUpload; 413 when over); within it:
const (
	maxUploadParts = 64       // multipart parts (files and fields)
	maxFieldBytes  = 1 << 10  // a text field (lang, as_of, since, min_depth, sample)
	maxZipEntries  = 256      // entries of a .zip, folders included
	maxNameBytes   = 255      // a file name as the browser sends it
	zipUnzipFactor = 4        // a .zip unzips to at most this times --max-upload-mb
	maxFormFiles   = 1000     // returned survey forms (survey collect), as the forms' reader allows
	minUploadMiB   = 1        // the smallest --max-upload-mb
	maxUploadMiB   = 4 << 10  // the largest --max-upload-mb (4 GiB)
	defaultUpload  = 64 << 20 // --max-upload-mb's default, in bytes
)

// errTooLarge413 says a request went over the upload limit.
var errTooLarge413 = errors.New("too large")

// httpError is an answer other than 200 with a message in the page's
// language that quotes nothing of the upload.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

// upload is a request's form: its case (or sample), the fields, and any
// returned survey forms.
type upload struct {
	fields map[string]string
	// caseFiles are the files of the multipart field "case", forms those
	// of "forms"; each with the name the browser gave.
	caseFiles []namedFile
	forms     []namedFile
}

type namedFile struct {
	name string
	data []byte
}

// readUpload reads a multipart form whole into memory, never to a file:
// at most limit bytes in all (else errTooLarge413), maxUploadParts parts,
// text fields of maxFieldBytes. Only the fields named in fields and the
// file fields "case" and "forms" are accepted; any other part is refused.
func readUpload(w http.ResponseWriter, r *http.Request, limit int64, lang string) (*upload, error) {
	if r.ContentLength > limit {
		return nil, errTooLarge413
	}
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, &httpError{http.StatusBadRequest, serveT(lang, "err_not_multipart")}
	}
	u := &upload{fields: map[string]string{}}
	for n := 0; ; n++ {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, bodyErr(err, lang)
		}
		if n >= maxUploadParts {
			return nil, &httpError{http.StatusRequestEntityTooLarge, serveT(lang, "err_too_many_parts", maxUploadParts)}
		}
		name := part.FormName()
		switch name {
		case "lang", "as_of", "since", "min_depth", "sample":
			b, err := io.ReadAll(io.LimitReader(part, maxFieldBytes+1))
			if err != nil {
				return nil, bodyErr(err, lang)
			}
			if len(b) > maxFieldBytes || !utf8.Valid(b) {
				return nil, &httpError{http.StatusBadRequest, serveT(lang, "err_bad_field", name)}
			}
			u.fields[name] = strings.TrimSpace(string(b))
		case "case", "forms":
			b, err := io.ReadAll(part) // bounded by MaxBytesReader
			if err != nil {
				return nil, bodyErr(err, lang)
			}
			f := namedFile{name: baseName(part.FileName()), data: b}
			if name == "case" {
				u.caseFiles = append(u.caseFiles, f)
			} else {
				if len(u.forms) >= maxFormFiles {
					return nil, &httpError{http.StatusRequestEntityTooLarge, serveT(lang, "err_too_many_forms", maxFormFiles)}
				}
				u.forms = append(u.forms, f)
			}
		default:
			return nil, &httpError{http.StatusBadRequest, serveT(lang, "err_unknown_field")}
		}
		part.Close()
	}
	return u, nil
}

// bodyErr is the answer to a failed read of the request body: 413 when it
// went over the limit, else 400.
func bodyErr(err error, lang string) error {
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return errTooLarge413
	}
	return &httpError{http.StatusBadRequest, serveT(lang, "err_bad_body")}
}

// baseName is the last element of a file name as a browser sends it (some
// send a path), made safe to show: no control or bidi characters, no
// colon (which separates a workbook from its sheet in positions), at most
// maxNameBytes bytes.
func baseName(s string) string {
	if i := strings.LastIndexAny(s, `/\`); i >= 0 {
		s = s[i+1:]
	}
	s = strings.TrimSpace(output.SafeText(s, false))
	s = strings.ReplaceAll(s, ":", "_")
	for len(s) > maxNameBytes {
		_, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
	}
	if s == "." || s == ".." {
		s = ""
	}
	return s
}

// caseSource makes the case of an upload: one .xlsx workbook, one .zip of
// a case folder, or the files of a case folder (.csv and case.toml). The
// label is what problems and the report call the case: the workbook's
// name, the zip's name without .zip (or its one top folder), or "case".
// Nothing is written anywhere. names names the case's columns in problems.
func caseSource(files []namedFile, limit int64, lang string) (src *graph.Source, names *columnNamer, err error) {
	if len(files) == 0 {
		return nil, nil, &httpError{http.StatusBadRequest, serveT(lang, "err_no_case")}
	}
	ext := func(f namedFile) string { return strings.ToLower(path.Ext(f.name)) }
	if len(files) == 1 {
		switch ext(files[0]) {
		case ".xlsx", ".xlsm":
			return graph.OpenMemWorkbook(files[0].name, files[0].data),
				&columnNamer{book: files[0].name}, nil
		case ".zip":
			label := strings.TrimSuffix(files[0].name, path.Ext(files[0].name))
			m, top, err := unzipCase(files[0].data, limit*zipUnzipFactor, lang)
			if err != nil {
				return nil, nil, err
			}
			if top != "" {
				label = top
			}
			if label == "" {
				label = "case"
			}
			return graph.OpenMemFolder(label, m), &columnNamer{}, nil
		}
	}
	m := map[string][]byte{}
	for _, f := range files {
		if !graph.IsCaseFileName(f.name) {
			return nil, nil, &httpError{http.StatusBadRequest, serveT(lang, "err_case_kind")}
		}
		low := strings.ToLower(f.name)
		if _, dup := m[low]; dup {
			return nil, nil, &httpError{http.StatusBadRequest, serveT(lang, "err_case_twice")}
		}
		m[low] = f.data
	}
	return graph.OpenMemFolder("case", m), &columnNamer{}, nil
}

// unzipCase reads the case files of a .zip of a case folder into memory:
// at most maxZipEntries entries and unzipped bytes in all (checked from
// the headers first, then while reading); files at the zip's root or in
// its one top folder (then top is that folder's name), named as case files
// (graph.IsCaseFileName); every other file is left out. An entry whose name
// leads outside the zip (an absolute path, "..", a drive) is refused. The
// names are lower-cased, as the case reader compares them.
func unzipCase(data []byte, maxUnzipped int64, lang string) (files map[string][]byte, top string, err error) {
	return unzipFlat(data, maxUnzipped, lang, graph.IsCaseFileName, strings.ToLower, "err_")
}

// unzipFlat reads the files at a .zip's root or in its one top folder
// whose name keep accepts, as unzipCase describes, each under key(name)
// (left out when ""); two keys that differ in case only are refused. The
// messages are serve's keys of prefix ("err_" for a case, "err_forms_"
// for survey forms): zip_entries, zip_unzipped, zip_path, bad_zip and
// case_twice or forms_twice.
func unzipFlat(data []byte, maxUnzipped int64, lang string, keep func(string) bool, key func(string) string, prefix string) (files map[string][]byte, top string, err error) {
	twice := "err_case_twice"
	if prefix != "err_" {
		twice = "err_forms_twice"
	}
	zr, zerr := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if zerr != nil {
		return nil, "", &httpError{http.StatusBadRequest, serveT(lang, prefix+"bad_zip")}
	}
	if len(zr.File) > maxZipEntries {
		return nil, "", &httpError{http.StatusRequestEntityTooLarge, serveT(lang, prefix+"zip_entries", maxZipEntries)}
	}
	tooBig := &httpError{http.StatusRequestEntityTooLarge, serveT(lang, prefix+"zip_unzipped", maxUnzipped>>20)}
	var declared uint64
	tops := map[string]bool{}
	for _, f := range zr.File {
		name := f.Name
		if strings.Contains(name, `\`) || strings.HasPrefix(name, "/") || strings.Contains(name, ":") || !fs.ValidPath(strings.TrimSuffix(name, "/")) {
			return nil, "", &httpError{http.StatusBadRequest, serveT(lang, prefix+"zip_path")}
		}
		declared += f.UncompressedSize64
		if declared > uint64(maxUnzipped) {
			return nil, "", tooBig
		}
		if i := strings.IndexByte(name, '/'); i > 0 && !strings.HasPrefix(name, "__MACOSX/") {
			tops[name[:i]] = true
		}
	}
	if len(tops) == 1 {
		for t := range tops {
			top = t
		}
	}
	files = map[string][]byte{}
	seen := map[string]bool{} // the names, lower-cased: two that differ in case only are one on Windows and macOS
	var total int64
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || !f.Mode().IsRegular() {
			continue
		}
		name := f.Name
		if top != "" {
			name = strings.TrimPrefix(name, top+"/")
		}
		if strings.Contains(name, "/") || !keep(name) {
			continue // not a file of the case
		}
		low := key(name)
		if low == "" {
			continue
		}
		if seen[strings.ToLower(low)] {
			return nil, "", &httpError{http.StatusBadRequest, serveT(lang, twice)}
		}
		seen[strings.ToLower(low)] = true
		rc, err := f.Open()
		if err != nil {
			return nil, "", &httpError{http.StatusBadRequest, serveT(lang, prefix+"bad_zip")}
		}
		b, err := io.ReadAll(io.LimitReader(rc, maxUnzipped-total+1))
		rc.Close()
		if err != nil {
			return nil, "", &httpError{http.StatusBadRequest, serveT(lang, prefix+"bad_zip")}
		}
		total += int64(len(b))
		if total > maxUnzipped {
			return nil, "", tooBig
		}
		files[low] = b
	}
	if top != "" {
		top = baseName(top)
	}
	return files, top, nil
}

package main

// The answers of gbo serve that run a command: the report, its view in the page's frame, the downloads.

import (
	"archive/zip"
	"bytes"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"time"
)

// analyse answers POST /api/analyse: the report's HTML (gbo report -o -),
// ?format=json the analysis the report embeds (script gbo-analysis), or
// ?format=view the address of the report held for the page's frame and the
// warnings; problems as 422.
func (s *server) analyse(w http.ResponseWriter, r *http.Request, lang string) {
	format := r.URL.Query().Get("format")
	if format != "" && format != "html" && format != "json" && format != "view" {
		s.fail(w, lang, &httpError{http.StatusBadRequest, serveT(lang, "err_format", "html, json, view")})
		return
	}
	arg, flags, drop, names, lang, err := s.caseArgs(w, r, lang)
	if err != nil {
		s.fail(w, lang, err)
		return
	}
	defer drop()
	res := s.exec(append([]string{"report", arg, "-o", "-"}, flags...)...)
	if res.status != exitOK {
		s.answerFailure(w, lang, res, names)
		return
	}
	switch format {
	case "json":
		m := analysisJSON.FindSubmatch(res.stdout)
		if m == nil {
			s.fail(w, lang, errors.New("no analysis"))
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		_, _ = w.Write(m[1])
	case "view":
		id := s.keepView(res.stdout)
		warnings := res.mem.problems
		if warnings == nil {
			warnings = []apiProblem{}
		}
		names.name(warnings)
		writeJSON(w, http.StatusOK, map[string]any{"view": "/view/" + id, "warnings": warnings})
	default:
		w.Header().Set("Content-Security-Policy", reportCSP(res.stdout))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(res.stdout)
	}
}

var (
	analysisJSON = regexp.MustCompile(`(?s)<script type="application/json" id="gbo-analysis">(.*?)</script>`)
	metaCSP      = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)"`)
)

// reportCSP is the policy a report page sets itself (its meta element),
// with frame-ancestors 'self' so that only gbo serve's page frames it.
func reportCSP(page []byte) string {
	if m := metaCSP.FindSubmatch(page); m != nil {
		return string(m[1]) + "; frame-ancestors 'self'"
	}
	return baseCSP
}

// keepView holds a report for the page's frame and returns its id; the
// oldest of more than maxViews is dropped.
func (s *server) keepView(html []byte) string {
	id := randomID()
	s.viewMu.Lock()
	defer s.viewMu.Unlock()
	s.views = append(s.views, view{id: id, html: html, csp: reportCSP(html), made: time.Now()})
	if len(s.views) > maxViews {
		s.views = s.views[len(s.views)-maxViews:]
	}
	return id
}

// view answers GET /view/ID: a report held for the page, with its own
// policy; ?download=1 as a file. The address is the key: a request needs
// no token, and the report is gone viewLife after it was made.
func (s *server) view(w http.ResponseWriter, r *http.Request, lang string) {
	id := strings.TrimPrefix(r.URL.Path, "/view/")
	s.viewMu.Lock()
	var v *view
	for i := range s.views {
		if subtle.ConstantTimeCompare([]byte(s.views[i].id), []byte(id)) == 1 && time.Since(s.views[i].made) < viewLife {
			v = &s.views[i]
		}
	}
	s.viewMu.Unlock()
	if v == nil {
		s.fail(w, lang, &httpError{http.StatusNotFound, serveT(lang, "err_view_gone")})
		return
	}
	h := w.Header()
	h.Set("Content-Security-Policy", v.csp)
	h.Set("X-Frame-Options", "SAMEORIGIN")
	h.Set("Content-Type", "text/html; charset=utf-8")
	if r.URL.Query().Get("download") != "" {
		h.Set("Content-Disposition", `attachment; filename="report.html"`)
	}
	_, _ = w.Write(v.html)
}

// downloads are the files of map and export by format: the name the
// command writes and its content type.
var downloads = map[string]map[string][2]string{
	"map": {
		"svg": {"map.svg", "image/svg+xml"},
		"png": {"map.png", "image/png"},
	},
	"export": {
		"gexf":    {"network.gexf", "application/xml"},
		"graphml": {"network.graphml", "application/xml"},
		"json":    {"network.json", "application/json"},
		"xlsx":    {"network.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
		"csv":     {"network.csv", "application/zip"}, // network.csv and network-partners.csv, zipped
	},
}

// download answers POST /api/map?format=svg|png and POST
// /api/export?format=gexf|graphml|json|xlsx|csv with the file gbo map or
// gbo export writes; export's CSV is two files, answered as one .zip.
func (s *server) download(w http.ResponseWriter, r *http.Request, lang, cmd string) {
	format := r.URL.Query().Get("format")
	d, ok := downloads[cmd][format]
	if !ok {
		var fs []string
		for f := range downloads[cmd] {
			fs = append(fs, f)
		}
		s.fail(w, lang, &httpError{http.StatusBadRequest, serveT(lang, "err_format", strings.Join(sortedStrings(fs), ", "))})
		return
	}
	arg, flags, drop, names, lang, err := s.caseArgs(w, r, lang)
	if err != nil {
		s.fail(w, lang, err)
		return
	}
	defer drop()
	res := s.exec(append([]string{cmd, arg, "-o", d[0]}, flags...)...)
	if res.status != exitOK {
		s.answerFailure(w, lang, res, names)
		return
	}
	name, body := d[0], res.mem.files[d[0]]
	if len(res.mem.order) > 1 {
		name, body = localZip(res.mem, strings.TrimSuffix(d[0], ".csv"), lang)
	}
	sendFile(w, name, d[1], body)
}

// template answers GET /api/template?lang=: gbo template's workbook.
func (s *server) template(w http.ResponseWriter, r *http.Request, lang string) {
	res := s.exec("template", "-o", "template.xlsx", "--lang="+lang)
	if res.status != exitOK {
		s.answerFailure(w, lang, res, nil)
		return
	}
	sendFile(w, "template.xlsx", downloads["export"]["xlsx"][1], res.mem.files["template.xlsx"])
}

func sendFile(w http.ResponseWriter, name, ctype string, body []byte) {
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	_, _ = w.Write(body)
}

// localZip packs export's CSV files (base.csv, base-partners.csv) into
// one .zip named as the page names it in lang, and so are its files:
// reseau.zip holds reseau.csv and reseau-partenaires.csv. gbo does not
// read these files back (a case folder's ties.csv is named by collect).
func localZip(m *memRun, base, lang string) (string, []byte) {
	local := serveT(lang, "fn_network")
	names := make([]string, len(m.order))
	files := map[string][]byte{}
	for i, n := range m.order {
		rest := strings.TrimPrefix(n, base)
		rest = strings.Replace(rest, "-partners", "-"+serveT(lang, "fn_partners"), 1)
		names[i] = local + rest
		files[names[i]] = m.files[n]
	}
	return local + ".zip", zipNamed(names, files)
}

// zipNamed packs files into one .zip in the order of names, with a fixed
// time: the same files give the same bytes.
func zipNamed(names []string, files map[string][]byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err == nil {
			_, _ = f.Write(files[name])
		}
	}
	_ = zw.Close()
	return buf.Bytes()
}

func sortedStrings(s []string) []string {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

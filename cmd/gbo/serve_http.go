package main

import (
	"archive/zip"
	"bytes"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gbo/graph/locale"
	"gbo/samples"
)

// baseCSP is the report's Content-Security-Policy without inline scripts
// (render/report's template policy), sent with every answer that is not a
// page: nothing may load or run. frame-ancestors keeps any other site from
// framing it.
const baseCSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'"

// ServeHTTP checks every request, in this order, before it is answered:
//
//   - the Host header is 127.0.0.1:PORT, [::1]:PORT or localhost:PORT,
//     else 421 (a DNS-rebinding page names its own host);
//   - the token is given, as ?token= (the first page load, which sets an
//     HttpOnly SameSite=Strict cookie and sends the browser on without it)
//     or the cookie, else 403;
//   - a POST comes from the page's own origin: Origin is http://HOST and
//     Sec-Fetch-Site, when sent, is same-origin, else 403.
//
// Every answer carries a Content-Security-Policy (the report's), nosniff,
// no-referrer and no-store.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", baseCSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Frame-Options", "DENY")
	lang := s.opt.lang
	if l := r.URL.Query().Get("lang"); locale.Valid(l) {
		lang = locale.Norm(l)
	}
	if !s.hostOK(r.Host) {
		s.fail(w, lang, &httpError{http.StatusMisdirectedRequest, serveT(lang, "err_host")})
		return
	}
	fromQuery := false
	if q := r.URL.Query().Get("token"); q != "" && s.tokenOK(q) {
		fromQuery = true
	} else if c, err := r.Cookie(s.cookieName()); err != nil || !s.tokenOK(c.Value) {
		s.fail(w, lang, &httpError{http.StatusForbidden, serveT(lang, "err_token")})
		return
	}
	if r.Method == http.MethodPost {
		if r.Header.Get("Origin") != "http://"+r.Host || (r.Header.Get("Sec-Fetch-Site") != "" && r.Header.Get("Sec-Fetch-Site") != "same-origin") {
			s.fail(w, lang, &httpError{http.StatusForbidden, serveT(lang, "err_origin")})
			return
		}
	}
	s.touch()
	if fromQuery && r.Method == http.MethodGet && r.URL.Path == "/" {
		// The token goes into a cookie and out of the address bar.
		http.SetCookie(w, &http.Cookie{Name: s.cookieName(), Value: s.token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		to := "/"
		if l := r.URL.Query().Get("lang"); locale.Valid(l) {
			to += "?lang=" + locale.Norm(l)
		}
		http.Redirect(w, r, to, http.StatusSeeOther)
		return
	}
	switch {
	case r.URL.Path == "/" && r.Method == http.MethodGet:
		s.page(w, lang)
	case r.URL.Path == "/api/samples" && r.Method == http.MethodGet:
		s.samples(w, lang)
	case r.URL.Path == "/api/template" && r.Method == http.MethodGet:
		s.template(w, r, lang)
	case strings.HasPrefix(r.URL.Path, "/view/") && r.Method == http.MethodGet:
		s.view(w, r, lang)
	case r.URL.Path == "/api/analyse" && r.Method == http.MethodPost:
		s.analyse(w, r, lang)
	case r.URL.Path == "/api/map" && r.Method == http.MethodPost:
		s.download(w, r, lang, "map")
	case r.URL.Path == "/api/export" && r.Method == http.MethodPost:
		s.download(w, r, lang, "export")
	case r.URL.Path == "/api/survey/make" && r.Method == http.MethodPost:
		s.surveyMake(w, r, lang)
	case r.URL.Path == "/api/survey/collect" && r.Method == http.MethodPost:
		s.surveyCollect(w, r, lang)
	default:
		s.fail(w, lang, &httpError{http.StatusNotFound, serveT(lang, "err_not_found")})
	}
}

func (s *server) cookieName() string { return "gbo_token_" + strconv.Itoa(s.port) }

func (s *server) tokenOK(t string) bool {
	return subtle.ConstantTimeCompare([]byte(t), []byte(s.token)) == 1
}

// hostOK accepts the loopback names of this server's port only.
func (s *server) hostOK(host string) bool {
	p := ":" + strconv.Itoa(s.port)
	return host == "127.0.0.1"+p || host == "[::1]"+p || host == "localhost"+p
}

// fail answers err: an *httpError with its status and message,
// errTooLarge413 as 413 with the limit, anything else as 500 with a
// message that says nothing of the input. The body is JSON {"error": …}.
func (s *server) fail(w http.ResponseWriter, lang string, err error) {
	status, msg := http.StatusInternalServerError, serveT(lang, "err_internal")
	var he *httpError
	switch {
	case errors.As(err, &he):
		status, msg = he.status, he.msg
	case errors.Is(err, errTooLarge413):
		status, msg = http.StatusRequestEntityTooLarge, serveT(lang, "err_too_large", s.opt.maxUpload>>20)
	}
	writeJSON(w, status, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":"internal error"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// samples lists the bundled samples: name, partners, events and a
// description in the page's language.
func (s *server) samples(w http.ResponseWriter, lang string) {
	type sample struct {
		Name        string `json:"name"`
		Description string `json:"description"`
		Partners    int    `json:"partners"`
		Events      int    `json:"events"`
	}
	out := []sample{}
	for _, in := range samples.List() {
		out = append(out, sample{Name: in.Name, Description: locale.T(lang, in.DescriptionKey), Partners: in.Partners, Events: in.Events})
	}
	writeJSON(w, http.StatusOK, out)
}

// keyArgs are the arguments and in-memory key that give a run the
// pseudonym key: --pseudonym-key when serve was given one; the user's own
// key when it exists; else the key drawn at start, never written.
func (s *server) keyArgs() ([]string, []byte) {
	if s.opt.keyFile != "" {
		return []string{"--pseudonym-key=" + s.opt.keyFile}, nil
	}
	if p, err := defaultKeyPath(); err == nil {
		if _, err := os.Lstat(p); err == nil {
			return nil, nil
		}
	}
	return nil, s.memKey
}

// result is one in-process run of a command.
type result struct {
	status int
	stdout []byte
	stderr []byte
	mem    *memRun
}

// exec runs one command line (without "gbo") in this process, one at a
// time, with the pseudonym key of keyArgs.
func (s *server) exec(args ...string) result {
	s.run.Lock()
	defer s.run.Unlock()
	ka, key := s.keyArgs()
	st, out, errb, m := runCaptured(append(args, ka...), key)
	return result{st, out, errb, m}
}

// answerFailure answers a run that did not succeed: exit status 2 (bad
// input) as 422 with the problems as the CLI lists them, or, when it
// printed none (a flag out of range), the messages it printed; anything
// else as 500, saying nothing of the input.
func (s *server) answerFailure(w http.ResponseWriter, lang string, res result) {
	if res.status != exitBadUse {
		s.fail(w, lang, errors.New("run failed"))
		return
	}
	ps := res.mem.problems
	if !hasError(ps) {
		for _, line := range strings.Split(strings.TrimSpace(string(res.stderr)), "\n") {
			if msg, ok := strings.CutPrefix(line, "gbo: "); ok {
				ps = append(ps, apiProblem{Severity: "error", Message: msg})
			}
		}
	}
	if ps == nil {
		ps = []apiProblem{}
	}
	writeJSON(w, http.StatusUnprocessableEntity, ps)
}

func hasError(ps []apiProblem) bool {
	for _, p := range ps {
		if p.Severity == "error" {
			return true
		}
	}
	return false
}

// caseArgs reads an upload and returns the case argument (sample:NAME or
// upload:ID, held until drop is called), the flags of its fields, and the
// language of the answer.
func (s *server) caseArgs(w http.ResponseWriter, r *http.Request, lang string) (arg string, flags []string, drop func(), outLang string, err error) {
	u, err := readUpload(w, r, s.opt.maxUpload, lang)
	if err != nil {
		return "", nil, nil, lang, err
	}
	if len(u.forms) > 0 {
		return "", nil, nil, lang, &httpError{http.StatusBadRequest, serveT(lang, "err_forms_here")}
	}
	return s.caseOf(u, lang, true)
}

// caseOf is caseArgs of an upload read; the case may be left out when
// needCase is false (then arg is "").
func (s *server) caseOf(u *upload, lang string, needCase bool) (arg string, flags []string, drop func(), outLang string, err error) {
	if l := u.fields["lang"]; l != "" {
		if !locale.Valid(l) {
			return "", nil, nil, lang, &httpError{http.StatusBadRequest, serveT(lang, "err_lang", locale.List(lang))}
		}
		lang = locale.Norm(l)
	}
	flags = []string{"--lang=" + lang}
	for field, flag := range map[string]string{"as_of": "as-of", "since": "since", "min_depth": "min-depth"} {
		if v := u.fields[field]; v != "" {
			flags = append(flags, "--"+flag+"="+v)
		}
	}
	if name := u.fields["sample"]; name != "" {
		if len(u.caseFiles) > 0 {
			return "", nil, nil, lang, &httpError{http.StatusBadRequest, serveT(lang, "err_sample_and_case")}
		}
		if _, ok := samples.FS(name); !ok {
			return "", nil, nil, lang, &httpError{http.StatusBadRequest, serveT(lang, "err_sample")}
		}
		return "sample:" + name, flags, func() {}, lang, nil
	}
	if !needCase && len(u.caseFiles) == 0 {
		return "", flags, func() {}, lang, nil
	}
	src, err := caseSource(u.caseFiles, s.opt.maxUpload, lang)
	if err != nil {
		return "", nil, nil, lang, err
	}
	arg, drop = holdUpload(src)
	return arg, flags, drop, lang, nil
}

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
	arg, flags, drop, lang, err := s.caseArgs(w, r, lang)
	if err != nil {
		s.fail(w, lang, err)
		return
	}
	res := s.exec(append([]string{"report", arg, "-o", "-"}, flags...)...)
	drop()
	if res.status != exitOK {
		s.answerFailure(w, lang, res)
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
	s.views = append(s.views, view{id: id, html: html, csp: reportCSP(html)})
	if len(s.views) > maxViews {
		s.views = s.views[len(s.views)-maxViews:]
	}
	return id
}

// view answers GET /view/ID: a report held for the page, with its own
// policy; ?download=1 as a file.
func (s *server) view(w http.ResponseWriter, r *http.Request, lang string) {
	id := strings.TrimPrefix(r.URL.Path, "/view/")
	s.viewMu.Lock()
	var v *view
	for i := range s.views {
		if subtle.ConstantTimeCompare([]byte(s.views[i].id), []byte(id)) == 1 {
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
	arg, flags, drop, lang, err := s.caseArgs(w, r, lang)
	if err != nil {
		s.fail(w, lang, err)
		return
	}
	res := s.exec(append([]string{cmd, arg, "-o", d[0]}, flags...)...)
	drop()
	if res.status != exitOK {
		s.answerFailure(w, lang, res)
		return
	}
	name, body := d[0], res.mem.files[d[0]]
	if len(res.mem.order) > 1 {
		name = strings.TrimSuffix(d[0], ".csv") + ".zip"
		body = zipFiles(res.mem)
	}
	sendFile(w, name, d[1], body)
}

// template answers GET /api/template?lang=: gbo template's workbook.
func (s *server) template(w http.ResponseWriter, r *http.Request, lang string) {
	res := s.exec("template", "-o", "template.xlsx", "--lang="+lang)
	if res.status != exitOK {
		s.answerFailure(w, lang, res)
		return
	}
	sendFile(w, "template.xlsx", downloads["export"]["xlsx"][1], res.mem.files["template.xlsx"])
}

func sendFile(w http.ResponseWriter, name, ctype string, body []byte) {
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	_, _ = w.Write(body)
}

// zipFiles packs a run's output files into one .zip, in the order written,
// with a fixed time: the same files give the same bytes.
func zipFiles(m *memRun) []byte { return zipNamed(m.order, m.files) }

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

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

// tokenHeader is the request header the page sends the token in.
const tokenHeader = "X-Gbo-Token"

// ServeHTTP checks every request, in this order, before it is answered:
//
//   - the Host header is 127.0.0.1:PORT, [::1]:PORT or localhost:PORT,
//     else 421 (a DNS-rebinding page names its own host);
//   - GET /view/ID is a report held for the page: the ID (128 random
//     bits, handed only to a request with the token, dropped with the
//     report or after viewLife) is its own key;
//   - GET / without a token is the page without its run hash, which then
//     takes the token from the tab's sessionStorage (a reload) or says to
//     open the address gbo printed; with ?token= it is the page with its
//     run hash (a second such load is warned of on standard error);
//   - every other request carries the token in the X-Gbo-Token header (the
//     page) or as ?token= (a script), else 403; no cookie is read or set;
//   - a POST comes from the page's own origin: Origin is http://HOST and
//     Sec-Fetch-Site, when sent, is same-origin, else 403.
//
// A refused request (403, 421) closes its connection without reading its
// body; the bare page and /view/ID (found or not) close it after the
// answer: a connection stays open only for requests with the token, so
// that nobody without it can hold the connection slots (serveMaxConns). Every answer carries a Content-Security-Policy (the report's),
// nosniff, no-referrer and no-store.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", baseCSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Frame-Options", "DENY")
	lang, guessed := s.requestLang(r)
	if s.opt.browserLang {
		h.Set("Vary", "Accept-Language")
	}
	if !s.hostOK(r.Host) {
		s.refuse(w, lang, http.StatusMisdirectedRequest, "err_host")
		return
	}
	if strings.HasPrefix(r.URL.Path, "/view/") && r.Method == http.MethodGet {
		h.Set("Connection", "close")
		s.view(w, r, lang)
		return
	}
	q := r.URL.Query().Get("token")
	if r.URL.Path == "/" && r.Method == http.MethodGet && q == "" && r.Header.Get(tokenHeader) == "" {
		h.Set("Connection", "close")
		s.page(w, lang, guessed, "")
		return
	}
	if !s.authorised(r) {
		s.refuse(w, lang, http.StatusForbidden, "err_token")
		return
	}
	if r.Method == http.MethodPost {
		if r.Header.Get("Origin") != "http://"+r.Host || (r.Header.Get("Sec-Fetch-Site") != "" && r.Header.Get("Sec-Fetch-Site") != "same-origin") {
			s.refuse(w, lang, http.StatusForbidden, "err_origin")
			return
		}
	}
	s.touch()
	switch {
	case r.URL.Path == "/" && r.Method == http.MethodGet:
		if q != "" {
			if n := s.tokenLoads.Add(1); n > 1 {
				sayIn(s.opt.log, s.opt.say, "token_reused", n)
			}
		}
		s.page(w, lang, guessed, s.runHash)
	case r.URL.Path == "/api/alive" && r.Method == http.MethodGet:
		writeJSON(w, http.StatusOK, map[string]string{"run": s.runSecret})
	case r.URL.Path == "/api/words" && r.Method == http.MethodGet:
		s.words(w, lang)
	case r.URL.Path == "/api/samples" && r.Method == http.MethodGet:
		s.samples(w, lang)
	case r.URL.Path == "/api/template" && r.Method == http.MethodGet:
		s.locked(w, r, func() { s.template(w, r, lang) })
	case r.URL.Path == "/api/analyse" && r.Method == http.MethodPost:
		s.locked(w, r, func() { s.analyse(w, r, lang) })
	case r.URL.Path == "/api/map" && r.Method == http.MethodPost:
		s.locked(w, r, func() { s.download(w, r, lang, "map") })
	case r.URL.Path == "/api/export" && r.Method == http.MethodPost:
		s.locked(w, r, func() { s.download(w, r, lang, "export") })
	case r.URL.Path == "/api/survey/make" && r.Method == http.MethodPost:
		s.locked(w, r, func() { s.surveyMake(w, r, lang) })
	case r.URL.Path == "/api/survey/collect" && r.Method == http.MethodPost:
		s.locked(w, r, func() { s.surveyCollect(w, r, lang) })
	default:
		s.fail(w, lang, &httpError{http.StatusNotFound, serveT(lang, "err_not_found")})
	}
}

// authorised reports whether r carries the token: in the X-Gbo-Token
// header, else as ?token=.
func (s *server) authorised(r *http.Request) bool {
	if t := r.Header.Get(tokenHeader); t != "" {
		return s.tokenOK(t)
	}
	q := r.URL.Query().Get("token")
	return q != "" && s.tokenOK(q)
}

// refuse answers status with the message key and closes the connection
// without reading the rest of the request: a client that trickles a body
// after a refusal holds nothing open.
func (s *server) refuse(w http.ResponseWriter, lang string, status int, key string) {
	w.Header().Set("Connection", "close")
	_ = http.NewResponseController(w).SetReadDeadline(time.Now())
	s.fail(w, lang, &httpError{status, serveT(lang, key)})
}

// locked runs answer with the run lock held: one request at a time reads
// its upload, unzips it and runs its command, so that memory in use is one
// request's (the upload, its unzipped files and the analysis), whatever
// number of requests arrive together; the others wait unread. Once its
// turn comes, the request's body must arrive within opt.bodyBase plus a
// second per serveBodyRate bytes of its size (else the read fails and the
// connection closes), and the answer within serveWriteTime more.
func (s *server) locked(w http.ResponseWriter, r *http.Request, answer func()) {
	s.run.Lock()
	defer s.run.Unlock()
	n := r.ContentLength
	if n < 0 || n > s.opt.maxUpload {
		n = s.opt.maxUpload
	}
	body := s.opt.bodyBase + time.Duration(n/serveBodyRate)*time.Second
	rc := http.NewResponseController(w)
	_ = rc.SetReadDeadline(time.Now().Add(body))
	_ = rc.SetWriteDeadline(time.Now().Add(body + serveWriteTime))
	answer()
}

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

// exec runs one command line (without "gbo") in this process, with the
// pseudonym key of keyArgs. The caller holds the run lock (locked).
func (s *server) exec(args ...string) result {
	ka, key := s.keyArgs()
	st, out, errb, m := runCaptured(append(args, ka...), key)
	return result{st, out, errb, m}
}

// answerFailure answers a run that did not succeed: exit status 2 (bad
// input) as 422 with the problems as the CLI lists them, or, when it
// printed none (a flag out of range), the messages it printed; anything
// else as 500, saying nothing of the input.
func (s *server) answerFailure(w http.ResponseWriter, lang string, res result, names *columnNamer) {
	if res.status != exitBadUse {
		s.fail(w, lang, errors.New("run failed"))
		return
	}
	ps := res.mem.problems
	names.name(ps)
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
// upload:ID, held until drop is called), the flags of its fields, what
// names its columns in problems, and the language of the answer.
func (s *server) caseArgs(w http.ResponseWriter, r *http.Request, lang string) (arg string, flags []string, drop func(), names *columnNamer, outLang string, err error) {
	u, err := readUpload(w, r, s.opt.maxUpload, lang)
	if err != nil {
		return "", nil, nil, nil, lang, err
	}
	if len(u.forms) > 0 {
		return "", nil, nil, nil, lang, &httpError{http.StatusBadRequest, serveT(lang, "err_forms_here")}
	}
	return s.caseOf(u, lang, true)
}

// caseOf is caseArgs of an upload read; the case may be left out when
// needCase is false (then arg is "").
func (s *server) caseOf(u *upload, lang string, needCase bool) (arg string, flags []string, drop func(), names *columnNamer, outLang string, err error) {
	if l := u.fields["lang"]; l != "" {
		if !locale.Valid(l) {
			return "", nil, nil, nil, lang, &httpError{http.StatusBadRequest, serveT(lang, "err_lang", locale.List(lang))}
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
			return "", nil, nil, nil, lang, &httpError{http.StatusBadRequest, serveT(lang, "err_sample_and_case")}
		}
		_, ok := samples.FS(name)
		if !ok {
			return "", nil, nil, nil, lang, &httpError{http.StatusBadRequest, serveT(lang, "err_sample")}
		}
		return "sample:" + name, flags, func() {}, &columnNamer{}, lang, nil
	}
	if !needCase && len(u.caseFiles) == 0 {
		return "", flags, func() {}, nil, lang, nil
	}
	src, names, err := caseSource(u.caseFiles, s.opt.maxUpload, lang)
	if err != nil {
		return "", nil, nil, nil, lang, err
	}
	arg, release := holdUpload(src)
	return arg, flags, func() { release(); names.close() }, names, lang, nil
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

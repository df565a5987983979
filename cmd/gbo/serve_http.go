package main

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"net/http"
	"os"
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

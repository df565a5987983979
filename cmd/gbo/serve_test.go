package main

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// testPort is the port a test server believes it listens on (Host checks).
const testPort = 4242

func newTestServer(t *testing.T, opt serveOptions) *server {
	t.Helper()
	s, err := newServer(opt)
	if err != nil {
		t.Fatal(err)
	}
	s.port = testPort
	return s
}

// form is a multipart body: fields, then files under "case".
type form struct {
	fields map[string]string
	files  []namedFile
	field  string // the files' field, "case" by default
}

func (f form) body(t *testing.T) (io.Reader, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range f.fields {
		if err := mw.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	field := f.field
	if field == "" {
		field = "case"
	}
	for _, nf := range f.files {
		w, err := mw.CreateFormFile(field, nf.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(nf.data)
	}
	mw.Close()
	return &b, mw.FormDataContentType()
}

// do sends one request the way the page does (Host, the token header, and
// for a POST Origin and Sec-Fetch-Site), with edit changing it first.
func do(t *testing.T, s *server, method, target string, f *form, edit func(*http.Request)) *httptest.ResponseRecorder {
	t.Helper()
	var body io.Reader
	ctype := ""
	if f != nil {
		body, ctype = f.body(t)
	}
	r := httptest.NewRequest(method, target, body)
	r.Host = "127.0.0.1:4242"
	if ctype != "" {
		r.Header.Set("Content-Type", ctype)
	}
	r.Header.Set(tokenHeader, s.token)
	if method == http.MethodPost {
		r.Header.Set("Origin", "http://127.0.0.1:4242")
		r.Header.Set("Sec-Fetch-Site", "same-origin")
	}
	if edit != nil {
		edit(r)
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return w
}

func sample(name string) *form { return &form{fields: map[string]string{"sample": name, "lang": "en"}} }

// checkHeaders fails unless a response carries the safety headers every
// answer must have.
func checkHeaders(t *testing.T, what string, w *httptest.ResponseRecorder) {
	t.Helper()
	h := w.Result().Header
	csp := h.Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "base-uri 'none'") || !strings.Contains(csp, "object-src 'none'") {
		t.Errorf("%s: Content-Security-Policy %q", what, csp)
	}
	if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" {
		t.Errorf("%s: headers %v", what, h)
	}
}

// A request whose Host is not this server's loopback name and port is
// refused with 421 before anything else (DNS rebinding), whatever token
// it carries.
func TestServeHostHeader(t *testing.T) {
	s := newTestServer(t, serveOptions{})
	for _, host := range []string{"evil.example:4242", "127.0.0.1:4243", "127.0.0.1", "localhost", "0.0.0.0:4242",
		"127.0.0.2:4242", "192.168.1.10:4242", "localhost.evil.example:4242", "[::1]", ""} {
		w := do(t, s, http.MethodGet, "/api/samples?token="+s.token, nil, func(r *http.Request) { r.Host = host })
		if w.Code != http.StatusMisdirectedRequest {
			t.Errorf("Host %q: status %d, want 421", host, w.Code)
		}
		checkHeaders(t, "421", w)
	}
	for _, host := range []string{"127.0.0.1:4242", "[::1]:4242", "localhost:4242"} {
		if w := do(t, s, http.MethodGet, "/api/samples", nil, func(r *http.Request) { r.Host = host }); w.Code != http.StatusOK {
			t.Errorf("Host %q: status %d, want 200", host, w.Code)
		}
	}
}

// Without the token (the X-Gbo-Token header or ?token=) every address but
// the bare page answers 403, and a refused request closes its connection;
// a cookie is no token (browsers send 127.0.0.1's cookies to every port,
// so another user's server would receive one): a request with only a
// cookie holding the token is refused, and no answer sets a cookie. The
// bare page (a reload) holds no run id; the page given with the token
// holds it, and /api/alive answers it only with the token.
func TestServeToken(t *testing.T) {
	s := newTestServer(t, serveOptions{})
	noToken := func(r *http.Request) { r.Header.Del(tokenHeader) }
	onlyCookie := func(r *http.Request) {
		r.Header.Del(tokenHeader)
		r.AddCookie(&http.Cookie{Name: "gbo_token_4242", Value: s.token})
		r.AddCookie(&http.Cookie{Name: "gbo_token", Value: s.token})
		r.AddCookie(&http.Cookie{Name: "token", Value: s.token})
	}
	for _, edit := range []func(*http.Request){noToken, onlyCookie} {
		for _, target := range []string{"/api/samples", "/api/template", "/api/alive", "/api/words?lang=nl", "/nothing",
			"/?token=" + strings.Repeat("0", 32), "/view/" + strings.Repeat("0", 32)} {
			w := do(t, s, http.MethodGet, target, nil, edit)
			if w.Code != http.StatusForbidden && !(strings.HasPrefix(target, "/view/") && w.Code == http.StatusNotFound) {
				t.Errorf("GET %s without token: %d", target, w.Code)
			}
			if strings.HasPrefix(target, "/api/") && w.Header().Get("Connection") != "close" {
				t.Errorf("GET %s refused without Connection: close", target)
			}
			checkHeaders(t, "403", w)
		}
		if w := do(t, s, http.MethodPost, "/api/analyse", sample("grensobject"), edit); w.Code != http.StatusForbidden {
			t.Errorf("POST without token: %d", w.Code)
		}
	}
	// a wrong token in the header is not made good by a right one in the query
	w := do(t, s, http.MethodGet, "/api/samples?token="+s.token, nil, func(r *http.Request) { r.Header.Set(tokenHeader, s.token[:31]+"x") })
	if w.Code != http.StatusForbidden {
		t.Errorf("wrong header, right query: %d", w.Code)
	}
	// the header, or the query alone, will do
	if w := do(t, s, http.MethodGet, "/api/samples", nil, nil); w.Code != http.StatusOK {
		t.Errorf("header: %d", w.Code)
	}
	if w := do(t, s, http.MethodGet, "/api/samples?token="+s.token, nil, noToken); w.Code != http.StatusOK {
		t.Errorf("query: %d", w.Code)
	}
	if w := do(t, s, http.MethodPost, "/api/analyse?format=json&token="+s.token, sample("grensobject"), noToken); w.Code != http.StatusOK {
		t.Errorf("POST with ?token=: %d", w.Code)
	}
	// /api/alive answers the run secret; the page holds only its hash.
	w = do(t, s, http.MethodGet, "/api/alive", nil, nil)
	if w.Code != http.StatusOK || w.Body.String() != `{"run":"`+s.runSecret+`"}` {
		t.Errorf("alive: %d %s", w.Code, w.Body)
	}
	if sum := sha256.Sum256([]byte(s.runSecret)); hex.EncodeToString(sum[:]) != s.runHash {
		t.Errorf("run hash %q is not the SHA-256 of the run secret", s.runHash)
	}
	bare := do(t, s, http.MethodGet, "/?lang=nl", nil, noToken)
	if bare.Code != http.StatusOK || strings.Contains(bare.Body.String(), s.runHash) || strings.Contains(bare.Body.String(), s.runSecret) || strings.Contains(bare.Body.String(), s.token) || !strings.Contains(bare.Body.String(), `lang="nl"`) {
		t.Errorf("bare page: %d, holds the run hash, secret or token, or not in Dutch", bare.Code)
	}
	first := do(t, s, http.MethodGet, "/?token="+s.token, nil, noToken)
	if first.Code != http.StatusOK || !strings.Contains(first.Body.String(), s.runHash) || strings.Contains(first.Body.String(), s.runSecret) {
		t.Errorf("page with the token: %d, run hash missing or run secret given", first.Code)
	}
	if strings.Contains(first.Body.String(), s.token) {
		t.Error("the page repeats the token (it reads it from its address)")
	}
	for _, w := range []*httptest.ResponseRecorder{bare, first, w} {
		if c := w.Result().Cookies(); len(c) != 0 || w.Header().Get("Set-Cookie") != "" {
			t.Errorf("an answer sets a cookie: %v", c)
		}
	}
	if len(s.token) != 32 || len(s.runSecret) != 32 || s.token == s.runSecret {
		t.Errorf("token %q or run secret %q is not 128 bits in hex", s.token, s.runSecret)
	}
	if s2 := newTestServer(t, serveOptions{}); s2.token == s.token || s2.runSecret == s.runSecret {
		t.Error("two starts, one token or run id")
	}
}

// The page given with the token a second time (a replayed address, or a
// second tab) is answered, and a warning goes to standard error; reloads
// (no token in the address) and scripts (?token= on the API) are not
// warned of.
func TestServeTokenReuseWarned(t *testing.T) {
	var log bytes.Buffer
	s := newTestServer(t, serveOptions{log: &log})
	noHeader := func(r *http.Request) { r.Header.Del(tokenHeader) }
	do(t, s, http.MethodGet, "/?token="+s.token, nil, noHeader)
	do(t, s, http.MethodGet, "/", nil, noHeader)
	do(t, s, http.MethodGet, "/api/samples?token="+s.token, nil, noHeader)
	if log.Len() != 0 {
		t.Fatalf("warned after one load: %q", log.String())
	}
	if w := do(t, s, http.MethodGet, "/?token="+s.token, nil, noHeader); w.Code != http.StatusOK {
		t.Errorf("second load: %d", w.Code)
	}
	if !strings.Contains(log.String(), "warning") || !strings.Contains(log.String(), "2") || strings.Contains(log.String(), s.token) {
		t.Errorf("second load's warning: %q", log.String())
	}
}

// A report held for the page is at /view/ID without the token (the frame
// of the page cannot send it): the ID, 128 random bits handed out only
// with the token, is the key; it is gone once dropped (more than maxViews
// newer, or viewLife old, or the server stopped).
func TestServeViewCapability(t *testing.T) {
	s := newTestServer(t, serveOptions{})
	var ids []string
	for range maxViews + 1 {
		w := do(t, s, http.MethodPost, "/api/analyse?format=view", sample("grensobject"), nil)
		var v struct{ View string }
		if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil || w.Code != 200 {
			t.Fatalf("view: %d %s", w.Code, w.Body)
		}
		ids = append(ids, v.View)
	}
	noToken := func(r *http.Request) { r.Header.Del(tokenHeader) }
	if w := do(t, s, http.MethodGet, ids[len(ids)-1], nil, noToken); w.Code != http.StatusOK {
		t.Errorf("newest view without token: %d", w.Code)
	}
	if w := do(t, s, http.MethodGet, ids[0], nil, nil); w.Code != http.StatusNotFound {
		t.Errorf("dropped view: %d", w.Code)
	}
	if id := strings.TrimPrefix(ids[1], "/view/"); len(id) != 32 {
		t.Errorf("view id %q is not 128 bits", id)
	}
	s.viewMu.Lock()
	s.views[len(s.views)-1].made = time.Now().Add(-viewLife)
	s.viewMu.Unlock()
	if w := do(t, s, http.MethodGet, ids[len(ids)-1], nil, nil); w.Code != http.StatusNotFound {
		t.Errorf("expired view: %d", w.Code)
	}
}

// A POST must come from the page's own origin: Origin http://HOST, and
// Sec-Fetch-Site same-origin when the browser sends it.
func TestServeOrigin(t *testing.T) {
	s := newTestServer(t, serveOptions{})
	cases := map[string]func(*http.Request){
		"no Origin":       func(r *http.Request) { r.Header.Del("Origin") },
		"other Origin":    func(r *http.Request) { r.Header.Set("Origin", "http://evil.example") },
		"other port":      func(r *http.Request) { r.Header.Set("Origin", "http://127.0.0.1:4243") },
		"null Origin":     func(r *http.Request) { r.Header.Set("Origin", "null") },
		"https Origin":    func(r *http.Request) { r.Header.Set("Origin", "https://127.0.0.1:4242") },
		"cross-site":      func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "cross-site") },
		"same-site":       func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "same-site") },
		"typed address":   func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "none") },
		"localhost mixed": func(r *http.Request) { r.Header.Set("Origin", "http://localhost:4242") },
	}
	for name, edit := range cases {
		for _, path := range []string{"/api/analyse", "/api/map?format=svg", "/api/export?format=gexf"} {
			w := do(t, s, http.MethodPost, path, sample("grensobject"), edit)
			if w.Code != http.StatusForbidden {
				t.Errorf("%s %s: %d, want 403", name, path, w.Code)
			}
			checkHeaders(t, name, w)
		}
	}
	// Without Sec-Fetch-Site (a script) the Origin alone will do.
	w := do(t, s, http.MethodPost, "/api/analyse?format=json", sample("grensobject"), func(r *http.Request) { r.Header.Del("Sec-Fetch-Site") })
	if w.Code != http.StatusOK {
		t.Errorf("script POST: %d %s", w.Code, w.Body)
	}
}

// An upload over --max-upload-mb is 413 with the limit and how to raise
// it; so are zips that unzip to too much or hold too many entries; a zip
// whose names lead outside its folder is refused. No answer quotes the
// upload's names or content.
func TestServeUploadLimits(t *testing.T) {
	s := newTestServer(t, serveOptions{maxUpload: 1 << 20})
	secret := "SECRET-c0ntent-7f3a"
	big := bytes.Repeat([]byte(secret+"\n"), (2<<20)/len(secret))
	zipOf := func(files map[string][]byte) []byte {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for n, d := range files {
			w, _ := zw.Create(n)
			w.Write(d)
		}
		zw.Close()
		return b.Bytes()
	}
	many := map[string][]byte{}
	for i := range maxZipEntries + 1 {
		many[filepath.Join("c", strings.Repeat("x", i%7)+secret+string(rune('a'+i%26))+".txt")+string(rune('0'+i/26))] = nil
	}
	cases := []struct {
		name   string
		files  []namedFile
		status int
		want   string
	}{
		{"too large", []namedFile{{secret + ".xlsx", big}}, 413, "1 MiB"},
		{"zip bomb", []namedFile{{secret + ".zip", zipOf(map[string][]byte{"partners.csv": bytes.Repeat([]byte("a,b\n"), 2<<20)})}}, 413, "--max-upload-mb"},
		{"zip entries", []namedFile{{secret + ".zip", zipOf(many)}}, 413, "256"},
		{"zip path", []namedFile{{secret + ".zip", zipOf(map[string][]byte{"../" + secret + "/partners.csv": []byte(secret)})}}, 400, "outside"},
		{"zip absolute", []namedFile{{secret + ".zip", zipOf(map[string][]byte{"/etc/partners.csv": []byte(secret)})}}, 400, "outside"},
		{"not a zip", []namedFile{{secret + ".zip", []byte(secret)}}, 400, "zip"},
		{"not case files", []namedFile{{secret + ".csv", []byte(secret)}, {"partners.csv", []byte(secret)}}, 400, "partners.csv"},
	}
	for _, c := range cases {
		w := do(t, s, http.MethodPost, "/api/analyse", &form{files: c.files, fields: map[string]string{"lang": "en"}}, nil)
		body := w.Body.String()
		if w.Code != c.status || !strings.Contains(body, c.want) {
			t.Errorf("%s: %d %s", c.name, w.Code, body)
		}
		if strings.Contains(body, "SECRET") || strings.Contains(body, "etc") {
			t.Errorf("%s: the answer quotes the upload: %s", c.name, body)
		}
		checkHeaders(t, c.name, w)
	}
	// A declared Content-Length over the limit is refused before reading.
	w := do(t, s, http.MethodPost, "/api/analyse", sample("grensobject"), func(r *http.Request) { r.ContentLength = 2 << 20 })
	if w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("Content-Length: %d", w.Code)
	}
}

// brokenBook is a workbook with an unknown partner id and a bad date, at
// known rows and columns.
func brokenBook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "partners")
	f.SetSheetRow("partners", "A1", &[]any{"id", "name", "sector"})
	f.SetSheetRow("partners", "A2", &[]any{"ocmw-a", "OCMW A", "OCMW"})
	f.SetSheetRow("partners", "A3", &[]any{"caw-b", "CAW B", "CAW"})
	f.NewSheet("interactions")
	f.SetSheetRow("interactions", "A1", &[]any{"date", "from", "with", "kind"})
	f.SetSheetRow("interactions", "A2", &[]any{"2024-03-15", "ocmw-a", "caw-b", "referral"})
	f.SetSheetRow("interactions", "A3", &[]any{"2024-03-16", "ocmw-a", "caw-bb", "referral"})
	f.SetSheetRow("interactions", "A4", &[]any{"2024-13-40", "caw-b", "ocmw-a", "referral"})
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A broken case answers 422 with every problem as the CLI prints it:
// file (the workbook's sheet), row, column, severity and message, in the
// order and words of gbo validate's standard error.
func TestServeProblemList(t *testing.T) {
	s := newTestServer(t, serveOptions{})
	book := brokenBook(t)
	for _, path := range []string{"/api/analyse", "/api/analyse?format=json", "/api/map?format=svg", "/api/export?format=xlsx"} {
		w := do(t, s, http.MethodPost, path, &form{files: []namedFile{{"broken.xlsx", book}}, fields: map[string]string{"lang": "nl"}}, nil)
		if w.Code != http.StatusUnprocessableEntity {
			t.Fatalf("%s: %d %s", path, w.Code, w.Body)
		}
		checkHeaders(t, "422", w)
		var ps []apiProblem
		if err := json.Unmarshal(w.Body.Bytes(), &ps); err != nil {
			t.Fatal(err)
		}
		// The CLI on the same workbook, from its folder.
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "broken.xlsx"), book, 0o600); err != nil {
			t.Fatal(err)
		}
		t.Chdir(dir)
		_, stderr, code := runGBO(t, "validate", "broken.xlsx", "--lang", "nl")
		if code != 2 {
			t.Fatalf("validate: %d", code)
		}
		var lines []string
		for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
			if !strings.HasPrefix(l, "gbo: ") {
				lines = append(lines, l)
			}
		}
		if len(ps) != len(lines) {
			t.Fatalf("%s: %d problems, the CLI prints %d:\n%s\n%+v", path, len(ps), len(lines), stderr, ps)
		}
		sev := map[string]string{"error": "fout", "warning": "waarschuwing"}
		for i, p := range ps {
			pos := p.File
			if p.Line > 0 {
				pos += ":" + strconv.Itoa(p.Line)
				if p.Column > 0 {
					pos += ":" + strconv.Itoa(p.Column)
				}
			}
			if got := pos + ": " + sev[p.Severity] + ": " + p.Message; got != lines[i] {
				t.Errorf("problem %d:\n got %s\nwant %s", i, got, lines[i])
			}
		}
		want := map[string]bool{}
		for _, p := range ps {
			if p.Severity == "error" {
				want[p.File+":"+strconv.Itoa(p.Line)+":"+strconv.Itoa(p.Column)] = true
			}
		}
		if !want["broken.xlsx:interactions:3:3"] || !want["broken.xlsx:interactions:4:1"] {
			t.Errorf("%s: positions %v", path, want)
		}
	}
}

// Every format serve answers is the CLI's own output of the same case,
// byte for byte: the report (gbo report -o -), the analysis it embeds,
// the map, every export, the template; for a sample and for an uploaded
// workbook (the CLI run on that file from its folder).
func TestServeSameAsCLI(t *testing.T) {
	s := newTestServer(t, serveOptions{})
	dir := t.TempDir()
	_, stderr, code := runGBO(t, "template", "--from", "sample:grensobject", "-o", filepath.Join(dir, "grensobject.xlsx"), "--lang", "nl")
	if code != 0 {
		t.Fatal(stderr)
	}
	book, err := os.ReadFile(filepath.Join(dir, "grensobject.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	cli := func(args ...string) []byte {
		t.Helper()
		out, stderr, code := runGBO(t, args...)
		if code != 0 {
			t.Fatalf("%v: %s", args, stderr)
		}
		if args[len(args)-1] == "-" {
			return []byte(out)
		}
		b, err := os.ReadFile(args[len(args)-1])
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, c := range []struct {
		arg  string
		form *form
	}{
		{"sample:grensobject", &form{fields: map[string]string{"sample": "grensobject", "lang": "fr", "min_depth": "2", "as_of": "2024-12-31"}}},
		{"grensobject.xlsx", &form{files: []namedFile{{"grensobject.xlsx", book}}, fields: map[string]string{"lang": "fr", "min_depth": "2", "as_of": "2024-12-31"}}},
	} {
		flags := []string{"--lang", "fr", "--min-depth", "2", "--as-of", "2024-12-31"}
		w := do(t, s, http.MethodPost, "/api/analyse", c.form, nil)
		want := cli(append(append([]string{"report", c.arg}, flags...), "-o", "-")...)
		if w.Code != 200 || !bytes.Equal(w.Body.Bytes(), want) {
			t.Fatalf("%s: report %d differs from gbo report -o - (%d vs %d bytes)", c.arg, w.Code, w.Body.Len(), len(want))
		}
		csp := w.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'sha256-") || !strings.Contains(string(want), strings.TrimSuffix(csp, "; frame-ancestors 'self'")) {
			t.Errorf("%s: report answered with CSP %q, not its own", c.arg, csp)
		}
		w = do(t, s, http.MethodPost, "/api/analyse?format=json", c.form, nil)
		m := analysisJSON.FindSubmatch(want)
		if w.Code != 200 || m == nil || !bytes.Equal(w.Body.Bytes(), m[1]) || !json.Valid(w.Body.Bytes()) || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
			t.Errorf("%s: json %d differs from the report's gbo-analysis", c.arg, w.Code)
		}
		w = do(t, s, http.MethodPost, "/api/analyse?format=view", c.form, nil)
		var v struct {
			View     string       `json:"view"`
			Warnings []apiProblem `json:"warnings"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil || w.Code != 200 {
			t.Fatalf("view: %d %s", w.Code, w.Body)
		}
		w = do(t, s, http.MethodGet, v.View, nil, nil)
		if w.Code != 200 || !bytes.Equal(w.Body.Bytes(), want) || !strings.Contains(w.Header().Get("Content-Security-Policy"), "frame-ancestors 'self'") {
			t.Errorf("%s: view %d differs", c.arg, w.Code)
		}
		checkHeaders(t, "view", w)
		if w = do(t, s, http.MethodGet, v.View+"?download=1", nil, nil); !strings.Contains(w.Header().Get("Content-Disposition"), "attachment") {
			t.Errorf("view download: %v", w.Header())
		}
		for _, f := range []struct{ api, cmd, out string }{
			{"/api/map?format=svg", "map", "map.svg"},
			{"/api/map?format=png", "map", "map.png"},
			{"/api/export?format=gexf", "export", "network.gexf"},
			{"/api/export?format=graphml", "export", "network.graphml"},
			{"/api/export?format=json", "export", "network.json"},
			{"/api/export?format=xlsx", "export", "network.xlsx"},
		} {
			w := do(t, s, http.MethodPost, f.api, c.form, nil)
			os.Remove(f.out)
			want := cli(append([]string{f.cmd, c.arg}, append(flags, "-o", f.out)...)...)
			if w.Code != 200 || !bytes.Equal(w.Body.Bytes(), want) {
				t.Errorf("%s %s: %d, %d bytes, the CLI wrote %d", c.arg, f.api, w.Code, w.Body.Len(), len(want))
			}
			if cd := w.Header().Get("Content-Disposition"); !strings.Contains(cd, f.out) {
				t.Errorf("%s: Content-Disposition %q", f.api, cd)
			}
			checkHeaders(t, f.api, w)
		}
		// CSV: the two files export writes, zipped.
		w = do(t, s, http.MethodPost, "/api/export?format=csv", c.form, nil)
		os.Remove("network.csv")
		os.Remove("network-partners.csv")
		ties := cli(append([]string{"export", c.arg}, append(flags, "-o", "network.csv")...)...)
		partners, _ := os.ReadFile("network-partners.csv")
		zr, err := zip.NewReader(bytes.NewReader(w.Body.Bytes()), int64(w.Body.Len()))
		if err != nil || len(zr.File) != 2 {
			t.Fatalf("csv zip: %v", err)
		}
		for i, want := range [][]byte{ties, partners} {
			rc, _ := zr.File[i].Open()
			got, _ := io.ReadAll(rc)
			if !bytes.Equal(got, want) {
				t.Errorf("%s: csv file %s differs", c.arg, zr.File[i].Name)
			}
		}
	}
	w := do(t, s, http.MethodGet, "/api/template?lang=nl", nil, nil)
	os.Remove("t.xlsx")
	if want := cli("template", "--lang", "nl", "-o", "t.xlsx"); w.Code != 200 || !bytes.Equal(w.Body.Bytes(), want) {
		t.Errorf("template: %d differs", w.Code)
	}
	w = do(t, s, http.MethodGet, "/api/samples", nil, nil)
	var list []struct{ Name string }
	if json.Unmarshal(w.Body.Bytes(), &list); len(list) == 0 || w.Code != 200 {
		t.Errorf("samples: %s", w.Body)
	}
	for _, bad := range []string{"/api/map?format=pdf", "/api/export?format=dot", "/api/analyse?format=xml"} {
		if w := do(t, s, http.MethodPost, bad, sample("grensobject"), nil); w.Code != http.StatusBadRequest {
			t.Errorf("%s: %d", bad, w.Code)
		}
	}
}

// Serving writes nothing to disk: with HOME, TMPDIR and the config and
// cache folders empty (no pseudonym key yet), every kind of request leaves
// them empty; the pseudonym key is held in memory.
func TestServeWritesNothing(t *testing.T) {
	dirs := map[string]string{}
	for _, v := range []string{"HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA"} {
		d := t.TempDir()
		dirs[v] = d
		t.Setenv(v, d)
	}
	wd := t.TempDir()
	t.Chdir(wd)
	dirs["working folder"] = wd
	s := newTestServer(t, serveOptions{})
	book := brokenBook(t)
	good := &form{files: []namedFile{{"case.zip", mustZipSample(t, "grensobject")}}}
	for _, r := range []struct {
		method, target string
		f              *form
	}{
		{"GET", "/", nil},
		{"GET", "/api/samples", nil},
		{"GET", "/api/template?lang=fr", nil},
		{"POST", "/api/analyse", good},
		{"POST", "/api/analyse?format=json", sample("sleutelfiguren")},
		{"POST", "/api/analyse?format=view", good},
		{"POST", "/api/analyse", &form{files: []namedFile{{"broken.xlsx", book}}}},
		{"POST", "/api/map?format=png", good},
		{"POST", "/api/map?format=svg", sample("grensobject")},
		{"POST", "/api/export?format=xlsx", good},
		{"POST", "/api/export?format=csv", good},
		{"POST", "/api/export?format=gexf", good},
	} {
		w := do(t, s, r.method, r.target, r.f, nil)
		if w.Code != 200 && w.Code != 422 {
			t.Errorf("%s %s: %d %s", r.method, r.target, w.Code, w.Body)
		}
	}
	for name, d := range dirs {
		ents, _ := os.ReadDir(d)
		if len(ents) > 0 {
			var names []string
			filepath.WalkDir(d, func(p string, _ os.DirEntry, _ error) error { names = append(names, p); return nil })
			t.Errorf("%s holds %v", name, names)
		}
	}
	uploads.Lock()
	held := len(uploads.m)
	uploads.Unlock()
	if held != 0 {
		t.Errorf("%d uploads still held after their responses", held)
	}
}

// mustZipSample zips a bundled sample as a case folder would be zipped (in
// a top folder), with a file that is not the case's.
func mustZipSample(t *testing.T, name string) []byte {
	t.Helper()
	dir := t.TempDir()
	// the sample as a folder, read back
	sampleDir := filepath.Join(dir, name)
	if _, stderr, code := runGBO(t, "sample", name, sampleDir); code != 0 {
		t.Fatal(stderr)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	ents, _ := os.ReadDir(sampleDir)
	for _, e := range ents {
		d, _ := os.ReadFile(filepath.Join(sampleDir, e.Name()))
		w, _ := zw.Create(name + "/" + e.Name())
		w.Write(d)
	}
	w, _ := zw.Create(name + "/notes.docx")
	w.Write([]byte("not the case"))
	zw.Close()
	return b.Bytes()
}

// The server listens on loopback addresses only, answers the address it
// prints, and stops by itself when idle.
func TestServeListensOnLoopbackOnly(t *testing.T) {
	lns, err := listenLoopback(0)
	if err != nil {
		t.Fatal(err)
	}
	for _, ln := range lns {
		a := ln.Addr().(*net.TCPAddr)
		if !a.IP.IsLoopback() || a.IP.IsUnspecified() {
			t.Errorf("listening on %v", a)
		}
	}
	if ip := lns[0].Addr().(*net.TCPAddr).IP; !ip.Equal(net.IPv4(127, 0, 0, 1)) {
		t.Errorf("first listener %v, want 127.0.0.1", ip)
	}
	s, err := newServer(serveOptions{idle: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	s.port = lns[0].Addr().(*net.TCPAddr).Port
	done := make(chan error, 1)
	go func() { done <- s.serve(context.Background(), lns) }()
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get(s.url())
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(page), "gbo-words") || !strings.Contains(string(page), s.runHash) {
		t.Errorf("page: %d at %v", resp.StatusCode, resp.Request.URL)
	}
	if len(lns) > 1 { // ::1 answers too
		resp, err := http.Get("http://" + lns[1].Addr().String() + "/api/samples?token=" + s.token)
		if err != nil || resp.StatusCode != 200 {
			t.Errorf("::1: %v %v", err, resp)
		} else {
			resp.Body.Close()
		}
	}
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the server did not stop when idle")
	}
	if _, err := net.DialTimeout("tcp", lns[0].Addr().String(), time.Second); err == nil {
		t.Error("still listening after stopping")
	}
}

// The command refuses a bad port or upload limit as a usage error.
func TestServeFlags(t *testing.T) {
	for _, args := range [][]string{{"serve", "--port", "70000"}, {"serve", "--max-upload-mb", "0"}, {"serve", "extra"}, {"serve", "--lang", "xx"}} {
		if _, stderr, code := runGBO(t, args...); code != 2 {
			t.Errorf("%v: exit %d %s", args, code, stderr)
		}
	}
}

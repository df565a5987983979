//go:build unix

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"gbo/graph/locale"
	"gbo/samples"
)

// The browser is opened on a redirect file, never on the address with the
// token: the opener's command line names a file in a new 0700 folder of
// the user's cache folder, the file is 0600 and sends the browser to the
// address; it is removed after opt.openLife, and its folder when the
// server stops. A cache folder others may write in is refused.
func TestServeOpenerHoldsNoToken(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", t.TempDir())
	s := newTestServer(t, serveOptions{openLife: 300 * time.Millisecond})
	var argv []string
	if err := s.openPage(func(name string, args ...string) error { argv = append([]string{name}, args...); return nil }); err != nil {
		t.Fatal(err)
	}
	cmdline := strings.Join(argv, " ")
	if strings.Contains(cmdline, s.token) || strings.Contains(cmdline, "token") || len(argv) < 2 {
		t.Fatalf("the opener's command line holds the token: %q", cmdline)
	}
	file := argv[len(argv)-1]
	dir := filepath.Dir(file)
	if filepath.Dir(dir) != filepath.Join(cache, "gbo") || !strings.HasPrefix(filepath.Base(dir), "serve-") {
		t.Errorf("redirect file at %s, want in %s/gbo/serve-*", file, cache)
	}
	fi, err := os.Stat(file)
	if err != nil {
		t.Fatal(err)
	}
	di, _ := os.Stat(dir)
	pi, _ := os.Stat(filepath.Dir(dir))
	if fi.Mode().Perm() != 0o600 || di.Mode().Perm() != 0o700 || pi.Mode().Perm()&0o077 != 0 {
		t.Errorf("modes: file %v, folder %v, parent %v", fi.Mode(), di.Mode(), pi.Mode())
	}
	b, _ := os.ReadFile(file)
	if !strings.Contains(string(b), `http-equiv="refresh" content="0;url=`+s.url()+`"`) || !strings.Contains(string(b), "default-src 'none'") {
		t.Errorf("redirect file:\n%s", b)
	}
	deadline := time.Now().Add(5 * time.Second)
	for _, err := os.Stat(file); err == nil && time.Now().Before(deadline); _, err = os.Stat(file) {
		time.Sleep(50 * time.Millisecond)
	}
	if _, err := os.Stat(file); err == nil {
		t.Error("the redirect file outlived openLife")
	}
	// stopping removes the folder (a second open, stopped at once)
	if err := s.openPage(func(string, ...string) error { return nil }); err != nil {
		t.Fatal(err)
	}
	s.openMu.Lock()
	dir2 := s.openDir.path
	s.openMu.Unlock()
	_ = s.stop(&http.Server{})
	if _, err := os.Stat(dir2); err == nil {
		t.Errorf("%s is left after stop", dir2)
	}
	// a cache folder of gbo that others may write in is refused
	if err := os.Chmod(filepath.Join(cache, "gbo"), 0o777); err != nil {
		t.Fatal(err)
	}
	called := false
	if err := s.openPage(func(string, ...string) error { called = true; return nil }); !errors.Is(err, errNotPrivateDir) || called {
		t.Errorf("group/world-writable cache folder: %v, opener called %v", err, called)
	}
}

// When the system has IPv6, a port whose ::1 side another program holds
// (another user would receive the requests to localhost) is refused for
// --port, and skipped for a free port.
func TestServeIPv6Held(t *testing.T) {
	held, err := net.Listen("tcp6", "[::1]:0")
	if err != nil {
		t.Skip("no IPv6 on this system:", err)
	}
	defer held.Close()
	p := held.Addr().(*net.TCPAddr).Port
	if lns, err := listenLoopback(p); err == nil {
		for _, l := range lns {
			l.Close()
		}
		t.Fatalf("listened on port %d though [::1]:%d is held", p, p)
	}
	// a free port: the first one offered has its ::1 side taken, the next is used
	var calls atomic.Int32
	listen := func(network, addr string) (net.Listener, error) {
		if network == "tcp6" && !strings.HasSuffix(addr, ":0") && calls.Add(1) == 1 {
			return nil, errors.New("address in use")
		}
		return net.Listen(network, addr)
	}
	lns, err := listenLoopbackWith(listen, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		for _, l := range lns {
			l.Close()
		}
	}()
	if len(lns) != 2 || calls.Load() != 2 || lns[0].Addr().(*net.TCPAddr).Port != lns[1].Addr().(*net.TCPAddr).Port {
		t.Errorf("listeners %v after %d tries on ::1", lns, calls.Load())
	}
}

// startReal runs s on a real loopback socket and returns its address.
func startReal(t *testing.T, s *server) string {
	t.Helper()
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.port = ln.Addr().(*net.TCPAddr).Port
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.serve(ctx, []net.Listener{ln}) }()
	t.Cleanup(func() { cancel(); <-done })
	return ln.Addr().String()
}

// closedWithin reports whether the server closes c within d (reading
// whatever it sends first).
func closedWithin(c net.Conn, d time.Duration) bool {
	_ = c.SetReadDeadline(time.Now().Add(d))
	_, err := io.Copy(io.Discard, c)
	var ne net.Error
	return err == nil || !(errors.As(err, &ne) && ne.Timeout())
}

// Slow or refused clients hold no connection open: a header trickled in
// is cut at the header deadline; a refused request (bad token, bad Host)
// is answered and its connection closed at once, its body unread; an
// upload trickled in is cut at its body deadline.
func TestServeSlowClientsCut(t *testing.T) {
	s, err := newServer(serveOptions{headerTime: 500 * time.Millisecond, bodyBase: 500 * time.Millisecond, connIdle: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	addr := startReal(t, s)
	host := "127.0.0.1:" + strconv.Itoa(s.port)

	// a header trickled one byte a 100 ms
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	go func() {
		for _, b := range []byte("GET /api/samples HTTP/1.1\r\nHost: " + host + "\r\nX-Slow: " + strings.Repeat("a", 100)) {
			if _, err := c.Write([]byte{b}); err != nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	if !closedWithin(c, 3*time.Second) {
		t.Error("a trickled header holds its connection past the header deadline")
	}

	// refused requests with a body announced and never sent
	for name, head := range map[string]string{
		"403": "POST /api/analyse?token=" + strings.Repeat("0", 32) + " HTTP/1.1\r\nHost: " + host + "\r\n",
		"421": "POST /api/analyse HTTP/1.1\r\nHost: evil.example:" + strconv.Itoa(s.port) + "\r\nX-Gbo-Token: " + s.token + "\r\n",
	} {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		fmt.Fprintf(c, "%sContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 1000\r\n\r\n--x\r\n", head)
		_ = c.SetReadDeadline(time.Now().Add(3 * time.Second))
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if strconv.Itoa(resp.StatusCode) != name || !resp.Close {
			t.Errorf("%s: status %d, close %v", name, resp.StatusCode, resp.Close)
		}
		resp.Body.Close()
		if !closedWithin(c, 2*time.Second) || time.Since(start) > time.Second {
			t.Errorf("%s: the refused request's connection stays open", name)
		}
		c.Close()
	}

	// an upload with the token, trickled: cut at its body deadline
	c2, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	fmt.Fprintf(c2, "POST /api/analyse HTTP/1.1\r\nHost: %s\r\nOrigin: http://%s\r\nX-Gbo-Token: %s\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 1000\r\n\r\n--x\r\n", host, host, s.token)
	stopTrickle := make(chan struct{})
	defer close(stopTrickle)
	go func() {
		for {
			select {
			case <-stopTrickle:
				return
			case <-time.After(100 * time.Millisecond):
				if _, err := c2.Write([]byte("a")); err != nil {
					return
				}
			}
		}
	}()
	if !closedWithin(c2, 5*time.Second) {
		t.Error("a trickled upload holds its connection past its body deadline")
	}
}

// countingBody counts the bytes read from it.
type countingBody struct {
	r io.Reader
	n atomic.Int64
}

func (b *countingBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.n.Add(int64(n))
	return n, err
}

// Uploads are read one at a time, under the run lock: while one request
// runs, another's body is not read (so that many large uploads at once
// hold one in memory, not all), and is read and answered once the lock is
// free.
func TestServeUploadsOneAtATime(t *testing.T) {
	s := newTestServer(t, serveOptions{})
	body, ctype := (&form{files: []namedFile{{"case.zip", mustZipSample(t, "grensobject")}}}).body(t)
	cb := &countingBody{r: body}
	r := httptest.NewRequest(http.MethodPost, "/api/analyse?format=json", cb)
	r.Host = "127.0.0.1:4242"
	r.Header.Set("Content-Type", ctype)
	r.Header.Set(tokenHeader, s.token)
	r.Header.Set("Origin", "http://127.0.0.1:4242")
	w := httptest.NewRecorder()
	s.run.Lock() // another request running
	done := make(chan struct{})
	go func() { s.ServeHTTP(w, r); close(done) }()
	time.Sleep(300 * time.Millisecond)
	if n := cb.n.Load(); n != 0 {
		t.Errorf("%d bytes of an upload read while another request runs", n)
	}
	s.run.Unlock()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("the waiting upload was never answered")
	}
	if w.Code != http.StatusOK || cb.n.Load() == 0 {
		t.Errorf("after the lock: %d, %d bytes read", w.Code, cb.n.Load())
	}
}

// A problem's column is given as the page shows it (column_name): on a
// sheet its letter and header, in a CSV file its number and header; the
// column stays the number.
func TestServeColumnNames(t *testing.T) {
	s := newTestServer(t, serveOptions{})
	csv := []byte("date,from,with,kind\n2024-03-15,ocmw-a,caw-bb,referral\n")
	partners := []byte("id,name,sector\nocmw-a,OCMW A,OCMW\ncaw-b,CAW B,CAW\n")
	for _, c := range []struct {
		files []namedFile
		file  string
		want  string
	}{
		{[]namedFile{{"broken.xlsx", brokenBook(t)}}, "broken.xlsx:interactions", "C (with)"},
		{[]namedFile{{"partners.csv", partners}, {"interactions.csv", csv}}, "case/interactions.csv", "3 (with)"},
	} {
		w := do(t, s, http.MethodPost, "/api/analyse", &form{files: c.files, fields: map[string]string{"lang": "fr"}}, nil)
		var ps []apiProblem
		if err := json.Unmarshal(w.Body.Bytes(), &ps); err != nil || w.Code != 422 {
			t.Fatalf("%d %s", w.Code, w.Body)
		}
		found := false
		for _, p := range ps {
			if p.File == c.file && p.Column == 3 && strings.Contains(p.Message, "caw-bb") {
				found = p.ColumnName == c.want
				if !found {
					t.Errorf("%s: column_name %q, want %q", c.file, p.ColumnName, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no problem at column 3: %+v", c.file, ps)
		}
	}
}

// The page's words and the samples' descriptions come in the language
// asked (the page's), not the server's: /api/words?lang= has every word of
// the page, the download names included; /api/samples?lang= describes in
// that language.
func TestServeWordsAndSamplesInLang(t *testing.T) {
	s := newTestServer(t, serveOptions{lang: "fr"})
	for _, lang := range []string{"en", "nl", "fr"} {
		w := do(t, s, http.MethodGet, "/api/words?lang="+lang, nil, nil)
		var body struct {
			Lang  string            `json:"lang"`
			Words map[string]string `json:"words"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil || body.Lang != lang {
			t.Fatalf("%s: %d %s", lang, w.Code, w.Body)
		}
		for _, k := range pageWords {
			if body.Words[k] != serveT(lang, k) || strings.HasPrefix(body.Words[k], "[[") {
				t.Errorf("%s: word %s = %q", lang, k, body.Words[k])
			}
		}
		w = do(t, s, http.MethodGet, "/api/samples?lang="+lang, nil, nil)
		var list []struct{ Name, Description string }
		json.Unmarshal(w.Body.Bytes(), &list)
		for i, in := range samples.List() {
			if i >= len(list) || list[i].Description != locale.T(lang, in.DescriptionKey) {
				t.Errorf("%s: sample %s described %+v", lang, in.Name, list)
			}
		}
	}
	if fn := serveT("fr", "fn_report"); fn != "rapport" {
		t.Errorf("French report file name %q", fn)
	}
	if strings.Contains(serveT("nl", "idle"), "Hij stopt") {
		t.Error("Dutch idle notice: the page is ze")
	}
	var b bytes.Buffer
	b.WriteString(serveT("nl", "idle"))
}

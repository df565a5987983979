//go:build unix

// Package browsertest is a minimal Chrome DevTools Protocol client for the
// browser tests of the report (render/report) and of gbo serve (cmd/gbo):
// start headless Chromium with a throw-away profile, load a page, run
// script (also in a frame's session), send mouse input, take screenshots,
// and collect the console's and CSP's complaints, without a
// browser-automation dependency. Test code only: it takes a testing.TB and
// fails the test on any protocol error. It imports the standard library and
// golang.org/x/net/websocket, no gbo package.
package browsertest

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/websocket"
)

// FindChromium returns the path of a Chromium or Chrome binary, or "".
func FindChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

type Event struct {
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
}

type Client struct {
	t      testing.TB
	ws     *websocket.Conn
	next   int
	Events []Event
}

// Start launches headless Chromium with a throw-away profile and
// connects to its first page.
func Start(t testing.TB, bin string) *Client {
	t.Helper()
	// Not t.TempDir: Chromium's helpers may still write while it is removed.
	profile, err := os.MkdirTemp("", "gbo-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
		"--remote-allow-origins=*", "--user-data-dir="+profile, "--remote-debugging-port=0", "about:blank")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // the browser and its helpers
		_ = cmd.Wait()
		for range 20 {
			if os.RemoveAll(profile) == nil {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
	})
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if i := strings.Index(sc.Text(), "DevTools listening on "); i >= 0 {
				found <- strings.TrimSpace(sc.Text()[i+len("DevTools listening on "):])
			}
		}
	}()
	var browserURL string
	select {
	case browserURL = <-found:
	case <-time.After(30 * time.Second):
		t.Fatal("chromium did not open its DevTools port within 30 s")
	}
	host := strings.TrimPrefix(browserURL, "ws://")
	host = host[:strings.Index(host, "/")]
	var targets []struct{ Type, WebSocketDebuggerURL string }
	for try := 0; ; try++ {
		resp, err := http.Get("http://" + host + "/json/list")
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			_ = json.Unmarshal(body, &targets)
		}
		if len(targets) > 0 || try > 50 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	page := ""
	for _, tg := range targets {
		if tg.Type == "page" {
			page = tg.WebSocketDebuggerURL
			break
		}
	}
	if page == "" {
		t.Fatalf("no page target among %v", targets)
	}
	ws, err := websocket.Dial(page, "", "http://"+host)
	if err != nil {
		t.Fatal(err)
	}
	ws.MaxPayloadBytes = 256 << 20
	t.Cleanup(func() { ws.Close() })
	return &Client{t: t, ws: ws}
}

// Call sends one command and waits for its answer, keeping events that
// arrive meanwhile.
func (c *Client) Call(method string, params any) json.RawMessage {
	c.t.Helper()
	return c.CallIn("", method, params)
}

// CallIn is call in a session of Target.attachToTarget (flatten), "" for
// the page's own.
func (c *Client) CallIn(session, method string, params any) json.RawMessage {
	c.t.Helper()
	c.next++
	id := c.next
	if params == nil {
		params = struct{}{}
	}
	msg := map[string]any{"id": id, "method": method, "params": params}
	if session != "" {
		msg["sessionId"] = session
	}
	if err := websocket.JSON.Send(c.ws, msg); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
	for {
		var m struct {
			ID     int             `json:"id"`
			Result json.RawMessage `json:"result"`
			Error  *struct {
				Message string `json:"message"`
			} `json:"error"`
			Event
		}
		c.receive(&m, method)
		if m.ID == id {
			if m.Error != nil {
				c.t.Fatalf("%s: %s", method, m.Error.Message)
			}
			return m.Result
		}
		if m.Method != "" {
			c.Events = append(c.Events, m.Event)
		}
	}
}

func (c *Client) receive(v any, what string) {
	c.t.Helper()
	_ = c.ws.SetReadDeadline(time.Now().Add(30 * time.Second))
	var raw []byte
	if err := websocket.Message.Receive(c.ws, &raw); err != nil {
		c.t.Fatalf("waiting for %s: %v", what, err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		c.t.Fatalf("%s: %v", what, err)
	}
}

// WaitEvent reads until the named event arrives.
func (c *Client) WaitEvent(method string) {
	c.t.Helper()
	for i, e := range c.Events {
		if e.Method == method {
			c.Events = append(c.Events[:i:i], c.Events[i+1:]...)
			return
		}
	}
	for {
		var e Event
		c.receive(&e, method)
		if e.Method == method {
			return
		}
		if e.Method != "" {
			c.Events = append(c.Events, e)
		}
	}
}

// Eval runs expression in the page and decodes its value into v.
func (c *Client) Eval(expr string, v any) {
	c.t.Helper()
	res := c.Call("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true})
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	if err := json.Unmarshal(res, &r); err != nil {
		c.t.Fatal(err)
	}
	if r.ExceptionDetails != nil {
		c.t.Fatalf("script %q threw: %s %s", expr, r.ExceptionDetails.Text, r.ExceptionDetails.Exception.Description)
	}
	if v != nil {
		if err := json.Unmarshal(r.Result.Value, v); err != nil {
			c.t.Fatalf("script %q gave %s: %v", expr, r.Result.Value, err)
		}
	}
}

// Problems lists console errors, uncaught exceptions and browser log errors
// (a blocked load or a CSP violation lands there) seen so far.
func (c *Client) Problems() []string {
	var out []string
	for _, e := range c.Events {
		switch e.Method {
		case "Runtime.exceptionThrown":
			out = append(out, "exception: "+string(e.Params))
		case "Runtime.consoleAPICalled":
			var p struct {
				Type string `json:"type"`
			}
			_ = json.Unmarshal(e.Params, &p)
			if p.Type == "error" || p.Type == "assert" || p.Type == "warning" {
				out = append(out, "console "+p.Type+": "+string(e.Params))
			}
		case "Log.entryAdded":
			var p struct {
				Entry struct{ Level, Source, Text, URL string } `json:"entry"`
			}
			_ = json.Unmarshal(e.Params, &p)
			if p.Entry.Level == "error" || p.Entry.Level == "warning" {
				out = append(out, fmt.Sprintf("log %s (%s): %s %s", p.Entry.Level, p.Entry.Source, p.Entry.Text, p.Entry.URL))
			}
		}
	}
	return out
}

// EvalIn is eval in a session of callIn (the report's frame).
func (c *Client) EvalIn(session, expr string, v any) {
	c.t.Helper()
	res := c.CallIn(session, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true})
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
	}
	if err := json.Unmarshal(res, &r); err != nil {
		c.t.Fatal(err)
	}
	if v != nil {
		if err := json.Unmarshal(r.Result.Value, v); err != nil {
			c.t.Fatalf("script %q gave %s: %v", expr, r.Result.Value, err)
		}
	}
}

// Mouse sends one mouse event at (x, y) in CSS pixels of the viewport.
func (c *Client) Mouse(kind string, x, y float64, extra map[string]any) {
	p := map[string]any{"type": kind, "x": x, "y": y, "button": "none"}
	if kind == "mousePressed" || kind == "mouseReleased" {
		p["button"], p["clickCount"] = "left", 1
	}
	for k, v := range extra {
		p[k] = v
	}
	c.Call("Input.dispatchMouseEvent", p)
}

func (c *Client) Click(x, y float64) {
	c.Mouse("mouseMoved", x, y, nil)
	c.Mouse("mousePressed", x, y, nil)
	c.Mouse("mouseReleased", x, y, nil)
}

// Screenshot saves a PNG of the page (the whole page when full) to path.
func (c *Client) Screenshot(path string, full bool) {
	c.t.Helper()
	p := map[string]any{"format": "png"}
	if full {
		var size struct{ W, H float64 }
		c.Eval(`({W: document.documentElement.scrollWidth, H: document.documentElement.scrollHeight})`, &size)
		p["captureBeyondViewport"] = true
		p["clip"] = map[string]any{"x": 0, "y": 0, "width": size.W, "height": size.H, "scale": 1}
	}
	var r struct {
		Data string `json:"data"`
	}
	if err := json.Unmarshal(c.Call("Page.captureScreenshot", p), &r); err != nil {
		c.t.Fatal(err)
	}
	png, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil || len(png) < 1000 {
		c.t.Fatalf("screenshot: %d bytes, %v", len(png), err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		c.t.Fatal(err)
	}
}

// FileURL turns a path into a file:// URL.
func FileURL(path string) string {
	abs, _ := filepath.Abs(path)
	return "file://" + filepath.ToSlash(abs)
}

//go:build unix

package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gbo/render/browsertest"
)

// The page in real headless Chromium, over the DevTools protocol: load it
// with the token (the cookie is set, the token leaves the address), drop
// the sample workbook on the drop zone and read the report in the frame
// (its map script runs under the report's own policy and its map is
// there), download the map and the survey forms through the page's
// buttons, drop the forms back unfilled and see collect's problem, then
// drop a broken workbook and see the
// problem list, focused, with the CLI's positions. No console error or
// policy violation on the way. Skipped without Chromium unless
// GBO_BROWSER_TEST=require.
func TestServePageInBrowser(t *testing.T) {
	bin := browsertest.FindChromium()
	if bin == "" {
		if os.Getenv("GBO_BROWSER_TEST") == "require" {
			t.Fatal("GBO_BROWSER_TEST=require, but no chromium or google-chrome on PATH")
		}
		t.Skip("no chromium on PATH (set GBO_BROWSER_TEST=require to make this a failure)")
	}
	dir := t.TempDir()
	if _, stderr, code := runGBO(t, "template", "--from", "sample:grensobject", "-o", filepath.Join(dir, "grensobject.xlsx")); code != 0 {
		t.Fatal(stderr)
	}
	good, err := os.ReadFile(filepath.Join(dir, "grensobject.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	bad := brokenBook(t)

	lns, err := listenLoopback(0)
	if err != nil {
		t.Fatal(err)
	}
	s, err := newServer(serveOptions{lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	s.port = lns[0].Addr().(*net.TCPAddr).Port
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.serve(ctx, lns) }()
	t.Cleanup(func() { cancel(); <-done })

	c := browsertest.Start(t, bin)
	c.Call("Page.enable", nil)
	c.Call("Runtime.enable", nil)
	c.Call("Log.enable", nil)
	c.Call("Page.navigate", map[string]any{"url": s.url()})
	c.WaitEvent("Page.loadEventFired")

	var loc string
	c.Eval(`location.href`, &loc)
	if strings.Contains(loc, "token") {
		t.Errorf("the token stays in the address: %s", loc)
	}
	wait := func(what, cond string) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for {
			var ok bool
			c.Eval(`!!(`+cond+`)`, &ok)
			if ok {
				return
			}
			if time.Now().After(deadline) {
				var status string
				c.Eval(`document.getElementById("status").textContent`, &status)
				t.Fatalf("%s: %s never held (status %q)", what, cond, status)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	wait("samples", `document.querySelectorAll("#sample option").length > 1`)
	// Every control has a label; the idle hour is said on the page.
	var unlabelled []string
	c.Eval(`Array.from(document.querySelectorAll("input, select")).filter(e => !e.labels || !e.labels.length).map(e => e.id)`, &unlabelled)
	if len(unlabelled) > 0 {
		t.Errorf("controls without a label: %v", unlabelled)
	}
	var idle string
	c.Eval(`document.getElementById("idle").textContent`, &idle)
	if !strings.Contains(idle, "hour") {
		t.Errorf("idle notice: %q", idle)
	}

	dropFile := func(name string, data []byte) {
		t.Helper()
		c.Eval(`(function () {
			var b = atob("`+base64.StdEncoding.EncodeToString(data)+`");
			var u = new Uint8Array(b.length);
			for (var i = 0; i < b.length; i++) { u[i] = b.charCodeAt(i); }
			var dt = new DataTransfer();
			dt.items.add(new File([u], "`+name+`"));
			document.getElementById("drop").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
			return true;
		})()`, nil)
	}

	dropFile("grensobject.xlsx", good)
	wait("report", `!document.getElementById("report").hidden && document.getElementById("frame").getAttribute("src")`)
	// The report in its frame. A sandboxed frame runs in a process of its
	// own: find its target and attach to it.
	var session string
	for deadline := time.Now().Add(30 * time.Second); session == "" && time.Now().Before(deadline); {
		var ts struct {
			TargetInfos []struct {
				TargetID string `json:"targetId"`
				Type     string `json:"type"`
				URL      string `json:"url"`
			} `json:"targetInfos"`
		}
		json.Unmarshal(c.Call("Target.getTargets", nil), &ts)
		for _, ti := range ts.TargetInfos {
			if strings.Contains(ti.URL, "/view/") {
				var a struct {
					SessionID string `json:"sessionId"`
				}
				json.Unmarshal(c.Call("Target.attachToTarget", map[string]any{"targetId": ti.TargetID, "flatten": true}), &a)
				session = a.SessionID
			}
		}
		if session == "" {
			time.Sleep(100 * time.Millisecond)
		}
	}
	if session == "" {
		t.Fatal("no report frame")
	}
	var report struct {
		Analysis bool
		Map      bool
		Title    string
		State    string
	}
	for deadline := time.Now().Add(30 * time.Second); ; {
		c.EvalIn(session, `({Analysis: !!document.getElementById("gbo-analysis"), Map: typeof GBO === "object" && !!document.querySelector("#map-box svg"), Title: document.title, State: document.readyState})`, &report)
		if report.State == "complete" || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !report.Analysis || !report.Map || !strings.Contains(report.Title, "Scheldemeersen") {
		t.Errorf("the frame does not hold the report: %+v", report)
	}

	// Download the map through the page's button.
	c.Eval(`document.querySelector('button[data-name="map.svg"]').click(), true`, nil)
	wait("map download", `document.getElementById("status").textContent.indexOf("map.svg") >= 0`)

	// Download the survey forms of the dropped workbook (a .zip), then
	// drop that .zip back, unfilled, on the returned forms' zone and
	// collect: the page lists the CLI's problem (no form rates anyone).
	c.Eval(`(function () {
		window.gboBlobs = [];
		var make = URL.createObjectURL;
		URL.createObjectURL = function (b) { window.gboBlobs.push(b); return make.call(URL, b); };
		document.getElementById("dl-forms").click();
		return true;
	})()`, nil)
	wait("forms download", `document.getElementById("status").textContent.indexOf("survey-forms.zip") >= 0`)
	var zipHead string
	c.Eval(`window.gboBlobs[window.gboBlobs.length-1].slice(0, 2).text()`, &zipHead)
	if zipHead != "PK" {
		t.Errorf("the forms download is no .zip: %q", zipHead)
	}
	c.Eval(`(function () {
		var dt = new DataTransfer();
		dt.items.add(new File([window.gboBlobs[window.gboBlobs.length-1]], "returned.zip"));
		document.getElementById("forms-drop").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
		document.getElementById("collectform").requestSubmit();
		return true;
	})()`, nil)
	wait("collect problems", `!document.getElementById("problems").hidden && document.querySelector("#problem-table tbody").textContent.indexOf("returned") >= 0`)

	dropFile("broken.xlsx", bad)
	wait("problems", `!document.getElementById("problems").hidden && document.querySelector("#problem-table tbody").textContent.indexOf("broken.xlsx") >= 0`)
	var rows [][]string
	c.Eval(`Array.from(document.querySelectorAll("#problem-table tbody tr")).map(r => Array.from(r.cells).map(c => c.textContent))`, &rows)
	found := false
	for _, r := range rows {
		if len(r) == 5 && r[0] == "broken.xlsx:interactions" && r[1] == "3" && r[2] == "3" && strings.Contains(r[4], "caw-bb") {
			found = true
		}
	}
	if !found {
		t.Errorf("problem list lacks interactions row 3 column 3: %v", rows)
	}
	var focus, live string
	c.Eval(`document.activeElement.id`, &focus)
	c.Eval(`document.getElementById("status").getAttribute("aria-live")`, &live)
	if focus != "h-problems" || live != "polite" {
		t.Errorf("focus on %q, status aria-live %q", focus, live)
	}
	var ps []string
	for _, p := range c.Problems() {
		if !strings.Contains(p, "status of 422") { // the broken workbook's answer
			ps = append(ps, p)
		}
	}
	if len(ps) > 0 {
		t.Errorf("console or policy problems:\n%s", strings.Join(ps, "\n"))
	}
}

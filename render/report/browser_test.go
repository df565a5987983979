//go:build unix

package report

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"gbo/render/browsertest"
)

// TestReportWorksInHeadlessChromium loads the report in a real browser: no
// console error, no blocked load, hovering a partner shows its figures,
// clicking it highlights its ties and dims the rest, the background resets,
// the wheel zooms and a drag pans. It runs on our circle map (both
// languages) and on a hand-made map in Graphviz's shape. Screenshots go to
// a temporary folder, or to $GBO_SCREENSHOTS when set. Without Chromium the
// test skips, except in CI (CI=true), where it fails.
func TestReportWorksInHeadlessChromium(t *testing.T) {
	bin := browsertest.FindChromium()
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium not installed (apt-get install -y chromium)")
		}
		t.Skip("chromium not installed")
	}
	shots := os.Getenv("GBO_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	dir := t.TempDir()
	c := browsertest.Start(t, bin)
	c.Call("Runtime.enable", nil)
	c.Call("Log.enable", nil)
	c.Call("Page.enable", nil)
	c.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false})

	graphviz := sampleReport("en")
	graphviz.MapSVG = handMadeGraphvizSVG
	// A map as package mapview drew it for sampleReport: partners and ties
	// are named only in their tooltips, so the script must find the ends of
	// each tie by where its line starts and ends.
	mv, err := os.ReadFile(filepath.Join("testdata", "mapview-sample.svg"))
	if err != nil {
		t.Fatal(err)
	}
	mapview := sampleReport("nl")
	mapview.MapSVG = string(mv)
	cases := []struct {
		name    string
		r       Report
		partner string // id of the partner to click
		ties    int    // its ties on the map
	}{
		{"nl", sampleReport("nl"), "caw-ov", tiesOf(sampleReport("nl"), "caw-ov")},
		{"en", sampleReport("en"), "hostile", tiesOf(sampleReport("en"), "hostile")},
		{"graphviz-shape", graphviz, "caw-ov", 2},
		{"mapview", mapview, "caw-ov", tiesOf(mapview, "caw-ov")},
	}
	for _, tc := range cases {
		page := filepath.Join(dir, tc.name+".html")
		f, err := os.Create(page)
		if err != nil {
			t.Fatal(err)
		}
		if err := Write(f, tc.r); err != nil {
			t.Fatal(err)
		}
		f.Close()
		c.Events = nil
		c.Call("Page.navigate", map[string]any{"url": browsertest.FileURL(page)})
		c.WaitEvent("Page.loadEventFired")
		c.Call("Emulation.setEmulatedMedia", map[string]any{"media": ""})
		if tc.name == "nl" || tc.name == "en" {
			c.Screenshot(filepath.Join(shots, "report-"+tc.name+".png"), true)
		}

		// Bring the map into view and find the partner's dot.
		var pt struct {
			X, Y  float64
			Ties  int
			Nodes int
			Hit   bool
		}
		c.Eval(fmt.Sprintf(`(function () {
			document.getElementById("sec-map").scrollIntoView();
			var id = %q;
			var g = document.querySelector('#map-box g.node[data-partner="' + CSS.escape(id) + '"]');
			var shape = g.querySelector("ellipse, polygon, circle") || g;
			var b = shape.getBoundingClientRect();
			var x = b.left + b.width / 2, y = b.top + b.height / 2;
			var ties = 0;
			document.querySelectorAll("#map-box g.edge, #map-box g.tie").forEach(function (e) {
				if (e.getAttribute("data-a") === id || e.getAttribute("data-b") === id) { ties++; }
			});
			var hit = document.elementFromPoint(x, y);
			return {X: x, Y: y, Ties: ties, Nodes: document.querySelectorAll("#map-box g.node").length, Hit: !!(hit && g.contains(hit))};
		})()`, tc.partner), &pt)
		if !pt.Hit || pt.Ties != tc.ties {
			t.Fatalf("%s: partner %s clickable %v at (%.0f, %.0f), %d ties found on the map, want %d", tc.name, tc.partner, pt.Hit, pt.X, pt.Y, pt.Ties, tc.ties)
		}

		c.Mouse("mouseMoved", pt.X, pt.Y, nil)
		var tip string
		c.Eval(`(function () { var t = document.getElementById("map-tip"); return t.hidden ? "" : t.textContent; })()`, &tip)
		if want := tc.r.Partners[indexOf(tc.r.Partners, tc.partner)].Name; tip == "" || !containsText(tip, want) {
			t.Errorf("%s: hover shows %q, want the figures of %q", tc.name, tip, want)
		}

		c.Click(pt.X, pt.Y)
		var sel struct{ Highlight, DimEdges, DimNodes, Selected int }
		state := `({Highlight: document.querySelectorAll("#map-box g.edge.highlight, #map-box g.tie.highlight").length,
			DimEdges: document.querySelectorAll("#map-box g.edge.dimmed, #map-box g.tie.dimmed").length,
			DimNodes: document.querySelectorAll("#map-box g.node.dimmed").length,
			Selected: document.querySelectorAll("#map-box g.node.is-selected").length})`
		c.Eval(state, &sel)
		if sel.Highlight != pt.Ties || sel.Selected != 1 || sel.DimEdges == 0 {
			t.Errorf("%s: after click %+v, want %d highlighted ties, 1 selected, others dimmed", tc.name, sel, pt.Ties)
		}
		if tc.name != "graphviz-shape" {
			c.Screenshot(filepath.Join(shots, "map-"+tc.name+".png"), false)
		}
		var resolved struct{ Drawn, Resolved int }
		c.Eval(`({Drawn: document.querySelectorAll("#map-box g.edge, #map-box g.tie").length,
			Resolved: document.querySelectorAll("#map-box g.edge[data-a], #map-box g.tie[data-a]").length})`, &resolved)
		if resolved.Drawn != resolved.Resolved {
			t.Errorf("%s: %d of %d ties on the map resolved to their partners", tc.name, resolved.Resolved, resolved.Drawn)
		}

		// Background click resets.
		var bg struct{ X, Y float64 }
		c.Eval(`(function () { var b = document.getElementById("map-box").getBoundingClientRect(); return {X: b.left + 6, Y: b.bottom - 6}; })()`, &bg)
		c.Click(bg.X, bg.Y)
		c.Eval(state, &sel)
		if sel.Highlight+sel.DimEdges+sel.DimNodes+sel.Selected != 0 {
			t.Errorf("%s: background click left %+v", tc.name, sel)
		}

		// Wheel zooms in; a drag pans.
		var vb0, vb1, vb2 []float64
		viewBox := `document.querySelector("#map-box svg").getAttribute("viewBox").trim().split(/[\s,]+/).map(Number)`
		c.Eval(viewBox, &vb0)
		c.Mouse("mouseWheel", pt.X, pt.Y, map[string]any{"deltaX": 0, "deltaY": -300})
		c.Eval(viewBox, &vb1)
		if len(vb1) != 4 || !(vb1[2] < vb0[2]) {
			t.Errorf("%s: wheel did not zoom: %v → %v", tc.name, vb0, vb1)
		}
		c.Mouse("mouseMoved", bg.X+100, bg.Y-100, nil)
		c.Mouse("mousePressed", bg.X+100, bg.Y-100, nil)
		c.Mouse("mouseMoved", bg.X+160, bg.Y-130, map[string]any{"buttons": 1})
		c.Mouse("mouseReleased", bg.X+160, bg.Y-130, nil)
		c.Eval(viewBox, &vb2)
		if len(vb2) != 4 || vb2[0] == vb1[0] || vb2[2] != vb1[2] {
			t.Errorf("%s: drag did not pan: %v → %v", tc.name, vb1, vb2)
		}
		c.Eval(`document.getElementById("map-reset").click()`, nil)

		if tc.name == "nl" || tc.name == "mapview" {
			printPDF(t, c, filepath.Join(shots, "report-"+tc.name+".pdf"))
		}
		if tc.name == "nl" {
			c.Call("Emulation.setEmulatedMedia", map[string]any{"media": "print"})
			c.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 794, "height": 1123, "deviceScaleFactor": 1, "mobile": false})
			c.Screenshot(filepath.Join(shots, "print-nl.png"), true)
			c.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false})
		}
		for _, p := range c.Problems() {
			t.Errorf("%s: %s", tc.name, p)
		}
	}
	// The compare page loads cleanly too.
	cmpPage := filepath.Join(dir, "compare.html")
	f, err := os.Create(cmpPage)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteCompare(f, sampleCompare("nl")); err != nil {
		t.Fatal(err)
	}
	f.Close()
	c.Events = nil
	c.Call("Page.navigate", map[string]any{"url": browsertest.FileURL(cmpPage)})
	c.WaitEvent("Page.loadEventFired")
	c.Screenshot(filepath.Join(shots, "compare-nl.png"), true)
	for _, p := range c.Problems() {
		t.Errorf("compare: %s", p)
	}

	// The harness sees what it must: a script error, and a remote load that
	// the page's Content-Security-Policy refuses.
	c.Events = nil
	c.Eval(`(function () { var i = new Image(); i.src = "https://example.invalid/x.png"; document.body.appendChild(i); setTimeout(function () { throw new Error("probe"); }, 0); })()`, nil)
	time.Sleep(300 * time.Millisecond)
	c.Eval(`1`, nil)
	var sawCSP, sawThrow bool
	for _, p := range c.Problems() {
		sawCSP = sawCSP || strings.Contains(p, "Content Security Policy")
		sawThrow = sawThrow || strings.Contains(p, "probe")
	}
	if !sawCSP || !sawThrow {
		t.Errorf("harness blind: CSP refusal seen %v, exception seen %v; events: %v", sawCSP, sawThrow, c.Problems())
	}
	t.Logf("screenshots in %s", shots)
}

// printPDF prints the loaded page on A4 as the browser's print dialog
// would, and checks that it fills a sensible number of pages.
func printPDF(t *testing.T, c *cdp, path string) {
	t.Helper()
	var r struct {
		Data string `json:"data"`
	}
	res := c.Call("Page.printToPDF", map[string]any{"printBackground": true, "preferCSSPageSize": true})
	if err := json.Unmarshal(res, &r); err != nil {
		t.Fatal(err)
	}
	pdf, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	// One page per section at most, plus overflow of long tables.
	if n := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf, -1)); n < 5 || n > 20 {
		t.Errorf("printed report has %d A4 pages, want 5 to 20", n)
	}
}

func tiesOf(r Report, id string) int {
	n := 0
	for _, e := range r.Ties {
		if e.Depth >= 1 && (e.A == id || e.B == id) {
			n++
		}
	}
	return n
}

func indexOf(ps []PartnerRow, id string) int {
	for i, p := range ps {
		if p.ID == id {
			return i
		}
	}
	return 0
}

func containsText(s, sub string) bool { return sub != "" && strings.Contains(s, sub) }

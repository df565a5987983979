//go:build unix

package report

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"gbo/render/browsertest"
)

// longReport is the French sample with tables the page shortens: 11 ties
// of one weak-link reason (3 shown) and 52 departures with a cost (20
// shown), as in a partnership of some size.
func longReport() Report {
	r := sampleReport("fr")
	for i := range 11 {
		a, b := r.Partners[i].ID, r.Partners[i+12].ID
		r.Weak = append(r.Weak, WeakRow{A: a, B: b, Depth: 1 + i%3, Reasons: []string{"below_target"}})
	}
	r.Fragility = nil
	for i := range 52 {
		r.Fragility = append(r.Fragility, FragilityRow{ID: fmt.Sprintf("P-%02d", i), Kind: "person", DeepTiesLost: 1 + i%3, TiesWeakened: i % 2})
	}
	return r
}

// startChromium starts the test browser, or skips without one (fails in CI).
func startChromium(t *testing.T) *cdp {
	t.Helper()
	bin := browsertest.FindChromium()
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium not installed (apt-get install -y chromium)")
		}
		t.Skip("chromium not installed")
	}
	c := browsertest.Start(t, bin)
	c.Call("Runtime.enable", nil)
	c.Call("Log.enable", nil)
	c.Call("Page.enable", nil)
	return c
}

func loadPage(t *testing.T, c *cdp, r Report, name string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name+".html")
	if err := os.WriteFile(path, []byte(render(t, r)), 0o644); err != nil {
		t.Fatal(err)
	}
	c.Events = nil
	c.Call("Page.navigate", map[string]any{"url": browsertest.FileURL(path)})
	c.WaitEvent("Page.loadEventFired")
}

// tableRows counts, for each shortened table (a weak-link reason, the
// departures), the rows a reader sees and the rows it has in all
// (shown and folded), and whether the "show all" control and the
// "shown n of m" caption are visible.
const tableRows = `(function () {
	function seen(e) { var b = e.getBoundingClientRect(); return e.checkVisibility() && b.height > 0 && b.width > 0; }
	var out = [];
	document.querySelectorAll("table.weak:not(.rest), table.frag:not(.rest)").forEach(function (t) {
		var rows = Array.from(t.tBodies[0].rows), d = t.nextElementSibling;
		var rest = d && d.matches("details.more") ? d : null;
		if (rest) { rows = rows.concat(Array.from(rest.querySelectorAll("tbody tr"))); }
		var said = [t.caption], p = t.previousElementSibling;
		if (p && p.matches("p.rows-printed")) { said.unshift(p); }
		out.push({Table: t.className, All: rows.length, Seen: rows.filter(seen).length,
			Control: !!rest && seen(rest.querySelector("summary")),
			Caption: said.filter(seen).map(function (n) { return n.textContent; }).join(" | ")});
	});
	return out;
})()`

type shownTable struct {
	Table     string
	All, Seen int
	Control   bool
	Caption   string // the visible captions (the table's, the printed note)
}

// TestPrintShowsEveryRow: a count on a page is the whole count. On paper
// (print media) every row of each shortened table shows, the "show all"
// control is gone and the caption says all are printed; on screen the
// table still shows its first rows with the rest folded under the control.
func TestPrintShowsEveryRow(t *testing.T) {
	c := startChromium(t)
	loadPage(t, c, longReport(), "long")
	check := func(media string) []shownTable {
		c.Call("Emulation.setEmulatedMedia", map[string]any{"media": media})
		var ts []shownTable
		c.Eval(tableRows, &ts)
		if len(ts) < 2 {
			t.Fatalf("%s: %d shortened tables found", media, len(ts))
		}
		return ts
	}
	folded := 0
	for _, tb := range check("screen") {
		if tb.Seen < tb.All {
			folded++
			if !tb.Control || !regexp.MustCompile(`^Affiché(e)?s\x{a0}: \d+ sur \d+[^|]*$`).MatchString(tb.Caption) {
				t.Errorf("screen: %s shows %d of %d rows without its control (%v) or caption %q", tb.Table, tb.Seen, tb.All, tb.Control, tb.Caption)
			}
		}
	}
	if folded < 2 {
		t.Fatalf("screen: %d tables fold rows away, want the weak links' and the departures'", folded)
	}
	for _, tb := range check("print") {
		if tb.Seen != tb.All {
			t.Errorf("print: %s shows %d of its %d rows", tb.Table, tb.Seen, tb.All)
		}
		if tb.Control {
			t.Errorf("print: %s shows a 'show all' control paper cannot use", tb.Table)
		}
		if regexp.MustCompile(`Tout afficher|\d+ sur \d+`).MatchString(tb.Caption) {
			t.Errorf("print: %s says %q", tb.Table, tb.Caption)
		}
	}
	// Back on screen, nothing stays unfolded.
	for _, tb := range check("screen") {
		if tb.All > 3 && tb.Seen == tb.All && tb.Table == "weak" {
			t.Errorf("screen after print: %s shows all %d rows", tb.Table, tb.All)
		}
	}
	for _, p := range c.Problems() {
		t.Error(p)
	}
}

// TestPrintWastesNoPage prints reports on A4 as the print dialog would and
// checks that no page but the last is (nearly) empty: each holds at least
// a sixth of the text of the fullest page. A page break forced before a
// section, or a box kept whole though taller than the rest of a page,
// leaves a page with a few spilled lines. The style itself is checked too:
// on paper no element forces a page break, and no box kept whole
// (break-inside: avoid) is taller than a page.
func TestPrintWastesNoPage(t *testing.T) {
	c := startChromium(t)
	many := longReport()
	many.Survey = nil
	for name, r := range map[string]Report{"sample-fr": sampleReport("fr"), "long-fr": longReport(), "sample-nl": sampleReport("nl"), "no-survey": many} {
		loadPage(t, c, r, name)
		c.Call("Emulation.setEmulatedMedia", map[string]any{"media": "print"})
		c.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 688, "height": 1009, "deviceScaleFactor": 1, "mobile": false})
		var bad []string
		c.Eval(`(function () {
			var out = [];
			document.querySelectorAll("body *").forEach(function (e) {
				var s = getComputedStyle(e);
				if (s.display === "none") { return; }
				if (/page|left|right|recto|verso/.test(s.breakBefore + " " + s.breakAfter)) { out.push(e.tagName + "#" + e.id + "." + e.className + " forces a page break"); }
				if (s.breakInside === "avoid" && e.getBoundingClientRect().height > 1009) { out.push(e.tagName + "." + e.className + " kept whole but taller than a page"); }
			});
			return out;
		})()`, &bad)
		for _, b := range bad {
			t.Errorf("%s: %s", name, b)
		}
		c.Call("Emulation.clearDeviceMetricsOverride", nil)
		c.Call("Emulation.setEmulatedMedia", map[string]any{"media": ""})
		glyphs := pdfPageGlyphs(t, printToPDF(t, c))
		fullest := 0
		for _, g := range glyphs {
			fullest = max(fullest, g)
		}
		for i, g := range glyphs[:len(glyphs)-1] {
			if g < fullest/6 {
				t.Errorf("%s: page %d of %d holds %d glyphs (the fullest %d): a wasted page", name, i+1, len(glyphs), g, fullest)
			}
		}
	}
}

func printToPDF(t *testing.T, c *cdp) []byte {
	t.Helper()
	var r struct {
		Data string `json:"data"`
	}
	if err := json.Unmarshal(c.Call("Page.printToPDF", map[string]any{"printBackground": true, "preferCSSPageSize": true}), &r); err != nil {
		t.Fatal(err)
	}
	pdf, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil {
		t.Fatal(err)
	}
	return pdf
}

// pdfPageGlyphs counts the glyphs Chromium's PDF (Skia) draws on each
// page, in page order: the "Tj" operators of each page's content stream.
func pdfPageGlyphs(t *testing.T, pdf []byte) []int {
	t.Helper()
	var out []int
	for _, m := range regexp.MustCompile(`(?s)<</Type /Page\n.*?/Contents (\d+) 0 R`).FindAllSubmatch(pdf, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		obj := bytes.Index(pdf, []byte(fmt.Sprintf("\n%d 0 obj\n", n)))
		if obj < 0 {
			t.Fatalf("PDF: content stream %d not found", n)
		}
		head := pdf[obj:]
		st := bytes.Index(head, []byte("stream\n"))
		lm := regexp.MustCompile(`/Length (\d+)`).FindSubmatch(head[:max(st, 0)])
		if st < 0 || lm == nil {
			t.Fatalf("PDF: content stream %d unreadable", n)
		}
		l, _ := strconv.Atoi(string(lm[1]))
		zr, err := zlib.NewReader(bytes.NewReader(head[st+7 : st+7+l]))
		if err != nil {
			t.Fatalf("PDF: content stream %d: %v", n, err)
		}
		body, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("PDF: content stream %d: %v", n, err)
		}
		out = append(out, bytes.Count(body, []byte(" Tj")))
	}
	if len(out) < 2 {
		t.Fatalf("PDF: %d pages found", len(out))
	}
	return out
}

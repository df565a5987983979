//go:build unix

package report

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gbo/render/browsertest"
)

// TestComparePageMapsOpenLargeInHeadlessChromium loads a compare page with
// two maps, the shared sector legend and a transition picture in a real
// browser: no console error and no blocked load (the CSP forbids every
// remote load and the page needs none), each map opens full-size from its
// link by keyboard (focus, Enter) and closes again, a ghost partner is
// faint, and in print each map starts a page. Screenshots go to a
// temporary folder, or to $GBO_SCREENSHOTS.
func TestComparePageMapsOpenLargeInHeadlessChromium(t *testing.T) {
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
	mv, err := os.ReadFile(filepath.Join("testdata", "mapview-sample.svg"))
	if err != nil {
		t.Fatal(err)
	}
	// A ghost as mapview draws a partner of another wave.
	ghost := strings.Replace(string(mv), `<g class="node" id="node-1">`, `<g class="node" id="node-1" data-marks="fill-#FDFDFD external">`, 1)
	c := sampleCompare("nl")
	c.Periods = nil
	c.Waves, c.Pinned = true, true
	c.Cases[0].MapSVG, c.Cases[1].MapSVG = string(mv), ghost
	tr := [6][6]int{{0, 3, 1}, {2, 10, 4, 1}, {0, 1, 9, 3}, {0, 0, 2, 6, 2}, {0, 0, 0, 1, 5, 1}, {0, 0, 0, 0, 0, 2}}
	c.Changes = []WaveChange{{From: "GBO Gent 2023", To: "GBO Gent 2024", Joined: []string{"nieuw"}, Transitions: &tr},
		{From: "GBO Gent 2024", To: hostileScript, Left: []string{"oud"}}}
	c.Sectors = []SectorKey{{Name: "CAW", Colour: "#77AADD", Sectors: []string{"CAW"}}, {Name: "Onderwijs …", Colour: "#FFAABB", Sectors: []string{"Onderwijs basis", "Onderwijs secundair"}},
		{Colour: "#DDDDDD", Sectors: []string{"Sport", hostileCafe}, Other: true}, {Name: "bad", Colour: `red"><script>alert(1)</script>`}}
	dir := t.TempDir()
	page := filepath.Join(dir, "compare.html")
	f, err := os.Create(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteCompare(f, c); err != nil {
		t.Fatal(err)
	}
	f.Close()

	b := browsertest.Start(t, bin)
	b.Call("Runtime.enable", nil)
	b.Call("Log.enable", nil)
	b.Call("Page.enable", nil)
	b.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false})
	b.Call("Page.navigate", map[string]any{"url": browsertest.FileURL(page)})
	b.WaitEvent("Page.loadEventFired")
	b.Screenshot(filepath.Join(shots, "compare-maps.png"), true)

	var legend struct{ Keys, Flows, Scripts int }
	b.Eval(`({Keys: document.querySelectorAll("#map-legend li").length,
		Flows: document.querySelectorAll("figure.flow path.flow").length,
		Scripts: document.scripts.length})`, &legend)
	if legend.Keys != 3 || legend.Flows == 0 || legend.Scripts != 1 {
		t.Errorf("legend %d keys (want 3: a bad colour is left out), %d flow bands, %d scripts (want 1, the JSON)", legend.Keys, legend.Flows, legend.Scripts)
	}

	key := func(k string) {
		for _, typ := range []string{"keyDown", "keyUp"} {
			b.Call("Input.dispatchKeyEvent", map[string]any{"type": typ, "key": k, "code": k, "windowsVirtualKeyCode": 13})
		}
	}
	state := func(id string) (s struct {
		Position      string
		Width, Height float64
		Hash          string
		Ghost         float64
		Grid          float64 // the width of the grid the panels stand in
	}) {
		b.Eval(fmt.Sprintf(`(function () {
			var f = document.getElementById(%q), r = f.getBoundingClientRect();
			var g = f.querySelector('g.node[data-marks~="fill-#FDFDFD"]');
			return {Position: getComputedStyle(f).position, Width: r.width, Height: r.height, Hash: location.hash,
				Ghost: g ? parseFloat(getComputedStyle(g).opacity) : 1,
				Grid: document.querySelector('.map-grid').getBoundingClientRect().width};
		})()`, id), &s)
		return s
	}
	for i, id := range []string{"map-1", "map-2"} {
		b.Eval(fmt.Sprintf(`document.querySelector('#%s .map-open').focus()`, id), nil)
		key("Enter")
		s := state(id)
		if s.Position != "fixed" || s.Width < 1200 || s.Height < 850 || s.Hash != "#"+id {
			t.Errorf("%s after Enter on its link: %+v, want it full-size (fixed, the whole 1280 × 900 window)", id, s)
		}
		if i == 1 {
			if s.Ghost > 0.5 {
				t.Errorf("a partner of another wave has opacity %g, want faint", s.Ghost)
			}
			b.Screenshot(filepath.Join(shots, "compare-map-open.png"), false)
		}
		b.Eval(fmt.Sprintf(`document.querySelector('#%s .map-close').focus()`, id), nil)
		key("Enter")
		// Back in the grid: two maps stand one per row, as wide as the grid.
		if s := state(id); s.Position == "fixed" || s.Width > s.Grid+1 || s.Height > 850 {
			t.Errorf("%s after Close: %+v, want it back in the grid", id, s)
		}
	}

	b.Call("Emulation.setEmulatedMedia", map[string]any{"media": "print"})
	var print struct {
		Breaks []string
		Links  int
	}
	b.Eval(`({Breaks: Array.from(document.querySelectorAll(".map-cell")).map(function (c) { return getComputedStyle(c).breakBefore; }),
		Links: Array.from(document.querySelectorAll(".map-open, .map-close")).filter(function (a) { return getComputedStyle(a).display !== "none"; }).length})`, &print)
	if len(print.Breaks) != 2 || print.Breaks[0] != "page" || print.Breaks[1] != "page" || print.Links != 0 {
		t.Errorf("print: map breaks %v, %d links shown; want each map on a page of its own, no links", print.Breaks, print.Links)
	}
	b.Call("Emulation.setEmulatedMedia", map[string]any{"media": ""})
	if p := b.Problems(); len(p) > 0 {
		t.Errorf("the browser reported: %s", strings.Join(p, "\n"))
	}
}

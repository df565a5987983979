//go:build unix

package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gbo/render/browsertest"
)

// TestCSPHashGatesTheMapScript loads the report in headless Chromium twice:
// as written, the map script runs (partners wired as buttons) with no
// console problem; with one byte of the script changed after rendering, so
// that its SHA-256 no longer matches the policy, the browser refuses it,
// reports a Content Security Policy violation and the map stays unwired.
// So the browser tests do check that the script runs under the policy.
func TestCSPHashGatesTheMapScript(t *testing.T) {
	bin := browsertest.FindChromium()
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium not installed (apt-get install -y chromium)")
		}
		t.Skip("chromium not installed")
	}
	var buf bytes.Buffer
	if err := Write(&buf, sampleReport("en")); err != nil {
		t.Fatal(err)
	}
	good := buf.String()
	if !strings.Contains(good, "\nvar GBO = ") {
		t.Fatal("report script not found")
	}
	bad := strings.Replace(good, "\nvar GBO = ", "\nvar GBO  = ", 1)
	dir := t.TempDir()
	c := browsertest.Start(t, bin)
	c.Call("Runtime.enable", nil)
	c.Call("Log.enable", nil)
	c.Call("Page.enable", nil)
	for _, tc := range []struct {
		name string
		page string
		runs bool
	}{{"good", good, true}, {"tampered", bad, false}} {
		path := filepath.Join(dir, tc.name+".html")
		if err := os.WriteFile(path, []byte(tc.page), 0o644); err != nil {
			t.Fatal(err)
		}
		c.Events = nil
		c.Call("Page.navigate", map[string]any{"url": browsertest.FileURL(path)})
		c.WaitEvent("Page.loadEventFired")
		var wired struct{ Nodes, Buttons int }
		c.Eval(`({Nodes: document.querySelectorAll("#map-box g.node").length,
			Buttons: document.querySelectorAll('#map-box g.node[data-partner][role="button"]').length})`, &wired)
		csp := false
		for _, p := range c.Problems() {
			csp = csp || strings.Contains(p, "Content Security Policy")
		}
		if tc.runs {
			if wired.Nodes == 0 || wired.Buttons != wired.Nodes || len(c.Problems()) != 0 {
				t.Errorf("%s: %d of %d partners wired, problems %v", tc.name, wired.Buttons, wired.Nodes, c.Problems())
			}
		} else if wired.Nodes == 0 || wired.Buttons != 0 || !csp {
			t.Errorf("%s: %d of %d partners wired, CSP violation seen %v (want the script refused): %v", tc.name, wired.Buttons, wired.Nodes, csp, c.Problems())
		}
	}
}

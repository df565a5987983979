package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"regexp"
	"strings"
	"testing"
)

var cspMeta = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)

// directives splits a page's one Content-Security-Policy into its
// directives (name → sources).
func directives(t *testing.T, page string) map[string]string {
	t.Helper()
	m := cspMeta.FindAllStringSubmatch(page, -1)
	if len(m) != 1 {
		t.Fatalf("%d Content-Security-Policy metas, want 1", len(m))
	}
	d := map[string]string{}
	for _, part := range strings.Split(m[0][1], ";") {
		f := strings.Fields(part)
		if len(f) > 0 {
			d[f[0]] = strings.Join(f[1:], " ")
		}
	}
	return d
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// TestCSPOfEachPage pins the policy of the report and of the compare page:
// nothing remote, no base, form or plugin; the report's script-src is the
// SHA-256 of exactly its one inline script (never 'unsafe-inline'), the
// compare page runs no script at all, and a page without style attributes
// allows its <style> by hash.
func TestCSPOfEachPage(t *testing.T) {
	var rep, cmp bytes.Buffer
	if err := Write(&rep, sampleReport("nl")); err != nil {
		t.Fatal(err)
	}
	if err := WriteCompare(&cmp, sampleCompare("en")); err != nil {
		t.Fatal(err)
	}
	for name, page := range map[string]string{"report": rep.String(), "compare": cmp.String()} {
		d := directives(t, page)
		for k, v := range map[string]string{"default-src": "'none'", "img-src": "data:", "base-uri": "'none'", "form-action": "'none'", "object-src": "'none'"} {
			if d[k] != v {
				t.Errorf("%s: %s %q, want %q", name, k, d[k], v)
			}
		}
		if strings.Contains(d["script-src"], "unsafe") {
			t.Errorf("%s: script-src %q", name, d["script-src"])
		}
		scripts, styles, attrs := inlineCode([]byte(page))
		if len(styles) != 1 {
			t.Fatalf("%s: %d style elements", name, len(styles))
		}
		if attrs {
			if d["style-src"] != "'unsafe-inline'" {
				t.Errorf("%s has style attributes: style-src %q, want 'unsafe-inline'", name, d["style-src"])
			}
		} else if d["style-src"] != sha(styles[0]) {
			t.Errorf("%s: style-src %q, want the hash of its <style> %s", name, d["style-src"], sha(styles[0]))
		}
		switch name {
		case "report":
			i := strings.Index(page, "<script>\n")
			j := strings.LastIndex(page, "</script>")
			if len(scripts) != 1 || i < 0 || scripts[0] != page[i+len("<script>"):j] {
				t.Fatalf("report: inline scripts %d, not the one before </body>", len(scripts))
			}
			if !strings.Contains(scripts[0], "var GBO = ") || d["script-src"] != sha(scripts[0]) {
				t.Errorf("report: script-src %q, want %s", d["script-src"], sha(scripts[0]))
			}
		case "compare":
			if len(scripts) != 0 || d["script-src"] != "'none'" {
				t.Errorf("compare: %d inline scripts, script-src %q, want none and 'none'", len(scripts), d["script-src"])
			}
			if !strings.Contains(page, `type="application/json"`) {
				t.Error("compare: the JSON data block is gone (it must stay, and stays allowed: it is not run)")
			}
		}
	}
}

// TestCSPRefusesUnexpectedCode: a page holding an inline script or a style
// element its template does not write (text that slipped past escaping) is
// refused, not allowed by a hash; so is a page without the policy.
func TestCSPRefusesUnexpectedCode(t *testing.T) {
	var rep, cmp bytes.Buffer
	if err := Write(&rep, sampleReport("en")); err != nil {
		t.Fatal(err)
	}
	if err := WriteCompare(&cmp, sampleCompare("en")); err != nil {
		t.Fatal(err)
	}
	// Turn the filled-in policy back into the template's, as executew sees it.
	reset := func(page string) string {
		return cspMeta.ReplaceAllString(page, `<meta http-equiv="Content-Security-Policy" `+cspTemplate+`>`)
	}
	r, c := reset(rep.String()), reset(cmp.String())
	if _, err := withCSP([]byte(r), 1); err != nil {
		t.Fatalf("report as written: %v", err)
	}
	if _, err := withCSP([]byte(c), 0); err != nil {
		t.Fatalf("compare as written: %v", err)
	}
	for name, bad := range map[string]struct {
		page string
		want int
	}{
		"script in compare": {strings.Replace(c, "</main>", "<script>alert(1)</script></main>", 1), 0},
		"second script":     {strings.Replace(r, "</main>", "<script>alert(1)</script></main>", 1), 1},
		"module script":     {strings.Replace(c, "</main>", `<script type="module">alert(1)</script></main>`, 1), 0},
		"style in body":     {strings.Replace(c, "</main>", "<style>*{}</style></main>", 1), 0},
		"no policy":         {cspMeta.ReplaceAllString(c, ""), 0},
		"two policies":      {strings.Replace(c, "<meta charset", `<meta http-equiv="Content-Security-Policy" `+cspTemplate+`><meta charset`, 1), 0},
	} {
		if out, err := withCSP([]byte(bad.page), bad.want); err == nil {
			t.Errorf("%s: accepted, policy %q", name, cspMeta.FindString(string(out)))
		}
	}
}

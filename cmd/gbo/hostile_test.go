package main

import (
	"encoding/csv"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// hostileCase writes a case whose every free-text field tries something:
// script tags, quotes, newlines, spreadsheet formulas, HTML entities.
func hostileCase(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"partners.csv": "id,name,sector,core\n" +
			"ocmw-x,\"OCMW \"\"X\"\" <b>&amp;</b>\",OCMW,ja\n" +
			"caw-y,\"\"\"><script>alert(1)</script>\",CAW,ja\n" +
			"dmw-z,\"=HYPERLINK(\"\"http://evil\"\",\"\"klik\"\")\",DMW,ja\n" +
			"ext-1,\"Café \"\"De Brug\"\" & co\nline two\",\"<img src=x onerror=alert(2)>\",nee\n" +
			"ext-2,+32 9 123 45 67,@SUM(A1),nee\n" +
			"ext-3,-2+3,school,nee\n",
		"interactions.csv": "date,from,with,kind,object,people,note\n" +
			"2024-01-10,ocmw-x,caw-y|dmw-z,referral,\"<script>x</script>\",p1|p2,=cmd|' /C calc'!A0\n" +
			"2024-02-10,caw-y,ext-1,case_consultation,\"<script>x</script>\",p2,\n" +
			"2024-03-10,ext-1,ext-2,joint_action,=1+1,,\n" +
			"2024-04-10,ext-2,ext-3|ocmw-x,referral,,,\n",
		"objects.csv": "id,name\n\"<script>x</script>\",\"\"\"><svg onload=alert(3)>\"\n=1+1,-formula\n",
		"people.csv":  "id,partner,name\np1,ocmw-x,\"<script>Jan</script>\"\np2,caw-y,=Marie\n",
		"case.toml":   "name = \"<script>alert('case')</script> \\\"Q\\\"\"\nas_of = 2024-12-31\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func checkCSVSafe(t *testing.T, label, data string) {
	t.Helper()
	r := csv.NewReader(strings.NewReader(data))
	r.FieldsPerRecord = -1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Errorf("%s: not CSV: %v", label, err)
			return
		}
		for _, cell := range rec {
			if cell != "" && strings.ContainsRune("=+@\t\r", rune(cell[0])) {
				t.Errorf("%s: formula cell %q reaches the CSV", label, cell)
			}
			if _, err := strconv.ParseFloat(cell, 64); cell != "" && cell[0] == '-' && err != nil {
				t.Errorf("%s: formula cell %q reaches the CSV", label, cell)
			}
		}
	}
}

func TestHostileCaseGivesSafeOutputsFromEveryCommand(t *testing.T) {
	dir := hostileCase(t)
	out := t.TempDir()
	for _, cmd := range []string{"ties", "metrics", "brokers", "objects", "weak"} {
		for _, f := range []string{"table", "csv", "json", "md"} {
			stdout, stderr, code := runGBO(t, cmd, dir, "--format", f)
			if code != 0 {
				t.Fatalf("%s %s: exit %d: %s", cmd, f, code, stderr)
			}
			if strings.Contains(stdout, "calc") {
				t.Errorf("%s %s: the note column reached the output", cmd, f)
			}
			switch f {
			case "csv":
				checkCSVSafe(t, cmd, stdout)
			case "md":
				if strings.Contains(stdout, "<script") {
					t.Errorf("%s md: raw <script> in Markdown", cmd)
				}
			case "table":
				for _, line := range strings.Split(stdout, "\n") {
					if strings.HasPrefix(line, "line two") {
						t.Errorf("%s table: a newline in a name broke a row", cmd)
					}
				}
			}
		}
	}
	// Real names never appear unless asked for.
	stdout, _, _ := runGBO(t, "ties", dir, "--explain", "caw-y,ocmw-x")
	if strings.Contains(stdout, "Jan") || strings.Contains(stdout, "Marie") || strings.Contains(stdout, "p1") {
		t.Errorf("people not pseudonymised:\n%s", stdout)
	}
	for _, f := range []string{"map.svg", "map.dot", "map.png", "report.html", "net.gexf", "net.graphml", "net.json", "net.csv"} {
		cmd := "map"
		switch {
		case strings.HasPrefix(f, "report"):
			cmd = "report"
		case strings.HasPrefix(f, "net"):
			cmd = "export"
		}
		path := filepath.Join(out, f)
		_, stderr, code := runGBO(t, cmd, dir, "-o", path)
		if code != 0 {
			t.Fatalf("%s -o %s: exit %d: %s", cmd, f, code, stderr)
		}
		b, _ := os.ReadFile(path)
		s := string(b)
		switch filepath.Ext(f) {
		case ".svg", ".gexf", ".graphml":
			d := xml.NewDecoder(strings.NewReader(s))
			for {
				tok, err := d.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%s: not well-formed XML: %v", f, err)
				}
				if se, ok := tok.(xml.StartElement); ok {
					if se.Name.Local == "script" || se.Name.Local == "img" {
						t.Errorf("%s: a <%s> element came from the input", f, se.Name.Local)
					}
					for _, a := range se.Attr {
						if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
							t.Errorf("%s: event handler attribute %s", f, a.Name.Local)
						}
					}
				}
			}
		case ".html":
			for _, bad := range []string{"<script>alert", "<img src=x", "<svg onload", "<b>&amp;</b>"} {
				if strings.Contains(s, bad) {
					t.Errorf("report: %q unescaped", bad)
				}
			}
		case ".dot":
			// Every quote from a name is escaped, and no name's newline breaks a line.
			if strings.Count(s, `"><script>`) != strings.Count(s, `\"><script>`) || strings.Contains(s, "\nline two") || strings.Contains(s, "\ntwo") {
				t.Errorf("dot: a quote or newline from a name is not escaped")
			}
		case ".csv":
			checkCSVSafe(t, f, s)
		}
	}
}

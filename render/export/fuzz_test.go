package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzFormatsStayWellFormed writes a two-node network whose ids, labels and
// keys are the fuzzer's in every format and reads each back as XML, JSON or
// CSV. No output holds a control character other than tab and newline, a
// bidirectional control, NaN or Inf, and no CSV cell starts a formula.
func FuzzFormatsStayWellFormed(f *testing.F) {
	for _, s := range []string{hostile, "=1+1", "Geïntegreerd", "\x00\xff", "]]>", "a\r\nb",
		"\x1b]52;c;Y2xpcA==\x07", "\u202eevil", "＝1+1", " \t-cmd", "\u200b@x", "\u009b2J"} {
		f.Add(s, s+"2", s)
	}
	f.Fuzz(func(t *testing.T, a, b, key string) {
		if a == "" || b == "" || key == "" || reserved[safeText(key)] || safeText(a) == "" || safeText(b) == "" || safeText(key) == "" ||
			safeText(a) == safeText(b) { // refused: see TestBadDataIsRefused
			return
		}
		d := Data{Name: a, AsOf: b,
			Nodes: []Node{{ID: a, Attrs: []Attr{{"label", b}, {key, a}}}, {ID: b, Attrs: []Attr{{"label", a}, {key, math.Inf(1)}}}},
			Edges: []Edge{{A: a, B: b, Attrs: []Attr{{key, b}, {"weight", math.NaN()}}}},
		}
		for _, format := range []Format{FormatGEXF, FormatGraphML, FormatJSON, FormatCSV} {
			var out bytes.Buffer
			if err := Write(&out, format, d); err != nil {
				if safeText(key) == "label" || safeText(key) == "weight" { // given twice
					return
				}
				t.Fatalf("%s: %v", format, err)
			}
			assertSafeBytes(t, string(format), out.String())
			switch format {
			case FormatGEXF, FormatGraphML:
				wellFormed(t, out.Bytes())
			case FormatJSON:
				if !json.Valid(out.Bytes()) {
					t.Fatalf("invalid JSON:\n%s", out.Bytes())
				}
			case FormatCSV:
				recs, err := csv.NewReader(&out).ReadAll()
				if err != nil || len(recs) != 2 {
					t.Fatalf("CSV read back as %q, %v", recs, err)
				}
				for _, rec := range recs {
					for _, cell := range rec {
						if startsFormula(cell) {
							t.Fatalf("CSV cell %q starts a formula", cell)
						}
					}
				}
			}
		}
	})
}

// assertSafeBytes fails when out holds a control character other than tab
// and newline, a bidirectional control, invalid UTF-8, or a NaN or Inf
// where a number goes.
func assertSafeBytes(t *testing.T, what, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("%s: invalid UTF-8", what)
	}
	for _, r := range out {
		if (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r <= 0x9f) {
			t.Fatalf("%s: control character %U in output:\n%q", what, r, out)
		}
		if (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			t.Fatalf("%s: bidirectional control %U in output:\n%q", what, r, out)
		}
	}
	for _, bad := range []string{`"NaN"`, `: NaN`, `"Inf"`, `"+Inf"`, `"-Inf"`, `: +Inf`, `: -Inf`, ",NaN", ",+Inf", ",-Inf", ">NaN<", ">+Inf<", ">-Inf<"} {
		if strings.Contains(out, bad) {
			t.Fatalf("%s: non-finite number %s in output:\n%s", what, bad, out)
		}
	}
}

// startsFormula is an independent statement of what a spreadsheet may run:
// a cell whose first character, after white space, control and format
// characters, is = + - @ or a full-width or small-form look-alike, unless
// the cell is a plain number.
func startsFormula(cell string) bool {
	rest := strings.TrimLeftFunc(cell, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
	})
	if rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune("=+-@＝＋－＠﹦﹢﹣﹫", r) {
		return false
	}
	if _, err := strconv.ParseFloat(strings.TrimSpace(cell), 64); err == nil && rest == cell {
		return false
	}
	return true
}

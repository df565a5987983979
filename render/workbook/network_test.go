package workbook

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

func hostileNetwork() Network {
	long := strings.Repeat("é𝄞", 20000) // 60,000 UTF-16 units
	first, last := "2024-02-29", "1899-06-01"
	nan, neg, tenth := math.NaN(), -1.5e-9, 0.1
	return Network{Name: "=cmd|' /c calc'!A1", AsOf: "2024-12-31", MinDepth: 1,
		Partners: []NetPartner{
			{ID: "a", Name: long, Sector: "x\x01y\uFFFEz", Strength: nan, Betweenness: neg, Constraint: &nan},
			{ID: "b", Name: " padded ", Sector: "@s"},
		},
		Ties: []NetTie{{A: "a", B: "b", Depth: 3, DepthScore: 3.25, First: &first, Last: &last,
			Measured: &NetMeasured{Weight: tenth + 0.2}}},
		Weak:    []NetWeak{{A: "a", B: "b", Depth: 3, Labels: []string{"bridge"}, Families: []string{"fragile"}, Texts: []string{"=the only link"}}},
		Objects: []NetObject{{ID: "o", Name: "+o", Verdict: "local"}},
	}
}

func openpyxl(t *testing.T) string {
	t.Helper()
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import openpyxl").Run(); err != nil {
		t.Skip("python3-openpyxl is not installed")
	}
	return py
}

// Hostile values reach the workbook as Excel can hold them: a text longer
// than a cell is cut with "…" within MaxCellChars (counted in UTF-16, so a
// character outside the BMP is never split); control characters are
// shown, characters XML cannot carry replaced; a formula-looking text gets
// its apostrophe; NaN is an empty cell; a float keeps every digit; a date
// Excel cannot count is text; leading and trailing spaces survive.
func TestNetworkWorkbookHostileValues(t *testing.T) {
	py := openpyxl(t)
	var buf bytes.Buffer
	if err := NetworkWorkbook(&buf, hostileNetwork()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "n.xlsx")
	os.WriteFile(path, buf.Bytes(), 0o600)
	out, err := exec.Command(py, "-c", `import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
p, t = wb["Partners"], wb["Ties"]
print(json.dumps({"name": p["B2"].value, "sector": p["C2"].value, "strength": p["F2"].value, "betw": repr(p["G2"].value),
  "constraint": p["L2"].value, "padded": p["B3"].value, "at": p["C3"].value, "title": wb["About"]["A1"].value,
  "first": str(t["K2"].value), "firsttype": type(t["K2"].value).__name__, "last": t["L2"].value, "weight": repr(t["S2"].value),
  "object": wb["Boundary objects"]["B2"].value}))`, path).CombinedOutput()
	if err != nil {
		t.Fatalf("openpyxl: %v\n%s", err, out)
	}
	var got map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	name := got["name"].(string)
	if n := len(utf16.Encode([]rune(name))); n > MaxCellChars || n < MaxCellChars-1 || !strings.HasSuffix(name, "…") ||
		!strings.HasPrefix(name, "é𝄞é𝄞") || strings.ContainsRune(name, '\uFFFD') {
		t.Errorf("long name: %d UTF-16 units, ends %q", n, name[len(name)-8:])
	}
	for k, want := range map[string]any{"sector": `x\x01y` + "\uFFFDz", "strength": nil, "constraint": nil, "betw": "-1.5e-09",
		"padded": " padded ", "at": "'@s", "title": "gbo export: =cmd|' /c calc'!A1", "first": "2024-02-29 00:00:00",
		"firsttype": "datetime", "last": "1899-06-01", "weight": "0.30000000000000004", "object": "'+o"} {
		if got[k] != want {
			t.Errorf("%s: got %#v, want %#v", k, got[k], want)
		}
	}
}

// The same network gives the same bytes, however excelize orders its maps.
func TestNetworkWorkbookSameBytes(t *testing.T) {
	var first []byte
	for i := 0; i < 20; i++ {
		var buf bytes.Buffer
		if err := NetworkWorkbook(&buf, hostileNetwork()); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = buf.Bytes()
		} else if !bytes.Equal(first, buf.Bytes()) {
			t.Fatalf("run %d wrote other bytes", i)
		}
	}
}

// A sheet with more rows than Excel holds is refused, naming the sheet,
// and nothing is written.
func TestNetworkWorkbookTooManyRows(t *testing.T) {
	defer func(n int) { networkMaxRows = n }(networkMaxRows)
	networkMaxRows = 2
	n := hostileNetwork()
	for i := 0; i < 3; i++ {
		n.Weak = append(n.Weak, n.Weak[0])
	}
	for _, lang := range []string{"en", "nl"} {
		n.Lang = lang
		var buf bytes.Buffer
		err := NetworkWorkbook(&buf, n)
		want := map[string]string{"en": "Weak links: 4 rows", "nl": "Zwakke schakels: 4 rows"}[lang]
		if !errors.Is(err, ErrTooManyRows) || !strings.Contains(err.Error(), want) || buf.Len() != 0 {
			t.Errorf("%s: err %v, %d bytes written; want ErrTooManyRows naming %q and nothing written", lang, err, buf.Len(), want)
		}
	}
}

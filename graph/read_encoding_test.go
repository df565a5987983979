package graph

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStrayBytesKeepUTF8 pins the kind "a few bytes that are not UTF-8 in
// a UTF-8 file": the valid UTF-8 (é, en dash, ë) is read as UTF-8 and each
// stray byte on its own as Windows-1252, in any column, after quoted
// fields that span lines and hold separators, with or without a BOM, with
// old Mac line ends; one warning names the line and FIELD (not the
// character) of the first stray byte, the byte, how it was read and how
// many there are, and says how to save the file as UTF-8. A file with high
// bytes but no multi-byte UTF-8 is Windows-1252 and read without a word.
func TestStrayBytesKeepUTF8(t *testing.T) {
	partners := "id;name;sector;website\n" +
		"A;Caf\u00e9 \u2013 Zo\u00eb;CAW;\"two\nlines; \"\"quoted\"\"\"\n" + // lines 2-3
		"B;\"x;y\nB\xe9ta \x96 b\";OCMW;Caf\xe9\n" + // the byte in field 2, which starts on line 4
		"C;Gamma;buurtwerk;\xe9\xe9\n"
	for _, tc := range []struct {
		name, text, code string
	}{
		{"plain", partners, "not_utf8"},
		{"BOM", "\xef\xbb\xbf" + partners, "not_utf8_bom"},
		{"CRLF", strings.ReplaceAll(partners, "\n", "\r\n"), "not_utf8"},
		{"old Mac", strings.ReplaceAll(partners, "\n", "\r"), "not_utf8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, ps := readMap(with(minimal(), "partners.csv", tc.text), fakeOptions)
			mustNoErrors(t, ps)
			p := one(t, ps, tc.code)
			if p.Severity != Warning || baseFile(p.Pos) != "partners.csv" || p.Pos.Line != 4 || p.Pos.Col != 2 {
				t.Errorf("at %s:%d:%d, want partners.csv:4:2: %v", baseFile(p.Pos), p.Pos.Line, p.Pos.Col, p)
			}
			says(t, p, "0xE9", `"é"`, ": 5,", "Windows-1252", "CSV UTF-8")
			if nl := p.Message("nl"); !strings.Contains(nl, "Opslaan als") || !strings.Contains(nl, ": 5,") {
				t.Errorf("Dutch: %s", nl)
			}
			want := []string{"Caf\u00e9 \u2013 Zo\u00eb", "x;y\nB\u00e9ta \u2013 b", "Gamma"}
			if len(c.Partners) != 3 {
				t.Fatalf("partners %v", c.Partners)
			}
			for i, w := range want {
				if got := strings.ReplaceAll(c.Partners[i].Name, "\r\n", "\n"); got != w {
					t.Errorf("name %d = %q, want %q", i, got, w)
				}
			}
			if got := c.Partners[1].Attrs["website"]; got != "Caf\u00e9" {
				t.Errorf("website %q in %v", got, c.Partners[1].Attrs)
			}
		})
	}
	t.Run("Windows-1252", func(t *testing.T) {
		c, ps := readMap(with(minimal(), "partners.csv", "id;name;sector\nA;Caf\xe9 \x96 Zo\xeb;CAW\nB;B;OCMW\nC;C;x\n"), fakeOptions)
		mustNoErrors(t, ps)
		if len(only(ps, "not_utf8")) != 0 || c.Partners[0].Name != "Caf\u00e9 \u2013 Zo\u00eb" {
			t.Errorf("%q %v", c.Partners[0].Name, ps)
		}
	})
	t.Run("a byte with no Windows-1252 letter", func(t *testing.T) {
		_, ps := readMap(with(minimal(), "partners.csv", "id,name,sector\nA,\u00e9,CAW\nB,x\x81,OCMW\nC,C,x\n"), fakeOptions)
		p := one(t, ps, "not_utf8")
		if p.Pos.Line != 3 || p.Pos.Col != 2 {
			t.Errorf("%v", p)
		}
		says(t, p, "0x81", "\"\ufffd\"")
	})
}

// TestCSVFieldAtMatchesEncodingCSV: for generated CSV texts (quoted fields
// with separators, "" and newlines, CRLF, blank lines, three separators)
// the field and line csvFieldAt gives for a byte in every field are the
// ones encoding/csv gives for that field.
func TestCSVFieldAtMatchesEncodingCSV(t *testing.T) {
	rng := rand.New(rand.NewSource(10))
	pieces := []string{"a", "bc", " ", "\u00e9", "x y"}
	quotedPieces := []string{"a", ";", ",", "\t", "\"\"", "\n", "\r\n", "\u00e9"}
	for n := 0; n < 300; n++ {
		sep := []byte{',', ';', '\t'}[rng.Intn(3)]
		var b bytes.Buffer
		type mark struct{ off, rec, field int }
		var marks []mark
		recs := 1 + rng.Intn(6)
		for r := 0; r < recs; r++ {
			if rng.Intn(5) == 0 {
				b.WriteString("\n") // a blank line, which encoding/csv skips
			}
			fields := 1 + rng.Intn(5)
			for f := 0; f < fields; f++ {
				if f > 0 {
					b.WriteByte(sep)
				}
				quoted := rng.Intn(2) == 0
				if quoted {
					b.WriteByte('"')
				}
				k := rng.Intn(4)
				for i := 0; i < 4; i++ {
					if i == k {
						marks = append(marks, mark{b.Len(), r, f})
						b.WriteString("Z")
					}
					if quoted {
						b.WriteString(quotedPieces[rng.Intn(len(quotedPieces))])
					} else {
						b.WriteString(pieces[rng.Intn(len(pieces))])
					}
				}
				if quoted {
					b.WriteByte('"')
				}
			}
			if rng.Intn(2) == 0 {
				b.WriteString("\r\n")
			} else {
				b.WriteString("\n")
			}
		}
		text := b.Bytes()
		cr := csv.NewReader(bytes.NewReader(text))
		cr.Comma, cr.FieldsPerRecord = rune(sep), -1
		var want [][]int // line of each field of each record
		for {
			rec, err := cr.Read()
			if err != nil {
				if err.Error() != "EOF" {
					t.Fatalf("%q: %v", text, err)
				}
				break
			}
			lines := make([]int, len(rec))
			for i := range rec {
				lines[i], _ = cr.FieldPos(i)
			}
			want = append(want, lines)
		}
		for _, m := range marks {
			line, field := csvFieldAt(text, rune(sep), m.off)
			if field != m.field+1 || line != want[m.rec][m.field] {
				t.Fatalf("%q at %d: line %d field %d, want line %d field %d", text, m.off, line, field, want[m.rec][m.field], m.field+1)
			}
		}
	}
}

// writeEncodedCase writes a case whose interactions.csv has rows rows of
// names in UTF-8 (é, en dash) or, with cp1252, in Windows-1252, and (with
// stray) one Windows-1252 byte in row 100.
func writeEncodedCase(tb testing.TB, dir string, rows int, cp1252, stray bool) {
	tb.Helper()
	writeBigCase(tb, dir, 0)
	var b strings.Builder
	b.WriteString("datum;van;met;soort;object\n")
	obj := "Caf\u00e9 \u2013 buurt"
	if cp1252 {
		obj = "Caf\xe9 \x96 buurt"
	}
	for i := 0; i < rows; i++ {
		o := obj
		if stray && i == 100 {
			o = "Caf\xe9"
		}
		fmt.Fprintf(&b, "%02d/%02d/2024;P%03d;P%03d;overleg;%s\n", i%28+1, i%12+1, i%200, (i+1)%200, o)
	}
	if err := os.WriteFile(filepath.Join(dir, "interactions.csv"), []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
}

func benchEncoded(b *testing.B, cp1252, stray bool) {
	benchReadEvents(b, 200_000, func(dir string) { writeEncodedCase(b, dir, 200_000, cp1252, stray) })
}

// BenchmarkReadUTF8StrayByte reads a 200,000-row UTF-8 file with one
// Windows-1252 byte; BenchmarkReadWindows1252 the same file all in
// Windows-1252.
func BenchmarkReadUTF8StrayByte(b *testing.B) { benchEncoded(b, false, true) }
func BenchmarkReadWindows1252(b *testing.B)   { benchEncoded(b, true, false) }

// case.toml with one stray byte among valid UTF-8 keeps its UTF-8: the
// region "Zuid–Oost" is not garbled to "Zuidâ€“Oost" by a "Caf\xe9".
func TestCaseTOMLStrayByteKeepsUTF8(t *testing.T) {
	got := string(decodeText([]byte("name = \"Caf\xe9 De Brug\"\nregion = \"Zuid–Oost\"\n")))
	if want := "name = \"Café De Brug\"\nregion = \"Zuid–Oost\"\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

package graph

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// caseFiles are the files a case folder is read from (lower case), and
// those WriteCase may write, in the order it writes them.
var caseFiles = []string{"partners.csv", "interactions.csv", "ties.csv", "objects.csv", "people.csv", "targets.csv", "case.toml"}

// WriteCase writes a case as a folder of UTF-8 CSV files with English
// headers, as docs/formats.md#writing-a-case describes, and a case.toml. It writes only the
// columns SPEC names (Partner.Attrs only when keepAttrs): nothing else
// of the input travels. Every cell is made safe by SafeCell (a list cell
// such as "with" element by element, so ids stay the same in every file).
// The files appear all or none (FillFolder): a folder that already holds
// case files (names compared without case) is refused, naming them, and
// nothing is written.
func WriteCase(dir string, c *Case, keepAttrs bool) error {
	if ents, err := os.ReadDir(dir); err == nil {
		var clash []string
		for _, e := range ents {
			if IsCaseFileName(e.Name()) {
				clash = append(clash, e.Name())
			}
		}
		if len(clash) > 0 {
			return fmt.Errorf("%s already holds %s; nothing was written", dir, strings.Join(clash, ", "))
		}
	}
	files := map[string][]byte{}
	files["partners.csv"] = partnersCSV(c, keepAttrs)
	if len(c.Events) > 0 {
		rows := [][]string{{"date", "from", "with", "kind", "object", "people", "count"}}
		for _, e := range c.Events {
			rows = append(rows, []string{e.Date.Format(time.DateOnly), SafeCell(e.From), safeList(e.With), SafeCell(e.Kind),
				SafeCell(e.Object), safeList(e.People), strconv.Itoa(e.Count)})
		}
		files["interactions.csv"] = csvBytes(rows)
	}
	if len(c.Ratings) > 0 {
		rows := [][]string{{"from", "to", "depth", "trust", "value", "weight"}}
		for _, r := range c.Ratings {
			rows = append(rows, []string{SafeCell(r.From), SafeCell(r.To), strconv.Itoa(r.Depth), optInt(r.Trust), optInt(r.Value), optFloat(r.Weight)})
		}
		files["ties.csv"] = csvBytes(rows)
	}
	if len(c.Objects) > 0 {
		rows := [][]string{{"id", "name", "origin", "description"}}
		for _, o := range c.Objects {
			rows = append(rows, []string{SafeCell(o.ID), SafeCell(o.Name), SafeCell(o.Origin), SafeCell(o.Description)})
		}
		files["objects.csv"] = csvBytes(rows)
	}
	if len(c.People) > 0 {
		rows := [][]string{{"id", "partner", "role", "name"}}
		for _, p := range c.People {
			rows = append(rows, []string{SafeCell(p.ID), SafeCell(p.Partner), SafeCell(p.Role), SafeCell(p.Name)})
		}
		files["people.csv"] = csvBytes(rows)
	}
	if len(c.Targets) > 0 {
		rows := [][]string{{"a", "b", "depth"}}
		for _, t := range c.Targets {
			rows = append(rows, []string{SafeCell(t.A), SafeCell(t.B), strconv.Itoa(t.Depth)})
		}
		files["targets.csv"] = csvBytes(rows)
	}
	meta, err := caseTOML(c)
	if err != nil {
		return err
	}
	files["case.toml"] = meta
	return FillFolder(dir, func(tmp string) error {
		for _, name := range caseFiles {
			b, ok := files[name]
			if !ok {
				continue
			}
			f, err := os.OpenFile(filepath.Join(tmp, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if err != nil {
				return err
			}
			_, err = f.Write(b)
			if err == nil {
				err = f.Sync()
			}
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("writing %s: %w", filepath.Join(dir, name), err)
			}
		}
		return nil
	})
}

// SafeCell is the one rule for a cell of a CSV file gbo writes: SafeText
// (bidirectional controls dropped, other control characters but tab and
// newline shown as \xHH), then FormulaSafe.
func SafeCell(s string) string { return FormulaSafe(SafeText(s, true)) }

// safeList is a "|"-separated list cell, each element made safe alone so
// that an id reads the same here as in its own column.
func safeList(items []string) string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = SafeCell(s)
	}
	return strings.Join(out, "|")
}

func partnersCSV(c *Case, keepAttrs bool) []byte {
	head := []string{"id", "name", "sector", "core", "municipality"}
	var attrs []string
	if keepAttrs {
		seen := map[string]bool{}
		for _, p := range c.Partners {
			for k := range p.Attrs {
				if !seen[k] {
					seen[k] = true
					attrs = append(attrs, k)
				}
			}
		}
		sortStrings(attrs)
	}
	safeAttrs := make([]string, len(attrs))
	for i, a := range attrs {
		safeAttrs[i] = SafeCell(a)
	}
	rows := [][]string{append(head, safeAttrs...)}
	for _, p := range c.Partners {
		core := "no"
		if p.Core {
			core = "yes"
		}
		row := []string{SafeCell(p.ID), SafeCell(p.Name), SafeCell(p.Sector), core, SafeCell(p.Municipality)}
		for _, a := range attrs {
			row = append(row, SafeCell(p.Attrs[a]))
		}
		rows = append(rows, row)
	}
	return csvBytes(rows)
}

func caseTOML(c *Case) ([]byte, error) {
	var b bytes.Buffer
	kv := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s = %s\n", k, tomlQuote(v))
		}
	}
	kv("name", c.Name)
	kv("region", c.Region)
	if !c.AsOf.IsZero() {
		fmt.Fprintf(&b, "as_of = %s\n", c.AsOf.Format(time.DateOnly))
	}
	kv("language", c.Language)
	kv("coordinator", c.Coordinator)
	d := c.Depth
	if d.HalfLife != nil || d.Threshold != nil || d.Combine != "" || len(d.Kinds) > 0 || len(d.Rungs) > 0 {
		b.WriteString("\n")
		if err := toml.NewEncoder(&b).Encode(map[string]DepthConfig{"depth": d}); err != nil {
			return nil, err
		}
	}
	return []byte(DropBidi(b.String())), nil
}

// tomlQuote quotes s as a TOML basic string: strconv.Quote's \x and \a
// escapes are not TOML, so control characters become \uXXXX; invalid
// UTF-8 becomes U+FFFD, bidirectional controls are dropped.
func tomlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(DropBidi(s), "\uFFFD") {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case isControl(r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// csvBytes writes rows as CSV.
func csvBytes(rows [][]string) []byte {
	var b bytes.Buffer
	NewCSVWriter(&b).WriteAll(rows)
	return b.Bytes()
}

// FormulaSafe neutralises a CSV cell a spreadsheet would run as a formula
// (docs/guarantees.md#text-stays-text): a cell that starts with = + - @ (or their full-width and
// small-form look-alikes ＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫), also after leading white
// space, control or format characters, and a cell that starts with a tab
// or carriage return, gets an apostrophe in front, unless it is a plain
// number ("-3.5" stays). The rule is applied to every cell of every CSV gbo
// writes, ids included: an id changed so changes alike in every file.
func FormulaSafe(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '@', '\t', '\r':
		return "'" + s
	case '-':
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return s
		}
		return "'" + s
	}
	if s[0] > ' ' && s[0] < 0x7f {
		return s // printable ASCII other than the above: plain text
	}
	rest := strings.TrimLeftFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || isControl(r) || unicode.Is(unicode.Cf, r)
	})
	if rest == "" {
		return s
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !isFormulaStart(r) {
		return s
	}
	if _, err := strconv.ParseFloat(strings.TrimSpace(rest), 64); err == nil && r == '-' {
		return s
	}
	return "'" + s
}

// isFormulaStart reports whether a spreadsheet may take a cell starting
// with r for a formula.
func isFormulaStart(r rune) bool {
	switch r {
	case '=', '+', '-', '@',
		'\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', // full width ＝ ＋ － ＠
		'\uFE66', '\uFE62', '\uFE63', '\uFE6B': // small form ﹦ ﹢ ﹣ ﹫
		return true
	}
	return false
}

func optInt(v int) string {
	if v == 0 {
		return ""
	}
	return strconv.Itoa(v)
}

func optFloat(v float64) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

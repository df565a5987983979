package graph

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"gbo/graph/output"
)

// caseFiles are the files a case folder is read from (lower case), and
// those WriteCase may write, in the order it writes them.
var caseFiles = []string{"partners.csv", "interactions.csv", "ties.csv", "objects.csv", "people.csv", "targets.csv", "case.toml"}

// IsCaseFileName reports whether a file of this name in a case folder is
// read as part of the case (names compare without case, as the reader
// compares them).
func IsCaseFileName(name string) bool {
	low := strings.ToLower(name)
	for _, n := range caseFiles {
		if low == n {
			return true
		}
	}
	return false
}

// WriteCase writes a case as a folder of UTF-8 CSV files with English
// headers, as docs/formats.md#writing-a-case describes, and a case.toml. It writes only the
// columns SPEC names (Partner.Attrs only when keepAttrs): nothing else
// of the input travels. Every cell is made safe by output.SafeCell (a list cell
// such as "with" element by element, so ids stay the same in every file).
// The files appear all or none (output.FillFolder): a folder that already holds
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
			rows = append(rows, []string{e.Date.Format(time.DateOnly), output.SafeCell(e.From), safeList(e.With), output.SafeCell(e.Kind),
				output.SafeCell(e.Object), safeList(e.People), strconv.Itoa(e.Count)})
		}
		files["interactions.csv"] = csvBytes(rows)
	}
	if len(c.Ratings) > 0 {
		rows := [][]string{{"from", "to", "depth", "trust", "value", "weight"}}
		for _, r := range c.Ratings {
			rows = append(rows, []string{output.SafeCell(r.From), output.SafeCell(r.To), strconv.Itoa(r.Depth), optInt(r.Trust), optInt(r.Value), optFloat(r.Weight)})
		}
		files["ties.csv"] = csvBytes(rows)
	}
	if len(c.Objects) > 0 {
		rows := [][]string{{"id", "name", "origin", "description"}}
		for _, o := range c.Objects {
			rows = append(rows, []string{output.SafeCell(o.ID), output.SafeCell(o.Name), output.SafeCell(o.Origin), output.SafeCell(o.Description)})
		}
		files["objects.csv"] = csvBytes(rows)
	}
	if len(c.People) > 0 {
		rows := [][]string{{"id", "partner", "role", "name"}}
		for _, p := range c.People {
			rows = append(rows, []string{output.SafeCell(p.ID), output.SafeCell(p.Partner), output.SafeCell(p.Role), output.SafeCell(p.Name)})
		}
		files["people.csv"] = csvBytes(rows)
	}
	if len(c.Targets) > 0 {
		rows := [][]string{{"a", "b", "depth"}}
		for _, t := range c.Targets {
			rows = append(rows, []string{output.SafeCell(t.A), output.SafeCell(t.B), strconv.Itoa(t.Depth)})
		}
		files["targets.csv"] = csvBytes(rows)
	}
	meta, err := caseTOML(c)
	if err != nil {
		return err
	}
	files["case.toml"] = meta
	return output.FillFolder(dir, func(tmp string) error {
		for _, name := range caseFiles {
			b, ok := files[name]
			if !ok {
				continue
			}
			if err := output.WriteNew(filepath.Join(tmp, name), b); err != nil {
				return fmt.Errorf("writing %s: %w", filepath.Join(dir, name), err)
			}
		}
		return nil
	})
}

// safeList is a "|"-separated list cell, each element made safe alone so
// that an id reads the same here as in its own column.
func safeList(items []string) string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = output.SafeCell(s)
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
		safeAttrs[i] = output.SafeCell(a)
	}
	rows := [][]string{append(head, safeAttrs...)}
	for _, p := range c.Partners {
		core := "no"
		if p.Core {
			core = "yes"
		}
		row := []string{output.SafeCell(p.ID), output.SafeCell(p.Name), output.SafeCell(p.Sector), core, output.SafeCell(p.Municipality)}
		for _, a := range attrs {
			row = append(row, output.SafeCell(p.Attrs[a]))
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
	return []byte(output.DropBidi(b.String())), nil
}

// tomlQuote quotes s as a TOML basic string: strconv.Quote's \x and \a
// escapes are not TOML, so control characters become \uXXXX; invalid
// UTF-8 becomes U+FFFD, bidirectional controls are dropped.
func tomlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(output.DropBidi(s), "\uFFFD") {
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
		case output.IsControl(r):
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
	output.NewCSVWriter(&b).WriteAll(rows)
	return b.Bytes()
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

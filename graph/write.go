package graph

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// caseFiles are the files WriteCase may write; it refuses a folder that
// already holds any of them.
var caseFiles = []string{"partners.csv", "interactions.csv", "ties.csv", "objects.csv", "people.csv", "targets.csv", "case.toml"}

// WriteCase writes a case as a folder of UTF-8 CSV files with English
// headers, as SPEC §1 describes, and a case.toml. It writes only the
// columns SPEC names (Partner.Attrs only when keepAttrs): nothing else
// of the input travels. Each file is written whole (temporary file, then
// rename); a folder that already holds case files is refused, naming them,
// and nothing is written.
func WriteCase(dir string, c *Case, keepAttrs bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var clash []string
	for _, f := range caseFiles {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			clash = append(clash, f)
		}
	}
	if len(clash) > 0 {
		return fmt.Errorf("%s already holds %s; nothing was written", dir, strings.Join(clash, ", "))
	}
	files := map[string][]byte{}
	files["partners.csv"] = partnersCSV(c, keepAttrs)
	if len(c.Events) > 0 {
		rows := [][]string{{"date", "from", "with", "kind", "object", "people", "count"}}
		for _, e := range c.Events {
			rows = append(rows, []string{e.Date.Format(time.DateOnly), e.From, strings.Join(e.With, "|"), e.Kind,
				e.Object, strings.Join(e.People, "|"), strconv.Itoa(e.Count)})
		}
		files["interactions.csv"] = csvBytes(rows)
	}
	if len(c.Ratings) > 0 {
		rows := [][]string{{"from", "to", "depth", "trust", "value", "weight"}}
		for _, r := range c.Ratings {
			rows = append(rows, []string{r.From, r.To, strconv.Itoa(r.Depth), optInt(r.Trust), optInt(r.Value), optFloat(r.Weight)})
		}
		files["ties.csv"] = csvBytes(rows)
	}
	if len(c.Objects) > 0 {
		rows := [][]string{{"id", "name", "origin", "description"}}
		for _, o := range c.Objects {
			rows = append(rows, []string{o.ID, FormulaSafe(o.Name), FormulaSafe(o.Origin), FormulaSafe(o.Description)})
		}
		files["objects.csv"] = csvBytes(rows)
	}
	if len(c.People) > 0 {
		rows := [][]string{{"id", "partner", "role", "name"}}
		for _, p := range c.People {
			rows = append(rows, []string{p.ID, p.Partner, FormulaSafe(p.Role), FormulaSafe(p.Name)})
		}
		files["people.csv"] = csvBytes(rows)
	}
	if len(c.Targets) > 0 {
		rows := [][]string{{"a", "b", "depth"}}
		for _, t := range c.Targets {
			rows = append(rows, []string{t.A, t.B, strconv.Itoa(t.Depth)})
		}
		files["targets.csv"] = csvBytes(rows)
	}
	meta, err := caseTOML(c)
	if err != nil {
		return err
	}
	files["case.toml"] = meta
	for _, name := range caseFiles {
		if b, ok := files[name]; ok {
			if err := WriteFileAtomic(filepath.Join(dir, name), func(w io.Writer) error {
				_, err := w.Write(b)
				return err
			}); err != nil {
				return err
			}
		}
	}
	return nil
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
	rows := [][]string{append(head, attrs...)}
	for _, p := range c.Partners {
		core := "no"
		if p.Core {
			core = "yes"
		}
		row := []string{p.ID, FormulaSafe(p.Name), p.Sector, core, FormulaSafe(p.Municipality)}
		for _, a := range attrs {
			row = append(row, FormulaSafe(p.Attrs[a]))
		}
		rows = append(rows, row)
	}
	return csvBytes(rows)
}

func caseTOML(c *Case) ([]byte, error) {
	var b bytes.Buffer
	kv := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s = %s\n", k, strconv.Quote(v))
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
	return b.Bytes(), nil
}

// csvBytes writes rows as CSV.
func csvBytes(rows [][]string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(rows)
	return b.Bytes()
}

// FormulaSafe neutralises a CSV cell a spreadsheet would run as a formula
// (SPEC §5): a leading = + - @, tab or carriage return gets an apostrophe,
// unless the cell is a plain number ("-3.5" stays). In a case written back
// by WriteCase only names and other free text get it: ids must stay as
// they are, or the files would no longer agree with each other.
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
	return s
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

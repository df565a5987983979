package stories

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// dutchKind is the Dutch alias a Belgian Excel user types for each kind (docs/depth-model.md#kinds).
var dutchKind = map[string]string{
	"introduction":      "kennismaking",
	"network_meeting":   "netwerkmoment",
	"info_exchange":     "infosessie",
	"joint_training":    "vorming",
	"referral":          "doorverwijzing",
	"warm_referral":     "warme doorverwijzing",
	"case_consultation": "casusoverleg",
	"joint_intake":      "gezamenlijk onthaal",
	"coordination":      "afstemming",
	"joint_action":      "gezamenlijke actie",
	"shared_staff":      "gedeeld personeel",
	"adapted_offer":     "aangepast aanbod",
}

// Files renders a case as its files, by name.
func Files(c *Case) map[string][]byte {
	files := map[string][]byte{}
	sep := ','
	if c.Excel {
		sep = ';'
	}
	yesNo := func(b bool) string {
		switch {
		case c.Excel && b:
			return "ja"
		case c.Excel:
			return "nee"
		case b:
			return "yes"
		}
		return "no"
	}
	date := func(day int) string {
		t := c.Start.AddDate(0, 0, day)
		if c.Excel {
			return t.Format("02/01/2006")
		}
		return t.Format("2006-01-02")
	}
	head := func(en, nl string) []string {
		if c.Excel {
			return strings.Split(nl, ",")
		}
		return strings.Split(en, ",")
	}

	rows := [][]string{head("id,name,sector,core,municipality", "id,naam,sector,kern,gemeente")}
	for _, p := range c.Partners {
		rows = append(rows, []string{p.ID, p.Name, p.Sector, yesNo(p.Core), p.Municipality})
	}
	files["partners.csv"] = table(sep, rows)

	rows = [][]string{head("date,from,with,kind,object,people,count", "datum,van,met,soort,grensobject,personen,aantal")}
	for _, e := range c.Events {
		kind := e.Kind
		count := strconv.Itoa(e.Count)
		if c.Excel {
			kind = dutchKind[kind]
			if e.Count == 1 {
				count = "" // Excel users leave the default blank
			}
		}
		rows = append(rows, []string{date(e.Day), e.From, strings.Join(e.With, "|"), kind, e.Object, strings.Join(e.People, "|"), count})
	}
	files["interactions.csv"] = table(sep, rows)

	if len(c.People) > 0 {
		rows = [][]string{head("id,partner,role,name", "id,partner,rol,naam")}
		for _, p := range c.People {
			rows = append(rows, []string{p.ID, p.Partner, p.Role, p.Name})
		}
		files["people.csv"] = table(sep, rows)
	}
	if len(c.Objects) > 0 {
		rows = [][]string{head("id,name,origin,description", "id,naam,herkomst,beschrijving")}
		for _, o := range c.Objects {
			rows = append(rows, []string{o.ID, o.Name, o.Origin, o.Description})
		}
		files["objects.csv"] = table(sep, rows)
	}
	if len(c.Ratings) > 0 {
		rows = [][]string{head("from,to,depth,trust,value", "van,naar,diepte,vertrouwen,waarde")}
		for _, r := range c.Ratings {
			rows = append(rows, []string{r.From, r.To, strconv.Itoa(r.Depth), num(r.Trust), num(r.Value)})
		}
		files["ties.csv"] = table(sep, rows)
	}
	if len(c.Targets) > 0 {
		rows = [][]string{head("a,b,depth", "a,b,diepte")}
		for _, t := range c.Targets {
			rows = append(rows, []string{t.A, t.B, strconv.Itoa(t.Depth)})
		}
		files["targets.csv"] = table(sep, rows)
	}

	var toml bytes.Buffer
	kv := func(k, v string) {
		if v != "" {
			toml.WriteString(k + " = " + strconv.Quote(v) + "\n")
		}
	}
	kv("name", c.Name)
	kv("region", c.Region)
	kv("as_of", c.AsOf.Format("2006-01-02"))
	kv("language", c.Language)
	kv("coordinator", c.Coordinator)
	files["case.toml"] = toml.Bytes()
	return files
}

func num(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func table(sep rune, rows [][]string) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Comma = sep
	_ = w.WriteAll(rows) // writing to a buffer cannot fail
	return buf.Bytes()
}

// Build writes every sample into dir/NAME, replacing what was there.
func Build(dir string) error {
	for _, c := range All() {
		sub := filepath.Join(dir, c.Dir)
		if err := os.RemoveAll(sub); err != nil {
			return err
		}
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return err
		}
		for name, data := range Files(c) {
			if err := os.WriteFile(filepath.Join(sub, name), data, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// All builds every sample case, each from its own fixed seed.
func All() []*Case {
	return []*Case{
		kennismaking(),
		grensobject(),
		sleutelfiguren(),
		intersectoraal(),
		golf(2024),
		golf(2025),
	}
}

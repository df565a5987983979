package samples

import (
	"bytes"
	"encoding/csv"
	"io/fs"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"
)

// This file reads a case the simple way, with encoding/csv, so that the
// samples are checked independently of package graph.

// rungOf is the default depth model of docs/depth-model.md#kinds, English names and Dutch aliases.
var rungOf = map[string]int{
	"introduction": 1, "kennismaking": 1,
	"network_meeting": 1, "netwerkmoment": 1, "overleg": 1,
	"info_exchange": 2, "kennisdeling": 2, "infosessie": 2,
	"joint_training": 2, "vorming": 2, "intervisie": 2,
	"referral": 3, "doorverwijzing": 3, "toeleiding": 3,
	"warm_referral": 3, "warme doorverwijzing": 3,
	"case_consultation": 4, "casusoverleg": 4,
	"joint_intake": 4, "gezamenlijk onthaal": 4,
	"coordination": 4, "afstemming": 4,
	"joint_action": 5, "gezamenlijke actie": 5,
	"shared_staff": 5, "gedeeld personeel": 5,
	"adapted_offer": 5, "aangepast aanbod": 5,
}

// dutch maps the Dutch column names of docs/formats.md#columns to the English ones.
var dutch = map[string]string{
	"naam": "name", "kern": "core", "gemeente": "municipality",
	"datum": "date", "van": "from", "met": "with", "soort": "kind",
	"grensobject": "object", "personen": "people", "aantal": "count",
	"naar": "to", "diepte": "depth", "rol": "role", "herkomst": "origin", "beschrijving": "description", "vertrouwen": "trust", "waarde": "value",
}

type row map[string]string

type event struct {
	date   time.Time
	from   string
	with   []string
	rung   int
	object string
	people []string
	count  int
}

func (e event) parts() []string { return append([]string{e.from}, e.with...) }

type sampleCase struct {
	partners map[string]row
	order    []string
	people   map[string]row
	objects  map[string]row
	events   []event
	ratings  []row
	targets  []row
	toml     string
	asOf     time.Time
}

// table reads one CSV file into header-keyed rows; ok is false when the
// file is absent. want lists the headers the file must have.
func table(t *testing.T, fsys fs.FS, name string, want ...string) ([]row, bool) {
	t.Helper()
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, false
	}
	r := csv.NewReader(bytes.NewReader(b))
	if first, _, _ := bytes.Cut(b, []byte("\n")); bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		r.Comma = ';'
	}
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(recs) == 0 {
		t.Fatalf("%s: empty", name)
	}
	head := make([]string, len(recs[0]))
	for i, h := range recs[0] {
		h = strings.ToLower(strings.TrimSpace(h))
		if en, ok := dutch[h]; ok {
			h = en
		}
		head[i] = h
	}
	for _, w := range want {
		found := false
		for _, h := range head {
			found = found || h == w
		}
		if !found {
			t.Errorf("%s: no column %q in %v", name, w, recs[0])
		}
	}
	var rows []row
	for _, rec := range recs[1:] {
		m := row{}
		for i, v := range rec {
			m[head[i]] = v
		}
		rows = append(rows, m)
	}
	return rows, true
}

func parseDate(t *testing.T, s string) time.Time {
	t.Helper()
	for _, layout := range []string{"2006-01-02", "02/01/2006", "02-01-2006"} {
		if d, err := time.Parse(layout, s); err == nil {
			return d
		}
	}
	t.Fatalf("bad date %q", s)
	return time.Time{}
}

func splitIDs(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// load reads a whole case and checks every reference in it.
func load(t *testing.T, fsys fs.FS) *sampleCase {
	t.Helper()
	c := &sampleCase{partners: map[string]row{}, people: map[string]row{}, objects: map[string]row{}}
	rows, ok := table(t, fsys, "partners.csv", "id", "name", "sector", "core", "municipality")
	if !ok {
		t.Fatal("no partners.csv")
	}
	for _, r := range rows {
		if _, dup := c.partners[r["id"]]; dup || r["id"] == "" {
			t.Errorf("partners.csv: duplicate or empty id %q", r["id"])
		}
		c.partners[r["id"]] = r
		c.order = append(c.order, r["id"])
	}
	known := func(what, id string) {
		if _, ok := c.partners[id]; !ok {
			t.Errorf("%s: unknown partner %q", what, id)
		}
	}
	rows, _ = table(t, fsys, "people.csv", "id", "partner", "role")
	for _, r := range rows {
		known("people.csv", r["partner"])
		c.people[r["id"]] = r
	}
	rows, _ = table(t, fsys, "objects.csv", "id", "name")
	for _, r := range rows {
		c.objects[r["id"]] = r
	}
	if b, err := fs.ReadFile(fsys, "case.toml"); err == nil {
		c.toml = string(b)
		for _, line := range strings.Split(c.toml, "\n") {
			if k, v, ok := strings.Cut(line, "="); ok && strings.TrimSpace(k) == "as_of" {
				c.asOf = parseDate(t, strings.Trim(strings.TrimSpace(v), `"`))
			}
		}
	}
	rows, ok = table(t, fsys, "interactions.csv", "date", "from", "with", "kind")
	if !ok {
		t.Fatal("no interactions.csv")
	}
	for i, r := range rows {
		e := event{date: parseDate(t, r["date"]), from: r["from"], with: splitIDs(r["with"]), object: r["object"], people: splitIDs(r["people"]), count: 1}
		rung, ok := rungOf[strings.ToLower(r["kind"])]
		if !ok {
			t.Errorf("interactions.csv:%d: unknown kind %q", i+2, r["kind"])
		}
		e.rung = rung
		if s := r["count"]; s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 {
				t.Errorf("interactions.csv:%d: bad count %q", i+2, s)
			}
			e.count = n
		}
		seen := map[string]bool{}
		for _, p := range e.parts() {
			known("interactions.csv", p)
			if seen[p] {
				t.Errorf("interactions.csv:%d: %s twice (a self-tie)", i+2, p)
			}
			seen[p] = true
		}
		if len(e.with) == 0 {
			t.Errorf("interactions.csv:%d: no with", i+2)
		}
		for _, p := range e.people {
			if _, ok := c.people[p]; !ok {
				t.Errorf("interactions.csv:%d: unknown person %q", i+2, p)
			} else if !seen[c.people[p]["partner"]] {
				t.Errorf("interactions.csv:%d: person %s works for %s, not a participant", i+2, p, c.people[p]["partner"])
			}
		}
		if e.object != "" {
			if _, ok := c.objects[e.object]; !ok {
				t.Errorf("interactions.csv:%d: unknown object %q", i+2, e.object)
			}
		}
		if !c.asOf.IsZero() && e.date.After(c.asOf) {
			t.Errorf("interactions.csv:%d: event after as_of", i+2)
		}
		c.events = append(c.events, e)
	}
	c.ratings, _ = table(t, fsys, "ties.csv", "from", "to", "depth", "trust", "value")
	for _, r := range c.ratings {
		known("ties.csv", r["from"])
		known("ties.csv", r["to"])
		if d, err := strconv.Atoi(r["depth"]); err != nil || d < 0 || d > 5 {
			t.Errorf("ties.csv: bad depth %q", r["depth"])
		}
	}
	c.targets, _ = table(t, fsys, "targets.csv", "a", "b", "depth")
	for _, r := range c.targets {
		for _, id := range []string{r["a"], r["b"]} {
			if !strings.HasPrefix(id, "sector:") {
				known("targets.csv", id)
			}
		}
	}
	return c
}

func (c *sampleCase) sector(id string) string { return c.partners[id]["sector"] }

func (c *sampleCase) core(id string) bool {
	v := strings.ToLower(c.partners[id]["core"])
	return v == "yes" || v == "ja" || v == "true" || v == "1"
}

// depths scores every pair as docs/depth-model.md#decay does (half-life 365 days, threshold
// 0.5), over the events keep accepts.
func (c *sampleCase) depths(keep func(event) bool) map[[2]string]int {
	ev := map[[2]string]*[6]float64{}
	for _, e := range c.events {
		if keep != nil && !keep(e) {
			continue
		}
		age := c.asOf.Sub(e.date).Hours() / 24
		w := float64(e.count) * math.Pow(0.5, age/365)
		ps := e.parts()
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				k := pair(ps[i], ps[j])
				if ev[k] == nil {
					ev[k] = new([6]float64)
				}
				for r := 1; r <= e.rung; r++ {
					ev[k][r] += w
				}
			}
		}
	}
	out := map[[2]string]int{}
	for k, e := range ev {
		d := 0
		for r := 1; r <= 5; r++ {
			if e[r] >= 0.5 {
				d = r
			}
		}
		out[k] = d
	}
	return out
}

func pair(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

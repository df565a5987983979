package samples

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
)

// The story of each sample must be visible in its data.

func TestKennismakingIsABelgianExcelExport(t *testing.T) {
	fsys, _ := FS("kennismaking")
	b, _ := fs.ReadFile(fsys, "interactions.csv")
	head, rest, _ := strings.Cut(string(b), "\n")
	if head != "datum;van;met;soort;grensobject;personen;aantal" {
		t.Errorf("header %q", head)
	}
	if !strings.Contains(rest, "/2024;") || !strings.Contains(rest, ";warme doorverwijzing;") || !strings.Contains(rest, ";casusoverleg;") {
		t.Error("want dd/mm/yyyy dates and Dutch kinds")
	}
}

func TestKennismakingStaysShallow(t *testing.T) {
	c := sample(t, "kennismaking")
	total, deep, low := 0, 0, 0
	for _, e := range c.events {
		total += e.count
		if e.rung >= 4 {
			deep += e.count
		}
		if e.rung <= 2 {
			low += e.count
		}
	}
	if share := float64(deep) / float64(total); share >= 0.05 || deep == 0 {
		t.Errorf("share of events at rung >= 4 is %.3f, want a few, under 5%%", share)
	}
	if share := float64(low) / float64(total); share < 0.8 {
		t.Errorf("share of events at rung <= 2 is %.2f, want most", share)
	}
	for k, d := range c.depths(nil) {
		if (k[0] == "regie-kempenrand" || k[1] == "regie-kempenrand") && d > 2 {
			t.Errorf("the coordinator reaches depth %d with %v; it should stay shallow", d, k)
		}
	}
}

// objectUse gathers the partners, sectors and highest rung of an object's events.
func objectUse(c *sampleCase, object string) (partners map[string]bool, sectors map[string]bool, maxRung int) {
	partners, sectors = map[string]bool{}, map[string]bool{}
	for _, e := range c.events {
		if e.object != object {
			continue
		}
		maxRung = max(maxRung, e.rung)
		for _, p := range e.parts() {
			partners[p] = true
			sectors[c.sector(p)] = true
		}
	}
	return
}

func TestGrensobjectPullsExternalPartnersIn(t *testing.T) {
	c := sample(t, "grensobject")
	ps, secs, top := objectUse(c, "huurders")
	core, ext := false, false
	for p := range ps {
		core = core || c.core(p)
		ext = ext || !c.core(p)
	}
	if len(secs) < 3 || !core || !ext || top < 4 {
		t.Errorf("huurders: %d sectors, core %v, external %v, top rung %d", len(secs), core, ext, top)
	}
	// The deep ties of housing and community development with the core
	// exist because of the object.
	with := c.depths(nil)
	without := c.depths(func(e event) bool { return e.object != "huurders" })
	for _, ext := range []string{"wm-scheldemeersen", "so-scheldemeersen"} {
		deepWith, deepWithout := 0, 0
		for k := range with {
			other := k[0]
			if other == ext {
				other = k[1]
			} else if k[1] != ext {
				continue
			}
			if !c.core(other) {
				continue
			}
			if with[k] >= 3 {
				deepWith++
			}
			if without[k] >= 3 {
				deepWithout++
			}
		}
		if deepWith < 3 || deepWithout != 0 {
			t.Errorf("%s: %d deep core ties with the object, %d without; want >= 3 and 0", ext, deepWith, deepWithout)
		}
	}
	// The other objects tell the other verdicts.
	_, secs, top = objectUse(c, "rechtencheck")
	if len(secs) < 3 || top > 2 {
		t.Errorf("rechtencheck should span sectors below rung 3: %d sectors, rung %d", len(secs), top)
	}
	ps, _, _ = objectUse(c, "energie")
	for p := range ps {
		if !c.core(p) {
			t.Errorf("energie should stay local to the core, has %s", p)
		}
	}
	if ps, _, _ := objectUse(c, "digitaal"); len(ps) != 0 {
		t.Error("digitaal should be listed but unused")
	}
}

func TestSleutelfigurenHangsOnOnePerson(t *testing.T) {
	c := sample(t, "sleutelfiguren")
	const caw = "caw-leiedal"
	carriers := map[string]bool{}
	for _, e := range c.events {
		if e.rung < 3 || !slices.Contains(e.parts(), caw) {
			continue
		}
		n := 0
		for _, p := range e.people {
			if c.people[p]["partner"] == caw {
				carriers[p] = true
				n++
			}
		}
		if n != 1 {
			t.Errorf("a deep CAW event carries %d CAW people", n)
		}
	}
	if len(carriers) != 1 {
		t.Fatalf("deep CAW events carried by %d people, want 1", len(carriers))
	}
	var key string
	for p := range carriers {
		key = p
	}
	deep := func(d map[[2]string]int) int {
		n := 0
		for k, v := range d {
			if v >= 3 && (k[0] == caw || k[1] == caw) {
				n++
			}
		}
		return n
	}
	before := deep(c.depths(nil))
	after := deep(c.depths(func(e event) bool { return !slices.Contains(e.people, key) }))
	if before < 5 || after != 0 {
		t.Errorf("CAW deep ties: %d, and %d without %s; want >= 5 and 0", before, after, key)
	}
}

func TestSleutelfigurenCLBIsTheOnlyWayToTheSchools(t *testing.T) {
	c := sample(t, "sleutelfiguren")
	d := c.depths(nil)
	reach := func(from, without string) map[string]bool {
		seen := map[string]bool{from: true}
		queue := []string{from}
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			for k, depth := range d {
				if depth < 1 || k[0] == without || k[1] == without {
					continue
				}
				for i, w := range k {
					if k[1-i] == v && !seen[w] {
						seen[w] = true
						queue = append(queue, w)
					}
				}
			}
		}
		return seen
	}
	if !reach("school-leiegem", "")["ocmw-roeselbeke"] {
		t.Fatal("the schools should reach the core")
	}
	r := reach("school-leiegem", "clb-leiedal")
	for id := range r {
		if c.core(id) {
			t.Errorf("without the CLB the schools still reach %s", id)
		}
	}
}

func TestIntersectoraalJoinsThroughAFewBrokers(t *testing.T) {
	c := sample(t, "intersectoraal")
	initiative := map[string]bool{}
	ps, _, _ := objectUse(c, "gezinnen-03")
	for p := range ps {
		if !c.core(p) {
			initiative[p] = true
		}
	}
	if len(initiative) < 8 {
		t.Fatalf("the initiative has %d external partners, want a network", len(initiative))
	}
	d := c.depths(nil)
	inside, insideDeep, cross := 0, 0, 0
	brokers := map[string]bool{}
	for k, v := range d {
		a, b := k[0], k[1]
		switch {
		case initiative[a] && initiative[b]:
			inside++
			if v >= 3 {
				insideDeep++
			}
		case c.core(a) && initiative[b], c.core(b) && initiative[a]:
			cross++
			if v >= 3 {
				if c.core(a) {
					brokers[a] = true
				} else {
					brokers[b] = true
				}
			}
		}
	}
	n := len(initiative)
	if density := float64(inside) / float64(n*(n-1)/2); density < 0.7 || insideDeep < inside/2 {
		t.Errorf("the initiative should be dense and deep: density %.2f, %d of %d ties deep", density, insideDeep, inside)
	}
	if len(brokers) == 0 || len(brokers) > 3 {
		t.Errorf("deep ties into the initiative run through %d core partners, want 1-3: %v", len(brokers), brokers)
	}
	// GBO joined later: no core partner meets the initiative before autumn 2023.
	for _, e := range c.events {
		hasCore, hasInit := false, false
		for _, p := range e.parts() {
			hasCore = hasCore || c.core(p)
			hasInit = hasInit || initiative[p]
		}
		if hasCore && hasInit && e.date.Year() == 2023 && e.date.Month() < 9 {
			t.Errorf("core meets the initiative on %s, before GBO joined", e.date.Format("2006-01-02"))
			break
		}
	}
}

func TestGolfWavesShowChange(t *testing.T) {
	w1, w2 := sample(t, "golf-2024"), sample(t, "golf-2025")
	var joined, left []string
	for _, id := range w2.order {
		if _, ok := w1.partners[id]; !ok {
			joined = append(joined, id)
		}
	}
	for _, id := range w1.order {
		if _, ok := w2.partners[id]; !ok {
			left = append(left, id)
		}
	}
	if len(joined) != 1 || len(left) != 1 {
		t.Errorf("joined %v, left %v; want one each", joined, left)
	}
	for _, w := range []*sampleCase{w1, w2} {
		if w.asOf.Year() != w.events[0].date.Year() {
			t.Error("each wave holds the events of its own year")
		}
		rated := map[[2]string][]string{}
		for _, r := range w.ratings {
			k := pair(r["from"], r["to"])
			rated[k] = append(rated[k], r["depth"])
			for _, col := range []string{"trust", "value"} {
				if v := r[col]; v != "" && (v < "1" || v > "4" || len(v) != 1) {
					t.Errorf("%s %q outside 1-4", col, v)
				}
			}
		}
		oneSided, bigGap := 0, 0
		for _, ds := range rated {
			if len(ds) == 1 {
				oneSided++
			} else if ds[0][0]-ds[1][0] >= 2 || ds[1][0]-ds[0][0] >= 2 {
				bigGap++
			}
		}
		if oneSided == 0 || bigGap == 0 {
			t.Errorf("want one-sided ratings and gaps >= 2: %d one-sided, %d big gaps", oneSided, bigGap)
		}
	}
	d1, d2 := w1.depths(nil), w2.depths(nil)
	deeper, shallower := 0, 0
	for k, v := range d2 {
		if u, ok := d1[k]; ok {
			if v > u {
				deeper++
			} else if v < u {
				shallower++
			}
		}
	}
	if deeper <= shallower+5 {
		t.Errorf("wave 2 should show ties deepened: %d deeper, %d shallower", deeper, shallower)
	}
}

package main

// defaultMinTies is the least number of ties every case may have; beyond
// it, a case may have one tie per row of its events and ratings. The
// measures cost about ties × partners (Brandes' betweenness, the
// neighbourhood measures on dense parts), so a few rows that each name
// several partners could otherwise make a dense network from a small file:
// 81,784 rows of four partners (3.5 MB) made all 245,000 pairs of 700
// partners and a report of 52 s. A real partnership has far fewer ties
// than rows (the README's large case: 395,535 ties from 1,000,000 events).
const defaultMinTies = 20_000

// Defaults of the other sizes of an analysis (--max-partners, --max-people,
// --max-objects), checked before scoring. Partners without ties cost every
// measure an entry and every map a node (300,000 of them, a 6.7 MB file, took
// a minute and a gigabyte); each person is re-scored in fragility (a
// million people named in 8 MB took 14 s); each object is a node of the
// bipartite measures and the two-mode map (20,000 objects took 10 s of
// report). A partnership has tens of partners and objects and hundreds of
// people; the README's large case has 2,000 partners and 6,000 people.
const (
	defaultMaxPartners = 25_000
	defaultMaxPeople   = 20_000
	defaultMaxObjects  = 1_000
)

// checkSizes refuses, before any scoring, a case with more partners, people
// or objects (in objects.csv and named by events, together) than the flags
// allow.
func checkSizes(lim limitOptions, l *loaded) error {
	objects := map[string]bool{}
	for _, o := range l.c.Objects {
		objects[o.ID] = true
	}
	people := map[string]bool{}
	for _, p := range l.c.People {
		people[p.ID] = true
	}
	for i := range l.c.Events {
		ev := &l.c.Events[i]
		if ev.Object != "" {
			objects[ev.Object] = true
		}
		for _, p := range ev.People {
			people[p] = true
		}
	}
	for _, x := range []struct {
		flag string
		set  *uint64
		def  int
		n    int
	}{
		{"max-partners", lim.MaxPartners, defaultMaxPartners, len(l.c.Partners)},
		{"max-people", lim.MaxPeople, defaultMaxPeople, len(people)},
		{"max-objects", lim.MaxObjects, defaultMaxObjects, len(objects)},
	} {
		limit := uint64(x.def)
		if x.set != nil {
			limit = *x.set
		}
		if uint64(x.n) > limit {
			what := tr(l.lang, "things_"+x.flag) // partners, people, objects
			return inputErr(tr(l.lang, "too_many_things", thousandsIn(l.lang, x.n), what, thousandsIn(l.lang, int(min(limit, 1<<62))), x.flag))
		}
	}
	return nil
}

// checkTies refuses, before any measure is computed, a case whose scored
// ties exceed --max-ties, or by default the larger of defaultMinTies and
// the number of event and rating rows.
func checkTies(lim limitOptions, l *loaded) error {
	limit := uint64(max(defaultMinTies, len(l.c.Events)+len(l.c.Ratings)))
	key := "too_many_ties"
	if lim.MaxTies != nil {
		limit, key = *lim.MaxTies, "too_many_ties_set"
	}
	n := uint64(len(l.scored.Ties))
	if n <= limit {
		return nil
	}
	return inputErr(tr(l.lang, key, thousandsIn(l.lang, int(min(n, 1<<62))), thousandsIn(l.lang, int(min(limit, 1<<62)))))
}

package stories

import (
	"math/rand/v2"
	"slices"
	"time"
)

// Partner, Person, Object, Event, Rating and Target mirror the rows of the
// files of docs/formats.md#files; they are kept local so that the builder never depends on
// the reader it feeds.
type Partner struct {
	ID, Name, Sector, Municipality string
	Core                           bool
}

type Person struct{ ID, Partner, Role, Name string }

type Object struct{ ID, Name, Origin, Description string }

// Event is one row of interactions.csv; Day counts from the case's start.
type Event struct {
	Day    int
	From   string
	With   []string
	Kind   string
	Object string
	People []string
	Count  int
}

type Rating struct {
	From, To            string
	Depth, Trust, Value int
}

type Target struct {
	A, B  string
	Depth int
}

// Case is a sample as it will be written.
type Case struct {
	Dir         string // folder name under data/
	Name        string
	Region      string
	Language    string
	Coordinator string
	Start       time.Time // day 0
	AsOf        time.Time
	// Excel writes the case as a Belgian Excel export: `;`, Dutch headers,
	// dd/mm/yyyy dates and Dutch kind names.
	Excel bool

	Partners []Partner
	People   []Person
	Objects  []Object
	Events   []Event
	Ratings  []Rating
	Targets  []Target
}

// kindsByRung lists the event kinds of docs/depth-model.md#kinds per rung, with the weight
// each gets when a rung is drawn for a pair (group kinds are chosen apart).
var kindsByRung = [6][]weighted{
	1: {{"introduction", 1}},
	2: {{"info_exchange", 7}, {"joint_training", 3}},
	3: {{"referral", 65}, {"warm_referral", 35}},
	4: {{"case_consultation", 5}, {"coordination", 3}, {"joint_intake", 2}},
	5: {{"joint_action", 60}, {"adapted_offer", 25}, {"shared_staff", 15}},
}

type weighted struct {
	kind string
	w    int
}

// builder holds one case under construction and the random source all of
// its rules draw from, so that a fixed seed gives the same case.
type builder struct {
	c     *Case
	r     *rand.Rand
	days  int
	staff map[string][]string
	names *namePool
	index map[string]int
}

func newBuilder(seed uint64, start, asOf string) *builder {
	s, _ := time.Parse(time.DateOnly, start)
	e, _ := time.Parse(time.DateOnly, asOf)
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	return &builder{
		c:     &Case{Start: s, AsOf: e},
		r:     r,
		days:  int(e.Sub(s).Hours()/24) + 1,
		staff: map[string][]string{},
		names: newNamePool(r),
		index: map[string]int{},
	}
}

// day returns the day number of a date given as yyyy-mm-dd.
func (b *builder) day(date string) int {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		panic(err)
	}
	return int(t.Sub(b.c.Start).Hours() / 24)
}

// partner adds a partner; core follows SPEC's default (CAW, OCMW, DMW).
func (b *builder) partner(id, name, sector, municipality string) {
	if _, dup := b.index[id]; dup {
		panic("duplicate partner " + id)
	}
	b.index[id] = len(b.c.Partners)
	core := sector == "OCMW" || sector == "CAW" || sector == "DMW"
	b.c.Partners = append(b.c.Partners, Partner{ID: id, Name: name, Sector: sector, Municipality: municipality, Core: core})
}

func (b *builder) setCore(id string, core bool) { b.c.Partners[b.index[id]].Core = core }

// hire adds one social worker per role to a partner and returns their ids.
func (b *builder) hire(partner string, roles ...string) []string {
	if _, ok := b.index[partner]; !ok {
		panic("hire at unknown partner " + partner)
	}
	var ids []string
	for _, role := range roles {
		id := pid(len(b.c.People) + 1)
		b.c.People = append(b.c.People, Person{ID: id, Partner: partner, Role: role, Name: b.names.next()})
		b.staff[partner] = append(b.staff[partner], id)
		ids = append(ids, id)
	}
	return ids
}

func pid(n int) string {
	return "p" + string([]byte{byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)})
}

func (b *builder) object(id, name, origin, description string) {
	b.c.Objects = append(b.c.Objects, Object{id, name, origin, description})
}

func (b *builder) target(a, c string, depth int) {
	b.c.Targets = append(b.c.Targets, Target{a, c, depth})
}

// closed lists the Belgian public holidays that fall on fixed dates, as
// month*100+day; offices are closed then.
var closed = map[int]bool{101: true, 501: true, 721: true, 815: true, 1101: true, 1111: true, 1225: true}

// workday moves a day off a weekend or holiday: to the next open day, or
// to the previous one at the end of the case.
func (b *builder) workday(day int) int {
	open := func(d int) bool {
		t := b.c.Start.AddDate(0, 0, d)
		wd := t.Weekday()
		return wd != time.Saturday && wd != time.Sunday && !closed[int(t.Month())*100+t.Day()]
	}
	for d := day; d < b.days; d++ {
		if open(d) {
			return d
		}
	}
	for d := day; d > 0; d-- {
		if open(d) {
			return d
		}
	}
	return day
}

func (b *builder) event(e Event) {
	e.Day = b.workday(e.Day)
	if e.Count == 0 {
		e.Count = 1
	}
	all := append([]string{e.From}, e.With...)
	for i, p := range all {
		if _, ok := b.index[p]; !ok {
			panic("event with unknown partner " + p)
		}
		if slices.Contains(all[:i], p) {
			panic("event with repeated partner " + p)
		}
	}
	b.c.Events = append(b.c.Events, e)
}

// tie is the rule for one pair of partners: how deep they go, how often they
// meet, when, around which object and through whom.
type tie struct {
	a, b     string
	depth    int // highest rung the pair reaches
	n        int // event rows
	from, to int // day window [from, to); to 0 means the end of the case
	object   string
	// objectShare is the share of events at rung >= 3 that carry object
	// (1 when zero and object is set).
	objectShare float64
	// carriers restricts who attends for a side; deepOnly limits that
	// restriction to events at rung >= 3.
	carriers map[string][]string
	deepOnly bool
	// initA is the share of events initiated by a; 0 means half.
	initA float64
	// lateDeep pushes the deep events towards the end of the window, so the
	// tie is seen to deepen over time.
	lateDeep bool
}

// tieRung draws the rung of one event of a tie of the given depth: half of
// the events sit at the tie's own depth, the rest lower, rising with the rung
// (most pairs that refer also keep exchanging information).
func (b *builder) tieRung(depth int) int {
	if depth <= 1 {
		return 1
	}
	if b.r.Float64() < 0.5 {
		return depth
	}
	total := 0
	for r := 1; r < depth; r++ {
		total += r
	}
	x := b.r.IntN(total)
	for r := 1; r < depth; r++ {
		if x < r {
			return r
		}
		x -= r
	}
	return depth - 1
}

func (b *builder) kind(rung int) string {
	ks := kindsByRung[rung]
	total := 0
	for _, k := range ks {
		total += k.w
	}
	x := b.r.IntN(total)
	for _, k := range ks {
		if x < k.w {
			return k.kind
		}
		x -= k.w
	}
	return ks[len(ks)-1].kind
}

func (b *builder) pick(ids []string) string { return ids[b.r.IntN(len(ids))] }

// attendee picks who attends for a partner: a carrier when the rule names
// them, else anyone of its staff.
func (b *builder) attendee(partner string, carriers map[string][]string, deep, deepOnly bool) string {
	if c, ok := carriers[partner]; ok && (deep || !deepOnly) {
		return b.pick(c)
	}
	if s := b.staff[partner]; len(s) > 0 {
		return b.pick(s)
	}
	return ""
}

// addTie turns a tie rule into events: an introduction at the start of the
// window, then n-1 events at rungs drawn by tieRung.
func (b *builder) addTie(t tie) {
	to := t.to
	if to == 0 {
		to = b.days
	}
	span := to - t.from
	initA := t.initA
	if initA == 0 {
		initA = 0.5
	}
	for i := 0; i < t.n; i++ {
		rung := 1
		day := t.from + b.r.IntN(max(1, span/8))
		if i > 0 {
			rung = b.tieRung(t.depth)
			day = t.from + b.r.IntN(span)
			if t.lateDeep && rung >= 3 {
				// Deep events come in the last part of the window.
				day = t.from + span/2 + b.r.IntN(span-span/2)
			}
		}
		from, with := t.a, t.b
		if b.r.Float64() >= initA {
			from, with = t.b, t.a
		}
		kind := b.kind(rung)
		deep := rung >= 3
		e := Event{Day: day, From: from, With: []string{with}, Kind: kind, Count: 1}
		if t.object != "" && deep && (t.objectShare == 0 || b.r.Float64() < t.objectShare) {
			e.Object = t.object
		}
		if p := b.attendee(from, t.carriers, deep, t.deepOnly); p != "" {
			e.People = append(e.People, p)
		}
		if b.r.Float64() < 0.7 || deep {
			if p := b.attendee(with, t.carriers, deep, t.deepOnly); p != "" {
				e.People = append(e.People, p)
			}
		}
		if rung == 3 && b.r.Float64() < 0.3 {
			// A month's referrals on one row.
			e.Count = 2 + b.r.IntN(4)
		}
		b.event(e)
	}
}

// gathering is the rule for group events: network meetings, info sessions,
// trainings or case consultations hosted by one partner for some of a pool.
type gathering struct {
	host     string   // "" picks a host from the pool each time
	pool     []string // who may take part
	min, max int      // participants besides the host
	n        int
	kinds    []string
	from, to int
	object   string
	// carriers restricts who attends for some partners.
	carriers map[string][]string
	always   []string // pool members present at every event
}

func (b *builder) addGathering(g gathering) {
	to := g.to
	if to == 0 {
		to = b.days
	}
	for i := 0; i < g.n; i++ {
		host := g.host
		if host == "" {
			host = b.pick(g.pool)
		}
		k := g.min + b.r.IntN(g.max-g.min+1)
		var with []string
		for _, a := range g.always {
			if a != host {
				with = append(with, a)
			}
		}
		cand := make([]string, 0, len(g.pool))
		for _, p := range g.pool {
			if p != host && !slices.Contains(with, p) {
				cand = append(cand, p)
			}
		}
		b.r.Shuffle(len(cand), func(i, j int) { cand[i], cand[j] = cand[j], cand[i] })
		for _, p := range cand {
			if len(with) >= k {
				break
			}
			with = append(with, p)
		}
		if len(with) == 0 {
			continue
		}
		// Keep the with-list in pool order, as a secretary would list them.
		slices.SortFunc(with, func(x, y string) int { return b.index[x] - b.index[y] })
		e := Event{Day: g.from + b.r.IntN(to-g.from), From: host, With: with, Kind: g.kinds[b.r.IntN(len(g.kinds))], Object: g.object, Count: 1}
		for _, p := range append([]string{host}, with...) {
			if b.r.Float64() < 0.8 {
				if q := b.attendee(p, g.carriers, true, false); q != "" {
					e.People = append(e.People, q)
				}
			}
		}
		b.event(e)
	}
}

// finish sorts the events by day, keeping the order of rules within a day.
func (b *builder) finish() *Case {
	slices.SortStableFunc(b.c.Events, func(x, y Event) int { return x.Day - y.Day })
	return b.c
}

// pairs returns every unordered pair of ids, in order.
func pairs(ids []string) [][2]string {
	var out [][2]string
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			out = append(out, [2]string{ids[i], ids[j]})
		}
	}
	return out
}

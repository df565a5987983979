package graph

import (
	"strconv"
	"strings"
	"time"
)

// Options control Read. The zero value reads with the built-in fallback
// vocabulary (rungs by number only) and the default limits.
type Options struct {
	// Vocabulary is called once with the [depth] table of case.toml (zero
	// value if none) and returns the vocabulary that resolves kinds and
	// rungs. An error becomes a problem on case.toml, and reading goes on
	// with the vocabulary of an empty DepthConfig.
	Vocabulary func(DepthConfig) (Vocabulary, error)
	// AsOf, if non-zero, overrides case.toml's as_of (its civil date counts).
	AsOf time.Time
	// Today is the date events are checked against when no as-of date is
	// given (the event_after_today warning, see asof.go); zero means the
	// machine's date. That warning is returned with the problems but never
	// put in Case.Warnings (see ClockProblem), so no output depends on it.
	Today time.Time

	// The limits a user may need to raise (see limits.go for all of them
	// and why); 0 means the default. A file, row or event beyond one is an
	// error that states the limit.

	// MaxFileBytes bounds every input file (bytes); 0 means
	// DefaultMaxFileBytes, 512 MiB.
	MaxFileBytes int64
	// MaxFieldBytes bounds every field (bytes); 0 means 64 KiB.
	MaxFieldBytes int
	// MaxRows bounds the data rows of one file; 0 means DefaultMaxRows.
	MaxRows int
	// MaxEventPartners bounds the partners of one event (from and with
	// together); 0 means DefaultMaxEventPartners.
	MaxEventPartners int
	// MaxPairs bounds the pairs of partners all events make together (an
	// event of k partners makes k(k-1)/2); 0 means the larger of
	// DefaultMinPairs and DefaultPairsPerRow per row of the events table.
	MaxPairs int64

	// PartnersOnly is for a command that needs only the partners of a
	// case (gbo survey make, which makes the forms that collect the
	// ratings): a case with partners and neither interactions nor ratings
	// is then no error (no_events_or_ratings).
	PartnersOnly bool
}

const (
	// problemCap is how many problems of one code one file reports; the
	// rest are counted in one "more_problems" problem, so a million bad
	// rows do not make a million lines.
	problemCap = 100
)

// reader holds the state of one Read.
type reader struct {
	// headers are the header rows of the tables read, by their file
	// label (Pos.File), for Problem.Header.
	headers map[string][]string
	src     *Source
	opt     Options
	lim     limits
	vocab   Vocabulary
	c       *Case
	probs   Problems
	counts  map[capKey]int

	partners     map[string]int32 // id -> index in c.Partners
	havePartners bool
	used         []bool
	sectors      map[string]string // lower-cased sector -> its spelling
	objects      map[string]string // object id -> id, object name (lower) -> id
	haveObjects  bool
	people       map[string]int32
	havePeople   bool
	strs         map[string]string // interned strings
	kinds        map[string]kindHit
	rungs        map[string]kindHit
	slab         []string // backing store for With and People lists
	suggested    map[string]string
	dates        map[string]time.Time
	date1904     bool            // the workbook counts dates from 1904
	seen         map[string]bool // see seenBefore
	partnerIDs   []string        // for "did you mean", with their folded forms
	foldedIDs    []string

	caseKeys    map[string]Pos // where case.toml / the case sheet set a key
	caseSheet   string         // a workbook's case sheet as named there (or the name it would have)
	coordinator string

	kindLists map[string][6]string // kindsByRungIn of vocab by language, see unknownKind

	hostile map[string]*hostileNote // characters dropped, per file
	folds   map[foldKey]*fold       // follow-on references, see fold.go
	pairs   int64                   // pair incidences of the events so far

	// Ids of partners, objects (ids and lower-cased names) and people
	// whose row had an error: known but broken, so that a row naming one
	// gets no false "unknown" problem on top of the one real error. A
	// table read only in part (a CSV syntax error, a quote never closed, a
	// line or sheet cut short, too many rows) counts every id as possibly
	// known, for the same reason.
	brokenPartners, brokenObjects, brokenPeople    map[string]bool
	partialPartners, partialObjects, partialPeople bool
}

type capKey struct{ file, code string }

type kindHit struct {
	name string
	rung int
	ok   bool
}

// Read reads the whole case. It never panics. It returns every problem found
// (errors and warnings, sorted) and the case, which is non-nil and possibly
// partial when there are errors; c.Warnings holds the warnings too. A row
// with an error is left out of the case; the rest of the file is still read.
// The id of a partner, object or person row left out stays known (and every
// id, when such a table could be read only in part), so the rows naming it
// get no second, false "unknown" problem: the one real error is enough.
//
// Positions: Pos.File is the file as the user named it (folder/partners.csv,
// book.xlsx:Sheet, sample:NAME/partners.csv); Line is the physical line
// where the cell starts (after multi-line quoted fields too) or the sheet
// row; Col is the 1-based column number, as a spreadsheet counts, except for
// bad_csv, where it is encoding/csv's byte column, and unclosed_quote and
// line_too_long, where it counts characters within the line (as a text
// editor does); not_utf8 names the field that holds the byte, and the
// line where that field starts. Col 0 means the whole
// line (a missing column: the header line) and Line 0 the whole file.
// Problems of one code in one file stop at 100; one more_problems problem
// then counts the rest.
//
// Safety: only regular files inside a folder are read (links that stay
// inside are followed; others, pipes and devices are skipped with a
// problem, never opened or read); every limit of limits.go is checked
// before the work it bounds; control characters (but tab and newline) and
// bidirectional embeddings, overrides and isolates are dropped from every
// field, with one hostile_chars warning per file.
func Read(src *Source, opt Options) (*Case, Problems) {
	r := &reader{
		src:       src,
		opt:       opt,
		c:         &Case{Label: src.Label()},
		counts:    map[capKey]int{},
		partners:  map[string]int32{},
		sectors:   map[string]string{},
		objects:   map[string]string{},
		people:    map[string]int32{},
		strs:      map[string]string{},
		kinds:     map[string]kindHit{},
		rungs:     map[string]kindHit{},
		suggested: map[string]string{},
		dates:     map[string]time.Time{},
		caseKeys:  map[string]Pos{},
		lim:       newLimits(opt),
	}
	r.brokenPartners, r.brokenObjects, r.brokenPeople = map[string]bool{}, map[string]bool{}, map[string]bool{}
	if src == nil {
		r.fail(Pos{}, "case_not_found", "")
		return r.finish()
	}
	if src.isBook() {
		r.readBook()
	} else {
		r.readFolder()
	}
	return r.finish()
}

// finish adds the summaries of capped problems, sorts, and fills Warnings.
func (r *reader) finish() (*Case, Problems) {
	r.reportHostile()
	r.probs = append(r.probs, r.foldProblems()...)
	for k, n := range r.counts {
		if n > problemCap {
			sev := Error
			if isWarningCode(k.code) {
				sev = Warning
			}
			r.probs = append(r.probs, Problem{Pos: Pos{File: k.file}, Severity: sev,
				Code: "more_problems", Args: []string{strconv.Itoa(n - problemCap), k.code}})
		}
	}
	if len(r.c.Events) == 0 {
		r.c.Events = nil // the same for every source, whatever was preallocated
	}
	for i := range r.probs {
		p := &r.probs[i]
		if h := r.headers[p.Pos.File]; p.Pos.Col > 0 && p.Pos.Col <= len(h) {
			p.Header = strings.TrimSpace(h[p.Pos.Col-1])
		}
	}
	r.probs.Sort()
	for _, p := range r.probs {
		if p.Severity == Warning && !ClockProblem(p) {
			r.c.Warnings = append(r.c.Warnings, p)
		}
	}
	return r.c, r.probs
}

func isWarningCode(code string) bool {
	switch code {
	case "unknown_column", "duplicate_column", "unknown_key", "event_after_asof", "events_after_asof",
		"asof_far_beyond", "event_after_today", "events_after_today", "self_tie", "unused_partner", "unknown_object", "unknown_person", "unknown_sector",
		"hostile_chars", "not_utf8", "not_utf8_bom":
		return true
	}
	return false
}

// full reports whether file already has its share of problems of code.
func (r *reader) full(file, code string) bool { return r.counts[capKey{file, code}] >= problemCap }

func (r *reader) add(p Problem) {
	k := capKey{p.Pos.File, p.Code}
	r.counts[k]++
	if r.counts[k] > problemCap {
		return
	}
	p.Args = safeArgs(p.Args)
	for l, a := range p.langArgs {
		p.langArgs[l] = safeArgs(a)
	}
	r.probs = append(r.probs, p)
}

// fail reports an error at pos.
func (r *reader) fail(pos Pos, code string, args ...string) {
	r.add(Problem{Pos: pos, Severity: Error, Code: code, Args: args})
}

// warn reports a warning at pos.
func (r *reader) warn(pos Pos, code string, args ...string) {
	r.add(Problem{Pos: pos, Severity: Warning, Code: code, Args: args})
}

// intern returns one shared copy of s, so that a million rows naming the
// same object hold one string, not a million.
func (r *reader) intern(s string) string {
	if v, ok := r.strs[s]; ok {
		return v
	}
	v := strings.Clone(s)
	r.strs[v] = v
	return v
}

// list copies items into the shared slab and returns them as a slice with
// its own capacity, so a million events do not make a million small
// allocations.
func (r *reader) list(items []string) []string {
	if len(items) == 0 {
		return nil
	}
	if cap(r.slab)-len(r.slab) < len(items) {
		r.slab = make([]string, 0, max(4096, len(items)))
	}
	start := len(r.slab)
	r.slab = append(r.slab, items...)
	return r.slab[start:len(r.slab):len(r.slab)]
}

// kind resolves an event kind through the vocabulary, once per spelling.
func (r *reader) kind(s string) kindHit {
	if h, ok := r.kinds[s]; ok {
		return h
	}
	name, rung, ok := r.vocab.Kind(s)
	h := kindHit{name: r.intern(name), rung: rung, ok: ok}
	r.kinds[strings.Clone(s)] = h
	return h
}

// rung resolves a depth by number or name, once per spelling.
func (r *reader) rung(s string) (int, bool) {
	if h, ok := r.rungs[s]; ok {
		return h.rung, h.ok
	}
	n, ok := r.vocab.Rung(s)
	if ok && (n < 0 || n > 5) {
		ok = false
	}
	r.rungs[strings.Clone(s)] = kindHit{rung: n, ok: ok}
	return n, ok
}

// partner resolves a partner id in field f of the current record of t; an
// unknown one is reported there with a "did you mean". Without partners.csv
// every id is taken as given.
func (r *reader) partner(id string, t *table, f int) (string, int32, bool) {
	if !r.havePartners {
		return r.intern(id), -1, true
	}
	if i, ok := r.partners[id]; ok {
		return r.c.Partners[i].ID, i, true
	}
	return r.unknownPartner(id, t.cell(f))
}

// partnerAt is partner for an id found at pos.
func (r *reader) partnerAt(id string, pos Pos) (string, int32, bool) {
	if !r.havePartners {
		return r.intern(id), -1, true
	}
	if i, ok := r.partners[id]; ok {
		return r.c.Partners[i].ID, i, true
	}
	return r.unknownPartner(id, pos)
}

// unknownPartner reports an id partners.csv does not hold at pos, unless
// its own row had the error (or the table was read only in part).
func (r *reader) unknownPartner(id string, pos Pos) (string, int32, bool) {
	if r.partialPartners || r.brokenPartners[id] {
		return "", -1, false
	}
	if r.followOn(pos, "unknown_partner", id) {
		return "", -1, false
	}
	if !r.full(pos.File, "unknown_partner") {
		p := Problem{Pos: pos, Severity: Error, Code: "unknown_partner", Args: []string{id},
			Suggest: r.suggestPartner(id)}
		r.add(p)
		r.firstRef(p, id)
	} else {
		r.counts[capKey{pos.File, "unknown_partner"}]++
	}
	return "", -1, false
}

func (r *reader) suggestPartner(id string) string {
	if s, ok := r.suggested[id]; ok {
		return s
	}
	// The ids of rows refused for an error are candidates too: the user
	// who typed "ocmw-gent" for a partner whose row has a bad cell is
	// pointed at "ocmw_gent", whose own error is listed first.
	if len(r.partnerIDs) != len(r.c.Partners)+len(r.brokenPartners) {
		r.partnerIDs = make([]string, 0, len(r.c.Partners)+len(r.brokenPartners))
		for _, p := range r.c.Partners {
			r.partnerIDs = append(r.partnerIDs, p.ID)
		}
		for id := range r.brokenPartners {
			r.partnerIDs = append(r.partnerIDs, id)
		}
		r.foldedIDs = make([]string, len(r.partnerIDs))
		for i, id := range r.partnerIDs {
			r.foldedIDs[i] = foldID(id)
		}
	}
	s := suggestFolded(id, r.partnerIDs, r.foldedIDs)
	if len(r.suggested) < 10000 {
		r.suggested[strings.Clone(id)] = s
	}
	return s
}

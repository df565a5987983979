package graph

import (
	"math"
	"strconv"
	"strings"
	"time"

	"gbo/graph/locale"
)

// afterAsOf counts the events of one file dated after as_of, for one
// warning per file instead of one per row.
type afterAsOf struct {
	n     int
	first Pos
	date  time.Time
}

// readInteractions reads interactions.csv. This is the file that grows to a
// million rows, so the loop allocates nothing per row beyond the Event
// (and the record string encoding/csv makes): ids, kinds and objects are
// looked up in maps keyed by the field itself and the stored strings are
// shared; With and People lists live in a shared slab.
func (r *reader) readInteractions(t *table) {
	lay, ok := r.mapHeader(t, interactionColumns, false)
	if !ok {
		return
	}
	if lay.at[iPeople] >= 0 {
		r.c.HasPeople = true
	}
	if r.c.Events == nil && t.rowsHint > 0 {
		r.c.Events = make([]Event, 0, min(t.rowsHint, 1<<22))
	}
	var (
		late    afterAsOf
		dates   = latestDates{today: r.today()} // for checkAsOf
		today   = dates.today
		scratch []string
		people  []string
	)
	var (
		fromCol, withCol, kindCol = lay.at[iFrom], lay.at[iWith], lay.at[iKind]
		countCol, objectCol       = lay.at[iCount], lay.at[iObject]
		peopleCol, dateCol        = lay.at[iPeople], lay.at[iDate]
		withIdx                   []int32
		firstEvent                = len(r.c.Events)
	)
	r.records(t, func(rec []string) {
		// An event of k partners makes k(k-1)/2 pairs: bound k before
		// anything is looked up.
		withText := field(rec, withCol)
		if n := countList(withText) + 1; n > r.lim.eventPartners {
			r.fail(t.cell(withCol), "too_many_event_partners", Thousands(int64(n)), Thousands(int64(r.lim.eventPartners)))
			return
		}
		ok := true
		date, dok := r.dateCell(t, rec, dateCol)
		ok = ok && dok
		from := field(rec, fromCol)
		fromIdx := int32(-1)
		if from == "" {
			r.fail(t.cell(fromCol), "empty_value", t.colName(fromCol, "from"))
			ok = false
		} else if id, i, pok := r.partner(from, t, fromCol); pok {
			from, fromIdx = id, i
		} else {
			ok = false
		}
		scratch, withIdx = scratch[:0], withIdx[:0]
		self := false
		splitList(withText, func(item string) {
			id, i, pok := r.partner(item, t, withCol)
			switch {
			case !pok:
				ok = false
			case id == from:
				self = true
			case !r.seenBefore(scratch, id):
				scratch = append(scratch, id)
				withIdx = append(withIdx, i)
			}
		})
		if withText == "" || len(scratch) == 0 && !self && ok {
			r.fail(t.cell(withCol), "empty_value", t.colName(withCol, "with"))
			ok = false
		}
		if self {
			r.warn(t.cell(withCol), "self_tie", from)
		}
		kindRaw := field(rec, kindCol)
		var kh kindHit
		if kindRaw == "" {
			r.fail(t.cell(kindCol), "empty_value", t.colName(kindCol, "kind"))
			ok = false
		} else if kh = r.kind(kindRaw); !kh.ok {
			r.unknownKind(t.cell(kindCol), kindRaw)
			ok = false
		}
		count := 1
		if s := field(rec, countCol); s != "" {
			n, cok := r.countCell(t.cell(countCol), s)
			ok = ok && cok
			count = n
		}
		object := field(rec, objectCol)
		if object != "" {
			if r.checkChars(t.cell(objectCol), object, maxNameChars, t.colName(objectCol, "object")) {
				object = r.object(object, t, objectCol)
			} else {
				ok = false
			}
		}
		people = people[:0]
		splitList(field(rec, peopleCol), func(item string) {
			if !r.checkChars(t.cell(peopleCol), item, maxIDChars, t.colName(peopleCol, "person id")) {
				ok = false
				return
			}
			id := r.intern(item)
			if r.havePeople && !r.partialPeople && !r.brokenPeople[id] {
				if _, known := r.people[id]; !known {
					r.unknownRef(t.cell(peopleCol), "unknown_person", id)
				}
			}
			if !r.seenBefore(people, id) {
				people = append(people, id)
			}
		})
		if !ok || len(scratch) == 0 {
			return
		}
		k := int64(len(scratch) + 1)
		r.pairs += k * (k - 1) / 2
		if fromIdx >= 0 {
			r.used[fromIdx] = true
			for _, i := range withIdx {
				r.used[i] = true
			}
		}
		if !r.c.AsOf.IsZero() && date.After(r.c.AsOf) {
			if late.n == 0 {
				late.first, late.date = t.cell(dateCol), date
			}
			late.n++
		}
		if r.c.AsOf.IsZero() && (date.After(dates.before) || date.After(today)) {
			dates.add(date, t.cell(dateCol))
		}
		r.c.Events = append(r.c.Events, Event{
			Date: date, From: from, With: r.list(scratch), Kind: kh.name, Rung: kh.rung,
			Object: object, People: r.list(people), Count: count,
			Pos: Pos{File: t.file, Line: t.rows.line(fromCol), Col: fromCol + 1},
		})
	})
	r.reportLate(late)
	r.checkAsOf(&dates)
	// The bound on pairs is known once the rows are counted; it is checked
	// here, before any scoring, and no events are kept beyond it.
	if limit := r.lim.pairLimit(t.rowsRead); r.pairs > limit {
		// Name the event that went over: the one a user may look at first.
		at, sum := Pos{File: t.file}, int64(0)
		for _, e := range r.c.Events[firstEvent:] {
			k := int64(len(e.With) + 1)
			if sum += k * (k - 1) / 2; sum > limit {
				at = Pos{File: t.file, Line: e.Pos.Line, Col: withCol + 1}
				break
			}
		}
		r.fail(at, "too_many_pairs", Thousands(r.pairs), Thousands(limit))
		r.c.Events = r.c.Events[:firstEvent]
	}
}

// countList counts the non-empty items of a "|"-separated list.
func countList(s string) int {
	n := 0
	splitList(s, func(string) { n++ })
	return n
}

// countCell reads the count of an event: a whole number from 1 to maxCount.
func (r *reader) countCell(pos Pos, s string) (int, bool) {
	if n, ok := parseWhole(s); ok && n >= 1 && n <= maxCount {
		return n, true
	}
	f, ok := parseNumber(s)
	switch {
	case !ok || f != math.Trunc(f) || f < 1:
		r.fail(pos, "bad_count", s)
		return 0, false
	case f > maxCount:
		r.fail(pos, "count_too_large", s, Thousands(maxCount))
		return 0, false
	}
	return int(f), true
}

// containsStr reports whether list holds s.
func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// seenBefore reports whether id is already in list, the items of one cell
// so far. Short lists are searched; past 64 items a set takes over, so a
// cell naming thousands of ids stays linear.
func (r *reader) seenBefore(list []string, id string) bool {
	if len(list) < 64 {
		return containsStr(list, id)
	}
	if len(list) == 64 || r.seen == nil {
		r.seen = make(map[string]bool, 128)
		for _, x := range list {
			r.seen[x] = true
		}
	}
	if r.seen[id] {
		return true
	}
	r.seen[id] = true
	return false
}

// reportLate gives the one warning of a file about events after as_of.
func (r *reader) reportLate(late afterAsOf) {
	switch {
	case late.n == 1:
		r.warn(late.first, "event_after_asof", late.date.Format(time.DateOnly), r.c.AsOf.Format(time.DateOnly))
	case late.n > 1:
		r.warn(late.first, "events_after_asof", strconv.Itoa(late.n), r.c.AsOf.Format(time.DateOnly))
	}
}

// dateCell reads a date from field f: any form parseDate knows, or in a
// workbook a date serial.
func (r *reader) dateCell(t *table, rec []string, f int) (time.Time, bool) {
	s := field(rec, f)
	if s == "" {
		r.fail(t.cell(f), "empty_value", t.colName(f, "date"))
		return time.Time{}, false
	}
	d, ok := r.date(s)
	if !ok && t.book && isPlainNumber(s) {
		d, ok = excelSerialDate(s, t.date1904)
	}
	if !ok {
		r.add(dateProblem(t.cell(f), s))
	}
	return d, ok
}

// unknownKind reports an unknown event kind with the closest known name,
// the kinds of the model by rung (kindsByRung) and how to add one.
func (r *reader) unknownKind(pos Pos, s string) {
	p := Problem{Pos: pos, Severity: Error, Code: "unknown_kind"}
	if r.followOn(pos, p.Code, strings.TrimSpace(s)) {
		return
	}
	if r.full(pos.File, p.Code) {
		r.add(p) // counted, not kept
		return
	}
	p.Suggest = suggest(s, r.vocab.Names())
	// The kinds by rung, and for a workbook (args 9 and 10) its settings
	// sheet and the kind as the key of a row there, in each language
	// (kinds_lang.go): the sheet as the workbook names it, else as the
	// language does.
	p.langArgs = map[string][]string{}
	for _, lang := range locale.Languages() {
		k := r.kindsByRungCached(lang)
		sheet := r.caseSheet
		if sheet == "" {
			sheet = locale.T(lang, "workbook.sheet_case")
		}
		p.langArgs[lang] = []string{s, k[0], k[1], k[2], k[3], k[4], k[5], strconv.Quote(strings.TrimSpace(s)),
			sheet, strings.TrimSpace(s)}
	}
	p.Args = p.langArgs[locale.Default]
	r.add(p)
	r.firstRef(p, strings.TrimSpace(s))
}

// kindsByRungCached is kindsByRungIn(r.vocab, lang), computed once per
// language and kept: a file may report up to problemCap unknown kinds,
// each in every language. The vocabulary is set (setVocabulary) before
// any event is read and does not change after.
func (r *reader) kindsByRungCached(lang string) [6]string {
	if k, ok := r.kindLists[lang]; ok {
		return k
	}
	if r.kindLists == nil {
		r.kindLists = map[string][6]string{}
	}
	k := kindsByRungIn(r.vocab, lang)
	r.kindLists[lang] = k
	return k
}

// object resolves an event's object to the id of a row of objects.csv (by
// id, or by its unambiguous name). An object objects.csv lacks is kept as a
// free name and, when objects.csv exists, warned about (its later rows
// folded into that warning, see fold.go).
func (r *reader) object(s string, t *table, f int) string {
	if id, ok := r.objects[s]; ok {
		return id
	}
	if id, ok := r.objects[strings.ToLower(s)]; ok {
		return id
	}
	s = r.intern(s)
	if r.haveObjects && !r.partialObjects && !r.brokenObjects[s] && !r.brokenObjects[strings.ToLower(s)] {
		r.unknownRef(t.cell(f), "unknown_object", s)
	}
	return s
}

// readTies reads ties.csv: one partner's rating of its tie with another.
func (r *reader) readTies(t *table) {
	lay, ok := r.mapHeader(t, tieColumns, false)
	if !ok {
		return
	}
	r.records(t, func(rec []string) {
		var ids [2]string
		var idx [2]int32
		ok := true
		for k, col := range [2]int{lay.at[tFrom], lay.at[tTo]} {
			s := field(rec, col)
			if s == "" {
				r.fail(t.cell(col), "empty_value", t.colName(col, tieColumns[k].key))
				ok = false
				continue
			}
			id, i, pok := r.partner(s, t, col)
			ids[k], idx[k] = id, i
			ok = ok && pok
		}
		depth, dok := r.depthCell(t, rec, lay.at[tDepth], true)
		ok = ok && dok
		trust, tok := r.scoreCell(t, rec, lay.at[tTrust], "trust")
		value, vok := r.scoreCell(t, rec, lay.at[tValue], "value")
		ok = ok && tok && vok
		weight := 0.0
		if s := field(rec, lay.at[tWeight]); s != "" {
			w, wok := parseNumber(s)
			switch {
			case !wok:
				r.fail(t.cell(lay.at[tWeight]), "bad_number", s)
				ok = false
			case w <= 0:
				r.fail(t.cell(lay.at[tWeight]), "bad_weight", s)
				ok = false
			case w < minWeight || w > maxWeight:
				r.fail(t.cell(lay.at[tWeight]), "weight_out_of_range", s, "0.000001", Thousands(maxWeight))
				ok = false
			}
			weight = w
		}
		if !ok {
			return
		}
		if ids[0] == ids[1] {
			r.warn(t.cell(lay.at[tTo]), "self_tie", ids[0])
			return
		}
		for _, i := range idx {
			if i >= 0 {
				r.used[i] = true
			}
		}
		r.c.Ratings = append(r.c.Ratings, Rating{From: ids[0], To: ids[1], Depth: depth,
			Trust: trust, Value: value, Weight: weight, Pos: t.cell(lay.at[tFrom])})
	})
}

// scoreCell reads an optional PARTNER-style score, a whole number 1..4.
func (r *reader) scoreCell(t *table, rec []string, f int, name string) (int, bool) {
	s := field(rec, f)
	if s == "" {
		return 0, true
	}
	n, ok := parseWhole(s)
	if !ok || n < 1 || n > 4 {
		r.fail(t.cell(f), "bad_score", t.colName(f, name), s)
		return 0, false
	}
	return n, true
}

// date parses a date, remembering recent spellings: a million events fall
// on a few hundred days, and a map lookup is cheaper than building a time.
func (r *reader) date(s string) (time.Time, bool) {
	if d, ok := r.dates[s]; ok {
		return d, !d.IsZero()
	}
	d, ok := parseDate(s)
	if len(r.dates) < 1<<14 && len(s) <= 32 {
		r.dates[strings.Clone(s)] = d
	}
	return d, ok
}

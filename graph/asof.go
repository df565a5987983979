package graph

import (
	"strconv"
	"time"
)

// As-of dates that cannot mislead (issue 11, item 4).
//
// Without as_of (case.toml, the case sheet or Options.AsOf) a case is
// scored from its latest event. One mistyped year (2042 for 2024) would
// then age every other event by decades and drop nearly every tie to "no
// contact", silently. So when as_of is not given the reader warns:
//
//   - asof_far_beyond: the latest event lies more than AsOfGapDays days
//     after the latest event dated before it. This depends on the input
//     only, so it is an ordinary warning: in the returned problems and in
//     Case.Warnings, which the report and the compare page list.
//   - event_after_today (events_after_today): an event lies after today's date (Options.Today).
//     This depends on the clock, so it is returned with the problems (for
//     standard error) but never put in Case.Warnings, and ClockProblem
//     reports it, so that no output built from the problems depends on
//     the day it was made. It is left out when asof_far_beyond already
//     names the same event.
//
// Both name the file, line and column of the event's date, the as-of date
// it sets, and the fix: set as_of, or correct the date.

// AsOfGapDays is how far (in days) the latest event may lie after the
// event before it before the reader warns that it sets the as-of date.
const AsOfGapDays = 90

// ClockProblem reports whether p's text depends on the day gbo runs
// (event_after_today): such a problem goes to standard error only, never
// into an output, so that the same input gives the same bytes.
func ClockProblem(p Problem) bool {
	return p.Code == "event_after_today" || p.Code == "events_after_today"
}

// WithoutClock returns ps without the problems ClockProblem reports: the
// problems an output may carry.
func (ps Problems) WithoutClock() Problems {
	var out Problems
	for _, p := range ps {
		if !ClockProblem(p) {
			out = append(out, p)
		}
	}
	return out
}

// latestDates tracks, over the events of one file, the latest date (with
// the position of its first date cell), the latest date before it, and the
// latest date after today.
type latestDates struct {
	last, before time.Time
	lastAt       Pos
	future       int       // events dated after today
	futureFirst  time.Time // the latest of them (its first cell)
	futureAt     Pos
	today        time.Time // what "today" is for this file (reader.today)
}

// add notes one event's date, read at pos; l.today is zero when the clock
// is not checked.
func (l *latestDates) add(d time.Time, pos Pos) {
	today := l.today
	switch {
	case l.last.IsZero() || d.After(l.last):
		if !l.last.IsZero() {
			l.before = l.last
		}
		l.last, l.lastAt = d, pos
	case d.Before(l.last) && d.After(l.before):
		l.before = d
	}
	if !today.IsZero() && d.After(today) {
		l.future++
		if d.After(l.futureFirst) {
			l.futureFirst, l.futureAt = d, pos
		}
	}
}

// checkAsOf gives the warnings above for the events of one file, when the
// case gives no as-of date. It is called once per events table, after its
// rows.
func (r *reader) checkAsOf(l *latestDates) {
	if !r.c.AsOf.IsZero() || l.last.IsZero() {
		return
	}
	gap := false
	if !l.before.IsZero() {
		days := int(l.last.Sub(l.before).Hours() / 24)
		if days > AsOfGapDays {
			gap = true
			r.warn(l.lastAt, "asof_far_beyond", l.last.Format(time.DateOnly), Thousands(int64(days)),
				l.before.Format(time.DateOnly), strconv.Itoa(AsOfGapDays))
		}
	}
	if l.future > 0 && !(gap && l.futureAt == l.lastAt) {
		// Not through warn: this one never reaches Case.Warnings.
		p := Problem{Pos: l.futureAt, Severity: Warning, Code: "event_after_today",
			Args: []string{l.futureFirst.Format(time.DateOnly), l.today.Format(time.DateOnly), l.last.Format(time.DateOnly)}}
		if l.future > 1 {
			p.Code = "events_after_today"
			p.Args = append([]string{strconv.Itoa(l.future)}, p.Args...)
		}
		r.probs = append(r.probs, p)
	}
}

// today is the civil date of Options.Today, else of the machine's clock
// (its local date), at 00:00 UTC like every event date. It is read once
// per events table.
func (r *reader) today() time.Time {
	t := r.opt.Today
	if t.IsZero() {
		t = time.Now()
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

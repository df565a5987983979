package graph

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"
)

// asofCase generates a partnership unlike the samples (a youth-care
// network, its own ids and sectors) with n events on working days of
// 2023–2024 in a shuffled order, the date in the third column. extra rows
// (date strings) are put at the rows given by at (0-based among events).
// It returns the files and, for each extra row, its line in the file.
func asofCase(seed int64, n int, extra []string, at []int) (map[string]string, []int) {
	rng := rand.New(rand.NewSource(seed))
	ids := []string{"jh-oost", "cgg-noord", "school-12", "sportdienst", "kinderopvang-b", "politie-zone"}
	var p strings.Builder
	p.WriteString("id;name;sector\n")
	for i, id := range ids {
		fmt.Fprintf(&p, "%s;Partner %d;sector-%d\n", id, i, i%3)
	}
	start := time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC)
	var rows []string
	for range n {
		d := start.AddDate(0, 0, rng.Intn(700))
		a, b := rng.Intn(len(ids)), rng.Intn(len(ids)-1)
		if b >= a {
			b++
		}
		rows = append(rows, fmt.Sprintf("%s;%s;%s;referral", ids[a], ids[b], d.Format("02/01/2006")))
	}
	lines := make([]int, len(extra))
	for k, d := range extra {
		i := min(at[k], len(rows))
		rows = append(rows[:i], append([]string{fmt.Sprintf("%s;%s;%s;info_exchange", ids[0], ids[1], d)}, rows[i:]...)...)
		for j := range k {
			if lines[j] >= i+2 {
				lines[j]++
			}
		}
		lines[k] = i + 2
	}
	return map[string]string{
		"partners.csv":     p.String(),
		"interactions.csv": "from;with;date;kind\n" + strings.Join(rows, "\n") + "\n",
	}, lines
}

var asofToday = time.Date(2026, 11, 29, 15, 4, 5, 0, time.FixedZone("CET", 3600))

// A mistyped year (2042 for 2024, one row or several on that day) with no
// as_of is a warning at the date's cell that names the as-of date it sets,
// in both languages, and reaches Case.Warnings (the report's notes); the
// same event after today gives no second, clock-dependent warning.
func TestAsOfTypoYearWarns(t *testing.T) {
	for seed := int64(1); seed <= 20; seed++ {
		typo := []string{"14/03/2042"}
		if seed%3 == 0 {
			typo = append(typo, "2042-03-14")
		}
		at := []int{int(seed * 7 % 50), int(seed % 11)}
		files, lines := asofCase(seed, 50, typo, at[:len(typo)])
		c, ps := readMap(files, Options{Vocabulary: newFakeVocabulary, Today: asofToday})
		mustNoErrors(t, ps)
		got := only(ps, "asof_far_beyond")
		if len(got) != 1 {
			t.Fatalf("seed %d: want one asof_far_beyond, got %v", seed, ps)
		}
		p := got[0]
		first := lines[0]
		if len(lines) > 1 {
			first = min(lines[0], lines[1])
		}
		if baseFile(p.Pos) != "interactions.csv" || p.Pos.Line != first || p.Pos.Col != 3 {
			t.Errorf("seed %d: at %+v, want interactions.csv:%d:3", seed, p.Pos, first)
		}
		en, nl := p.Message("en"), p.Message("nl")
		for _, want := range []string{"2042-03-14", "as_of", "--as-of", "correct"} {
			if !strings.Contains(en, want) {
				t.Errorf("seed %d: %q lacks %q", seed, en, want)
			}
		}
		for _, want := range []string{"2042-03-14", "peildatum 2042-03-14", "verbeter", "as_of"} {
			if !strings.Contains(nl, want) {
				t.Errorf("seed %d: %q lacks %q", seed, nl, want)
			}
		}
		if len(only(c.Warnings, "asof_far_beyond")) != 1 {
			t.Errorf("seed %d: the warning is not among the case's warnings", seed)
		}
		for _, q := range ps {
			if ClockProblem(q) {
				t.Errorf("seed %d: a second, clock-dependent warning for the same event: %v", seed, q)
			}
		}
	}
}

// With as_of given (case.toml or Options.AsOf) nothing is warned: the date
// does not come from the events.
func TestAsOfGivenNoWarning(t *testing.T) {
	files, _ := asofCase(3, 30, []string{"14/03/2042"}, []int{5})
	for _, tc := range []struct {
		name  string
		files map[string]string
		opt   Options
	}{
		{"case.toml", with(files, "case.toml", "as_of = 2024-12-31\n"), Options{}},
		{"flag", files, Options{AsOf: time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)}},
	} {
		tc.opt.Vocabulary, tc.opt.Today = newFakeVocabulary, asofToday
		_, ps := readMap(tc.files, tc.opt)
		if n := len(only(ps, "asof_far_beyond")) + len(only(ps, "event_after_today")); n != 0 {
			t.Errorf("%s: as_of given, yet %v", tc.name, ps)
		}
	}
}

// A latest event within 90 days of the one before it, and a case of
// ratings only, are not warned about; 91 days are.
func TestAsOfNoFalseAlarm(t *testing.T) {
	for seed := int64(1); seed <= 20; seed++ {
		// Generated dates end by 2024-12-01; the latest is 90 days after
		// it (no warning) or 91 (a warning).
		for _, tc := range []struct {
			last string
			warn bool
		}{{"2025-03-01", false}, {"01/03/2025", false}, {"2025-03-02", true}} {
			files, _ := asofCase(seed, 40, []string{"2024-12-01", tc.last}, []int{int(seed), int(seed * 3)})
			_, ps := readMap(files, Options{Vocabulary: newFakeVocabulary, Today: asofToday})
			mustNoErrors(t, ps)
			if got := only(ps, "asof_far_beyond"); len(got) != map[bool]int{true: 1}[tc.warn] {
				t.Errorf("seed %d, latest %s: %v", seed, tc.last, ps)
			}
		}
	}
	files := map[string]string{
		"partners.csv": "id,name,sector\nx,X,a\ny,Y,b\nz,Z,a\n",
		"ties.csv":     "from,to,depth\nx,y,3\ny,x,2\nz,x,1\n",
	}
	_, ps := readMap(files, Options{Vocabulary: newFakeVocabulary, Today: asofToday})
	if len(ps) != 0 {
		t.Errorf("ratings only: %v", ps)
	}
}

// Events after today with no gap (a planned meeting, a year typed one too
// high for every row) warn on the returned problems only: never in
// Case.Warnings, so no output depends on the day gbo runs; without such
// events, the problems do not depend on today at all.
func TestAsOfAfterTodayIsClockOnly(t *testing.T) {
	files, lines := asofCase(5, 30, []string{"2024-12-20", "2025-01-10"}, []int{3, 9})
	today := time.Date(2024, 12, 15, 23, 0, 0, 0, time.UTC)
	c, ps := readMap(files, Options{Vocabulary: newFakeVocabulary, Today: today})
	mustNoErrors(t, ps)
	got := only(ps, "events_after_today")
	if len(got) != 1 || got[0].Pos.Line != lines[1] || got[0].Pos.Col != 3 {
		t.Fatalf("want one events_after_today at line %d col 3, got %v", lines[1], ps)
	}
	for _, want := range []string{"2025-01-10", "2024-12-15", "as-of date 2025-01-10"} {
		if !strings.Contains(got[0].Message("en"), want) {
			t.Errorf("%q lacks %q", got[0].Message("en"), want)
		}
	}
	if !strings.Contains(got[0].Message("nl"), "peildatum 2025-01-10") {
		t.Errorf("Dutch: %q", got[0].Message("nl"))
	}
	if !ClockProblem(got[0]) || len(ps.WithoutClock()) != len(ps)-1 {
		t.Error("not marked as depending on the clock")
	}
	for _, w := range c.Warnings {
		if ClockProblem(w) {
			t.Errorf("clock warning in Case.Warnings: %v", w)
		}
	}
	// One event after today: the singular message.
	files1, lines1 := asofCase(6, 30, []string{"2024-12-20"}, []int{4})
	_, ps1 := readMap(files1, Options{Vocabulary: newFakeVocabulary, Today: today})
	if g := only(ps1, "event_after_today"); len(g) != 1 || g[0].Pos.Line != lines1[0] {
		t.Errorf("one event after today: %v", ps1)
	}
	// Another day, before every event: the same problems, byte for byte,
	// once the clock's are left out.
	_, later := readMap(files, Options{Vocabulary: newFakeVocabulary, Today: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)})
	if sprint(later) != sprint(ps.WithoutClock()) {
		t.Errorf("problems depend on the day:\n%v\n%v", later, ps.WithoutClock())
	}
}

package main

import (
	"encoding/json"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// ratingsCase is a case whose ties.csv rates p1–p2 from both sides with
// different rungs, trust, value and weights, p1–p3 from one side only
// (no value), and p3–p4 from both sides (one weight missing) where events
// tie p3 and p4 too.
func ratingsCase(t *testing.T, combine, lang string) (dir, tiesCSV string) {
	t.Helper()
	tiesCSV = "from,to,depth,trust,value,weight\n" +
		"p1,p2,4,3,1,0.8\n" +
		"p2,p1,1,2,4,0.3\n" +
		"p1,p3,2,4,,0.5\n" +
		"p3,p4,1,2,3,0.4\n" +
		"p4,p3,3,1,2,\n"
	dir = writeCaseDir(t, map[string]string{
		"case.toml":    "name = \"ratings\"\nlanguage = \"" + lang + "\"\nas_of = \"2024-12-31\"\n[depth]\ncombine = \"" + combine + "\"\n",
		"partners.csv": "id,name,sector,core\np1,Een,OCMW,yes\np2,Twee,CAW,yes\np3,Drie,school,no\np4,Vier,sport,no\n",
		"interactions.csv": "date,from,with,kind\n2024-11-01,p3,p4,joint_training\n2024-12-01,p4,p3,joint_training\n" +
			"2024-12-10,p3,p4,info_exchange\n",
		"ties.csv": tiesCSV,
	})
	return dir, tiesCSV
}

// tieRatingsJSON is one tie of `gbo ties --format json` as far as the
// ratings go.
type tieRatingsJSON struct {
	A, B        string
	Depth       int
	DepthEvents *int `json:"depth_events"`
	DepthSurvey *int `json:"depth_survey"`
	Ratings     map[string]struct {
		Depth        int
		Trust, Value *int
		Weight       *float64
	}
}

// figure reads a printed figure ("3", "0.8", "0,8" in Dutch, "–" for
// none) as a number; ok is false for "–".
func figure(t *testing.T, s string) (float64, bool) {
	t.Helper()
	if s == "–" {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil {
		t.Fatalf("figure %q: %v", s, err)
	}
	return v, true
}

// sameFigure checks a printed figure against a value (nil: not given).
func sameFigure(t *testing.T, what, printed string, want *float64) {
	t.Helper()
	got, ok := figure(t, printed)
	switch {
	case want == nil && ok:
		t.Errorf("%s: printed %s, want none (–)", what, printed)
	case want != nil && !ok:
		t.Errorf("%s: printed –, want %g", what, *want)
	case want != nil && math.Abs(got-*want) > 1e-9:
		t.Errorf("%s: printed %s, want %g", what, printed, *want)
	}
}

func intFig(p *int) *float64 {
	if p == nil {
		return nil
	}
	v := float64(*p)
	return &v
}

// csvFigure is field col of ties.csv's line (1 is the header) as a
// number, nil where empty.
func csvFigure(t *testing.T, tiesCSV string, line, col int) *float64 {
	t.Helper()
	rows := strings.Split(tiesCSV, "\n")
	f := strings.Split(rows[line-1], ",")[col]
	if f == "" {
		return nil
	}
	v, err := strconv.ParseFloat(f, 64)
	if err != nil {
		t.Fatal(err)
	}
	return &v
}

// combined is the combine rule applied by the test's own hand to two
// figures, nil where not given (a figure given by one side is taken).
func combined(rule string, a, b *float64) *float64 {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	v := math.Min(*a, *b)
	switch rule {
	case "max":
		v = math.Max(*a, *b)
	case "mean":
		v = (*a + *b) / 2
	}
	return &v
}

var (
	ratingLine = regexp.MustCompile(`(?m)^  (\S+) (?:rates|beoordeelt) (\S+): (?:rung|trede) (\d) \([^)]*\), (?:trust|vertrouwen) (\S+), (?:value|waarde) (\S+) \(ties\.csv:(\d+)\), (?:weight|gewicht) (\S+)$`)
	surveyLine = regexp.MustCompile(`(?m)^  (?:survey depth|diepte volgens de bevraging) (\d) \([^)]*\), (?:trust|vertrouwen) (\S+), (?:value|waarde) (\S+), (?:weight|gewicht) (\S+): (.*)$`)
	deeperLine = regexp.MustCompile(`(?m)^  (?:the events give rung|de gebeurtenissen geven trede) (\d), (?:the ratings rung|de beoordelingen trede) (\d): .* (\d)$`)
	weightLine = regexp.MustCompile(`(?m)^  (?:weight in the network|gewicht in het netwerk): (\S+) `)
)

// TestExplainShowsBothRatingsAndTheirCombination: `ties --explain A,B`
// prints each side's rating (rung, trust, value, weight) as ties.csv and
// the ties JSON `ratings` give it, and the rating the combine rule makes
// of them (min, max and mean, checked against the rule applied by hand),
// for a tie rated by both sides, one rated by one side, and one with
// events too (where the tie takes the deeper of events and ratings); the
// weight in the network is the combined weight (metrics JSON).
func TestExplainShowsBothRatingsAndTheirCombination(t *testing.T) {
	for _, tc := range []struct{ rule, lang string }{{"min", "en"}, {"max", "en"}, {"mean", "en"}, {"mean", "nl"}} {
		dir, tiesCSV := ratingsCase(t, tc.rule, tc.lang)
		js, stderr, code := runGBO(t, "ties", dir, "--format", "json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.rule, code, stderr)
		}
		var doc struct{ Ties []tieRatingsJSON }
		if err := json.Unmarshal([]byte(js), &doc); err != nil {
			t.Fatal(err)
		}
		mj, _, _ := runGBO(t, "metrics", dir, "--format", "json")
		var met struct {
			Ties []struct {
				A, B   string
				Weight float64
			}
		}
		if err := json.Unmarshal([]byte(mj), &met); err != nil {
			t.Fatal(err)
		}
		for _, pair := range [][2]string{{"p1", "p2"}, {"p1", "p3"}, {"p3", "p4"}} {
			what := tc.rule + "/" + tc.lang + " " + pair[0] + "," + pair[1]
			var tie *tieRatingsJSON
			for i := range doc.Ties {
				if doc.Ties[i].A == pair[0] && doc.Ties[i].B == pair[1] {
					tie = &doc.Ties[i]
				}
			}
			if tie == nil || tie.DepthSurvey == nil {
				t.Fatalf("%s: no rated tie in the ties JSON", what)
			}
			out, stderr, code := runGBO(t, "ties", dir, "--explain", pair[0]+","+pair[1])
			if code != 0 {
				t.Fatalf("%s: exit %d: %s", what, code, stderr)
			}
			lines := ratingLine.FindAllStringSubmatch(out, -1)
			if len(lines) != len(tie.Ratings) {
				t.Fatalf("%s: %d rating lines, the JSON has %d ratings:\n%s", what, len(lines), len(tie.Ratings), out)
			}
			var sides [4][]*float64 // depth, trust, value, weight per side, from ties.csv
			for _, m := range lines {
				from, line := m[1], atoi(t, m[6])
				r, ok := tie.Ratings[from]
				if !ok || m[2] != map[string]string{pair[0]: pair[1], pair[1]: pair[0]}[from] {
					t.Fatalf("%s: a rating by %s of %s, not in the JSON %v", what, from, m[2], tie.Ratings)
				}
				if got := strings.Split(strings.Split(tiesCSV, "\n")[line-1], ","); got[0] != from || got[1] != m[2] {
					t.Errorf("%s: line %d of ties.csv is %v, not %s about %s", what, line, got, from, m[2])
				}
				d := float64(r.Depth)
				for i, c := range []struct {
					name, printed string
					json          *float64
				}{{"rung", m[3], &d}, {"trust", m[4], intFig(r.Trust)}, {"value", m[5], intFig(r.Value)}, {"weight", m[7], r.Weight}} {
					sameFigure(t, what+" "+from+" "+c.name+" (JSON)", c.printed, c.json)
					inCSV := csvFigure(t, tiesCSV, line, 2+i)
					sameFigure(t, what+" "+from+" "+c.name+" (ties.csv)", c.printed, inCSV)
					sides[i] = append(sides[i], inCSV)
				}
			}
			sv := surveyLine.FindStringSubmatch(out)
			if sv == nil {
				t.Fatalf("%s: no survey line:\n%s", what, out)
			}
			if len(lines) == 1 {
				if !strings.Contains(sv[5], map[string]string{"en": "one side", "nl": "één kant"}[tc.lang]) {
					t.Errorf("%s: a one-sided rating not said so: %q", what, sv[0])
				}
				sides = [4][]*float64{append(sides[0], nil), append(sides[1], nil), append(sides[2], nil), append(sides[3], nil)}
			} else if !strings.Contains(sv[5], "combine = "+tc.rule) {
				t.Errorf("%s: the rule is not named: %q", what, sv[0])
			}
			// By hand: the rung of a mean rounds down.
			depth := combined(tc.rule, sides[0][0], sides[0][1])
			*depth = math.Floor(*depth)
			sameFigure(t, what+" survey rung", sv[1], depth)
			sameFigure(t, what+" survey rung (JSON)", sv[1], intFig(tie.DepthSurvey))
			sameFigure(t, what+" combined trust", sv[2], combined(tc.rule, sides[1][0], sides[1][1]))
			sameFigure(t, what+" combined value", sv[3], combined(tc.rule, sides[2][0], sides[2][1]))
			w := combined(tc.rule, sides[3][0], sides[3][1])
			sameFigure(t, what+" combined weight", sv[4], w)
			if tc.lang == "nl" && strings.Contains(sv[4], ".") {
				t.Errorf("%s: a Dutch weight with a decimal point: %q", what, sv[0])
			}
			// The weight the network uses is the combined one.
			wl := weightLine.FindStringSubmatch(out)
			if wl == nil {
				t.Fatalf("%s: no weight line:\n%s", what, out)
			}
			sameFigure(t, what+" network weight", wl[1], w)
			for _, mt := range met.Ties {
				if mt.A == pair[0] && mt.B == pair[1] && math.Abs(mt.Weight-*w) > 1e-9 {
					t.Errorf("%s: metrics weight %g, explain says %s", what, mt.Weight, wl[1])
				}
			}
			// A tie with events: events' rung, ratings' rung, the deeper.
			dl := deeperLine.FindStringSubmatch(out)
			if (tie.DepthEvents != nil) != (dl != nil) {
				t.Fatalf("%s: events rung %v, line %q", what, tie.DepthEvents, dl)
			}
			if dl != nil {
				ev, su, res := atoi(t, dl[1]), atoi(t, dl[2]), atoi(t, dl[3])
				if ev != *tie.DepthEvents || su != *tie.DepthSurvey || res != tie.Depth || res != max(ev, su) {
					t.Errorf("%s: %q, JSON events %d survey %d depth %d", what, dl[0], *tie.DepthEvents, *tie.DepthSurvey, tie.Depth)
				}
			}
		}
	}
}

// TestExplainJSONCombined: the explain JSON carries each side's weight
// and the combined rating, equal to the ties JSON and the rule.
func TestExplainJSONCombined(t *testing.T) {
	dir, _ := ratingsCase(t, "mean", "en")
	out, stderr, code := runGBO(t, "ties", dir, "--explain", "p1,p2", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var d struct {
		Ratings []struct {
			From   string
			Weight *float64
		}
		Combined *struct {
			Rule                 string
			Depth                int
			Trust, Value, Weight *float64
		}
		Weight float64
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Ratings) != 2 || d.Ratings[0].Weight == nil || *d.Ratings[0].Weight != 0.8 || d.Ratings[1].Weight == nil || *d.Ratings[1].Weight != 0.3 {
		t.Fatalf("ratings %+v", d.Ratings)
	}
	c := d.Combined
	if c == nil || c.Rule != "mean" || c.Depth != 2 || c.Trust == nil || *c.Trust != 2.5 || c.Value == nil || *c.Value != 2.5 ||
		c.Weight == nil || math.Abs(*c.Weight-0.55) > 1e-12 || math.Abs(d.Weight-0.55) > 1e-12 {
		t.Errorf("combined %+v, weight %g", c, d.Weight)
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

package measures

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"

	"gbo/graph"
	"gbo/graph/casedata"
	"gbo/metrics/depth"
)

// golf2024Survey is what metrics/measures/testdata/survey_reference.py (Python's
// csv module only, written apart from survey.go) prints for
// samples/data/golf-2024:
//
//	/usr/bin/python3 metrics/measures/testdata/survey_reference.py samples/data/golf-2024
//
// Ratings are left out of differ_most: the script gives the gaps, and
// the ratings are Tie.Ratings, checked by TestCombineAlike.
const golf2024Survey = `{"differ_most": [{"a": "dmw-lm", "b": "hvhk-vlietbeek", "gap": 2, "trust_gap": 1, "value_gap": 1}, {"a": "ldc-brugveld", "b": "wm-vlietland", "gap": 2, "trust_gap": 1, "value_gap": 1}, {"a": "cafe-solidair", "b": "dmw-helan", "gap": 2, "trust_gap": 0, "value_gap": 1}, {"a": "clb-vlietland", "b": "vwahw-hoekske", "gap": 2, "trust_gap": 1, "value_gap": null}, {"a": "caw-vlietland", "b": "dmw-lm", "gap": 1, "trust_gap": 1, "value_gap": 1}, {"a": "hvhk-vlietbeek", "b": "wgc-hoogmolen", "gap": 1, "trust_gap": 1, "value_gap": 1}, {"a": "ldc-brugveld", "b": "ocmw-brugveld", "gap": 1, "trust_gap": 1, "value_gap": 1}, {"a": "caw-vlietland", "b": "ocmw-vlietbeek", "gap": 1, "trust_gap": 1, "value_gap": null}, {"a": "dmw-lm", "b": "wgc-hoogmolen", "gap": 1, "trust_gap": 1, "value_gap": 0}, {"a": "ldc-brugveld", "b": "ocmw-hoogmolen", "gap": 1, "trust_gap": 0, "value_gap": 1}], "mean_gap": 0.36904761904761907, "non_respondents": ["bib-vlietbeek"], "pairs_both": 84, "pairs_differ": 64, "pairs_one_side": 5, "pairs_one_side_nonrespondent": 5, "pairs_one_side_respondent": 0, "partners": 19, "respondents": ["cafe-solidair", "caw-vlietland", "clb-vlietland", "dmw-cm", "dmw-helan", "dmw-lm", "dmw-solidaris", "hvhk-vlietbeek", "ldc-brugveld", "ocmw-brugveld", "ocmw-hoogmolen", "ocmw-vlietbeek", "school-hoogmolen", "so-vlietland", "thuiszorg-vlietland", "vwahw-hoekske", "wgc-hoogmolen", "wm-vlietland"], "response_rate": 0.9473684210526315}`

// surveyFigures is a survey as JSON with the ratings of differ_most left
// out, decoded for comparison.
func surveyFigures(t *testing.T, sv *Survey) any {
	t.Helper()
	b, err := json.Marshal(sv)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, p := range m["differ_most"].([]any) {
		delete(p.(map[string]any), "ratings")
	}
	return m
}

func scoreFolder(t *testing.T, dir string) *depth.Scored {
	t.Helper()
	src, err := graph.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	var model *depth.Model
	c, ps := graph.Read(src, graph.Options{Vocabulary: func(d casedata.DepthConfig) (casedata.Vocabulary, error) {
		m, err := depth.NewModel(d)
		model = m
		return m, err
	}})
	if ps.HasErrors() || model == nil {
		t.Fatalf("%s: %v", dir, ps)
	}
	return depth.Score(&c.Case, model, depth.ScoreOptions{})
}

// The survey of golf-2024 is what an independent reading of its CSV files
// in Python gives: the figures pasted above, and the script run again
// where Python is installed.
func TestSurveyOfGolf2024MatchesThePythonReference(t *testing.T) {
	const dir = "../../samples/data/golf-2024"
	sv := SurveyOf(scoreFolder(t, dir))
	if sv == nil {
		t.Fatal("golf-2024 has ratings but no survey")
	}
	got := surveyFigures(t, sv)
	refs := map[string]string{"pasted": golf2024Survey}
	if _, err := os.Stat("/usr/bin/python3"); err == nil {
		out, err := exec.Command("/usr/bin/python3", "testdata/survey_reference.py", dir).Output()
		if err != nil {
			t.Fatalf("survey_reference.py: %v", err)
		}
		refs["python3 now"] = string(out)
	}
	for from, ref := range refs {
		var want any
		if err := json.Unmarshal([]byte(ref), &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			g, _ := json.Marshal(got)
			t.Errorf("survey of golf-2024 differs from the Python reference (%s):\n got %s\nwant %s", from, g, ref)
		}
	}
	// Each listed pair carries both sides' ratings as ties.csv gave them:
	// ties.csv line 103, dmw-lm rated hvhk-vlietbeek 4 (trust 2, value 3);
	// line 125, hvhk-vlietbeek rated dmw-lm 2 (trust 3, value 2).
	p := sv.DifferMost[0]
	ra, rb := p.Ratings["dmw-lm"], p.Ratings["hvhk-vlietbeek"]
	if len(p.Ratings) != 2 || ra.Depth != 4 || *ra.Trust != 2 || *ra.Value != 3 || rb.Depth != 2 || *rb.Trust != 3 || *rb.Value != 2 {
		t.Errorf("ratings of dmw-lm – hvhk-vlietbeek: %+v %+v", ra, rb)
	}
}

func rt(from, to string, depth, trust, value int) casedata.Rating {
	return casedata.Rating{From: from, To: to, Depth: depth, Trust: trust, Value: value}
}

// One small case per kind of answer: nobody rated, only oneself, all
// answered, nobody differs, one side skipped a pair, a later row
// overrides an earlier one, a figure only one side gave.
func TestSurveyDefinitions(t *testing.T) {
	ps := partners("a", "b", "c", "d")
	for _, tc := range []struct {
		name    string
		ratings []casedata.Rating
		want    string // JSON without differ_most's ratings; "null" for no survey
	}{
		{"no ratings give no survey", nil, `null`},
		{"a rating of oneself is no answer", []casedata.Rating{rt("a", "a", 3, 0, 0)}, `null`},
		{"everyone answered and nobody differs: empty lists, not null",
			[]casedata.Rating{rt("a", "b", 3, 2, 0), rt("b", "a", 3, 2, 4), rt("c", "d", 0, 0, 0), rt("d", "c", 0, 0, 0)},
			`{"partners":4,"respondents":["a","b","c","d"],"non_respondents":[],"response_rate":1,"pairs_both":2,"pairs_one_side":0,
			"pairs_one_side_nonrespondent":0,"pairs_one_side_respondent":0,"mean_gap":0,"pairs_differ":0,"differ_most":[]}`},
		{"one side only: split by whether the silent side answered at all; no pair by both gives no mean gap",
			// d answered (about a) but not about c; b never answered.
			[]casedata.Rating{rt("a", "b", 2, 0, 0), rt("c", "d", 3, 0, 0), rt("d", "a", 1, 0, 0)},
			`{"partners":4,"respondents":["a","c","d"],"non_respondents":["b"],"response_rate":0.75,"pairs_both":0,"pairs_one_side":3,
			"pairs_one_side_nonrespondent":1,"pairs_one_side_respondent":2,"mean_gap":null,"pairs_differ":0,"differ_most":[]}`},
		{"the last row of a direction wins, as in scoring",
			[]casedata.Rating{rt("a", "b", 1, 0, 0), rt("b", "a", 4, 0, 0), rt("a", "b", 4, 0, 0)},
			`{"partners":4,"respondents":["a","b"],"non_respondents":["c","d"],"response_rate":0.5,"pairs_both":1,"pairs_one_side":0,
			"pairs_one_side_nonrespondent":0,"pairs_one_side_respondent":0,"mean_gap":0,"pairs_differ":0,"differ_most":[]}`},
		{"rung gap first, then trust+value gap; a figure one side left out has no gap",
			[]casedata.Rating{
				rt("a", "b", 3, 1, 0), rt("b", "a", 3, 4, 2), // rung 0, trust 3, value nil
				rt("c", "d", 1, 2, 2), rt("d", "c", 2, 2, 2), // rung 1
				rt("a", "c", 2, 1, 1), rt("c", "a", 3, 2, 2), // rung 1, trust+value 2
			},
			`{"partners":4,"respondents":["a","b","c","d"],"non_respondents":[],"response_rate":1,"pairs_both":3,"pairs_one_side":0,
			"pairs_one_side_nonrespondent":0,"pairs_one_side_respondent":0,"mean_gap":0.6666666666666666,"pairs_differ":3,"differ_most":[
			{"a":"a","b":"c","gap":1,"trust_gap":1,"value_gap":1},{"a":"c","b":"d","gap":1,"trust_gap":0,"value_gap":0},
			{"a":"a","b":"b","gap":0,"trust_gap":3,"value_gap":null}]}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sv := SurveyOf(depth.Score(&casedata.Case{Partners: ps, Ratings: tc.ratings}, depth.DefaultModel(), depth.ScoreOptions{}))
			var want any
			if err := json.Unmarshal([]byte(tc.want), &want); err != nil {
				t.Fatal(err)
			}
			if sv == nil {
				if want != nil {
					t.Fatalf("no survey, want %s", tc.want)
				}
				return
			}
			if got := surveyFigures(t, sv); !reflect.DeepEqual(got, want) {
				g, _ := json.Marshal(got)
				t.Errorf("got  %s\nwant %s", g, strings.Join(strings.Fields(tc.want), ""))
			}
		})
	}
}

// A large survey lists SurveyDifferRows pairs and counts all of them, in
// a stable order: the same case gives the same bytes.
func TestSurveyListIsBoundedAndStable(t *testing.T) {
	const n = 300
	var ids []string
	for i := range n {
		ids = append(ids, fmt.Sprintf("p%03d", i))
	}
	var rs []casedata.Rating
	for i := 0; i < n; i++ {
		for j := i + 1; j < n && j < i+20; j++ {
			rs = append(rs, rt(ids[i], ids[j], (i+j)%6, 1+i%4, 1+j%4), rt(ids[j], ids[i], (i*j)%6, 1+j%4, 1+i%4))
		}
	}
	c := &casedata.Case{Partners: partners(ids...), Ratings: rs}
	sv := SurveyOf(depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{}))
	if len(sv.DifferMost) != SurveyDifferRows || sv.PairsDiffer <= SurveyDifferRows || sv.PairsBoth != len(rs)/2 {
		t.Fatalf("listed %d of %d differing pairs (%d rated by both)", len(sv.DifferMost), sv.PairsDiffer, sv.PairsBoth)
	}
	for i := 1; i < len(sv.DifferMost); i++ {
		x, y := sv.DifferMost[i-1], sv.DifferMost[i]
		if x.Gap < y.Gap || (x.Gap == y.Gap && orZero(x.TrustGap)+orZero(x.ValueGap) < orZero(y.TrustGap)+orZero(y.ValueGap)) {
			t.Errorf("pair %d (%+v) before a larger difference (%+v)", i-1, x, y)
		}
	}
	first, _ := json.Marshal(sv)
	again, _ := json.Marshal(SurveyOf(depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{})))
	if string(first) != string(again) {
		t.Error("two runs on the same case give different surveys")
	}
}

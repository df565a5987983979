package report

import (
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func ip(x int) *int { return &x }

// sampleSurvey is a survey of sampleReport's partners: 22 of 25 answered;
// the two hostile names are among the three who did not.
func sampleSurvey() *SurveyDoc {
	gap := 0.4
	rating := func(d int, t, v *int) RatingDoc { return RatingDoc{Depth: d, Trust: t, Value: v} }
	return &SurveyDoc{
		Partners: 25, ResponseRate: 22.0 / 25,
		Respondents:    []string{"beweging", "bib", "caw-ov", "clb", "cm", "elz", "hak", "helan", "hvhk-melle", "hvhk-zoe", "jac", "lm", "oca", "ocmw-gent", "ocmw-melle", "ocmw-merelbeke", "sam-gent", "slm", "solidaris", "svk", "thuiszorg", "vdab"},
		NonRespondents: []string{"cafe", "hostile", "wvdma"},
		PairsBoth:      40, PairsOneSide: 7, PairsOneSideNonRespondent: 5, PairsOneSideRespondent: 2,
		MeanGap: &gap, PairsDiffer: 12,
		DifferMost: []RatedPair{
			{A: "caw-ov", B: "ocmw-gent", Gap: 3, TrustGap: ip(2), ValueGap: ip(1),
				Ratings: map[string]RatingDoc{"caw-ov": rating(4, ip(4), ip(3)), "ocmw-gent": rating(1, ip(2), ip(2))}},
			{A: "cm", B: "hvhk-zoe", Gap: 1, TrustGap: nil, ValueGap: ip(0),
				Ratings: map[string]RatingDoc{"cm": rating(2, nil, ip(3)), "hvhk-zoe": rating(3, ip(3), ip(3))}},
		},
	}
}

// surveyVariants make each of the survey's sentences take its branch.
var surveyVariants = []func(*Report){
	func(r *Report) { // everyone answered; every pair by both sides; nobody differs
		s := sampleSurvey()
		s.Respondents, s.NonRespondents, s.ResponseRate = append(s.Respondents, s.NonRespondents...), []string{}, 1
		s.PairsOneSide, s.PairsOneSideNonRespondent, s.PairsOneSideRespondent = 0, 0, 0
		s.PairsDiffer, s.DifferMost = 0, []RatedPair{}
		r.Survey = s
	},
	func(r *Report) { // one pair by one side, its other side silent; one pair by both
		s := sampleSurvey()
		s.PairsOneSide, s.PairsOneSideNonRespondent, s.PairsOneSideRespondent, s.PairsBoth = 1, 1, 0, 1
		s.NonRespondents, s.Respondents, s.ResponseRate = s.NonRespondents[:1], s.Respondents[:1], 1.0/25
		r.Survey = s
	},
	func(r *Report) { // pairs by one side whose other side answered; none by both
		s := sampleSurvey()
		s.PairsOneSide, s.PairsOneSideNonRespondent, s.PairsOneSideRespondent = 3, 0, 3
		s.PairsBoth, s.MeanGap, s.PairsDiffer, s.DifferMost = 0, nil, 0, []RatedPair{}
		r.Survey = s
	},
}

func surveySectionOf(t *testing.T, page string) string {
	t.Helper()
	_, sec, ok := strings.Cut(page, `<section id="sec-survey">`)
	if !ok {
		return ""
	}
	sec, _, _ = strings.Cut(sec, "</section>")
	return sec
}

func visible(t *testing.T, fragment string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(fragment))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(textOf(doc)), " ")
}

// The survey section says what the survey's figures say, in both
// languages, with names escaped; each variant prints its own sentences and
// only those; without a survey there is no section and no contents line.
func TestSurveySectionSaysWhatTheFiguresSay(t *testing.T) {
	for _, tc := range []struct {
		name, lang string
		vary       func(*Report)
		want, not  []string
	}{
		{"sample", "en", nil,
			[]string{"22 of the 25 partners answered the survey (88%).", "3 partners did not answer:", "Café \"De Brug\" & co", hostileScript,
				"7 pairs of partners were rated by one side only, 5 of them because the other partner did not answer.",
				"40 pairs of partners were rated by both sides; on average their two ratings lie 0.40 rungs apart.",
				"For 12 pairs of partners the two ratings differ", "2 of 12 shown.",
				"CAW Oost-Vlaanderen", "4 alignment", "1 acquaintance"},
			[]string{"<script>alert"}},
		{"sample", "nl", nil,
			[]string{"22 van de 25 partners beantwoordden de bevraging (88%).", "3 partners antwoordden niet:",
				"7 paren partners werden maar door één kant beoordeeld, 5 ervan omdat de andere partner niet antwoordde.",
				"gemiddeld liggen beide oordelen 0,40 treden uit elkaar", "2 van 12 getoond.", "4 afstemming"},
			nil},
		{"all answered", "nl", surveyVariants[0],
			[]string{"Alle 25 partners beantwoordden de bevraging.", "Elk beoordeeld paar werd door beide kanten beoordeeld.",
				"gaven ze dezelfde diepte"},
			[]string{"antwoordden niet", "<table", "survey_differ_title", "Waar beide kanten hun band anders zien"}},
		{"one of each", "nl", surveyVariants[1],
			[]string{"1 van de 25 partners beantwoordde de bevraging (4%).", "1 partner antwoordde niet:",
				"1 paar partners werd maar door één kant beoordeeld, omdat de andere partner niet antwoordde.",
				"1 paar partners werd door beide kanten beoordeeld; beide oordelen liggen 0,40 treden uit elkaar."},
			nil},
		{"one of each", "en", surveyVariants[1],
			[]string{"1 partner did not answer:", "1 pair of partners was rated by one side only, because the other partner did not answer.",
				"1 pair of partners was rated by both sides; its two ratings lie 0.40 rungs apart."},
			nil},
		{"silent side answered", "en", surveyVariants[2],
			[]string{"3 pairs of partners were rated by one side only, though both partners answered the survey."},
			[]string{"rated by both sides", "<table", "the same depth"}},
	} {
		t.Run(tc.name+" "+tc.lang, func(t *testing.T) {
			r := sampleReport(tc.lang)
			r.Survey = sampleSurvey()
			if tc.vary != nil {
				tc.vary(&r)
			}
			page := render(t, r)
			checkBalanced(t, page)
			sec := surveySectionOf(t, page)
			if sec == "" {
				t.Fatal("no survey section")
			}
			vis := visible(t, sec)
			for _, w := range tc.want {
				if !strings.Contains(sec, w) && !strings.Contains(vis, w) {
					t.Errorf("the section lacks %q:\n%s", w, vis)
				}
			}
			for _, n := range tc.not { // markup in the page, words in what a reader sees
				if strings.HasPrefix(n, "<") && strings.Contains(sec, n) || !strings.HasPrefix(n, "<") && strings.Contains(vis, n) {
					t.Errorf("the section has %q:\n%s", n, vis)
				}
			}
			if regexp.MustCompile(`\b1 (pairs|partners|paren|treden)\b`).MatchString(vis) || missingMessage.MatchString(page) {
				t.Errorf("a plural after 1, or a missing message: %s", vis)
			}
			if !strings.Contains(page, `href="#sec-survey"`) {
				t.Error("the survey is not in the contents")
			}
		})
	}
	r := sampleReport("en")
	r.Survey = nil
	page := render(t, r)
	if strings.Contains(page, "sec-survey") || strings.Contains(page, "data-claim=\"survey_") {
		t.Error("a survey section without a survey")
	}
}

// A survey object the report did not make (hand-written, or from another
// version) cannot break the page: missing ratings, rungs out of range,
// null lists and counts that disagree with the lists are shown as given.
func TestSurveySectionTakesAnyAnalysis(t *testing.T) {
	for _, sv := range []string{
		`{"partners":0,"respondents":null,"non_respondents":null,"response_rate":7,"pairs_both":0,"pairs_one_side":0,"mean_gap":null,"pairs_differ":3,"differ_most":[{"a":"x","b":"y","gap":9,"ratings":null}]}`,
		`{"partners":2,"respondents":["a"],"non_respondents":["<b>"],"pairs_both":1,"mean_gap":-1,"pairs_differ":0,"differ_most":[{"a":"a","b":"<b>","ratings":{"a":{"depth":-4,"trust":99},"<b>":{"depth":12}}}]}`,
		`{}`,
	} {
		r := sampleReport("nl")
		r.Analysis = []byte(`{"network":{"partners":2},"inputs":{"ratings":1},"survey":` + sv + `}`)
		page := render(t, r)
		checkBalanced(t, page)
		if strings.Contains(page, "<b>") || missingMessage.MatchString(page) || !strings.Contains(page, `id="sec-survey"`) {
			t.Errorf("survey %s: markup from the data, a missing message, or no section", sv)
		}
	}
}

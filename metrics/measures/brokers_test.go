package measures

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
	"gbo/metrics/flags"
)

// A small partnership drawn by hand: a triangle of core partners (ocmw, caw,
// dmw), the CAW also tied to a student-guidance centre (clb), which alone
// ties two schools to the rest:
//
//	ocmw — caw — dmw — ocmw,   caw — clb,   clb — school-a,   clb — school-b
func handCase() *casedata.Case {
	ps := []casedata.Partner{
		{ID: "ocmw", Name: "OCMW Aalst", Sector: "OCMW", Core: true},
		{ID: "caw", Name: "CAW Oost", Sector: "CAW", Core: true},
		{ID: "dmw", Name: "DMW CM", Sector: "DMW", Core: true},
		{ID: "clb", Name: "CLB Zoë", Sector: "CLB"},
		{ID: "school-a", Name: "Sint-Jozef", Sector: "Onderwijs"},
		{ID: "school-b", Name: "Atheneum", Sector: "Onderwijs"},
	}
	var evs []casedata.Event
	for _, p := range [][2]string{{"ocmw", "caw"}, {"caw", "dmw"}, {"dmw", "ocmw"}, {"caw", "clb"}, {"clb", "school-a"}, {"clb", "school-b"}} {
		evs = append(evs, ev("2024-12-31", p[0], p[1], "referral", 1))
	}
	return &casedata.Case{Partners: ps, Events: evs, AsOf: day("2024-12-31")}
}

func TestMeasureWiresTheKernelsToPartners(t *testing.T) {
	s := depth.Score(handCase(), depth.DefaultModel(), depth.ScoreOptions{})
	m := Measure(s, MeasureOptions{MinDepth: 1})
	n := m.Network
	// 6 partners, 6 ties; density 6/15; one component; all ties at rung 3.
	if n.Partners != 6 || n.Ties != 6 || !near(n.Density, 0.4) || n.Components != 1 || n.DepthProfile != [5]int{0, 0, 6, 0, 0} || n.MeanDepth != 3 {
		t.Fatalf("network figures %+v", n)
	}
	// Cut points: caw (cuts clb and the schools from ocmw/dmw) and clb.
	if strings.Join(n.ArticulationPoints, ",") != "caw,clb" {
		t.Errorf("articulation points %v", n.ArticulationPoints)
	}
	// Bridges: every tie outside the triangle.
	if len(n.Bridges) != 3 {
		t.Errorf("bridges %v", n.Bridges)
	}
	byID := map[string]PartnerFigures{}
	for _, p := range m.Partners {
		byID[p.ID] = p
	}
	// Degrees and the Freeman centralisation by hand: degrees 2,3,2,3,1,1;
	// Σ(3 − d) = 1+0+1+0+2+2 = 6, over (n−1)(n−2) = 20 → 0.3.
	if byID["caw"].Degree != 3 || byID["school-a"].Degree != 1 || !near(n.DegreeCentralization, 0.3) {
		t.Errorf("degrees / centralisation: %d %d %v", byID["caw"].Degree, byID["school-a"].Degree, n.DegreeCentralization)
	}
	// Betweenness of clb by hand: of the C(5,2) = 10 pairs of other partners,
	// it lies on the only path of school-a with ocmw, caw, dmw and school-b
	// (4) and of school-b with ocmw, caw and dmw (3): 7/10 = 0.7.
	if !near(byID["clb"].Betweenness, 0.7) {
		t.Errorf("betweenness clb %v, want 0.7", byID["clb"].Betweenness)
	}
	if byID["ocmw"].Strength != 6 {
		t.Errorf("strength of ocmw %v, want 6", byID["ocmw"].Strength)
	}
	// Burt's constraint of every partner, as networkx 2.8.8 gives it
	// (nx.constraint on the same six ties, unweighted: every tie here has
	// the same weight, checked below, so the weighted figure is the same),
	// run with /usr/bin/python3:
	//
	//	G = nx.Graph([("ocmw","caw"), ("caw","dmw"), ("dmw","ocmw"),
	//	              ("caw","clb"), ("clb","school-a"), ("clb","school-b")])
	//	nx.constraint(G)
	//
	// By hand for caw: p = 1/3 to each of ocmw, dmw, clb; ocmw and dmw are
	// tied, so each adds (1/3 + 1/3·1/2)² = 1/4, clb adds (1/3)² = 1/9:
	// 0.6111. A partner with a single tie is fully constrained: 1.
	for _, tie := range s.Ties {
		if tie.Depth >= 1 && tie.Weight != s.Ties[0].Weight {
			t.Fatalf("tie %s-%s weighs %v, not %v: the unweighted reference no longer applies", tie.A, tie.B, tie.Weight, s.Ties[0].Weight)
		}
	}
	for id, want := range map[string]float64{
		"caw": 0.6111111111111112, "clb": 0.3333333333333333,
		"dmw": 1.0069444444444444, "ocmw": 1.0069444444444444,
		"school-a": 1.0, "school-b": 1.0,
	} {
		if got := byID[id].Constraint; got == nil || !near(*got, want) {
			t.Errorf("constraint of %s: %v, want %v (networkx)", id, fmtPtr(got), want)
		}
	}
}

func fmtPtr(f *float64) string {
	if f == nil {
		return "nil"
	}
	return strconv.FormatFloat(*f, 'g', -1, 64)
}

func TestBrokersSayWhatTheyConnect(t *testing.T) {
	s := depth.Score(handCase(), depth.DefaultModel(), depth.ScoreOptions{})
	bs := Brokers(s, Measure(s, MeasureOptions{MinDepth: 1}))
	if len(bs) < 2 || bs[0].ID != "clb" || bs[1].ID != "caw" {
		t.Fatalf("ranking %v", bs)
	}
	// Without clb the parts are {ocmw, caw, dmw}, {school-a}, {school-b}:
	// 3·1 + 3·1 + 1·1 = 7 pairs lose every path. Without caw: {ocmw, dmw}
	// and {clb, school-a, school-b}: 2·3 = 6.
	if bs[0].PairsCut != 7 || bs[1].PairsCut != 6 {
		t.Errorf("pairs cut %d %d, want 7 and 6", bs[0].PairsCut, bs[1].PairsCut)
	}
	// Without clb, each school is a part of its own, in the order of the
	// partners' list (Sint-Jozef, then Atheneum); the rest holds the core.
	r := bs[0].Reasons[0]
	if r.Code != ReasonCutPoint || !r.RestCore || len(r.Parts) != 2 ||
		!slices.Equal(r.Parts[0].Partners, []string{"Sint-Jozef"}) || !slices.Equal(r.Parts[1].Partners, []string{"Atheneum"}) ||
		r.Parts[0].HasCore || r.Parts[1].HasCore {
		t.Errorf("clb reason: %+v", r)
	}
	if !r.LinksCore() {
		t.Errorf("clb reason does not link its parts to the core: %+v", r)
	}
	// Without caw, clb and its schools are one part (three partners, named).
	if r := bs[1].Reasons[0]; r.Code != ReasonCutPoint || len(r.Parts) != 1 || !r.LinksCore() ||
		!slices.Equal(r.Parts[0].Partners, []string{"CLB Zoë", "Sint-Jozef", "Atheneum"}) {
		t.Errorf("caw reason: %+v", r)
	}
}

// FlagTies marks the bridges of the network itself, so every command that
// prints flags (ties, weak, maps) says the same.
func TestFlagTiesMarksBridges(t *testing.T) {
	s := depth.Score(handCase(), depth.DefaultModel(), depth.ScoreOptions{})
	s = flags.FlagTies(s, 1)
	for _, pair := range [][2]string{{"caw", "clb"}, {"clb", "school-a"}, {"clb", "school-b"}} {
		tie, _ := s.Tie(pair[0], pair[1])
		if len(tie.Flags) == 0 || tie.Flags[0] != flags.ReasonBridge {
			t.Errorf("%s-%s flags %v, want bridge first", pair[0], pair[1], tie.Flags)
		}
	}
	if tie, _ := s.Tie("ocmw", "caw"); slices.Contains(tie.Flags, flags.ReasonBridge) {
		t.Errorf("a triangle tie is no bridge: %v", tie.Flags)
	}
}

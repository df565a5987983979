package workbook

// view.go is the view model of the workbooks: plain values (strings,
// numbers, dates) that the caller fills (cmd/gbo/view_workbook.go) from a
// case and its analysis. Nothing here names a type of graph or metrics:
// render/workbook reads no case and computes no analysis
// (docs/layout.md#import-rules, render/layers_test.go).

import "time"

// Case is a case as the template writes it: one row per partner, event,
// rating, object, person and target, in the case's order, and the case
// sheet's settings. Person names are not part of it: people appear by
// their codes only.
type Case struct {
	// Name, Region, Language and Coordinator are case.toml's settings; ""
	// writes none. AsOf is its as_of date; the zero time writes none.
	Name, Region, Language, Coordinator string
	AsOf                                time.Time
	// HasPeople says the case names its people (a people sheet or
	// column, even empty): without it the template has no people sheet
	// and no people column.
	HasPeople bool
	Partners  []Partner
	Events    []Event
	Ratings   []Rating
	Objects   []Object
	People    []Person
	Targets   []Target
	// Labels are the case's own words (case.toml [labels]).
	Labels Labels
}

// Partner is one row of the partners sheet; Attrs are the partner's own
// columns (name → value), written in byte order of their names.
type Partner struct {
	ID, Name, Sector string
	Core             bool
	Municipality     string
	Attrs            map[string]string
}

// Event is one row of the interactions sheet: Date a civil date (written
// as a date cell), With and People lists of ids (written joined by |),
// Kind the model's kind name (the template offers it as Options.Kinds
// names it), Count ≥ 1 (0 is written as 1).
type Event struct {
	Date   time.Time
	From   string
	With   []string
	Kind   string
	Object string
	People []string
	Count  int
}

// Rating is one row of the ties sheet: Depth a rung 0-5; Trust and Value
// 1-4 and Weight > 0, 0 for not given (an empty cell).
type Rating struct {
	From, To     string
	Depth        int
	Trust, Value int
	Weight       float64
}

// Object is one row of the objects sheet.
type Object struct{ ID, Name, Origin, Description string }

// Person is one row of the people sheet (no name: people appear by their
// codes only).
type Person struct{ ID, Partner, Role string }

// Target is one row of the targets sheet: a pair (ids or sector:NAME) and
// the rung it should reach.
type Target struct {
	A, B  string
	Depth int
}

// Labels are a case's own words (case.toml [labels]), per language ("*"
// for every language): Core and Person a singular and a plural, Rungs the
// names of rungs 0-5, Target the rung the report measures against (nil:
// GBO's).
type Labels struct {
	Core, Person map[string][2]string
	Rungs        map[string][6]string
	Target       *int
}

// DepthFigures are figures of a depth model written on the case sheet as
// depth.half_life (days), depth.threshold and depth.combine (min, max or
// mean); nil and "" write none.
type DepthFigures struct {
	HalfLife, Threshold *float64
	Combine             string
}

// Kind is one event kind of a depth model: its name, its rung (0-5) and
// its aliases.
type Kind struct {
	Kind    string
	Rung    int
	Aliases []string
}

// NetPartner is one row of the network workbook's partners sheet: the
// partner's measures (`gbo metrics`), Constraint and EffectiveSize nil
// where undefined, and Bridging for a bridging partner (`gbo brokers`).
type NetPartner struct {
	ID, Name, Sector                           string
	Core                                       bool
	Degree                                     int
	Strength, Betweenness, BetweennessWeighted float64
	Closeness, Eigenvector, Pagerank           float64
	Constraint, EffectiveSize                  *float64
	CoreNumber                                 int
	Clustering                                 float64
	Community                                  int
	ArticulationPoint                          bool
	Coordinator, Itinerant, Representative     float64 // brokerage roles
	Gatekeeper, Liaison, BrokerageTotal        float64
	Bridging                                   bool
}

// NetTie is one row of the ties sheet: a scored tie as `gbo ties` lists
// it. A nil pointer is an empty cell; First and Last are ISO dates
// (yyyy-mm-dd, written as date cells; another text stays text);
// InitiatedA/B and CarriersA/B count the pair's sides (nil where
// unknown). Flags are the weak-link reasons' short names, already in the
// workbook's language. Rated says the tie holds ratings (RatingA, RatingB:
// each side's, nil where that side did not rate); Measured its measures in
// the network (nil below the minimum depth).
type NetTie struct {
	A, B                   string
	Depth                  int
	DepthScore             float64
	DepthEvents            *int
	DepthSurvey            *int
	Gap                    *int
	OneSided               *bool
	Events                 int
	First, Last            *string
	InitiatedA, InitiatedB *int
	CarriersA, CarriersB   *int
	Objects                []string
	Flags                  []string
	Rated                  bool
	RatingA, RatingB       *NetRating
	Measured               *NetMeasured
}

// NetRating is one side's rating of a tie: Depth a rung, Trust and Value
// 1-4, Weight > 0; nil where not given.
type NetRating struct {
	Depth  int
	Trust  *int
	Value  *int
	Weight *float64
}

// NetMeasured are a tie's measures in the network (`gbo metrics` ties).
type NetMeasured struct {
	Weight       float64
	Bridge       bool
	LocalBridge  bool
	Span         *int
	Embeddedness int
}

// NetWeak is one row of the weak links sheet (`gbo weak`): Families are
// codes (fragile, thin: the sheet words them), Labels the reasons' short
// names and Texts the reasons in plain words, both already in the
// workbook's language and the case's words.
type NetWeak struct {
	A, B     string
	Depth    int
	Families []string
	Labels   []string
	Texts    []string
}

// NetObject is one row of the boundary objects sheet (`gbo objects`):
// Verdict and Reasons already in words in the workbook's language;
// MeanRung nil for an unused object.
type NetObject struct {
	ID, Name         string
	Verdict          string
	Partners         int
	PartnerIDs       []string
	Sectors          []string
	Blau             float64
	MaxRung          int
	MeanRung         *float64
	Events           int
	UniquePairs      int
	DegreeCentrality float64
	Betweenness      float64
	Reasons          []string
}

// SurveyPartner is one partner a survey form lists: id, name and sector.
type SurveyPartner struct{ ID, Name, Sector string }

// SurveyWords are the words of a survey form that the reader takes back
// (graph.SurveyFormWords): the names of its two sheets, the headers of its
// ratings sheet, and GBO's names of rungs 0-5.
type SurveyWords struct {
	Instructions, Ratings string
	Columns               [7]string
	Rungs                 [6]string
}

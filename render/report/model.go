package report

import "encoding/json"

// Report is everything the steering-group report shows. Texts the report
// writes itself (headings, sentences, rung and reason names) come from the
// catalogue; fields documented as "localised" must arrive already in Lang.
type Report struct {
	Lang      string // a language of the catalogue ("en", "nl", "fr"); anything else is English
	CaseName  string
	Region    string
	AsOf      string // ISO date the analysis looks from
	Since     string // ISO date of the window's start, or ""
	Generated string // what the footer says the report was made from (e.g. the as-of date); never the clock, so output is byte-identical

	Figures Figures
	Extra   []KeyFigure // further key figures, already localised
	// Words are the case's own words (case.toml [labels]) in Lang; the
	// zero value keeps GBO's.
	Words Words

	// DepthProfile[r] is the number of pairs whose depth is rung r; rung 0
	// counts pairs with some contact that stays below rung 1.
	DepthProfile [6]int

	MapSVG string // the network map from package render (trusted); empty draws a simple circle map

	Partners   []PartnerRow
	Ties       []TieRow
	SectorHeat SectorHeat

	Brokers           []BrokerRow
	Objects           []ObjectRow
	ObjectsKnown      bool // the case has objects (an objects file or object columns)
	Weak              []WeakRow
	IsolatedExternals []string // partner ids
	Fragility         []FragilityRow
	PeopleUnknown     bool       // no people data: single carriers and people's fragility cannot be judged
	Survey            *SurveyDoc // the response to the partner survey, or nil without ratings

	// Workbook is true when the case was read from a workbook: a sentence
	// naming an input names its sheet (the sheet ‘people’); false names
	// the file of a case folder (people.csv).
	Workbook bool

	// DataNotes are the warnings and what could not be judged, localised.
	// The page travels: a note names files within the case (partners.csv,
	// a sheet), never by a path of the machine, and shows people only as
	// --people says (the CLI's sharedNotes makes them so).
	DataNotes []string
	Method    MethodInfo

	// Analysis is the JSON of the analysis the page shows (see Analysis),
	// embedded in the page as it is. When set, every count the page writes
	// (key figures, brokers, objects, weak links, fragility) is taken from
	// it and the fields above of the same meaning are not used; when empty,
	// one is made from those fields.
	Analysis []byte
}

// Figures are the network's key figures (docs/measures.md#network-figures, network measures).
type Figures struct {
	Partners         int
	CorePartners     int
	Ties             int     // ties of the tie graph (depth ≥ MinDepth)
	MinDepth         int     // the lowest rung that counts as a tie; 0 is read as 1
	Density          float64 // 0..1
	MeanDepth        float64 // mean rung of the ties
	Components       int
	LargestComponent int     // partners in the largest component
	Centralization   float64 // Freeman degree centralisation, 0..1
	Coordinator      string  // partner id of the coordinating partner, or ""
}

// KeyFigure is a figure the command line wants shown beyond Figures.
type KeyFigure struct {
	Label, Value, Meaning string // localised
}

// PartnerRow is one partner with its measures; the map shows them on hover.
type PartnerRow struct {
	ID, Name, Sector string
	Core             bool
	Degree           int
	Strength         float64
	Betweenness      float64 // normalised, 0..1
	MeanDepth        float64 // mean rung of its ties
	Articulation     bool
}

// TieRow is one tie of the tie graph.
type TieRow struct {
	A, B  string // partner ids, A < B
	Depth int
}

// SectorHeat is the sector × sector table of mean tie depth.
type SectorHeat struct {
	Sectors []string
	Mean    [][]float64 // NaN where two sectors share no tie
	Count   [][]int
}

// BrokerRow is a bridging partner.
type BrokerRow struct {
	ID, Name, Sector string
	Reasons          []string // localised
}

// ObjectRow is a boundary object or candidate (docs/flags.md#boundary-objects).
type ObjectRow struct {
	ID, Name string
	Verdict  string // boundary_object, candidate, local or unused
	Partners int
	Sectors  int
	Blau     float64
	MaxRung  int
	Reasons  []string // localised
}

// WeakRow is a weak link: a tie with the reasons it is weak.
type WeakRow struct {
	A, B    string // partner ids
	Depth   int
	Reasons []string // codes: bridge, shallow_core, single_carrier, fading, one_sided, below_target
}

// FragilityRow is what removing one partner or person costs.
type FragilityRow struct {
	ID                string
	Kind              string // "partner" or "person"
	DeepTiesLost      int
	TiesWeakened      int
	PairsDisconnected int
}

// MethodInfo says how the figures were made.
type MethodInfo struct {
	HalfLifeDays float64
	Threshold    float64
	Combine      string // how two ratings of one pair combine: min, max or mean
	Kinds        []KindRow
	// DefaultAliases are the aliases of GBO's default depth model
	// (docs/depth-model.md; the Dutch names of its kinds), which the
	// report leaves out beside the kinds of a case with words of its own.
	DefaultAliases []string
	Sources        []string // files read
	People         string   // pseudonyms, names or none
}

// KindRow is one event kind of the depth model.
type KindRow struct {
	Kind    string
	Rung    int
	Aliases []string
}

// Analysis is the analysis a report shows, as embedded in the page
// (Report.Analysis): the fields of `gbo metrics|weak|brokers|objects
// --format json`, plus what was read (Inputs) and the network with and
// without the coordinator. Every number the report writes is taken from it.
type Analysis struct {
	Case struct {
		Name  string  `json:"name"`
		AsOf  *string `json:"as_of"`
		Since string  `json:"since,omitempty"`
	} `json:"case"`
	Network           NetworkDoc      `json:"network"`
	Partners          []PartnerDoc    `json:"partners"`
	Weak              []WeakDoc       `json:"weak"`
	MissingCorePairs  []MissingDoc    `json:"missing_core_pairs"` // nil: not computed
	IsolatedExternals []string        `json:"isolated_externals"`
	Fragility         []FragilityDoc  `json:"fragility"`
	PeopleUnknown     bool            `json:"people_unknown"`
	Counts            *CountsDoc      `json:"counts"` // nil: not printed by gbo weak
	Brokers           []BrokerDoc     `json:"brokers"`
	Objects           []ObjectDoc     `json:"objects"`
	Inputs            InputsDoc       `json:"inputs"`
	Coordinator       *CoordinatorDoc `json:"coordinator"`
	Survey            *SurveyDoc      `json:"survey"` // nil: no ratings

	// words are Report.Words (never in the JSON): the sentences of say
	// use them.
	words *Words
}

// NetworkDoc is the "network" object of `gbo metrics --format json`.
type NetworkDoc struct {
	Partners             int               `json:"partners"`
	Ties                 int               `json:"ties"`
	Density              float64           `json:"density"`
	Components           int               `json:"components"`
	MeanDepth            float64           `json:"mean_depth"`
	DepthProfile         []int             `json:"depth_profile"` // ties at rungs 1..5
	DegreeCentralization float64           `json:"degree_centralization"`
	Transitivity         float64           `json:"transitivity"`
	AverageClustering    float64           `json:"average_clustering"`
	Diameter             int               `json:"diameter"`
	AveragePathLength    float64           `json:"average_path_length"`
	Modularity           float64           `json:"modularity"`
	Communities          int               `json:"communities"`
	ArticulationPoints   []string          `json:"articulation_points"`
	Bridges              []json.RawMessage `json:"bridges"`
}

// PartnerDoc is one partner of `gbo metrics --format json` (the fields the
// report uses).
type PartnerDoc struct {
	ID                string  `json:"id"`
	Name              string  `json:"name"`
	Sector            string  `json:"sector"`
	Core              bool    `json:"core"`
	Degree            int     `json:"degree"`
	Betweenness       float64 `json:"betweenness"`
	ArticulationPoint bool    `json:"articulation_point"`
}

// WeakDoc is one weak link of `gbo weak --format json`.
type WeakDoc struct {
	A       string   `json:"a"`
	B       string   `json:"b"`
	Depth   int      `json:"depth"`
	Reasons []string `json:"reasons"`
}

// MissingDoc is a pair of core partners with no tie at the minimum depth.
type MissingDoc struct {
	A     string `json:"a"`
	B     string `json:"b"`
	Depth int    `json:"depth"`
	Last  string `json:"last_contact,omitempty"`
}

// FragilityDoc is what one departure costs (`gbo weak`, "fragility").
type FragilityDoc struct {
	ID                string `json:"id"`
	Kind              string `json:"kind"`
	Name              string `json:"name,omitempty"`
	Partner           string `json:"partner,omitempty"`
	PartnerName       string `json:"partner_name,omitempty"`
	Role              string `json:"role,omitempty"`
	DeepTiesLost      int    `json:"deep_ties_lost"`
	TiesWeakened      int    `json:"ties_weakened"`
	PairsDisconnected int    `json:"pairs_disconnected"`
}

// BrokerDoc is a bridging partner of `gbo brokers --format json`.
type BrokerDoc struct {
	ID       string      `json:"id"`
	Name     string      `json:"name"`
	Sector   string      `json:"sector"`
	PairsCut int         `json:"pairs_cut"`
	Reasons  []BrokerWhy `json:"reasons"`
}

// BrokerWhy is one reason a partner is bridging; Text is the command
// line's words, which the report replaces by plain words of its own.
type BrokerWhy struct {
	Code           string  `json:"code"`
	Value          float64 `json:"value"`
	Representative float64 `json:"representative"`
	Gatekeeper     float64 `json:"gatekeeper"`
	Liaison        float64 `json:"liaison"`
	Text           string  `json:"text"`
}

// ObjectDoc is an object of `gbo objects --format json`.
type ObjectDoc struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Verdict  string   `json:"verdict"`
	Partners int      `json:"partners"`
	Sectors  []string `json:"sectors"`
	Blau     float64  `json:"blau"`
	MaxRung  int      `json:"max_rung"`
	Reasons  []struct {
		Text string `json:"text"`
	} `json:"reasons"`
}

// InputsDoc says what the analysis was made from.
type InputsDoc struct {
	Events   int  `json:"events"`
	Ratings  int  `json:"ratings"`
	People   bool `json:"people"`
	Objects  bool `json:"objects"`
	Targets  int  `json:"targets"`
	Warnings int  `json:"warnings"`
	MinDepth int  `json:"min_depth"`
	// Faded counts the pairs with contact or a rating that stay below rung
	// 1 (the depth chart's rung 0). From the command line it is the sum of
	// RatedNoContact, Decayed and EventsRungZero.
	Faded int `json:"pairs_below_rung_1"`
	// RatedNoContact counts the pairs below rung 1 that the ratings put at
	// rung 0 (no contact): at least one side rated the tie 0.
	RatedNoContact int `json:"pairs_rated_no_contact"`
	// Decayed counts the unrated pairs below rung 1 whose events at rung 1
	// or higher were too few or too old (decayed) to reach the threshold.
	Decayed int `json:"pairs_events_decayed"`
	// EventsRungZero counts the unrated pairs whose only events are of
	// kinds the depth model puts at rung 0.
	EventsRungZero int `json:"pairs_events_rung_0"`
	// BelowMinDepth counts the pairs at rung 1 or more but below MinDepth:
	// left out of the network by --min-depth.
	BelowMinDepth int    `json:"pairs_below_min_depth"`
	Coordinator   string `json:"coordinator"`
	Without       string `json:"without,omitempty"`
	// AsOfWarning is set when no as_of was given and the latest event lies
	// far after the others (the reader's asof_far_beyond warning).
	AsOfWarning *AsOfWarningDoc `json:"as_of_warning,omitempty"`
	// OneSidedDeep counts the ties at rung 3 or more whose depth rests on
	// one side's rating only.
	OneSidedDeep int `json:"one_sided_deep"`
	// OneSidedDeepNoEvents and OneSidedDeepLowerEvents split OneSidedDeep:
	// ties with no event in the window, and ties whose events reach a
	// lower rung than the rating.
	OneSidedDeepNoEvents    int `json:"one_sided_deep_no_events"`
	OneSidedDeepLowerEvents int `json:"one_sided_deep_lower_events"`
}

// AsOfWarningDoc is the event that sets a doubtful as-of date: its date,
// the date of the event before it (ISO dates), the gap in days as the
// reader wrote it, and the file (base name) and line of the date.
type AsOfWarningDoc struct {
	Date   string `json:"date"`
	Days   string `json:"days"`
	Before string `json:"before"`
	File   string `json:"file"`
	Line   int    `json:"line"`
}

// CoordinatorDoc is the network with and without the coordinator.
type CoordinatorDoc struct {
	ID      string     `json:"id"`
	Name    string     `json:"name"`
	With    NetworkDoc `json:"with"`
	Without NetworkDoc `json:"without"`
}

// CountsDoc is the "counts" object of `gbo weak --format json`: the weak
// links per family and reason over all of them, and the exact number of
// core pairs without contact (the list may be bounded).
type CountsDoc struct {
	Weak             int            `json:"weak"`
	Fragile          int            `json:"fragile"`
	Thin             int            `json:"thin"`
	ByReason         map[string]int `json:"by_reason"`
	MissingCorePairs int            `json:"missing_core_pairs"`
}

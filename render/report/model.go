package report

// Report is everything the steering-group report shows. Texts the report
// writes itself (headings, sentences, rung and reason names) come from the
// catalogue; fields documented as "localised" must arrive already in Lang.
type Report struct {
	Lang      string // "nl" or "en"; anything else is English
	CaseName  string
	Region    string
	AsOf      string // ISO date the analysis looks from
	Since     string // ISO date of the window's start, or ""
	Generated string // what the footer says the report was made from (e.g. the as-of date); never the clock, so output is byte-identical

	Figures Figures
	Extra   []KeyFigure // further key figures, already localised

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
	PeopleUnknown     bool // no people data: single carriers and people's fragility cannot be judged

	// DataNotes are the warnings and what could not be judged, localised.
	// The page travels: a note names files within the case (partners.csv,
	// a sheet), never by a path of the machine, and shows people only as
	// --people says (the CLI's sharedNotes makes them so).
	DataNotes []string
	Method    MethodInfo
}

// Figures are the network's key figures (SPEC §3, network measures).
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

// ObjectRow is a boundary object or candidate (SPEC §3).
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
	Sources      []string // files read
	People       string   // pseudonyms, names or none
}

// KindRow is one event kind of the depth model.
type KindRow struct {
	Kind    string
	Rung    int
	Aliases []string
}

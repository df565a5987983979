package mapview

// Lang is the language of the words drawn on a map: a language of the
// catalogue (graph/locale: "en", "fr", "nl"; a region such as "nl-BE" is
// dropped); any other is English.
type Lang string

const (
	English Lang = "en"
	Dutch   Lang = "nl"
	French  Lang = "fr"
)

// Partner is one organisation on the map.
type Partner struct {
	ID     string
	Label  string // display name; ID when empty
	Sector string
	// Family is the core family of Sector ("OCMW", "CAW" or "DMW"; "" for
	// any other sector), as graph/casedata.CoreFamily says (the command
	// fills it): the sectors of a family take its fixed colour, so a CPAS
	// is drawn as an OCMW. A sector written as a family's own name is of
	// that family even without it.
	Family string
	Core   bool
	// Size is the value of the measure the node size shows (SizeBy); nodes
	// are scaled between the smallest and the largest value on the map.
	Size      float64
	Community int
	Bridging  bool
	// BridgingReasons and Figures go into the tooltip. Figures are rows of
	// (name, value), already formatted by the caller.
	BridgingReasons []string
	Figures         [][2]string
}

// Tie is an undirected tie between partners A and B.
type Tie struct {
	A, B  string
	Depth int     // rung 1..5; ties of depth 0 or less are not drawn
	Score float64 // depth_score, shown in the tooltip
	// Marks are drawn on the tie, each its own way, and explained in the
	// legend: MarkBridge, MarkOnePerson, MarkThin (others are ignored).
	Marks []Mark
	// WeakReasons are the weak-link reasons in plain words, for the tooltip.
	WeakReasons []string
}

// Mark is something a tie is marked for on the map.
type Mark string

// The marks of a tie. Each has its own look, so a deep tie that rests on one
// person never looks like a thin or a cut one:
const (
	// MarkBridge: the only link between two parts of the network (a red
	// dashed line over the tie).
	MarkBridge Mark = "bridge"
	// MarkOnePerson: the tie rests on one person on at least one side (a
	// magenta dot with a white ring in the middle of the tie; the line
	// itself keeps its depth's look).
	MarkOnePerson Mark = "one-person"
	// MarkThin: shallower than it should be, under a depth target or two
	// core partners stuck at knowledge sharing (a light blue band under the
	// tie).
	MarkThin Mark = "thin"
)

// Object is a boundary-object candidate: a shared practice question, target
// group or tool. Objects appear only when ObjectLinks mention them.
type Object struct {
	ID, Label string
	Verdict   string // boundary_object, candidate, local, unused
}

// ObjectLink ties a partner to an object it worked on, at the highest rung
// reached on that object.
type ObjectLink struct {
	Partner, Object string
	Rung            int
}

// Data is everything a map shows. The command line fills it from the
// analysis; the map draws it and adds nothing of its own but the legend.
type Data struct {
	Title    string // the case name
	Subtitle string // e.g. "as of 2025-12-31"
	Lang     Lang
	Partners []Partner
	Ties     []Tie
	// Objects and ObjectLinks make the map two-mode (partners × objects).
	Objects     []Object
	ObjectLinks []ObjectLink
	ColorBy     string // "sector" (default), "community" or "core"
	SizeBy      string // name of the measure in Partner.Size, for the legend; "" = one size
	Engine      string // Graphviz layout engine; "" chooses by size (neato, or sfdp above 150 nodes)
	// Shared, when set, holds what the maps of one comparison share: one
	// colour per sector, and for waves one place per partner (shared.go).
	Shared *Shared
	// Words are the case's own words for what the map names (case.toml
	// [labels]), already in Lang; the zero value keeps GBO's.
	Words Words
}

// Words are a case's own names on the map: in the legend and the
// tooltips. An empty field keeps the map's word in Lang.
type Words struct {
	// Core names one member of the core group ("responding agency"), for
	// "core partner".
	Core string
	// Rungs name rungs 0-5 ("" keeps docs/depth-model.md#rungs's name of that rung).
	Rungs [6]string
}

package graph

import (
	"time"

	"gbo/graph/casedata"
)

// The case format's types live in graph/casedata, apart from the readers, so
// the analysis (metrics/…) can name them without compiling the readers.
// These aliases keep every caller's graph.Partner, graph.Event… as they were:
// graph.Partner is casedata.Partner, one type under two names (as
// os.FileMode is fs.FileMode).
type (
	// Pos is casedata.Pos: a cell of an input file.
	Pos = casedata.Pos
	// Partner is casedata.Partner: an organisation, or a site of one.
	Partner = casedata.Partner
	// Event is casedata.Event: one row of interactions.csv.
	Event = casedata.Event
	// Rating is casedata.Rating: one row of ties.csv.
	Rating = casedata.Rating
	// Object is casedata.Object: a boundary-object candidate.
	Object = casedata.Object
	// Person is casedata.Person: a social worker and their partner.
	Person = casedata.Person
	// Target is casedata.Target: the depth a pair is meant to reach.
	Target = casedata.Target
	// DepthConfig is casedata.DepthConfig: the on-disk form of a depth model.
	DepthConfig = casedata.DepthConfig
	// KindConfig is casedata.KindConfig: one event kind of a depth model.
	KindConfig = casedata.KindConfig
	// Vocabulary is casedata.Vocabulary: resolves event kinds and rungs.
	Vocabulary = casedata.Vocabulary
)

// Case is one partnership at one time, as read from its files.
type Case struct {
	// Label names where the case came from: a folder, a workbook or sample:NAME.
	Label       string
	Name        string
	Region      string
	Language    string
	Coordinator string
	// AsOf is the date the analysis looks from; zero when case.toml gives
	// none (the caller then takes the latest event date).
	AsOf time.Time
	// Depth holds the [depth] table of case.toml, if any.
	Depth DepthConfig
	// Labels are the case's own words ([labels] of case.toml); the zero
	// value keeps GBO's.
	Labels Labels

	Partners []Partner
	Events   []Event
	Ratings  []Rating
	Objects  []Object
	People   []Person
	Targets  []Target

	// HasPeople is true when people.csv or a people column was present, so
	// person-dependence can be judged at all.
	HasPeople bool
	// Inputs lists the files that were read (absolute paths where they are
	// real files), so that no output is ever written over one of them.
	Inputs []string
	// Warnings are the problems that do not stop the analysis.
	Warnings []Problem
}

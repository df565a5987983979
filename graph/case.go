package graph

import "gbo/graph/casedata"

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
	// Labels is casedata.Labels: the case's own words ([labels]); read by
	// labels.go.
	Labels = casedata.Labels
	// DepthError is casedata.DepthError: an error of a depth model at one
	// key, placed by the reader at the key's line (casefile.go) and said
	// through the catalogue (Text).
	DepthError = casedata.DepthError
)

// DefaultTargetRung is casedata.DefaultTargetRung: the rung a GBO
// partnership measures its core ties against, referral (3).
const DefaultTargetRung = casedata.DefaultTargetRung

// Case is one partnership at one time, as read from its files: the case's
// data (casedata.Case, embedded, so cs.Partners, cs.Labels… are its
// fields), where it came from, the files read and the problems that do not
// stop the analysis. The analysis (metrics/…) takes the data only: pass
// &cs.Case. A composite literal names the embedded part:
// &graph.Case{Case: casedata.Case{Name: "x"}}.
type Case struct {
	casedata.Case
	// Label names where the case came from: a folder, a workbook or sample:NAME.
	Label string
	// Inputs lists the files that were read (absolute paths where they are
	// real files), so that no output is ever written over one of them.
	Inputs []string
	// Warnings are the problems that do not stop the analysis.
	Warnings []Problem
}

package casedata

import "time"

// Case is one partnership at one time: the data of a case, as the analysis
// reads it. Package graph reads files into it; graph.Case embeds it and adds
// what only the readers and the commands need (where the case came from,
// the files read, the problems found), so graph.Case's fields are these too
// (cs.Partners) and the analysis takes &cs.Case.
type Case struct {
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
}

// Pos locates a cell of an input file. Line and Col count from 1; for a sheet
// of a workbook File is "book.xlsx:sheet" and Line is the row number.
type Pos struct {
	File string
	Line int
	Col  int
}

// Partner is an organisation, or a site of one.
type Partner struct {
	ID           string
	Name         string
	Sector       string
	Core         bool
	Municipality string
	// Attrs holds the columns of partners.csv that docs/formats.md does not
	// name, for colouring, filtering and export.
	Attrs map[string]string
	Pos   Pos
}

// Event is one row of interactions.csv: an event between two or more partners.
type Event struct {
	Date time.Time // a civil date at 00:00 UTC
	From string
	With []string
	// Kind is the canonical kind name from the Vocabulary (or the rung's
	// name when the file gave a rung); Rung its rung, 0..5.
	Kind   string
	Rung   int
	Object string
	People []string
	Count  int
	Pos    Pos
}

// Participants returns From followed by With, without repeats.
func (e *Event) Participants() []string {
	out := make([]string, 0, 1+len(e.With))
	out = append(out, e.From)
	for _, w := range e.With {
		dup := false
		for _, o := range out {
			if o == w {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, w)
		}
	}
	return out
}

// Rating is one row of ties.csv: one partner's rating of its tie with another.
type Rating struct {
	From, To string
	Depth    int
	Trust    int     // 1..4, 0 when not given
	Value    int     // 1..4, 0 when not given
	Weight   float64 // > 0, 0 when not given
	Pos      Pos
}

// Object is a boundary-object candidate: a shared practice question, target
// group or tool.
type Object struct {
	ID          string
	Name        string
	Origin      string
	Description string
	Pos         Pos
}

// Person is a social worker and the partner they work for. Name is personal
// data and is printed only when the user asks for real names.
type Person struct {
	ID      string
	Partner string
	Role    string
	Name    string
	Pos     Pos
}

// Target is the depth a pair of partners, or of sectors, is meant to reach.
// A and B are partner ids or "sector:NAME".
type Target struct {
	A, B  string
	Depth int
	Pos   Pos
}

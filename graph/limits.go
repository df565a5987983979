package graph

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// The limits of the case readers (folders of CSV files, case.toml, the
// depth-model file). Each is checked before the work it bounds, and a
// refusal is a Problem with file, line and column that states the limit in
// words; the limits a user may need to raise are Options fields, which the
// command line sets with the flag the message names. The workbook reader
// has its own in xlsx_limits.go.
//
// Why these numbers: memory must stay a small multiple of the input. Reading
// costs about three to four times the file (the file, its decoded text, the
// case); scoring costs about 16 bytes per pair incidence (an event of k
// partners makes k(k-1)/2 of them; metrics/depth/score.go keeps two int32s per
// incidence while it accumulates, and one more per tie event), and about
// 1 KB per distinct tie once scored and measured (measured: one event of
// 1,000 partners, 7 KB of CSV, makes 499,500 ties and takes 480 MB and 23 s
// of `gbo metrics`).
const (
	// DefaultMaxFileBytes bounds each input file (bytes), checked from the
	// file's size before it is read. Options.MaxFileBytes; --max-file-mb.
	DefaultMaxFileBytes = 512 << 20
	// DefaultMaxFieldBytes bounds one field (bytes). Options.MaxFieldBytes.
	DefaultMaxFieldBytes = 64 << 10
	// DefaultMaxRows bounds the data rows of one file (blank rows not
	// counted). A million events is a large partnership. Options.MaxRows;
	// --max-rows.
	DefaultMaxRows = 10_000_000
	// DefaultMaxEventPartners bounds the partners of one event (its from and
	// with together): an event of k partners makes k(k-1)/2 pairs.
	// Options.MaxEventPartners; --max-event-partners.
	// 200 is more than any meeting of a partnership; one such event makes
	// 19,900 pairs.
	DefaultMaxEventPartners = 200
	// DefaultMinPairs and DefaultPairsPerRow make the default bound on the
	// pairs all events together make (the sum over events of k(k-1)/2,
	// checked when the events are read, before any scoring): the larger of
	// DefaultMinPairs and DefaultPairsPerRow per data row of the events
	// table. At about 16 bytes per pair incidence and at least 20 bytes per
	// row, scoring then stays within about seven times the file, and a
	// small case within about 50 MB even when every pair is a new tie, and
	// its every command within a few seconds (measured: five events of 200
	// partners each, 19 KB, make 92,000 ties and take 5 s of `gbo metrics`
	// and 7 s of `gbo report`; 50,000 pairs is 60 monthly meetings of 40
	// partners). The
	// README's large case (a million events, 61 MB) makes 1.7 million pairs
	// of the 8 million it may. Options.MaxPairs replaces the rule by a
	// number; --max-pairs.
	DefaultMinPairs    = 50_000
	DefaultPairsPerRow = 8

	// maxLineBytes bounds one physical line of a CSV file (bytes), checked
	// by a scan of the file before any CSV parsing allocates; a longer line
	// is left out (an error) and the rest is read. It is at least twice
	// the field limit.
	maxLineBytes = 1 << 20
	// maxColumns bounds the fields of one row (Excel's workbooks are bounded
	// the same, xlsxMaxColumns): each column of partners.csv becomes an
	// attribute of every partner.
	maxColumns = 1000
	// maxIDChars bounds identifiers and short labels: partner, object and
	// person ids, sectors, municipalities, roles, column names, kind names
	// and aliases of a depth model (characters).
	maxIDChars = 200
	// maxNameChars bounds names that outputs draw: partner, object and
	// person names, free object names in interactions.csv, and the case's
	// name and region (characters). A 3 MB case name takes seconds to draw.
	maxNameChars = 300
	// maxCount bounds the count column of interactions.csv, and maxWeight
	// (minWeight) the weight column of ties.csv from above (below), so that
	// no sum of a measure can overflow: a million rows at the largest count
	// or weight add up to 1e12, and 1/minWeight stays finite in distances.
	maxCount  = 1_000_000
	maxWeight = 1_000_000.0
	minWeight = 0.000001
	// minHalfLife (days), and minThreshold and maxThreshold bound the
	// numbers of a depth model, so that decay and depth_score stay finite.
	minHalfLife  = 0.01
	maxHalfLife  = 1_000_000.0
	minThreshold = 0.001
	maxThreshold = 1_000_000.0
	// maxTOMLBytes bounds case.toml and a --depth-model file (bytes):
	// they hold a few dozen keys.
	maxTOMLBytes = 1 << 20
	// maxTOMLDepth bounds how deep case.toml or a depth model nests
	// (tables, arrays, inline tables and dotted keys together), checked by
	// a scan before the TOML library, which recurses, sees the text.
	// [depth.kinds.name] with aliases = [..] is 4 deep.
	maxTOMLDepth = 16
)

// limits are the limits in force for one Read.
type limits struct {
	file          int64
	field         int
	line          int
	rows          int
	eventPartners int
	pairs         int64 // 0: the default rule, by the rows of the events table
}

func newLimits(opt Options) limits {
	l := limits{file: opt.MaxFileBytes, field: opt.MaxFieldBytes, rows: opt.MaxRows,
		eventPartners: opt.MaxEventPartners, pairs: opt.MaxPairs}
	if l.file <= 0 {
		l.file = DefaultMaxFileBytes
	}
	if l.field <= 0 {
		l.field = DefaultMaxFieldBytes
	}
	if l.rows <= 0 {
		l.rows = DefaultMaxRows
	}
	if l.eventPartners <= 0 {
		l.eventPartners = DefaultMaxEventPartners
	}
	l.line = max(maxLineBytes, 2*l.field)
	return l
}

// pairLimit is the bound on pair incidences for an events table of rows
// data rows (see DefaultMinPairs).
func (l limits) pairLimit(rows int) int64 {
	if l.pairs > 0 {
		return l.pairs
	}
	return max(DefaultMinPairs, int64(rows)*DefaultPairsPerRow)
}

// Thousands writes n with thousands separators, as the messages state
// limits: 1,000,000 (Text turns it into 1.000.000 in Dutch).
func Thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// longerThan reports whether s has more than n characters, counting only
// when its bytes could.
func longerThan(s string, n int) bool {
	return len(s) > n && utf8.RuneCountInString(s) > n
}

// checkChars reports an error at pos when s is longer than n characters
// (what names the column: "partner id", "name"), and returns false.
func (r *reader) checkChars(pos Pos, s string, n int, what string) bool {
	if !longerThan(s, n) {
		return true
	}
	r.fail(pos, "too_many_chars", what, Thousands(int64(utf8.RuneCountInString(s))), Thousands(int64(n)))
	return false
}

// maxArgChars bounds how much of a value a problem quotes (characters).
const maxArgChars = 200

// safeArgs returns args fit to quote in a message: without the characters
// no field may carry (a TOML key or a sheet name could still hold them), and
// cut to maxArgChars characters with "…".
func safeArgs(args []string) []string {
	var out []string
	for i, a := range args {
		b := a
		if j := firstHostile(b); j >= 0 {
			b, _, _ = dropHostile(b, j)
		}
		if longerThan(b, maxArgChars) {
			b = string([]rune(b)[:maxArgChars]) + "…"
		}
		if b != a {
			if out == nil {
				out = append([]string(nil), args...)
			}
			out[i] = b
		}
	}
	if out == nil {
		return args
	}
	return out
}

package output

import "strconv"

// Cell types for writing typed CSV rows with github.com/gocarina/gocsv
// (gocsv.MarshalCSV into a CSVWriter from NewCSVWriterSep, which
// implements gocsv's CSVWriter): a row is a struct with `csv:"column"`
// tags, and each field's type says how its cell is written, by the same
// rules as hand-built rows written through SafeCell and CSVWriter.

// CSVText is a text cell written through SafeCell (formula safety: a
// cell a spreadsheet would run as a formula gets a leading apostrophe).
type CSVText string

// MarshalCSV is SafeCell of the text; it never fails.
func (s CSVText) MarshalCSV() (string, error) { return SafeCell(string(s)), nil }

// CSVOptInt is an optional whole number: 0 (not given) is an empty cell,
// any other value its decimal digits.
type CSVOptInt int

// MarshalCSV is "" for 0, else the number; it never fails.
func (n CSVOptInt) MarshalCSV() (string, error) {
	if n == 0 {
		return "", nil
	}
	return strconv.Itoa(int(n)), nil
}

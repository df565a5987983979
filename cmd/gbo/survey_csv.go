package main

import (
	"io"

	"github.com/gocarina/gocsv"

	"gbo/graph"
	"gbo/graph/output"
)

// surveyRow is one line of the ties.csv survey collect writes
// (docs/formats.md#ratings-collected-by-survey): the columns are the csv
// tags in field order, and each cell type says how it is written (ids
// through output.SafeCell, trust and value empty when not given).
type surveyRow struct {
	From  output.CSVText   `csv:"from"`
	To    output.CSVText   `csv:"to"`
	Depth int              `csv:"depth"`
	Trust output.CSVOptInt `csv:"trust"`
	Value output.CSVOptInt `csv:"value"`
}

// surveyCSV writes the ratings as ties.csv (docs/formats.md#ratings-collected-by-survey) with separator sep
// (',', ';' or tab; 0 is ','), a header row and one surveyRow per rating,
// marshalled by gocsv into graph's CSV writer. Every cell is an id or a
// whole number, so a decimal comma changes nothing.
func surveyCSV(w io.Writer, res *graph.SurveyResult, sep byte) error {
	if sep == 0 {
		sep = ','
	}
	cw, err := output.NewCSVWriterSep(w, sep)
	if err != nil {
		return err
	}
	rows := make([]surveyRow, len(res.Ratings))
	for i, r := range res.Ratings {
		rows[i] = surveyRow{From: output.CSVText(r.From), To: output.CSVText(r.To), Depth: r.Depth,
			Trust: output.CSVOptInt(r.Trust), Value: output.CSVOptInt(r.Value)}
	}
	return gocsv.MarshalCSV(rows, cw)
}

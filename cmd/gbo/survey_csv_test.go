package main

import (
	"bytes"
	"strconv"
	"testing"

	"gbo/graph"
	"gbo/graph/output"
)

// TestSurveyCSVBytes pins the ties.csv survey collect writes through gocsv:
// the exact bytes for ids a spreadsheet would run as formulas, ids holding
// a separator, quotes or a line break (quoted whatever the separator), and trust or value not given, for
// every separator; and no rows at all gives the header alone.
func TestSurveyCSVBytes(t *testing.T) {
	res := &graph.SurveyResult{Ratings: []graph.Rating{
		{From: "=cmd|' /c calc'!A1", To: "b;c", Depth: 3, Trust: 2},
		{From: "a,b", To: "say \"hi\"", Depth: 0, Value: 4},
		{From: "line\nbreak", To: "@sum", Depth: 5, Trust: 4, Value: 1},
		{From: "tab\there", To: "+1", Depth: 1},
	}}
	want := map[byte]string{
		',': "from,to,depth,trust,value\n" +
			"'=cmd|' /c calc'!A1,\"b;c\",3,2,\n" +
			"\"a,b\",\"say \"\"hi\"\"\",0,,4\n" +
			"\"line\nbreak\",'@sum,5,4,1\n" +
			"\"tab\there\",'+1,1,,\n",
	}
	for _, sep := range []byte{0, ',', ';', '\t'} {
		var got bytes.Buffer
		if err := surveyCSV(&got, res, sep); err != nil {
			t.Fatal(err)
		}
		if w, ok := want[sep]; ok && got.String() != w {
			t.Errorf("sep %q:\n got %q\nwant %q", sep, got.String(), w)
		}
		// The rows as graph's writer writes them by hand.
		var ref bytes.Buffer
		s := sep
		if s == 0 {
			s = ','
		}
		cw, err := output.NewCSVWriterSep(&ref, s)
		if err != nil {
			t.Fatal(err)
		}
		cw.Write([]string{"from", "to", "depth", "trust", "value"})
		opt := func(n int) string {
			if n == 0 {
				return ""
			}
			return strconv.Itoa(n)
		}
		for _, r := range res.Ratings {
			cw.Write([]string{output.SafeCell(r.From), output.SafeCell(r.To), strconv.Itoa(r.Depth), opt(r.Trust), opt(r.Value)})
		}
		cw.Flush()
		if got.String() != ref.String() {
			t.Errorf("sep %q: gocsv wrote\n%q\nthe hand-built rows are\n%q", sep, got.String(), ref.String())
		}
	}
	var empty bytes.Buffer
	if err := surveyCSV(&empty, &graph.SurveyResult{}, ';'); err != nil || empty.String() != "from;to;depth;trust;value\n" {
		t.Errorf("no ratings: %q, %v", empty.String(), err)
	}
}

package workbook

import (
	"fmt"
	"strings"
	"testing"
)

// The workbook's explanations name the case's inputs as the case has
// them: the files of a case folder, or the sheets of a case workbook, in
// both languages; never both forms, never a .csv file of a workbook case.
// The objects list is named the same way for the objects' reasons
// (ObjectsList, which the caller puts into NetObject.Reasons).
func TestNetworkWorkbookNamesTheCasesInputs(t *testing.T) {
	for _, tc := range []struct {
		lang     string
		workbook bool
		want     []string
		never    []string
	}{
		{"en", false, []string{"(partners.csv)", "(ties.csv)", "(objects.csv)", "list: objects.csv"}, []string{"sheet ‘", "case folder", "case workbook"}},
		{"en", true, []string{"(the sheet ‘partners’)", "(the sheet ‘ties’)", "(the sheet ‘objects’)", "list: the sheet ‘objects’"}, []string{".csv", "case folder", "case workbook"}},
		{"nl", false, []string{"(partners.csv)", "(ties.csv)", "(objects.csv)", "list: objects.csv"}, []string{"blad ‘", "in een map", "in een werkmap"}},
		{"nl", true, []string{"(het blad ‘partners’)", "(het blad ‘banden’)", "(het blad ‘objecten’)", "list: het blad ‘objecten’"}, []string{".csv", "in een map", "in een werkmap"}},
	} {
		n := hostileNetwork()
		n.Lang, n.Workbook = tc.lang, tc.workbook
		n.Objects = append(n.Objects, NetObject{ID: "koffie", Verdict: "local", Reasons: []string{"list: " + n.ObjectsList()}})
		sheets := networkSheets(n, tc.lang)
		var all strings.Builder
		for _, r := range aboutTable(n, sheets, tc.lang).rows {
			fmt.Fprintln(&all, r...)
		}
		for _, s := range sheets {
			for _, r := range s.rows {
				fmt.Fprintln(&all, r...)
			}
		}
		text := all.String()
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s workbook=%v: %q is not said", tc.lang, tc.workbook, w)
			}
		}
		for _, w := range tc.never {
			if strings.Contains(text, w) {
				t.Errorf("%s workbook=%v: %q is said", tc.lang, tc.workbook, w)
			}
		}
	}
}

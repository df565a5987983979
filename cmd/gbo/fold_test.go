package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestProblemsPrintRootCauseFirstAndFolded: what a user reads on standard
// error for the case (a partner row with a bad kern and one with an
// empty id, 20 events naming the partner with a typo, a kind the model
// lacks, a person people.csv lacks): the partners' errors first, each
// unknown id once at its place with the suggestion, then one line that
// folds the rest with the exact count, in English and Dutch; people as
// pseudonyms in the fold too; exit status 2; nothing on standard output
// but the summary.
func TestProblemsPrintRootCauseFirstAndFolded(t *testing.T) {
	dir := t.TempDir()
	ev := []string{"datum,van,met,soort,personen"}
	for i := 1; i <= 20; i++ {
		ev = append(ev, fmt.Sprintf("2024-01-%02d,caw,ocmw-gent,warme overdracht,p9", i))
	}
	for name, text := range map[string]string{
		"partners.csv":     "id,naam,sector,kern\ncaw,CAW,CAW,\nocmw_gent,OCMW Gent,OCMW,misschien\n,Buurtwerk,buurtwerk,\n",
		"interactions.csv": strings.Join(ev, "\n") + "\n",
		"people.csv":       "id,partner\np1,caw\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pn := regexp.MustCompile(`P-[0-9a-f]+`)
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"en", []string{
			`partners.csv:3:4: error: "misschien" is not yes/no`,
			`partners.csv:4:1: error: column "id" is empty`,
			`interactions.csv:2:3: error: unknown partner id "ocmw-gent"; did you mean "ocmw_gent"?`,
			`interactions.csv:2:3: error: and 19 more references to this partner (lines 3, 4, 5, 6, 7, …)`,
			`interactions.csv:2:4: error: unknown kind "warme overdracht"; `,
			`interactions.csv:2:4: error: and 19 more rows with kind "warme overdracht" (lines 3, 4, 5, 6, 7, …)`,
			`interactions.csv:2:5: warning: person "P-" is not in people.csv`,
			`interactions.csv:2:5: warning: and 19 more references to person "P-" (lines 3, 4, 5, 6, 7, …)`,
		}},
		{"nl", []string{
			`partners.csv:3:4: fout: "misschien" is geen ja/nee`,
			`partners.csv:4:1: fout: kolom "id" is leeg`,
			`interactions.csv:2:3: fout: onbekende partner-id "ocmw-gent"; bedoelde u "ocmw_gent"?`,
			`interactions.csv:2:3: fout: en nog 19 verwijzingen naar deze partner (regels 3, 4, 5, 6, 7, …)`,
			`interactions.csv:2:4: fout: onbekende soort "warme overdracht"; `,
			`interactions.csv:2:4: fout: en nog 19 rijen met soort "warme overdracht" (regels 3, 4, 5, 6, 7, …)`,
			`interactions.csv:2:5: waarschuwing: persoon "P-" staat niet in people.csv`,
			`interactions.csv:2:5: waarschuwing: en nog 19 verwijzingen naar persoon "P-" (regels 3, 4, 5, 6, 7, …)`,
		}},
	} {
		for _, cmd := range []string{"validate", "ties"} {
			out, errOut, code := runGBO(t, cmd, dir, "--lang", tc.lang)
			if code != 2 {
				t.Errorf("%s %s: status %d, want 2", cmd, tc.lang, code)
			}
			if cmd == "ties" && out != "" {
				t.Errorf("ties wrote %q despite the errors", out)
			}
			lines := strings.Split(strings.TrimSpace(errOut), "\n")
			var got []string
			for _, l := range lines {
				if strings.Contains(l, "p9") {
					t.Errorf("a person id on standard error: %s", l)
				}
				if i := strings.Index(l, "interactions.csv"); i >= 0 {
					l = l[i:]
				} else if i := strings.Index(l, "partners.csv"); i >= 0 {
					l = l[i:]
				} else {
					continue // the summary
				}
				got = append(got, pn.ReplaceAllString(l, "P-"))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("%s %s: %d problem lines, want %d:\n%s", cmd, tc.lang, len(got), len(tc.want), errOut)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("%s %s: line %d\n got %s\nwant %s…", cmd, tc.lang, i+1, got[i], w)
				}
			}
		}
	}
}

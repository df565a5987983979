package main

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// TestWeakJSONCountsFamiliesAndMissingPairs checks `gbo weak --format json`
// on every sample against counts made here from its own rows: the counts
// cover every weak link, each link's families follow from its reasons, the
// old reason one_sided is gone, and missing core pairs equal a plain loop
// over the core partners of `metrics` and the ties of `ties`.
func TestWeakJSONCountsFamiliesAndMissingPairs(t *testing.T) {
	fam := map[string]string{"bridge": "fragile", "single_carrier": "fragile", "one_way": "fragile", "rating_gap": "fragile",
		"shallow_core": "thin", "below_target": "thin", "fading": "thin"}
	for _, sample := range []string{"grensobject", "kennismaking", "sleutelfiguren", "intersectoraal", "golf-2024"} {
		for _, minDepth := range []string{"1", "3"} {
			out, stderr, code := runGBO(t, "weak", "sample:"+sample, "--format", "json", "--min-depth", minDepth)
			if code != 0 {
				t.Fatalf("%s: exit %d: %s", sample, code, stderr)
			}
			var d struct {
				Counts struct {
					Weak, Fragile, Thin int
					ByReason            map[string]int `json:"by_reason"`
					MissingCorePairs    int            `json:"missing_core_pairs"`
				}
				Weak []struct {
					A, B     string
					Reasons  []string
					Families []string
				}
				MissingCorePairs []struct {
					A, B        string
					Depth       int
					LastContact *string `json:"last_contact"`
				} `json:"missing_core_pairs"`
				Fragility []struct {
					ID, Kind, Partner, Role string
					PartnerName             string `json:"partner_name"`
				}
			}
			if err := json.Unmarshal([]byte(out), &d); err != nil {
				t.Fatal(err)
			}
			fragile, thin, by := 0, 0, map[string]int{}
			for _, w := range d.Weak {
				want := map[string]bool{}
				for _, r := range w.Reasons {
					if fam[r] == "" {
						t.Errorf("%s: unknown reason %q on %s-%s", sample, r, w.A, w.B)
					}
					want[fam[r]] = true
					by[r]++
				}
				if len(w.Families) != len(want) {
					t.Errorf("%s %s-%s: families %v for reasons %v", sample, w.A, w.B, w.Families, w.Reasons)
				}
				for _, f := range w.Families {
					if !want[f] {
						t.Errorf("%s %s-%s: family %s not from %v", sample, w.A, w.B, f, w.Reasons)
					}
				}
				if want["fragile"] {
					fragile++
				}
				if want["thin"] {
					thin++
				}
			}
			c := d.Counts
			if c.Weak != len(d.Weak) || c.Fragile != fragile || c.Thin != thin || len(c.ByReason) != 7 {
				t.Errorf("%s: counts %+v, rows give %d weak, %d fragile, %d thin", sample, c, len(d.Weak), fragile, thin)
			}
			for r := range fam {
				if c.ByReason[r] != by[r] {
					t.Errorf("%s: by_reason[%s] = %d, rows give %d", sample, r, c.ByReason[r], by[r])
				}
			}
			// The loop: core partners from metrics, ties from ties.
			mo, _, _ := runGBO(t, "metrics", "sample:"+sample, "--format", "json")
			var m struct {
				Partners []struct {
					ID   string
					Core bool
				}
			}
			decodeJSON(t, mo, &m)
			to, _, _ := runGBO(t, "ties", "sample:"+sample, "--format", "json")
			var ti struct {
				Ties []struct {
					A, B  string
					Depth int
				}
			}
			decodeJSON(t, to, &ti)
			depth := map[string]int{}
			for _, x := range ti.Ties {
				depth[x.A+"|"+x.B], depth[x.B+"|"+x.A] = x.Depth, x.Depth
			}
			md := int(minDepth[0] - '0')
			missing := map[string]int{}
			for i, p := range m.Partners {
				for _, q := range m.Partners[i+1:] {
					if p.Core && q.Core && depth[p.ID+"|"+q.ID] < md {
						k := p.ID + "|" + q.ID
						if q.ID < p.ID {
							k = q.ID + "|" + p.ID
						}
						missing[k] = depth[k]
					}
				}
			}
			if c.MissingCorePairs != len(missing) || len(d.MissingCorePairs) != len(missing) {
				t.Errorf("%s min %s: %d missing core pairs (%d listed), the loop finds %d", sample, minDepth,
					c.MissingCorePairs, len(d.MissingCorePairs), len(missing))
			}
			for _, mp := range d.MissingCorePairs {
				if dp, ok := missing[mp.A+"|"+mp.B]; !ok || dp != mp.Depth {
					t.Errorf("%s: missing pair %+v, loop says %v %d", sample, mp, ok, dp)
				}
			}
			if strings.Contains(out, `"one_sided"`) {
				t.Errorf("%s: the reason one_sided is still printed", sample)
			}
		}
	}
	// Person rows of sleutelfiguren carry partner and role (people.csv).
	out, _, _ := runGBO(t, "weak", "sample:sleutelfiguren", "--format", "json")
	var d struct {
		Fragility []struct {
			ID, Kind, Partner, Role string
			PartnerName             string `json:"partner_name"`
		}
	}
	decodeJSON(t, out, &d)
	persons := 0
	for _, f := range d.Fragility {
		if f.Kind == "person" {
			persons++
			if f.Partner == "" || f.Role == "" || f.PartnerName == "" || !strings.HasPrefix(f.ID, "P-") {
				t.Errorf("person row without partner or role: %+v", f)
			}
		} else if f.Partner != "" || f.Role != "" {
			t.Errorf("partner row with a person's fields: %+v", f)
		}
	}
	if persons == 0 {
		t.Error("no person rows")
	}
	table, _, _ := runGBO(t, "--lang", "nl", "weak", "sample:sleutelfiguren")
	if !regexp.MustCompile(`persoon  P-[0-9a-f]{6} \(CAW Leiedal, trajectbegeleider\) +13 diepe banden weg, 1 verzwakt`).MatchString(table) {
		t.Errorf("Dutch table lacks the CAW person with partner and role:\n%s", table)
	}
	for _, want := range []string{"van 63 met enig verlies getoond", "Zwakke schakels: "} {
		if !strings.Contains(table, want) {
			t.Errorf("Dutch table lacks %q", want)
		}
	}
	for _, bad := range []string{"1 diepe banden", "casus", " case "} {
		if strings.Contains(table, bad) {
			t.Errorf("Dutch table has %q", bad)
		}
	}
}

// TestExplainSurveyTieShowsTheRatings: a rated tie explains itself by its
// two ratings (who rated whom, rung, trust, value, line), in JSON and table.
func TestExplainSurveyTieShowsTheRatings(t *testing.T) {
	out, stderr, code := runGBO(t, "ties", "sample:golf-2024", "--explain", "cafe-solidair,dmw-helan", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var d struct {
		Ratings []struct {
			From, To     string
			Depth, Line  int
			Trust, Value *int
		}
		Gap     *int
		Combine string
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Ratings) != 2 || d.Ratings[0].From != "cafe-solidair" || d.Ratings[0].Depth != 3 || d.Ratings[1].Depth != 1 ||
		d.Ratings[0].Trust == nil || *d.Ratings[0].Trust != 2 || d.Ratings[0].Value == nil || *d.Ratings[0].Value != 1 ||
		d.Ratings[0].Line != 166 || d.Gap == nil || *d.Gap != 2 || d.Combine != "min" {
		t.Errorf("ratings %+v gap %v combine %q", d.Ratings, d.Gap, d.Combine)
	}
	table, _, _ := runGBO(t, "--lang", "en", "ties", "sample:golf-2024", "--explain", "cafe-solidair,dmw-helan")
	for _, want := range []string{"cafe-solidair rates dmw-helan: rung 3", "trust 2, value 1 (ties.csv:166)", "survey depth 1"} {
		if !strings.Contains(table, want) {
			t.Errorf("explain table lacks %q:\n%s", want, table)
		}
	}
}

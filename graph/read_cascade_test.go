package graph

import (
	"path/filepath"
	"strings"
	"testing"
)

// cascadeCase is a case whose events, ties, targets and people all name
// partner b, object o1 and person p1, and one genuinely unknown partner
// "zz" in a tie of its own.
func cascadeCase(partners, objects, people string) map[string]string {
	return map[string]string{
		"partners.csv": partners,
		"objects.csv":  objects,
		"people.csv":   people,
		"interactions.csv": "datum,van,met,soort,object,people\n" +
			"2024-01-10,a,b,referral,o1,p1\n2024-01-11,b,a,referral,Object one,p1\n2024-01-12,a,c|b,overleg,o1,\n",
		"ties.csv":    "from,to,depth\nb,a,2\nzz,a,2\n",
		"targets.csv": "a,b,depth\na,b,3\n",
	}
}

const (
	goodPartners = "id,naam,sector\na,Alpha,CAW\nb,Beta,OCMW\nc,Gamma,buurtwerk\n"
	goodObjects  = "id,name\no1,Object one\n"
	goodPeople   = "id,partner,role\np1,b,worker\n"
)

// TestBrokenRowIsKnownNotUnknown pins the kind "one bad row, then a
// cascade of false errors": a partners, objects or people row with any
// error (a name over the limit, an empty or bad cell, a field over the
// field limit, a field beyond the header, a row refused whole) still makes
// its id known, so the rows naming it (events, ties, targets, people) give
// no "unknown partner/object/person" on top of the one real error. A table
// read only in part (a CSV syntax error, a quote never closed, too many
// rows) makes every id possibly known. A genuinely unknown id is still an
// error when the partners table was read whole.
func TestBrokenRowIsKnownNotUnknown(t *testing.T) {
	long := strings.Repeat("x", 3199)
	for _, tc := range []struct {
		name                      string
		partners, objects, people string
		opt                       Options
		code                      string // the one real error
		partial                   bool   // the table was read in part
	}{
		{name: "partner name too long", partners: "id,naam,sector\na,Alpha,CAW\nb," + long + ",OCMW\nc,Gamma,x\n", code: "too_many_chars"},
		{name: "partner sector empty", partners: "id,naam,sector\na,Alpha,CAW\nb,Beta,\nc,Gamma,x\n", code: "empty_value"},
		{name: "partner core not a yes/no", partners: "id,naam,sector,core\na,Alpha,CAW,\nb,Beta,OCMW,maybe\nc,Gamma,x,\n", code: "bad_bool"},
		{name: "partner id too long", partners: "id,naam,sector\na,Alpha,CAW\nb" + strings.Repeat("b", 250) + ",Beta,OCMW\nb,Beta,x\nc,Gamma,x\n", code: "too_many_chars"},
		{name: "partner field over the field limit", partners: "id,naam,sector\na,Alpha,CAW\nb,Beta " + long + ",OCMW\nc,Gamma,x\n",
			opt: Options{MaxFieldBytes: 1000}, code: "field_too_long"},
		{name: "partner field beyond the header", partners: "id,naam,sector\na,Alpha,CAW\nb,Beta,OCMW,extra\nc,Gamma,x\n", code: "extra_field"},
		{name: "partner row with a bare quote", partners: "id,naam,sector\na,Alpha,CAW\nb,Be\"ta,OCMW\nc,Gamma,x\n", code: "bad_csv", partial: true},
		{name: "partner quote never closed", partners: "id,naam,sector\na,Alpha,CAW\nc,Gamma,x\nb,\"Beta,OCMW\n", code: "unclosed_quote", partial: true},
		{name: "partners over the row limit", partners: goodPartners, opt: Options{MaxRows: 2}, code: "too_many_rows", partial: true},
		{name: "object id too long", objects: "id,name\no1" + strings.Repeat("o", 250) + ",Object one\no1,x\n", code: "too_many_chars"},
		{name: "object field over the field limit", objects: "id,name,description\no1,Object one," + long + "\n", opt: Options{MaxFieldBytes: 1000}, code: "field_too_long"},
		{name: "person role too long", people: "id,partner,role\np1,b," + strings.Repeat("r", 201) + "\n", code: "too_many_chars"},
		{name: "person partner empty", people: "id,partner,role\np1,,worker\n", code: "empty_value"},
		{name: "person of a broken partner", partners: "id,naam,sector\na,Alpha,CAW\nb," + long + ",OCMW\nc,Gamma,x\n", code: "too_many_chars"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := cascadeCase(or(tc.partners, goodPartners), or(tc.objects, goodObjects), or(tc.people, goodPeople))
			opt := fakeOptions
			opt.MaxFieldBytes, opt.MaxRows = tc.opt.MaxFieldBytes, tc.opt.MaxRows
			_, ps := readMap(files, opt)
			errs := ps.Errors()
			if len(only(errs, tc.code)) == 0 {
				t.Errorf("want a %s, got %v", tc.code, errs)
			}
			for _, p := range errs {
				if p.Code != tc.code && p.Code != "unknown_partner" {
					t.Errorf("an error besides the real one: %v", p)
				}
			}
			var unknown []string
			for _, p := range ps {
				switch p.Code {
				case "unknown_partner", "unknown_object", "unknown_person":
					if len(p.Args) > 0 && p.Args[0] != "zz" {
						unknown = append(unknown, p.String())
					}
				}
			}
			if len(unknown) > 0 {
				t.Errorf("false follow-on problems: %s", strings.Join(unknown, "\n"))
			}
			// The tie naming "zz" is a real error whenever partners were
			// read whole.
			zz := 0
			for _, p := range only(errs, "unknown_partner") {
				if p.Args[0] == "zz" {
					zz++
				}
			}
			if want := map[bool]int{false: 1, true: 0}[tc.partial && tc.partners != ""]; zz != want {
				t.Errorf("%d errors for the unknown partner zz, want %d: %v", zz, want, errs)
			}
		})
	}
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// TestTooManyCharsNamesTheHeader: the too_many_chars error names the column
// as the user's header writes it, and says what to do.
func TestTooManyCharsNamesTheHeader(t *testing.T) {
	files := cascadeCase("id,naam,sector\na,Alpha,CAW\nb,"+strings.Repeat("é", 3199)+",OCMW\nc,Gamma,x\n", goodObjects, goodPeople)
	_, ps := readMap(files, fakeOptions)
	p := one(t, ps, "too_many_chars")
	if baseFile(p.Pos) != "partners.csv" || p.Pos.Line != 3 || p.Pos.Col != 2 {
		t.Errorf("%v", p)
	}
	says(t, p, "naam has 3,199 characters", "at most 300", "shorten it, or put the long text in another column")
	if nl := p.Message("nl"); !strings.Contains(nl, "naam heeft") || !strings.Contains(nl, "andere kolom") {
		t.Errorf("Dutch: %s", nl)
	}
}

// TestBrokenRowInWorkbook: the same kind in a workbook, whose sheets feed
// the same record handling: a partner with a too long name gives one
// error, and no unknown partner for the events and ties that name it.
func TestBrokenRowInWorkbook(t *testing.T) {
	path := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), []sheet{
		{"partners", [][]any{{"id", "naam", "sector"}, {"a", "Alpha", "CAW"}, {"b", strings.Repeat("x", 3199), "OCMW"}, {"c", "Gamma", "x"}}},
		{"objects", [][]any{{"id", "name"}, {"o1", strings.Repeat("o", 301)}}},
		{"interactions", [][]any{
			{"date", "from", "with", "kind", "object"},
			{day(2024, 1, 1), "a", "b", "referral", "o1"},
			{day(2024, 1, 2), "b", "c", "referral", ""},
			{day(2024, 1, 3), "a", "zz", "referral", ""},
		}},
	})
	_, ps := readBook(t, path)
	errs := ps.Errors()
	if len(errs) != 3 || len(only(errs, "too_many_chars")) != 2 || len(only(errs, "unknown_partner")) != 1 {
		t.Fatalf("want two too_many_chars and the one unknown partner zz, got %v", errs)
	}
	if p := only(errs, "unknown_partner")[0]; p.Args[0] != "zz" || p.Pos.Line != 4 {
		t.Errorf("%v", p)
	}
	if len(only(ps, "unknown_object")) != 0 {
		t.Errorf("false warnings: %v", only(ps, "unknown_object"))
	}
	for _, p := range only(errs, "too_many_chars") {
		if strings.HasSuffix(p.Pos.File, ":partners") {
			says(t, p, "naam has 3,199 characters")
		} else if !strings.HasSuffix(p.Pos.File, ":objects") {
			t.Errorf("%v", p)
		}
	}
}

package graph

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"gbo/graph/locale"
)

// A French problem message: the position as gbo writes it (no space
// inside file:line:column), the severity and a colon with a no-break space
// before it, numbers gbo wrote in French notation (narrow no-break space
// between thousands, decimal comma), and a value the user typed (%q)
// exactly as typed, even when it looks like an English number.
func TestFrenchProblemMessage(t *testing.T) {
	p := Problem{Pos: Pos{File: "données/interactions.csv", Line: 12, Col: 3}, Severity: Error,
		Code: "count_too_large", Args: []string{"1,000,001", "1,000,000"}}
	want := "données/interactions.csv:12:3: erreur\u00a0: le nombre \"1,000,001\" est trop grand\u00a0: au maximum 1\u202f000\u202f000"
	if got := p.Message("fr"); got != want {
		t.Errorf("fr:\n got %q\nwant %q", got, want)
	}
	// English and Dutch keep their words and notation.
	if got := p.Message("nl"); got != `données/interactions.csv:12:3: fout: aantal "1,000,001" is te groot: hoogstens 1.000.000` {
		t.Errorf("nl: %q", got)
	}
	if got := p.Message("en"); got != `données/interactions.csv:12:3: error: count "1,000,001" is too large: at most 1,000,000` {
		t.Errorf("en: %q", got)
	}
	w := Problem{Pos: Pos{File: "b.xlsx:ties", Line: 4, Col: 5}, Severity: Warning,
		Code: "weight_out_of_range", Args: []string{"0.5e400", "0.000001", "1,000,000.5"}}
	want = "b.xlsx:ties:4:5: avertissement\u00a0: le poids \"0.5e400\" est hors limites\u00a0: au moins 0,000001 et au plus 1\u202f000\u202f000,5"
	if got := w.Message("fr"); got != want {
		t.Errorf("fr decimals:\n got %q\nwant %q", got, want)
	}
	// A did-you-mean keeps the typed id and puts French punctuation around it.
	s := Problem{Pos: Pos{File: "ties.csv", Line: 2}, Severity: Error, Code: "unknown_partner", Args: []string{"ocmw-gent"}, Suggest: "OCMW-Gent"}
	want = "ties.csv:2: erreur\u00a0: identifiant de partenaire inconnu \"ocmw-gent\"\u00a0; vouliez-vous dire \"OCMW-Gent\"\u00a0?"
	if got := s.Message("fr"); got != want {
		t.Errorf("fr suggest:\n got %q\nwant %q", got, want)
	}
	// A language the catalogue lacks is English; a region is dropped.
	if got, en := p.Message("de"), p.Message("en"); got != en {
		t.Errorf("de: %q", got)
	}
	if got, fr := p.Message("fr-BE"), p.Message("fr"); got != fr {
		t.Errorf("fr-BE: %q", got)
	}
}

// Where a problem counts, the noun and verb follow the language's CLDR
// plural rule, on the count however it is grouped: French 1 (and 0) is
// singular, English and Dutch 1 only.
func TestProblemCountsPlural(t *testing.T) {
	cases := []struct {
		code, lang string
		args       []string
		want       string
	}{
		{"more_problems", "en", []string{"1", "bad_date"}, "1 more problem of this kind (bad_date) is not listed"},
		{"more_problems", "en", []string{"200", "bad_date"}, "200 more problems of this kind (bad_date) are not listed"},
		{"more_problems", "nl", []string{"1", "bad_date"}, "nog 1 probleem van deze soort (bad_date) wordt niet getoond"},
		{"more_problems", "nl", []string{"2", "bad_date"}, "nog 2 problemen van deze soort (bad_date) worden niet getoond"},
		{"more_problems", "fr", []string{"1", "bad_date"}, "1 autre problème de ce type (bad_date) n'est pas affiché"},
		{"more_problems", "fr", []string{"0", "bad_date"}, "0 autre problème de ce type (bad_date) n'est pas affiché"},
		{"more_problems", "fr", []string{"2", "bad_date"}, "2 autres problèmes de ce type (bad_date) ne sont pas affichés"},
		{"more_problems", "fr", []string{"1,234", "bad_date"}, "1\u202f234 autres problèmes de ce type (bad_date) ne sont pas affichés"},
		{"events_after_asof", "en", []string{"3", "2024-06-30"}, "3 events are after the as-of date 2024-06-30 and are left out (the first is here)"},
		{"events_after_asof", "nl", []string{"2", "2024-06-30"}, "2 gebeurtenissen vallen na de peildatum 2024-06-30 en tellen niet mee (de eerste staat hier)"},
		{"events_after_asof", "fr", []string{"1", "2024-06-30"}, "1 événement est postérieur à la date de référence 2024-06-30 et n'est pas pris en compte (il se trouve ici)"},
		{"events_after_asof", "fr", []string{"12,000", "2024-06-30"}, "12\u202f000 événements sont postérieurs à la date de référence 2024-06-30 et ne sont pas pris en compte (le premier se trouve ici)"},
		{"xlsx_hidden_columns", "en", []string{"C", "1"}, "column C is hidden in Excel, and 1 more column of this sheet; hidden columns are read"},
		{"xlsx_hidden_columns", "fr", []string{"C", "1,001"}, "la colonne C est masquée dans Excel, ainsi que 1\u202f001 autres colonnes de cette feuille\u00a0; les colonnes masquées sont lues"},
	}
	for _, c := range cases {
		if got := Text(c.code, c.lang, c.args...); got != c.want {
			t.Errorf("%s %s %v:\n got %q\nwant %q", c.code, c.lang, c.args, got, c.want)
		}
	}
}

// A value the user typed is never read as a count or a plural choice, nor
// as a number to localise: "3 {a|b}" in a %q or %s argument comes out as
// typed in every language.
func TestTypedArgsAreNotRewritten(t *testing.T) {
	typed := "3 {a|b}"
	for _, lang := range locale.Languages() {
		if got := Text("unknown_kind_more", lang, typed, "2", "4, 5"); !strings.Contains(got, strconv.Quote(typed)) {
			t.Errorf("%s %%q: %q", lang, got)
		}
		if got := Text("case_not_found", lang, "map 2 {x|y}"); !strings.Contains(got, "map 2 {x|y}") {
			t.Errorf("%s %%s: %q", lang, got)
		}
		if got := Text("missing_file", lang, "1,000.5"); lang != "en" && strings.Contains(got, "1,000.5") {
			t.Errorf("%s: a number gbo wrote stays English: %q", lang, got)
		}
		if got := Text("bad_number", lang, "1,000.5"); !strings.Contains(got, `"1,000.5"`) {
			t.Errorf("%s: a typed number was rewritten: %q", lang, got)
		}
	}
	// An unknown code still shows its code and args.
	if got := Text("no_such_code", "fr", "a", "b"); got != "no_such_code a b" {
		t.Errorf("unknown code: %q", got)
	}
}

// bad_language names the catalogue's languages, joined in the message's
// language.
func TestBadLanguageNamesTheCatalogue(t *testing.T) {
	for lang, want := range map[string]string{
		"en": `language "de" must be ` + locale.List("en"),
		"nl": `taal "de" moet ` + locale.List("nl") + " zijn",
		"fr": `la langue "de" doit être ` + locale.List("fr"),
	} {
		if got := Text("bad_language", lang, "de"); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
		for _, l := range locale.Languages() {
			if !strings.Contains(Text("bad_language", lang, "de"), l) {
				t.Errorf("%s does not name %s", lang, l)
			}
		}
	}
}

// problemCodes is every problem code the readers and the depth model
// emit, found in the source: the code argument of fail, warn, followOn,
// unknownRef, depthErr and bookErr, a Problem's Code: "…" or p.Code = "…",
// what takesCode returns, and each fold code (with its _one form).
func problemCodes(t *testing.T) map[string]string {
	t.Helper()
	codeArg := map[string]int{"fail": 1, "warn": 1, "followOn": 1, "unknownRef": 1, "depthErr": 1, "bookErr": 0}
	isCode := regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)+$|^[a-z]+$`)
	codes := map[string]string{}
	files, _ := filepath.Glob("*.go")
	more, _ := filepath.Glob("../metrics/depth/*.go")
	fset := token.NewFileSet()
	for _, name := range append(files, more...) {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		lit := func(e ast.Expr) {
			if b, ok := e.(*ast.BasicLit); ok && b.Kind == token.STRING {
				if s, err := strconv.Unquote(b.Value); err == nil && isCode.MatchString(s) {
					codes[s] = fset.Position(b.Pos()).String()
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				name := ""
				switch fn := n.Fun.(type) {
				case *ast.SelectorExpr:
					name = fn.Sel.Name
				case *ast.Ident:
					name = fn.Name
				}
				if i, ok := codeArg[name]; ok && i < len(n.Args) {
					lit(n.Args[i])
				}
			case *ast.KeyValueExpr:
				if k, ok := n.Key.(*ast.Ident); ok && k.Name == "Code" {
					lit(n.Value)
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if s, ok := l.(*ast.SelectorExpr); ok && s.Sel.Name == "Code" && i < len(n.Rhs) {
						lit(n.Rhs[i])
					}
				}
			case *ast.FuncDecl:
				if n.Name.Name == "takesCode" {
					ast.Inspect(n.Body, func(m ast.Node) bool {
						if r, ok := m.(*ast.ReturnStmt); ok {
							for _, e := range r.Results {
								lit(e)
							}
						}
						return true
					})
				}
			}
			return true
		})
	}
	for _, fold := range foldCodes {
		codes[fold] = "fold.go"
		codes[fold+"_one"] = "fold.go"
	}
	return codes
}

// TestEveryCodeHasAMessage: every code the source emits has its message
// in the catalogue (problems.CODE); that every key is in every language is
// the catalogue's parity test (graph/locale).
func TestEveryCodeHasAMessage(t *testing.T) {
	codes := problemCodes(t)
	if len(codes) < 100 {
		t.Fatalf("found only %d codes in the source: the scan is broken", len(codes))
	}
	for _, must := range []string{"unknown_partner", "more_problems", "case_bad_days", "depth_alias_taken", "xlsx_not_zip", "unknown_kind_more_one"} {
		if _, ok := codes[must]; !ok {
			t.Errorf("the scan missed %s", must)
		}
	}
	for code, at := range codes {
		if !locale.Has(problemsArea + code) {
			t.Errorf("%s: code %q has no message problems.%s in the catalogue", at, code, code)
		}
	}
	listed := map[string]bool{}
	for _, code := range ProblemCodes() {
		listed[code] = true
	}
	for code, at := range codes {
		if !listed[code] {
			t.Errorf("%s: ProblemCodes lacks %q", at, code)
		}
	}
	if listed["error"] || listed["did_you_mean"] || len(listed) < len(codes) {
		t.Errorf("ProblemCodes lists %d codes, the source has %d", len(listed), len(codes))
	}
	for code := range countArg {
		if one, other := locale.N("en", problemsArea+code, 1), locale.N("en", problemsArea+code, 2); one == other {
			t.Errorf("%s is counted (countArg) but its message is not a plural table", code)
		}
	}
}

// TestNoMessageWordsInGo: the words of problems are the catalogue's. No
// graph/messages*.go or problem.go file holds a sentence (two words), a
// choice by language (== "nl", "en" or "fr"), or a table of texts.
func TestNoMessageWordsInGo(t *testing.T) {
	files, _ := filepath.Glob("messages*.go")
	files = append(files, "problem.go")
	words := regexp.MustCompile(`\p{L}{2,}[\s\p{Zs}]+\p{L}{2,}`)
	langs := map[string]bool{`"nl"`: true, `"en"`: true, `"fr"`: true}
	fset := token.NewFileSet()
	n := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		n++
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind != token.STRING {
					break
				}
				s, _ := strconv.Unquote(n.Value)
				if words.MatchString(s) {
					t.Errorf("%s: words in Go: %s", fset.Position(n.Pos()), n.Value)
				}
				if langs[n.Value] {
					t.Errorf("%s: a language chosen in Go: %s", fset.Position(n.Pos()), n.Value)
				}
			case *ast.CompositeLit:
				if id, ok := n.Type.(*ast.Ident); ok && id.Name == "message" {
					t.Errorf("%s: a message table in Go", fset.Position(n.Pos()))
				}
			}
			return true
		})
	}
	if n < 3 {
		t.Fatalf("scanned %d files", n)
	}
}

package graph

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gbo/graph/locale"
)

// The words of every problem are in the catalogue (package locale), in
// graph/locale/messages/problems.LANG.toml: problem code CODE is the
// message problems.CODE, and the text it has in a workbook's sheet, where
// a sheet has rows and the case's settings are a sheet, is
// problems.in_sheet.CODE when the catalogue has one. A message's verbs
// %[1]s, %[2]q … are Problem.Args in order: %q for a value as the user
// typed it (printed exactly so), %s for a name or a number gbo wrote.
// Go chooses which code to say; the catalogue says it.

// problemsArea is the catalogue's area of the problem messages.
const problemsArea = "problems."

// countArg is, for a code whose message is a plural table in the
// catalogue (one = "…", other = "…"), the index of the Arg that is its
// count, which chooses the form by the language's CLDR rule.
var countArg = map[string]int{
	"more_problems":        0,
	"events_after_asof":    0,
	"survey_notes_ignored": 0,
	"survey_rows_missing":  0,
	"xlsx_hidden_columns":  1,
	"survey_other_case":    4,
}

// extraArgs are Args a code's message takes from the catalogue itself,
// after the Args the problem carries: bad_language names the languages
// gbo speaks (locale.List).
var extraArgs = map[string]func(lang string) string{
	"bad_language": locale.List,
}

// Text renders a problem code in lang (any language; one the catalogue
// lacks is English) with its args; an unknown code shows the code itself
// and its args, so nothing is silently lost.
func Text(code, lang string, args ...string) string {
	return render(problemsArea+code, code, lang, args)
}

// render is the message key in lang for a problem of code with args (see
// Text): numbers gbo wrote are in lang's notation (locale.Number), a %q
// arg is quoted exactly as typed, and each "COUNT {one|other}" choice is
// made by lang's plural rule on the message's own counts only, never
// inside an arg.
func render(key, code, lang string, args []string) string {
	lang = locale.Or(lang)
	if !locale.Has(key) {
		return code + " " + strings.Join(args, " ")
	}
	if extra, ok := extraArgs[code]; ok {
		args = append(args[:len(args):len(args)], extra(lang))
	}
	f, _ := locale.Raw(lang, key)
	if i, ok := countArg[code]; ok && i < len(args) {
		if n, err := strconv.ParseInt(strings.ReplaceAll(args[i], ",", ""), 10, 64); err == nil {
			// N without args is the form as the catalogue has it.
			f = locale.N(lang, key, n)
		}
	}
	if len(args) == 0 && !strings.Contains(f, "%%") {
		return f
	}
	// Every arg but a number gbo wrote goes in as a mark, replaced after
	// the plural choices are made, so that no text a user typed is read
	// as a count or a choice.
	as := make([]any, len(args))
	var marks []string
	for i, a := range args {
		q := quoted(f, i)
		if !q {
			if locale.IsEnglishNumber(a) {
				as[i] = locale.Number(lang, a)
				continue
			}
		}
		mark := "\ue000" + string(rune('A'+i)) + "\ue001"
		as[i] = mark
		if q {
			a = strconv.Quote(a)
		}
		marks = append(marks, mark, a)
	}
	s := fmt.Sprintf(unquote.ReplaceAllString(f, "%${1}s"), as...)
	s = locale.Plurals(lang, s)
	return strings.NewReplacer(marks...).Replace(s)
}

// unquote matches a %[n]q verb, which render fills with an arg it quoted
// itself (strconv.Quote, as %q does).
var unquote = regexp.MustCompile(`%(\[\d+\])q`)

// quoted reports whether argument i (0-based) is printed with %q in f: such
// arguments are values as the user typed them and are never rewritten.
func quoted(f string, i int) bool {
	return strings.Contains(f, "%["+strconv.Itoa(i+1)+"]q")
}

// ProblemCodes lists every problem code the catalogue has a message for,
// sorted (problems.CODE, without the sheet variants and the words every
// message shares: error, warning, did_you_mean). A code a reader emits
// and this list lacks is a fault (TestEveryCodeHasAMessage).
func ProblemCodes() []string {
	var codes []string
	for _, key := range locale.Keys(locale.Default) {
		code, ok := strings.CutPrefix(key, problemsArea)
		if !ok || strings.Contains(code, ".") || sharedWords[code] {
			continue
		}
		codes = append(codes, code)
	}
	return codes
}

// sharedWords are the catalogue's problems.* keys that are not codes.
var sharedWords = map[string]bool{"error": true, "warning": true, "did_you_mean": true}

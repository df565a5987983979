package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"gbo/graph"
	"gbo/graph/output"
	"gbo/metrics"
)

// Every problem gbo prints (on standard error, in the report's and the
// compare page's data notes, in any JSON that carries warnings) goes
// through problemText, which shows a person only the way --people says:
// a pseudonym by default, the name with names, nothing with none.

// personArgs marks the problem codes whose args hold a person id or name,
// by arg index. Every problem code must be in personArgs,
// peopleFileArgs or noPersonArgs: TestEveryProblemCodeIsMarkedForPeople
// fails on a new code until it is marked here.
var personArgs = map[string][]int{
	"unknown_person": {0},
	// folds of later references (graph/fold.go): the id is arg 0
	"unknown_person_more": {0}, "unknown_person_more_one": {0},
}

// peopleFileArgs are codes whose args hold a person id where the problem
// is in the people table (people.csv or the people sheet).
var peopleFileArgs = map[string][]int{
	"duplicate_key": {0},
	"xlsx_date_id":  {0},
}

// noPersonArgs are the codes whose args never hold a person: a partner,
// object or kind id, a column or key name, a number, a date, a limit, a
// path or a reader's error text (which quotes no cell).
var noPersonArgs = []string{
	"no_partners",
	"missing_sheet", "missing_event_sheets",
	"labels_not_table", "labels_not_text", "labels_empty", "labels_bad_name", "labels_bad_rungs",
	"labels_rung_count", "labels_rung_twice", "labels_target",
	"depth_kind_is_alias", "depth_alias_taken", "depth_alias_is_kind", "depth_kind_twice",
	"xlsx_part_too_deep", "xlsx_sheet_too_deep", "xlsx_too_much_text",
	"bad_bool", "bad_count", "bad_csv", "bad_date", "impossible_date", "bad_depth", "bad_depth_model", "bad_language",
	"bad_number", "bad_score", "bad_toml", "bad_weight", "bad_xlsx", "case_not_found", "did_you_mean",
	"duplicate_column", "duplicate_id", "empty_file", "empty_value", "event_after_asof", "events_after_asof",
	"extra_field", "field_too_long", "missing_column", "missing_events", "missing_file", "more_problems",
	"no_events", "not_a_case", "self_tie", "too_large", "unknown_column", "unknown_key", "unknown_kind",
	"unknown_object", "unknown_partner", "unknown_sector", "unreadable", "unused_partner",
	// the readers' limits and refusals (messages_read.go)
	"skip_link_outside", "skip_broken_link", "skip_folder", "skip_pipe", "skip_device", "skip_special",
	"depth_model_not_regular", "file_too_large", "toml_too_large", "toml_too_deep", "line_too_long",
	"too_many_columns", "too_many_rows", "too_many_chars", "too_many_event_partners", "too_many_pairs",
	"count_too_large", "weight_out_of_range", "depth_number_out_of_range", "unclosed_quote", "not_utf8",
	"not_utf8_bom", "hostile_chars",
	// the workbook reader (messages_xlsx.go): parts, sheets, rows, columns
	"xlsx_not_zip", "xlsx_bad_part", "xlsx_too_many_parts", "xlsx_too_many_sheets", "xlsx_too_large_unzipped",
	"xlsx_zip_bomb", "xlsx_sheet_broken", "xlsx_too_many_columns", "xlsx_text_too_long", "xlsx_too_many_strings",
	"xlsx_bad_string_index", "xlsx_hidden_sheet", "xlsx_hidden_rows", "xlsx_hidden_row", "xlsx_hidden_column",
	"xlsx_hidden_columns", "xlsx_formula_error", "xlsx_formula_no_value",
	// the survey forms' reader (graph/messages_survey.go): partner ids, sheet and column names, counts
	"survey_no_forms", "survey_too_many_files", "survey_not_xlsx", "survey_lock_file", "survey_form_too_large",
	"survey_no_check", "survey_check_damaged", "survey_version", "survey_too_many_partners", "survey_no_ratings_sheet",
	"survey_missing_column", "survey_no_id", "survey_self_rating", "survey_unknown_partner", "survey_duplicate_row",
	"survey_no_rung", "survey_bad_rung", "survey_bad_rung_own", "survey_bad_score", "survey_other_case", "survey_duplicate_respondent",
	"survey_same_file", "survey_too_much", "survey_unsigned", "survey_bad_signature", "survey_form_for_other",
	"survey_rows_missing", "survey_notes_ignored", "survey_form_too_large_unzipped",
	// folds of later references (graph/fold.go): a partner, object or kind
	"unknown_partner_more", "unknown_partner_more_one", "unknown_object_more", "unknown_object_more_one",
	"unknown_kind_more", "unknown_kind_more_one",
	// sheets and files not read, cases with nothing to analyse, the case sheet's rows (graph/notread.go, casesheet.go)
	"sheet_not_read", "sheet_not_read_like", "sheet_not_read_copy", "file_not_read_like", "file_not_read_copy",
	"no_events_or_ratings", "no_events_or_ratings_sheets", "case_key_empty_part", "case_key_twice", "case_key_unknown", "case_key_bad",
	"case_key_conflict", "case_key_unreadable", "case_bad_days", "case_bad_number", "case_bad_yes_no",
	"case_bad_rung", "case_bad_names", "case_bad_text",
}

// isPeopleFile reports whether a problem's file is the people table:
// people.csv in a folder, the people sheet of a workbook.
func isPeopleFile(file string) bool {
	base := strings.ToLower(withinCase(file))
	base = base[strings.LastIndexAny(base, `/\:`)+1:]
	return strings.TrimSuffix(base, ".csv") == "people"
}

// withinCase is the last element of a problem's file name: the file in a
// folder, the sheet of a workbook.
func withinCase(file string) string {
	return file[strings.LastIndexAny(file, `/\:`)+1:]
}

// personIndexes lists which args of p hold a person.
func personIndexes(p graph.Problem) []int {
	idx := personArgs[p.Code]
	if isPeopleFile(p.Pos.File) {
		idx = append(append([]int(nil), idx...), peopleFileArgs[p.Code]...)
	}
	return idx
}

// knownPeople is every person id and name the case holds, so that an arg
// which is exactly one of them is hidden whatever its code.
func knownPeople(c *graph.Case) map[string]bool {
	out := map[string]bool{}
	if c == nil {
		return out
	}
	for _, p := range c.People {
		out[p.ID] = true
		if p.Name != "" {
			out[p.Name] = true
		}
	}
	for i := range c.Events {
		for _, id := range c.Events[i].People {
			out[id] = true
		}
	}
	return out
}

// problemView renders problems for one case and one audience.
type problemView struct {
	l *loaded
	// shared: the text leaves the machine (the report, the compare page):
	// files are named within the case, never by a path of the machine.
	shared bool
	known  map[string]bool
	pn     *metrics.Pseudonyms
}

// problems makes a view of l's problems; shared as above.
func (l *loaded) problemView(shared bool) *problemView {
	return &problemView{l: l, shared: shared}
}

// text renders p in the case's language, people shown as --people says.
func (v *problemView) text(p graph.Problem) (string, error) {
	idx := personIndexes(p)
	if v.known == nil {
		v.known = knownPeople(v.l.c)
	}
	hide := map[int]bool{}
	for _, i := range idx {
		hide[i] = true
	}
	for i, a := range p.Args {
		if v.known[a] {
			hide[i] = true
		}
	}
	// With names, a person is shown as the file writes them.
	if len(hide) > 0 && v.l.people != metrics.PeopleNames {
		if v.pn == nil {
			pn, err := v.l.pseudonyms()
			if err != nil {
				return "", err
			}
			v.pn = pn
		}
		args := append([]string(nil), p.Args...)
		for i := range args {
			if hide[i] {
				args[i] = v.pn.Person(args[i])
				if args[i] == "" { // --people=none: the person is left out
					args[i] = "…"
				}
			}
		}
		p.Args = args
		if v.known[p.Suggest] {
			p.Suggest = v.pn.Person(p.Suggest)
		}
	}
	if v.shared {
		p.Pos.File = v.l.fileWithinCase(p.Pos.File)
		return v.l.scrubPaths(p.Message(v.l.lang)), nil
	}
	return p.Message(v.l.lang), nil
}

// printProblems prints every problem of a case on standard error, people
// shown as --people says.
func (e *env) printProblems(l *loaded, ps graph.Problems) error {
	v := l.problemView(false)
	for _, p := range ps {
		s, err := v.text(p)
		if err != nil {
			return err
		}
		// The readers drop control and bidi characters already; this is
		// the second line of defence for anything else a message quotes.
		fmt.Fprintln(e.stderr, output.SafeText(s, false))
		e.mem.noteProblem(p, output.SafeText(s, false)) // gbo serve's problem list (serve_run.go)
	}
	return nil
}

// fileWithinCase names a problem's file by its name within the case
// ("partners.csv", the sheet "Interacties"), never by a path of the
// machine; a file outside the case (a --depth-model file) by its own name.
func (l *loaded) fileWithinCase(file string) string {
	if file == "" {
		return ""
	}
	for _, pre := range l.pathPrefixes() {
		if rest, ok := strings.CutPrefix(file, pre); ok && rest != "" && strings.ContainsRune(`/\:`, rune(rest[0])) {
			return rest[1:]
		}
		if file == pre {
			return withinCase(strings.TrimRight(file, `/\`))
		}
	}
	// A workbook outside the label, or another file: its own name, and
	// the sheet.
	name := file
	sheet := ""
	if i := strings.LastIndex(file, ":"); i > 1 && !strings.ContainsAny(file[i+1:], `/\`) {
		name, sheet = file[:i], file[i:]
	}
	return name[strings.LastIndexAny(name, `/\`)+1:] + sheet
}

// pathPrefixes are the ways the case's own path may appear in a message,
// longest first.
func (l *loaded) pathPrefixes() []string {
	var out []string
	add := func(s string) {
		s = strings.TrimRight(s, `/\`)
		if s != "" && s != "." && s != ".." {
			out = append(out, s)
		}
	}
	add(l.label)
	if !strings.HasPrefix(l.label, "sample:") {
		if abs, err := filepath.Abs(l.label); err == nil {
			add(abs)
			if real, err := filepath.EvalSymlinks(abs); err == nil {
				add(real)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// absPath finds what is left of an absolute path in a message: a Unix
// path's folders, or a Windows drive and folders.
var absPath = regexp.MustCompile(`(^|[\s"'(=])(?:/[^/\s"']+)+/|(^|[\s"'(=])[A-Za-z]:\\(?:[^\\\s"']+\\)*`)

// scrubPaths takes every path of the machine out of a message: the case's
// own folder (files in it keep their names within the case; the folder
// alone its own name), the home folder (~) and working folder (.), and the
// folders of any other absolute path.
func (l *loaded) scrubPaths(s string) string {
	type rule struct{ pre, bare string }
	var rules []rule
	for _, pre := range l.pathPrefixes() {
		rules = append(rules, rule{pre, withinCase(pre)})
	}
	if home, err := os.UserHomeDir(); err == nil {
		rules = append(rules, rule{home, "~"})
	}
	if wd, err := os.Getwd(); err == nil {
		rules = append(rules, rule{wd, "."})
	}
	sort.SliceStable(rules, func(i, j int) bool { return len(rules[i].pre) > len(rules[j].pre) })
	for _, r := range rules {
		pre := strings.TrimRight(r.pre, `/\`)
		if len(pre) < 2 {
			continue
		}
		s = strings.ReplaceAll(s, pre+"/", "")
		s = strings.ReplaceAll(s, pre+`\`, "")
		if filepath.IsAbs(pre) {
			s = strings.ReplaceAll(s, pre, r.bare)
		}
	}
	return absPath.ReplaceAllString(s, "$1$2")
}

// sharedNotes are a case's warnings as a page that leaves the machine
// shows them (the report's and the compare page's data notes): people as
// --people says, files by their names within the case. With prefix, each
// note starts with the case's name (the compare page lists several cases).
func (l *loaded) sharedNotes(prefix bool) ([]string, error) {
	v := l.problemView(true)
	var out []string
	for _, p := range l.warnings {
		s, err := v.text(p)
		if err != nil {
			return nil, err
		}
		if prefix {
			s = l.c.Name + ": " + s
		}
		out = append(out, s)
	}
	return out, nil
}

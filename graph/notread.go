package graph

import (
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"gbo/graph/locale"
	"gbo/graph/output"
)

// What is in a case but not read.
//
// A sheet Excel renamed on copying ("Interacties1", "Partners (2)") or a
// file saved under a name of its own ("interactions (1).csv",
// "Interacties.CSV.txt") is not one of the case's tables, so gbo does not
// read it; left unsaid, its rows would silently be missing from every
// output. So every sheet of a workbook that is not read gets a warning that
// names it, says which case sheet it looks like and what to do; and every
// file of a case folder whose name looks like a case file's gets one with
// the name it should have. A case whose partners have no interactions and
// no ratings at all is an error that lists what was found.

// helperSheets are the sheets gbo's own workbooks hold besides the case
// sheets (the instructions and the lists the dropdowns read): not read,
// and nothing to warn about.
var helperSheets = map[string]bool{
	"instructions": true, "instructies": true, "lists": true, "lijsten": true,
}

// copyWords are the words a spreadsheet program or a user adds to a copied
// or re-saved name ("Kopie van", "copy of", ".csv.txt", "Blad"), dropped
// before a name is compared with the case's.
var copyWords = map[string]bool{
	"copy": true, "of": true, "kopie": true, "van": true, "csv": true, "txt": true, "tsv": true,
	"xlsx": true, "xls": true, "ods": true, "toml": true, "bak": true, "backup": true, "old": true,
	"oud": true, "new": true, "nieuw": true, "blad": true, "sheet": true, "tabel": true, "table": true,
}

// caseTableLike is the case table a sheet or file name looks like: the
// name's words (letters only: digits, spaces, brackets and dots dropped)
// without copyWords, matched against the names of case sheets
// (sheetAliases) exactly or, from 5 letters on, within suggest's edit
// distance. It returns the matching name ("interacties") and its table
// ("interactions"), or "" and "".
func caseTableLike(name string) (alias, base string) {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) })
	var b strings.Builder
	for _, w := range words {
		if !copyWords[w] {
			b.WriteString(w)
		}
	}
	key := b.String()
	if key == "" {
		return "", ""
	}
	if base, ok := sheetAliases[key]; ok {
		return key, base
	}
	if len([]rune(key)) < 5 {
		return "", ""
	}
	if s := suggest(key, aliasNames()); s != "" {
		return s, sheetAliases[s]
	}
	return "", ""
}

// aliasNames lists sheetAliases' names in byte order.
func aliasNames() []string {
	out := make([]string, 0, len(sheetAliases))
	for a := range sheetAliases {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

// allSheetNames names every case sheet for a message in lang: first every
// name the reader accepts in lang (sheetNamesByLang): the names of gbo's
// template (the catalogue's workbook.sheet_*, in the order of
// templateTables: "partenaires", "interactions", "liens", … "paramètres"
// in French), then lang's other names table by table ("organisations
// partenaires", "événements", …); then the template's names in the other
// languages of the catalogue not named yet, language by language. Names
// that differ only by accents, case, hyphens or spaces are one name (the
// accented, hyphenated one is shown: "événements", not "evenements").
// sheet_not_read takes it as its second arg when said (extraArgs), so it
// is in the message's language whatever the language of the case.
func allSheetNames(lang string) string {
	lang = locale.Or(lang)
	var names []string
	seen := map[string]bool{}
	add := func(n string) {
		if k := foldName(n); !seen[k] {
			seen[k] = true
			names = append(names, n)
		}
	}
	for _, base := range templateTables {
		add(locale.T(lang, "workbook.sheet_"+base))
	}
	for _, base := range templateTables {
		for _, n := range langSheetNames(lang, base) {
			add(n)
		}
	}
	for _, l := range locale.Languages() {
		for _, base := range templateTables {
			add(locale.T(l, "workbook.sheet_"+base))
		}
	}
	return sheetList(names)
}

// langSheetNames are the names of table base's sheet in lang
// (sheetNamesByLang), the accented and hyphenated spellings first, then in
// byte order.
func langSheetNames(lang, base string) []string {
	var out []string
	for n, b := range sheetNamesByLang[lang] {
		if b == base {
			out = append(out, n)
		}
	}
	marks := func(s string) int {
		n := strings.Count(s, "-")
		for _, r := range s {
			if r > unicode.MaxASCII {
				n += 2
			}
		}
		return n
	}
	sort.Slice(out, func(i, j int) bool {
		if mi, mj := marks(out[i]), marks(out[j]); mi != mj {
			return mi > mj
		}
		return out[i] < out[j]
	})
	return out
}

// warnSheetsNotRead warns about each sheet of wb that is not read: a
// second sheet of a table (a copy), a sheet whose name looks like a case
// sheet's, any other sheet (gbo's own helperSheets aside).
func (r *reader) warnSheetsNotRead(wb *workbook, book string) {
	for _, name := range wb.order {
		pos := Pos{File: book + ":" + output.SafeText(name, false)}
		key := sheetKey(name)
		if _, isTable := tableRank[key]; isTable || key == "case" {
			if read := wb.sheets[key]; read != name && !sheetIsEmpty(wb, name) {
				r.warn(pos, "sheet_not_read_copy", name, read)
			}
			continue
		}
		if helperSheets[key] || sheetIsEmpty(wb, name) { // notread_empty.go
			continue
		}
		alias, base := caseTableLike(name)
		switch read, ok := wb.sheets[base]; {
		case base == "":
			r.warn(pos, "sheet_not_read", name) // and allSheetNames, in the message's language
		case ok:
			r.warn(pos, "sheet_not_read_copy", name, read)
		default:
			r.warn(pos, "sheet_not_read_like", name, alias)
		}
	}
}

// caseFileName is the file a folder reads table base from.
func caseFileName(base string) string {
	if base == "case" {
		return "case.toml"
	}
	return base + ".csv"
}

// dataExt are the extensions of files that may hold a table: a file of
// another kind (a report, a picture) is never taken for one.
var dataExt = map[string]bool{"": true, ".csv": true, ".txt": true, ".tsv": true, ".toml": true,
	".xlsx": true, ".xls": true, ".ods": true, ".bak": true}

// warnFilesNotRead warns about each file of a case folder (files: lower-
// cased name -> name, as folder.list gives them) that is not read but
// whose name looks like a case file's, with the name it should have.
func (r *reader) warnFilesNotRead(files map[string]string) {
	names := make([]string, 0, len(files))
	for low, real := range files {
		if isCaseFile(low) {
			continue
		}
		names = append(names, real)
	}
	sort.Strings(names)
	for _, real := range names {
		if !dataExt[strings.ToLower(filepath.Ext(real))] || strings.HasPrefix(real, ".") {
			continue
		}
		_, base := caseTableLike(real)
		if base == "" {
			continue
		}
		// The name as a position, without the characters no text of
		// gbo may carry (a control character in a file name).
		pos := Pos{File: r.src.posName(output.SafeText(real, false))}
		want := caseFileName(base)
		if other, ok := files[want]; ok {
			r.warn(pos, "file_not_read_copy", real, other)
		} else {
			r.warn(pos, "file_not_read_like", real, want)
		}
	}
}

// isCaseFile reports whether a folder reads the file of lower-cased name low.
func isCaseFile(low string) bool {
	if low == "case.toml" {
		return true
	}
	_, ok := tableRank[strings.TrimSuffix(low, ".csv")]
	return ok && strings.HasSuffix(low, ".csv")
}

// maxFoundListed bounds the files a message lists.
const maxFoundListed = 20

// fileList names the files of a folder for a message, sorted, at most
// maxFoundListed of them and then "…".
func fileList(files map[string]string) string {
	names := make([]string, 0, len(files))
	for _, real := range files {
		names = append(names, real)
	}
	sort.Strings(names)
	more := len(names) > maxFoundListed
	if more {
		names = names[:maxFoundListed]
	}
	s := sheetList(names)
	if more {
		s += ", …"
	}
	return s
}

// nothingToAnalyse reports a case that has two or more partners and
// neither interactions nor ratings, when nothing else explains it (no
// error in the partners, interactions or ties: rows left out for an error
// are the root cause, reported already; an error of the case sheet is
// not) and the caller does not need the partners only
// (Options.PartnersOnly). A case of one partner can hold no tie, so
// nothing of it is missing: it stays a case (of nobody to work with).
// at is where the problem goes; code and args are the message's.
func (r *reader) nothingToAnalyse(at Pos, code string, args ...string) {
	if r.opt.PartnersOnly || len(r.c.Partners) < 2 || len(r.c.Events) > 0 || len(r.c.Ratings) > 0 {
		return
	}
	for _, p := range r.probs {
		if p.Severity != Error {
			continue
		}
		// Rows of events or ratings left out, or of partners (whose
		// events are then left out without a word), or the tables
		// missing: said already.
		switch _, rank := fileRank(p.Pos.File); {
		case rank == tableRank["partners"], rank == tableRank["interactions"], rank == tableRank["ties"],
			strings.HasPrefix(p.Code, "missing_"), p.Code == "more_problems":
			return
		}
	}
	r.fail(at, code, args...)
}

// caseSheetName is wb's case sheet as named there; without one, the name
// gbo's template gives it in the language of the workbook's sheets (the
// language whose template names more of its sheets than any other's does:
// "instellingen" for a Dutch workbook, "paramètres" for a French one), or
// "" when no language does (the message then names it in its own
// language).
func caseSheetName(wb *workbook) string {
	if sheet, ok := wb.sheets["case"]; ok {
		return sheet
	}
	have := map[string]bool{}
	for _, name := range wb.order {
		have[sheetNameKey(name)] = true
	}
	bestLang, best, second := "", 0, 0
	for _, lang := range locale.Languages() {
		n := 0
		for _, base := range templateTables {
			if have[sheetNameKey(locale.T(lang, "workbook.sheet_"+base))] {
				n++
			}
		}
		switch {
		case n > best:
			bestLang, second, best = lang, best, n
		case n > second:
			second = n
		}
	}
	if best == 0 || best == second {
		return ""
	}
	return locale.T(bestLang, "workbook.sheet_case")
}

package graph

import (
	"strings"

	"gbo/graph/locale"
)

// takesCode is the problem code for a value key (a [depth] key, dotted,
// without "depth.") cannot take: it says in words what the key takes.
func takesCode(key string) string {
	parts := strings.Split(key, ".")
	switch {
	case key == "half_life":
		return "case_bad_days"
	case key == "threshold":
		return "case_bad_number"
	case key == "replace_kinds":
		return "case_bad_yes_no"
	case parts[0] == "kinds" && len(parts) == 3 && parts[2] == "aliases", parts[0] == "rungs":
		return "case_bad_names"
	case parts[0] == "kinds":
		return "case_bad_rung"
	}
	return "case_bad_text"
}

// inSheet reports whether a problem's file is a sheet of a workbook:
// "book.xlsx:Sheet" (a sheet's name cannot hold a colon).
func inSheet(file string) bool {
	i := strings.LastIndexByte(file, ':')
	return i > 0 && isWorkbookName(file[:i])
}

// problemText is p's text in lang: problems.in_sheet.CODE for a problem
// in a workbook's sheet when the catalogue has it, else problems.CODE.
func problemText(p Problem, lang string) string {
	if a, ok := p.langArgs[locale.Or(lang)]; ok {
		p.Args = a
	}
	if key := problemsArea + "in_sheet." + p.Code; inSheet(p.Pos.File) && locale.Has(key) {
		return render(key, p.Code, lang, p.Args)
	}
	return Text(p.Code, lang, p.Args...)
}

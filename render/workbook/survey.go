package workbook

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"gbo/graph/locale"
	"gbo/graph/output"
)

// SurveyOptions says which survey form SurveyForm writes. The form's
// layout is graph's (graph/survey.go), which graph.ReadSurveyForms reads
// back: the caller gives its words (Words), its check sheet (CheckSheet,
// Check, RungsColumn) and its rung names (Rungs, OwnRungs) as values
// (cmd/gbo/view_workbook.go).
type SurveyOptions struct {
	// Lang is the form's language: a language of the catalogue
	// (graph/locale); any other is English.
	Lang string
	// Name is the case name (written on the instructions sheet).
	Name string
	// Partners are the partners of the case in case order (at most
	// MaxSurveyPartners).
	Partners []SurveyPartner
	// Respondent is the id of the partner the form is for.
	Respondent string
	// Words are the sheet, column and rung names the reader takes back
	// (graph.SurveyFormWords of Lang).
	Words SurveyWords
	// Rungs are the names of rungs 0-5 the form offers; OwnRungs says they
	// are the case's own ([labels] rungs: graph.SurveyFormRungs), which
	// the check sheet then holds in column RungsColumn (1-based), rows
	// 1-6, for collect to read back.
	Rungs       [6]string
	OwnRungs    bool
	RungsColumn int
	// CheckSheet is the name of the very hidden check sheet, and Check its
	// rows (column A, column B; "" is no cell): graph.SurveyCheckRows,
	// signed with the user's key, so that `gbo survey collect` refuses a
	// form edited to answer as another partner. No rows: ErrNoSurveyKey.
	CheckSheet string
	Check      [][2]string
}

// MaxSurveyPartners is the most partners a survey form lists: the limit
// of gbo survey (graph.MaxSurveyPartners, which a test of cmd/gbo holds
// equal).
const MaxSurveyPartners = 2000

// ErrSurveyTooLarge is returned (wrapped, with the count) for a case of
// more than MaxSurveyPartners partners; ErrNoRespondent for a
// respondent the case does not hold; ErrNoSurveyKey for a form without its
// signed check rows.
var (
	ErrSurveyTooLarge = fmt.Errorf("more partners than a survey may have (%d)", MaxSurveyPartners)
	ErrNoRespondent   = fmt.Errorf("the respondent is not a partner of the case")
	ErrNoSurveyKey    = fmt.Errorf("no key to sign the survey form with")
)

// SurveyForm writes the survey form of opt.Respondent to w: an
// instructions sheet in the form's language, the ratings sheet (every other
// partner of the case in case order, with dropdowns for rung, trust and
// value, a free comment column, the header frozen and explained in cell
// comments) and the very hidden check sheet of opt.Check. The same
// options give the same bytes. No person of the case is written.
func SurveyForm(w io.Writer, opt SurveyOptions) error {
	if len(opt.Partners) > MaxSurveyPartners {
		return fmt.Errorf("%d partners: %w", len(opt.Partners), ErrSurveyTooLarge)
	}
	lang := locale.Or(opt.Lang)
	sw := opt.Words
	var me *SurveyPartner
	for i := range opt.Partners {
		if opt.Partners[i].ID == opt.Respondent {
			me = &opt.Partners[i]
		}
	}
	if me == nil {
		return fmt.Errorf("%q: %w", opt.Respondent, ErrNoRespondent)
	}
	if len(opt.Check) == 0 {
		return ErrNoSurveyKey
	}
	f := excelize.NewFile()
	defer f.Close()
	info, ratings := sw.Instructions, sw.Ratings
	rungs, own := opt.Rungs, opt.OwnRungs // the case's names ([labels] rungs), or GBO's
	if err := f.SetSheetName("Sheet1", info); err != nil {
		return err
	}
	if err := writeSurveyInstructions(f, info, ratings, opt.Name, me, lang, rungs, own); err != nil {
		return err
	}
	if _, err := f.NewSheet(ratings); err != nil {
		return err
	}
	if err := writeRatingsSheet(f, ratings, opt, lang, rungs); err != nil {
		return err
	}
	if _, err := f.NewSheet(opt.CheckSheet); err != nil {
		return err
	}
	for i, row := range opt.Check {
		for j, v := range row {
			if v == "" {
				continue
			}
			if err := f.SetCellStr(opt.CheckSheet, cellName(j+1, i+1), v); err != nil {
				return err
			}
		}
	}
	if own { // collect reads the form's own rung names back from here
		for r, n := range rungs {
			if err := f.SetCellStr(opt.CheckSheet, cellName(opt.RungsColumn, r+1), n); err != nil {
				return err
			}
		}
	}
	if err := f.SetSheetVisible(opt.CheckSheet, false, true); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	_, err := f.WriteTo(w)
	return err
}

// surveyHelpKeys are the catalogue's explanations of the ratings sheet's
// columns (workbook.survey_help_*), in SurveyWords.Columns' order.
var surveyHelpKeys = [7]string{"id", "name", "sector", "rung", "trust", "value", "comment"}

var surveyWidths = [7]float64{22, 40, 16, 22, 12, 12, 48}

// writeRatingsSheet writes the sheet the partner fills in; its rung
// dropdown offers rungs (names of rungs 0-5).
func writeRatingsSheet(f *excelize.File, name string, opt SurveyOptions, lang string, rungs [6]string) error {
	sw := opt.Words
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	if err != nil {
		return err
	}
	text, err := f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": ids stay text
	if err != nil {
		return err
	}
	for i, col := range sw.Columns {
		cell := cellName(i+1, 1)
		if err := f.SetCellStr(name, cell, col); err != nil {
			return err
		}
		if err := f.AddComment(name, excelize.Comment{Author: "gbo", Cell: cell,
			Paragraph: []excelize.RichTextRun{{Text: word(lang, "survey_help_"+surveyHelpKeys[i])}}, Width: 260, Height: 90}); err != nil {
			return err
		}
		letter, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(name, letter, letter, surveyWidths[i]); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(name, "A1", cellName(len(sw.Columns), 1), head); err != nil {
		return err
	}
	row := 2
	for _, p := range opt.Partners {
		if p.ID == opt.Respondent {
			continue
		}
		for i, v := range []string{p.ID, p.Name, p.Sector} {
			if v == "" {
				continue
			}
			if err := f.SetCellStr(name, cellName(i+1, row), output.SafeText(v, false)); err != nil {
				return err
			}
		}
		row++
	}
	last := strconv.Itoa(max(row-1, 2))
	if err := f.SetCellStyle(name, "A2", "A"+last, text); err != nil {
		return err
	}
	rung := excelize.NewDataValidation(true)
	if err := rung.SetDropList(rungs[:]); err != nil || strings.ContainsAny(strings.Join(rungs[:], ""), `,"`) {
		// Names too long for a list in the cell's rule (255 characters),
		// or holding its separator: the list is the check sheet's column
		// of the names (a form of the case's own rungs only).
		rung.SetSqrefDropList(fmt.Sprintf("%s!$%s$1:$%[2]s$6", opt.CheckSheet, string(rune('A'+opt.RungsColumn-1))))
	}
	why := word(lang, "survey_why_rung")
	if rungs != sw.Rungs { // the case's own names: the instructions only list them
		why = word(lang, "survey_why_rung_own")
	}
	rung.SetError(excelize.DataValidationErrorStyleStop, word(lang, "dv_rung_title"), why)
	rung.SetSqref("D2:D" + last)
	if err := f.AddDataValidation(name, rung); err != nil {
		return err
	}
	for _, letter := range []string{"E", "F"} {
		dv := validation("score", lang, "", "", 0)
		dv.SetSqref(letter + "2:" + letter + last)
		if err := f.AddDataValidation(name, dv); err != nil {
			return err
		}
	}
	return f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "D2", ActiveCell: "D2", Pane: "bottomLeft"}}})
}

// writeSurveyInstructions fills the first sheet in lang; ratings is the
// name of the sheet to fill in. rungs are the names of rungs 0-5; own says
// they are the case's ([labels]), which then says what each means itself:
// GBO's descriptions (workbook.survey_rung_*) are left out.
func writeSurveyInstructions(f *excelize.File, name, ratings, caseName string, me *SurveyPartner, lang string, rungs [6]string, own bool) error {
	who := output.SafeText(me.ID, false)
	if me.Name != "" {
		who = output.SafeText(me.Name, false) + " (" + who + ")"
	}
	caseName = output.SafeText(caseName, false)
	w := func(key string) string { return word(lang, key) }
	lines := []string{
		w("survey_title"),
		word(lang, "survey_for", who, caseName),
		"",
		word(lang, "survey_fill", ratings),
		w("survey_fill2"), w("survey_hover"), w("survey_comment"), w("survey_no_client"), w("survey_save"),
		"",
		w("survey_rungs"),
	}
	for r := 0; r <= 5; r++ {
		if own {
			lines = append(lines, fmt.Sprintf("%s (%d)", rungs[r], r))
			continue
		}
		lines = append(lines, word(lang, "survey_rung_line", rungs[r], r, w("survey_rung_"+strconv.Itoa(r))))
	}
	if own {
		lines = append(lines, w("survey_own_rungs"))
	}
	lines = append(lines, "", w("survey_trust_head"))
	for i := 1; i <= 4; i++ {
		lines = append(lines, w("survey_trust_"+strconv.Itoa(i)))
	}
	lines = append(lines, "", w("survey_value_head"))
	for i := 1; i <= 4; i++ {
		lines = append(lines, w("survey_value_"+strconv.Itoa(i)))
	}
	return writeTextSheet(f, name, lines, 130)
}

// maxFileStem bounds a form's file name before ".xlsx" (bytes); Windows
// allows 255 characters per name and about 260 per path.
const maxFileStem = 80

// windowsReserved are the device names Windows refuses as a file name,
// with any extension (con.xlsx too).
var windowsReserved = map[string]bool{"con": true, "prn": true, "aux": true, "nul": true,
	"conin$": true, "conout$": true}

func init() {
	for i := 0; i <= 9; i++ {
		windowsReserved["com"+strconv.Itoa(i)] = true
		windowsReserved["lpt"+strconv.Itoa(i)] = true
	}
	for _, s := range []string{"¹", "²", "³"} {
		windowsReserved["com"+s], windowsReserved["lpt"+s] = true, true
	}
}

// SurveyFileNames are the file names of the forms of ids, in the same
// order, unique by construction: no two equal once case-folded and
// Unicode-normalised (NFC), as Windows' and macOS's file systems compare
// them. A name is the id itself plus ".xlsx" where that is a safe name on
// Windows, macOS and Linux. Characters Windows refuses (<>:"/\|?*,
// control characters) become "_", a trailing dot or space is dropped, a
// reserved device name (CON, NUL, COM1…) gets "_" after it, and a long id
// is cut. Where that changed the id, or two ids would get the same name,
// the name ends in "-" and 6 hex digits of the id's SHA-256; a name that
// still clashes with one given before (an id "a_b-c14cdd" beside an id
// "a/b") gets more digits, then a counter, until it is free.
func SurveyFileNames(ids []string) []string {
	stems := make([]string, len(ids))
	count := map[string]int{}
	for i, id := range ids {
		stems[i] = safeStem(id)
		count[nameKey(stems[i])]++
	}
	// The names kept as they are come first, so a changed id never takes
	// the name an unchanged id has by right.
	taken := map[string]bool{}
	out := make([]string, len(ids))
	for i, id := range ids {
		if s := stems[i]; s == id && count[nameKey(s)] == 1 {
			out[i] = s + ".xlsx"
			taken[nameKey(out[i])] = true
		}
	}
	for i, id := range ids {
		if out[i] != "" {
			continue
		}
		sum := sha256.Sum256([]byte(id))
		digits := hex.EncodeToString(sum[:])
		name := ""
		for n := 6; ; n++ {
			name = stems[i] + "-" + digits[:min(n, len(digits))]
			if n > len(digits) {
				name += "-" + strconv.Itoa(n-len(digits))
			}
			name += ".xlsx"
			if !taken[nameKey(name)] {
				break
			}
		}
		out[i] = name
		taken[nameKey(name)] = true
	}
	return out
}

// nameKey is how file systems that ignore case and Unicode normalisation
// (Windows, macOS) compare a name: case-folded, in NFC.
func nameKey(s string) string {
	return norm.NFC.String(cases.Fold().String(norm.NFD.String(s)))
}

// safeStem is id made safe as a file name (before the hash suffix).
func safeStem(id string) string {
	var b strings.Builder
	for _, r := range id {
		switch {
		case r == utf8.RuneError, r < 0x20, r == 0x7f, strings.ContainsRune(`<>:"/\|?*`, r),
			unicode.Is(unicode.Cf, r), unicode.IsControl(r):
			b.WriteByte('_')
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	s := strings.TrimSpace(b.String())
	for len(s) > maxFileStem {
		_, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
	}
	s = strings.TrimRight(s, ". ")
	s = strings.TrimLeft(s, ".~$")
	if s == "" {
		s = "partner"
	}
	if base, _, _ := strings.Cut(strings.ToLower(s), "."); windowsReserved[base] {
		s = s[:len(base)] + "_" + s[len(base):]
	}
	return s
}

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

	"gbo/graph"
	"gbo/graph/output"
)

// SurveyOptions says which survey form SurveyForm writes.
type SurveyOptions struct {
	// Lang is "nl" for a Dutch form; anything else is English.
	Lang string
	// Case gives the partners (id, name, sector) and the case name.
	Case *graph.Case
	// Respondent is the id of the partner the form is for.
	Respondent string
	// Key signs the form (graph.SurveyKey of the user's pseudonym key,
	// 32 bytes): `gbo survey collect` checks the signature with the same
	// key, so a form edited to answer as another partner is refused.
	Key []byte
}

// ErrSurveyTooLarge is returned (wrapped, with the count) for a case of
// more than graph.MaxSurveyPartners partners; ErrNoRespondent for a
// respondent the case does not hold.
var (
	ErrSurveyTooLarge = fmt.Errorf("more partners than a survey may have (%d)", graph.MaxSurveyPartners)
	ErrNoRespondent   = fmt.Errorf("the respondent is not a partner of the case")
	ErrNoSurveyKey    = fmt.Errorf("no key to sign the survey form with")
)

// SurveyForm writes the survey form of opt.Respondent, signed with opt.Key
// (ErrNoSurveyKey without one), to w: an
// instructions sheet in the form's language, the ratings sheet (every other
// partner of the case in case order, with dropdowns for rung, trust and
// value, a free comment column, the header frozen and explained in cell
// comments) and the very hidden check sheet of graph.SurveyCheckRows. The
// layout is graph's (survey.go), which graph.ReadSurveyForms reads back.
// The same options give the same bytes. No person of the case is written.
func SurveyForm(w io.Writer, opt SurveyOptions) error {
	c := opt.Case
	if c == nil || len(c.Partners) > graph.MaxSurveyPartners {
		n := 0
		if c != nil {
			n = len(c.Partners)
		}
		return fmt.Errorf("%d partners: %w", n, ErrSurveyTooLarge)
	}
	li := 0
	if opt.Lang == "nl" {
		li = 1
	}
	nl := li == 1
	ids := make([]string, len(c.Partners))
	var me *graph.Partner
	for i := range c.Partners {
		ids[i] = c.Partners[i].ID
		if ids[i] == opt.Respondent {
			me = &c.Partners[i]
		}
	}
	if me == nil {
		return fmt.Errorf("%q: %w", opt.Respondent, ErrNoRespondent)
	}
	if len(opt.Key) == 0 {
		return ErrNoSurveyKey
	}
	f := excelize.NewFile()
	defer f.Close()
	info, ratings := graph.SurveyInstructionsSheet[li], graph.SurveyRatingsSheet[li]
	rungs, own := graph.SurveyFormRungs(c, langCode(nl)) // the case's names ([labels] rungs), or GBO's
	if err := f.SetSheetName("Sheet1", info); err != nil {
		return err
	}
	if err := writeSurveyInstructions(f, info, c, me, li, rungs, own); err != nil {
		return err
	}
	if _, err := f.NewSheet(ratings); err != nil {
		return err
	}
	if err := writeRatingsSheet(f, ratings, c, opt.Respondent, li, rungs); err != nil {
		return err
	}
	if _, err := f.NewSheet(graph.SurveyCheckSheet); err != nil {
		return err
	}
	for i, row := range graph.SurveyCheckRows(opt.Respondent, output.SafeText(c.Name, false), langCode(nl), ids, opt.Key) {
		for j, v := range row {
			if v == "" {
				continue
			}
			if err := f.SetCellStr(graph.SurveyCheckSheet, cellName(j+1, i+1), v); err != nil {
				return err
			}
		}
	}
	if own { // collect reads the form's own rung names back from here
		for r, n := range rungs {
			if err := f.SetCellStr(graph.SurveyCheckSheet, cellName(graph.SurveyRungsColumn, r+1), n); err != nil {
				return err
			}
		}
	}
	if err := f.SetSheetVisible(graph.SurveyCheckSheet, false, true); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	_, err := f.WriteTo(w)
	return err
}

func langCode(nl bool) string {
	if nl {
		return "nl"
	}
	return "en"
}

// surveyHelp explains each column of the ratings sheet (English, Dutch).
var surveyHelp = [7][2]string{
	{"The partner you rate (its code). Do not change it.", "De partner die u beoordeelt (zijn code). Verander ze niet."},
	{"Name of the partner organisation.", "Naam van de partnerorganisatie."},
	{"Sector of the partner.", "Sector van de partner."},
	{"How deep your collaboration with this partner goes: choose a rung from the list (see the instructions sheet). Leave the row empty if you do not rate this partner.",
		"Hoe diep uw samenwerking met deze partner gaat: kies een trede uit de lijst (zie het blad Instructies). Laat de rij leeg als u deze partner niet beoordeelt."},
	{"Trust in this partner, 1 (not at all) to 4 (a great deal). Optional.", "Vertrouwen in deze partner, 1 (helemaal niet) tot 4 (heel veel). Niet verplicht."},
	{"Value of this partner for your work and for the partnership, 1 (not at all) to 4 (a great deal). Optional.",
		"Waarde van deze partner voor uw werk en voor het samenwerkingsverband, 1 (helemaal niet) tot 4 (heel veel). Niet verplicht."},
	{"A note for the coordinator, if you wish. gbo never reads it. Never client data or names of people.",
		"Een opmerking voor de coördinator, als u wilt. gbo leest ze nooit in. Nooit cliëntgegevens of namen van personen."},
}

var surveyWidths = [7]float64{22, 40, 16, 22, 12, 12, 48}

// writeRatingsSheet writes the sheet the partner fills in; its rung
// dropdown offers rungs (names of rungs 0-5).
func writeRatingsSheet(f *excelize.File, name string, c *graph.Case, respondent string, li int, rungs [6]string) error {
	nl := li == 1
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	if err != nil {
		return err
	}
	text, err := f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": ids stay text
	if err != nil {
		return err
	}
	for i, col := range graph.SurveyColumns {
		cell := cellName(i+1, 1)
		if err := f.SetCellStr(name, cell, col[li]); err != nil {
			return err
		}
		if err := f.AddComment(name, excelize.Comment{Author: "gbo", Cell: cell,
			Paragraph: []excelize.RichTextRun{{Text: surveyHelp[i][li]}}, Width: 260, Height: 90}); err != nil {
			return err
		}
		letter, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(name, letter, letter, surveyWidths[i]); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(name, "A1", cellName(len(graph.SurveyColumns), 1), head); err != nil {
		return err
	}
	row := 2
	for _, p := range c.Partners {
		if p.ID == respondent {
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
		rung.SetSqrefDropList(fmt.Sprintf("%s!$%s$1:$%[2]s$6", graph.SurveyCheckSheet, string(rune('A'+graph.SurveyRungsColumn-1))))
	}
	pick := func(en, nlText string) string {
		if nl {
			return nlText
		}
		return en
	}
	why := pick("Choose a rung from the list; the instructions sheet says what each means.", "Kies een trede uit de lijst; het blad Instructies zegt wat elke trede betekent.")
	if rungs != graph.SurveyRungNames[li] { // the case's own names: the instructions only list them
		why = pick("Choose a rung from the list; the instructions sheet lists them from 0 to 5.", "Kies een trede uit de lijst; het blad Instructies zet ze op een rij van 0 tot 5.")
	}
	rung.SetError(excelize.DataValidationErrorStyleStop, pick("Rung", "Trede"), why)
	rung.SetSqref("D2:D" + last)
	if err := f.AddDataValidation(name, rung); err != nil {
		return err
	}
	for _, letter := range []string{"E", "F"} {
		dv := validation("score", nl, "", "", 0)
		dv.SetSqref(letter + "2:" + letter + last)
		if err := f.AddDataValidation(name, dv); err != nil {
			return err
		}
	}
	return f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "D2", ActiveCell: "D2", Pane: "bottomLeft"}}})
}

// surveyRungText describes each rung in a sentence (English, Dutch).
var surveyRungText = [6][2]string{
	{"you have no (recent) contact with this partner.", "u hebt geen (recent) contact met deze partner."},
	{"you know each other: you met at an introduction or a network meeting.", "u kent elkaar: u ontmoette elkaar op een kennismaking of een netwerkmoment."},
	{"you exchange information about each other's offer, or train together.", "u wisselt informatie uit over elkaars aanbod, of volgt samen vorming."},
	{"you refer clients to each other (a warm referral included).", "u verwijst cliënten naar elkaar door (ook warm)."},
	{"you align your work: you consult each other about a client's situation, take in clients together, or shape your offer so it does not overlap.",
		"u stemt uw werk af: u overlegt samen over de situatie van een cliënt, onthaalt samen, of stemt uw aanbod af zodat het niet overlapt."},
	{"you act together with shared means or staff, or have adapted your own offer to this partner.",
		"u doet samen acties met gedeelde middelen of gedeeld personeel, of hebt uw eigen aanbod aan deze partner aangepast."},
}

// surveyLevels are the levels 1-4 of trust and value (after the PARTNER
// tool's scale: not at all, a small amount, a fair amount, a great deal),
// each with what it means.
var surveyLevels = [2][4][2]string{
	{ // trust
		{"1 not at all: you cannot count on this partner.", "1 helemaal niet: u kunt niet op deze partner rekenen."},
		{"2 a little: this partner keeps its word now and then.", "2 een beetje: deze partner houdt soms woord."},
		{"3 a fair amount: this partner mostly does what it says and is open with you.", "3 behoorlijk: deze partner doet meestal wat hij zegt en is open met u."},
		{"4 a great deal: you can count on this partner; it is open and shares your aims.", "4 heel veel: u kunt op deze partner rekenen; hij is open en deelt uw doelen."},
	},
	{ // value
		{"1 not at all: the collaboration brings your work and the partnership nothing.", "1 helemaal niet: de samenwerking brengt uw werk en het samenwerkingsverband niets."},
		{"2 a little: it helps now and then.", "2 een beetje: ze helpt af en toe."},
		{"3 a fair amount: it helps your clients and your work regularly.", "3 behoorlijk: ze helpt uw cliënten en uw werk geregeld."},
		{"4 a great deal: your work and the partnership would miss this partner sorely.", "4 heel veel: uw werk en het samenwerkingsverband zouden deze partner erg missen."},
	},
}

// writeSurveyInstructions fills the first sheet. rungs are the names of
// rungs 0-5; own says they are the case's ([labels]), which then says
// what each means itself: GBO's descriptions are left out.
func writeSurveyInstructions(f *excelize.File, name string, c *graph.Case, me *graph.Partner, li int, rungs [6]string, own bool) error {
	who := output.SafeText(me.ID, false)
	if me.Name != "" {
		who = output.SafeText(me.Name, false) + " (" + who + ")"
	}
	caseName := output.SafeText(c.Name, false)
	var lines []string
	if li == 1 {
		lines = []string{
			"Bevraging: hoe werkt uw organisatie samen met de andere partners?",
			"Dit formulier is voor " + who + ", partner van " + caseName + ".",
			"",
			"Vul het blad Beoordelingen in: één rij per andere partner. Kies in elke rij de trede van uw samenwerking met die partner,",
			"en geef vertrouwen en waarde een cijfer van 1 tot 4. Laat een rij leeg als u die partner niet kunt beoordelen.",
			"Ga met de muis over een kolomnaam voor uitleg. Verander de id's, de kolomnamen en de bladnamen niet; de bestandsnaam mag u veranderen.",
			"In de kolom opmerking mag u iets kwijt voor de coördinator; gbo leest die kolom nooit in.",
			"Vul nooit cliëntgegevens in, en nooit namen van personen.",
			"Bewaar het formulier als Excel-werkmap (.xlsx) en stuur het terug naar de coördinator.",
			"",
			"De treden: hoe diep gaat uw samenwerking met deze partner?",
		}
	} else {
		lines = []string{
			"Survey: how does your organisation work with the other partners?",
			"This form is for " + who + ", partner of " + caseName + ".",
			"",
			"Fill in the sheet Ratings: one row per other partner. In each row choose the rung of your collaboration with that partner,",
			"and give trust and value a score from 1 to 4. Leave a row empty if you cannot rate that partner.",
			"Hover over a column name for an explanation. Do not change the ids, the column names or the sheet names; you may rename the file.",
			"The comment column is for a note to the coordinator; gbo never reads that column.",
			"Never enter client data, and never names of people.",
			"Save the form as an Excel workbook (.xlsx) and send it back to the coordinator.",
			"",
			"The rungs: how deep does your collaboration with this partner go?",
		}
	}
	for r := 0; r <= 5; r++ {
		if own {
			lines = append(lines, fmt.Sprintf("%s (%d)", rungs[r], r))
			continue
		}
		lines = append(lines, fmt.Sprintf("%s (%d): %s", rungs[r], r, surveyRungText[r][li]))
	}
	if own {
		lines = append(lines, [2]string{"The rungs as the partnership names them, from 0 (the least) to 5 (the deepest).",
			"De treden zoals het samenwerkingsverband ze noemt, van 0 (het minst) tot 5 (het diepst)."}[li])
	}
	heads := [2][2]string{
		{"", ""},
		{"Trust (1-4): how far can you count on this partner to do what it says, and to work with you openly?",
			"Vertrouwen (1-4): in hoeverre kunt u erop rekenen dat deze partner doet wat hij zegt, en open met u samenwerkt?"},
	}
	lines = append(lines, heads[0][li], heads[1][li])
	for _, l := range surveyLevels[0] {
		lines = append(lines, l[li])
	}
	lines = append(lines, "", [2]string{
		"Value (1-4): how much does working with this partner bring your work, your clients and the aims of the partnership?",
		"Waarde (1-4): hoeveel brengt de samenwerking met deze partner uw werk, uw cliënten en de doelen van het samenwerkingsverband op?"}[li])
	for _, l := range surveyLevels[1] {
		lines = append(lines, l[li])
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

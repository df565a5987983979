package graph

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"

	"gbo/graph/locale"
)

// A survey form is the workbook `gbo survey make` writes for one partner
// (render/workbook.SurveyForm) and `gbo survey collect` reads back
// (ReadSurveyForms). Every partner rates its tie with every other partner,
// as in the PARTNER tool (Varda et al.) and the Levels of Collaboration
// Scale (Frey et al. 2006): how deep (a rung 0-5), how much trust and how
// much value (1-4). The layout below is shared by the writer and the
// reader, so the two cannot drift apart:
//
//   - an instructions sheet (SurveyWords.Instructions), never read;
//   - the ratings sheet (SurveyWords.Ratings): a header row of
//     SurveyWords.Columns, then one row per other partner. The reader finds
//     the columns by their header (in any catalogue language, any case) and the rated
//     partner by the id in its row, so sorted rows still read right; the
//     comment column is never read;
//   - a very hidden check sheet (SurveyCheckSheet) of two columns, made by
//     SurveyCheckRows: the form's tag and version, the respondent's id, the
//     case name, a fingerprint of the case name and the partner list, the
//     form's language, the number of partners, a keyed signature
//     (SurveySignature) of the version, respondent and fingerprint, and
//     the ids of every partner of the survey. A form renamed or re-saved
//     still says whose it is and to which survey it belongs; a form whose
//     respondent was edited (to answer in another partner's name) no
//     longer matches its signature, which only the key's holder can make.

const (
	// SurveyCheckSheet is the name of a form's hidden check sheet.
	SurveyCheckSheet = "gbo"
	// SurveyFormTag and SurveyFormVersion are the first row of the check
	// sheet; a form of another version is refused with a message.
	SurveyFormTag     = "gbo survey form"
	SurveyFormVersion = "2"
	// surveyUnsignedVersion is the version of forms made before forms
	// were signed: refused with what to do.
	surveyUnsignedVersion = "1"
	// MaxSurveyPartners bounds the partners of a survey: a form lists every
	// other partner, and collect holds at most MaxSurveyPartners² ratings.
	// A partnership has 15 to 40 partners.
	MaxSurveyPartners = 2000
	// surveyMaxEntries bounds the entries of the folder of returned forms,
	// counted while the folder is listed.
	surveyMaxEntries = 10000
	// surveyMaxFormBytes bounds one form file: a form of MaxSurveyPartners
	// partners is well under 1 MiB.
	surveyMaxFormBytes = 16 << 20
	// surveyCheckHead is how many rows of the check sheet hold keys; the
	// partner ids follow, one per row.
	surveyCheckHead = 7
	// surveyMaxFormUnzipped bounds what one form may unzip to (its parts
	// together, as the zip declares them, checked before a part is read):
	// a form of MaxSurveyPartners partners unzips to about 0.6 MiB.
	surveyMaxFormUnzipped = 8 << 20
	// SurveyMaxTotalUnzipped bounds what the forms of one folder may unzip
	// to together, summed form by form before each is read (2 GiB: all
	// forms of a survey of MaxSurveyPartners partners unzip to about 1.1
	// GiB). Within it the budget is surveyBudget.
	SurveyMaxTotalUnzipped = 2 << 30
)

// surveyBaseBudget is what the forms of a folder may unzip to together
// before a signed form says how many partners the survey has: 64 MiB
// (a variable for tests).
var surveyBaseBudget int64 = 64 << 20

// surveyBudget is what the forms of a survey of n partners may unzip to
// together: twice what its n forms need (each 32 KiB and 512 bytes per
// partner, more than gbo survey make writes), at least surveyBaseBudget,
// at most SurveyMaxTotalUnzipped. For 30 partners that is 64 MiB, for
// 1,000 about 1.1 GiB. n comes from signed forms only, so a forged form
// cannot raise it.
func surveyBudget(n int) int64 {
	need := int64(32<<10) + int64(n)*512
	return min(max(surveyBaseBudget, 2*int64(n)*need), SurveyMaxTotalUnzipped)
}

// SurveyWords are the words of a survey form in one language, from the
// catalogue (graph/locale/messages/input.LANG.toml): the names of its two
// sheets, the headers of its ratings sheet (by SurveyCol*), and the names
// of rungs 0-5 its dropdown offers.
type SurveyWords struct {
	Instructions, Ratings string
	Columns               [7]string
	Rungs                 [6]string
}

// surveyColumnKeys name the catalogue's keys of the ratings sheet's
// headers, by SurveyCol*.
var surveyColumnKeys = [7]string{"id", "name", "sector", "rung", "trust", "value", "comment"}

// SurveyFormWords are the words of a form in lang (a language the
// catalogue lacks is English, locale.Or).
func SurveyFormWords(lang string) SurveyWords {
	lang = locale.Or(lang)
	w := SurveyWords{
		Instructions: locale.T(lang, "input.survey_sheet_instructions"),
		Ratings:      locale.T(lang, "input.survey_sheet_ratings"),
	}
	for c, k := range surveyColumnKeys {
		w.Columns[c] = locale.T(lang, "input.survey_column_"+k)
	}
	for r := range w.Rungs {
		w.Rungs[r] = locale.T(lang, "input.survey_rung_"+strconv.Itoa(r))
	}
	return w
}

// Columns of the ratings sheet, by index into SurveyWords.Columns.
const (
	SurveyColID = iota
	SurveyColName
	SurveyColSector
	SurveyColRung
	SurveyColTrust
	SurveyColValue
	SurveyColComment
)

// SurveyFingerprint is a short fingerprint (12 hex digits of SHA-256) of
// a survey: the case name and the set of partner ids, in any order. Two
// forms of one `gbo survey make` run share it; a form of another case, or
// of the same case with other partners, does not.
func SurveyFingerprint(caseName string, ids []string) string {
	sorted := slices.Clone(ids)
	slices.Sort(sorted)
	h := sha256.New()
	h.Write([]byte("gbo-survey-" + SurveyFormVersion + "\x00" + caseName))
	for _, id := range sorted {
		h.Write([]byte{0})
		h.Write([]byte(id))
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// SurveyKey derives the key survey forms are signed with from a secret of
// the user (the pseudonym key, 32 bytes): HMAC-SHA256 of a fixed label
// under the secret, so the signature of a form reveals nothing of the
// pseudonym key and the two uses cannot be confused. 32 bytes.
func SurveyKey(secret []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("gbo survey form signature key v1"))
	return m.Sum(nil)
}

// SurveySignature is the signature of the form of respondent in the
// survey of fingerprint: HMAC-SHA256 under key (SurveyKey) of the form
// version, the respondent's id and the fingerprint, as 64 hex digits.
// Without the key no one can make the signature of another respondent.
func SurveySignature(key []byte, respondent, fingerprint string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("gbo-survey-form\x00" + SurveyFormVersion + "\x00" + respondent + "\x00" + fingerprint))
	return hex.EncodeToString(m.Sum(nil))
}

// SurveyCheckRows are the rows (column A, column B) of the check sheet of
// the form of respondent, signed with key (SurveyKey): the keys of
// surveyCheckHead rows, then one id of ids per row (column B empty).
func SurveyCheckRows(respondent, caseName, lang string, ids []string, key []byte) [][2]string {
	fp := SurveyFingerprint(caseName, ids)
	rows := [][2]string{
		{SurveyFormTag, SurveyFormVersion},
		{"respondent", respondent},
		{"case", caseName},
		{"fingerprint", fp},
		{"lang", lang},
		{"partners", strconv.Itoa(len(ids))},
		{"signature", SurveySignature(key, respondent, fp)},
	}
	for _, id := range ids {
		rows = append(rows, [2]string{id, ""})
	}
	return rows
}

// SurveyForm is one form read by ReadSurveyForms.
type SurveyForm struct {
	// File is the form as found in the folder (folder/name.xlsx).
	File string
	// Respondent is the partner the form is for, from its check sheet.
	Respondent string
	// Rated is how many partners the form rates (rows with a rung).
	Rated int
}

// SurveyResult is what the returned forms of one survey hold.
type SurveyResult struct {
	// Case is the case name the forms carry; Lang the language they were
	// made in (a language of the catalogue: "en", "fr", "nl").
	Case, Lang string
	// Partners are the ids of every partner of the survey, sorted.
	Partners []string
	// Forms are the forms read, sorted by respondent.
	Forms []SurveyForm
	// Ratings are the ratings of every form, sorted by From, then To
	// (byte order). Pos is the rung cell. Weight is 0: a form has none.
	Ratings []Rating
	// Inputs are the absolute paths read: the folder and every file in it
	// that was opened (no output may be written over one).
	Inputs []string
}

// SurveyResponse is the response to a survey.
type SurveyResponse struct {
	// Partners is the number of partners of the survey.
	Partners int
	// Answered are the partners whose form rates at least one partner;
	// Empty those whose form came back without a rating; Missing those
	// without a form. Each is sorted; together they are every partner.
	Answered, Empty, Missing []string
	// BothSides is the number of pairs rated by both partners; OneSide
	// the pairs rated by one partner only, of which OneSideUnanswered are
	// pairs whose other partner did not answer at all (the rest: it
	// answered but left this partner blank).
	BothSides, OneSide, OneSideUnanswered int
}

// Response counts who answered and how many pairs are rated by one side
// or by both.
func (s *SurveyResult) Response() SurveyResponse {
	out := SurveyResponse{Partners: len(s.Partners)}
	rated := map[string]int{}
	for _, f := range s.Forms {
		rated[f.Respondent] = f.Rated
	}
	answered := map[string]bool{}
	for _, id := range s.Partners {
		n, ok := rated[id]
		switch {
		case !ok:
			out.Missing = append(out.Missing, id)
		case n == 0:
			out.Empty = append(out.Empty, id)
		default:
			out.Answered = append(out.Answered, id)
			answered[id] = true
		}
	}
	type pair struct{ a, b string }
	type seen struct {
		n     int
		rater string
	}
	sides := map[pair]seen{}
	for _, r := range s.Ratings {
		p := pair{r.From, r.To}
		if p.b < p.a {
			p.a, p.b = p.b, p.a
		}
		sides[p] = seen{sides[p].n + 1, r.From}
	}
	for p, x := range sides {
		if x.n >= 2 {
			out.BothSides++
			continue
		}
		out.OneSide++
		other := p.a
		if x.rater == p.a {
			other = p.b
		}
		if !answered[other] {
			out.OneSideUnanswered++
		}
	}
	return out
}

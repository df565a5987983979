package graph

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// message holds the English and Dutch text of a problem code; %[1]s etc.
// refer to Problem.Args.
type message struct{ en, nl string }

// messages is the catalogue of problem texts. Keep codes snake_case; tests
// check that every code used has both languages.
var messages = map[string]message{
	"missing_file":     {"missing required file %[1]s", "verplicht bestand %[1]s ontbreekt"},
	"missing_events":   {"need interactions.csv or ties.csv (or both)", "interactions.csv of ties.csv (of beide) is nodig"},
	"missing_column":   {"missing required column %[1]q", "verplichte kolom %[1]q ontbreekt"},
	"unknown_column":   {"unknown column %[1]q is ignored", "onbekende kolom %[1]q wordt genegeerd"},
	"duplicate_id":     {"duplicate partner id %[1]q (first on line %[2]s)", "partner-id %[1]q komt dubbel voor (eerst op regel %[2]s)"},
	"unknown_partner":  {"unknown partner id %[1]q", "onbekende partner-id %[1]q"},
	"unknown_kind":     {"unknown kind %[1]q", "onbekende soort %[1]q"},
	"bad_date":         {"bad date %[1]q (expected 2024-03-15, 15/03/2024 or 15-03-2024)", "ongeldige datum %[1]q (verwacht 2024-03-15, 15/03/2024 of 15-03-2024)"},
	"bad_depth":        {"depth %[1]q is not a rung 0-5", "diepte %[1]q is geen trede 0-5"},
	"bad_count":        {"count %[1]q must be a whole number of at least 1", "aantal %[1]q moet een geheel getal van minstens 1 zijn"},
	"bad_number":       {"%[1]q is not a number", "%[1]q is geen getal"},
	"bad_bool":         {"%[1]q is not yes/no", "%[1]q is geen ja/nee"},
	"bad_score":        {"column %[1]q: %[2]q must be a whole number 1-4", "kolom %[1]q: %[2]q moet een geheel getal 1-4 zijn"},
	"empty_value":      {"column %[1]q is empty", "kolom %[1]q is leeg"},
	"bad_csv":          {"cannot read CSV: %[1]s", "kan CSV niet lezen: %[1]s"},
	"bad_toml":         {"cannot read case.toml: %[1]s", "kan case.toml niet lezen: %[1]s"},
	"bad_xlsx":         {"cannot read workbook: %[1]s", "kan werkboek niet lezen: %[1]s"},
	"too_large":        {"file is larger than %[1]s", "bestand is groter dan %[1]s"},
	"field_too_long":   {"field is longer than %[1]s characters", "veld is langer dan %[1]s tekens"},
	"event_after_asof": {"event on %[1]s is after the as-of date %[2]s and is left out", "gebeurtenis op %[1]s valt na de peildatum %[2]s en telt niet mee"},
	"self_tie":         {"%[1]q is tied to itself; ignored", "%[1]q is met zichzelf verbonden; genegeerd"},
	"did_you_mean":     {"; did you mean %[1]q?", "; bedoelde u %[1]q?"},
	"unused_partner":   {"partner %[1]q has no events or ratings", "partner %[1]q heeft geen gebeurtenissen of beoordelingen"},
	"unknown_object":   {"object %[1]q is not in objects.csv", "object %[1]q staat niet in objects.csv"},
	"no_events":        {"too few participants: an event needs at least two partners", "te weinig deelnemers: een gebeurtenis heeft minstens twee partners nodig"},
	"unknown_sector":   {"no partner has sector %[1]q", "geen partner heeft sector %[1]q"},

	// Added by the case readers (read*.go).
	"case_not_found":    {"cannot find case %[1]s", "kan de gegevens %[1]s niet vinden"},
	"not_a_case":        {"%[1]s is not a folder or an .xlsx workbook", "%[1]s is geen map en geen .xlsx-werkboek"},
	"empty_file":        {"file has no header row", "bestand heeft geen kopregel"},
	"unreadable":        {"cannot read file: %[1]s", "kan bestand niet lezen: %[1]s"},
	"extra_field":       {"row has more fields than the %[1]s columns of the header", "rij heeft meer velden dan de %[1]s kolommen van de kopregel"},
	"duplicate_column":  {"column %[1]q appears twice; the second is ignored", "kolom %[1]q komt twee keer voor; de tweede wordt genegeerd"},
	"duplicate_key":     {"duplicate id %[1]q (first on line %[2]s)", "id %[1]q komt dubbel voor (eerst op regel %[2]s)"},
	"bad_weight":        {"weight %[1]q must be a positive number", "gewicht %[1]q moet een positief getal zijn"},
	"more_problems":     {"%[1]s more problems of this kind (%[2]s) are not listed", "nog %[1]s problemen van deze soort (%[2]s) worden niet getoond"},
	"events_after_asof": {"%[1]s events are after the as-of date %[2]s and are left out (the first is here)", "%[1]s gebeurtenissen vallen na de peildatum %[2]s en tellen niet mee (de eerste staat hier)"},
	"unknown_person":    {"person %[1]q is not in people.csv", "persoon %[1]q staat niet in people.csv"},
	"unknown_key":       {"unknown key %[1]q is ignored", "onbekende sleutel %[1]q wordt genegeerd"},
	"bad_language":      {"language %[1]q must be en or nl", "taal %[1]q moet en of nl zijn"},
	"bad_depth_model":   {"bad depth model: %[1]s", "ongeldig dieptemodel: %[1]s"},
}

// Text renders a problem code in lang with its args; an unknown code shows
// the code itself, so nothing is silently lost.
func Text(code, lang string, args ...string) string {
	m, ok := messages[code]
	if !ok {
		return code + " " + strings.Join(args, " ")
	}
	return formatMessage(m, lang, args...)
}

// formatMessage renders m in lang with args (see Text).
func formatMessage(m message, lang string, args ...string) string {
	f := m.en
	if lang == "nl" {
		f = m.nl
	}
	as := make([]any, len(args))
	for i, a := range args {
		as[i] = a
		if lang == "nl" && !quoted(f, i) {
			as[i] = dutchNumber(a)
		}
	}
	return fmt.Sprintf(f, as...)
}

// groupedNumber is a number as gbo itself writes it in a message: digits
// grouped by thousands with commas, an optional decimal part, and an
// optional unit ("1,000,000", "0.000001", "1.5 MiB").
var groupedNumber = regexp.MustCompile(`^-?\d{1,3}(,\d{3})*(\.\d+)?( [A-Za-z]+)?$`)

// dutchNumber writes a number gbo made in Dutch notation: "1.000.000",
// "0,000001". Other text is returned as it is.
func dutchNumber(s string) string {
	if !groupedNumber.MatchString(s) {
		return s
	}
	return strings.NewReplacer(",", ".", ".", ",").Replace(s)
}

// quoted reports whether argument i (0-based) is printed with %q in f: such
// arguments are values as the user typed them and are never rewritten.
func quoted(f string, i int) bool {
	return strings.Contains(f, "%["+strconv.Itoa(i+1)+"]q")
}

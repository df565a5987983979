package main

import (
	"fmt"
	"regexp"
	"strconv"
)

// texts holds every message the CLI itself prints, in English and Dutch.
var texts = map[string][2]string{
	"no_case":          {"no case given: name a folder, an .xlsx file or sample:NAME (see gbo sample)", "geen gegevens opgegeven: geef een map, een .xlsx-bestand of sample:NAAM (zie gbo sample)"},
	"too_many_args":    {"one case expected, got %d {argument|arguments}: %v", "één samenwerkingsverband verwacht, %d {argument|argumenten} gekregen: %v"},
	"unknown_sample":   {"no sample called %q; the samples are: %s", "er is geen voorbeeld %q; de voorbeelden zijn: %s"},
	"cannot_open":      {"cannot open case %s: %v", "kan de gegevens %s niet openen: %v"},
	"errors_found":     {"%d {error|errors} in %s: nothing was written", "%d {fout|fouten} in %s: er is niets geschreven"},
	"bad_date_flag":    {"--%s: %q is not a date (2024-03-15 or 15/03/2024)", "--%s: %q is geen datum (2024-03-15 of 15/03/2024)"},
	"bad_people":       {"--people must be pseudonyms, names or none, not %q", "--people moet pseudonyms, names of none zijn, niet %q"},
	"bad_lang":         {"--lang must be en or nl, not %q", "--lang moet en of nl zijn, niet %q"},
	"depth_model":      {"depth model: %v", "dieptemodel: %v"},
	"valid":            {"%s: %d {partner|partners}, %d {event|events}, %d {rating|ratings}, %d {object|objects}, %d {person|people}; %d {error|errors}, %d {warning|warnings}", "%s: %d {partner|partners}, %d {gebeurtenis|gebeurtenissen}, %d {beoordeling|beoordelingen}, %d {object|objecten}, %d {persoon|personen}; %d {fout|fouten}, %d {waarschuwing|waarschuwingen}"},
	"valid_ties":       {"%d {tie|ties} scored as of %s: %s", "%d {band|banden} gescoord op peildatum %s: %s"},
	"no_tie":           {"no evidence for a tie between %s and %s", "geen gegevens over een band tussen %s en %s"},
	"explain_form":     {"--explain wants two partner ids: A,B", "--explain verwacht twee partner-id's: A,B"},
	"sample_written":   {"wrote sample %s to %s: fill in these files for your own partnership", "voorbeeld %s geschreven naar %s: vul deze bestanden in voor uw eigen samenwerkingsverband"},
	"generated":        {"wrote a synthetic case of %d {partner|partners} and %d {event|events} to %s", "synthetische gegevens met %d {partner|partners} en %d {gebeurtenis|gebeurtenissen} geschreven naar %s"},
	"write_over_input": {"refusing to write %s: it is one of the input files", "%s wordt niet geschreven: het is een invoerbestand"},
	"wrote":            {"wrote %s", "%s geschreven"},
	"need_output":      {"-o FILE is required", "-o BESTAND is verplicht"},
	"unknown_command":  {"unknown command %q; try gbo --help", "onbekend commando %q; probeer gbo --help"},
	"unknown_partner":  {"unknown partner %q", "onbekende partner %q"},
	"singles_out":      {"note: %d {figure concerns|figures concern} a single person (pseudonymised). In a small team a pseudonym or a tie carried by one person can still point to someone: check before you publish.", "let op: %d {cijfer gaat|cijfers gaan} over één persoon (met pseudoniem). In een klein team kan een pseudoniem of een band die op één persoon rust toch naar iemand wijzen: kijk dit na voordat u het publiceert."},
}

// pluralForm is a count followed by its noun's two forms in braces, as the
// catalogue writes them: "%d {fout|fouten}".
var pluralForm = regexp.MustCompile(`(^|[^\w.,])(\d[\d.,]*) \{([^|{}]*)\|([^|{}]*)\}`)

// plurals picks, in a formatted message, the form after each count: the
// first for exactly 1, the second otherwise (English and Dutch agree: 0 and
// 2 take the plural). This is the one place plurals are chosen.
func plurals(s string) string {
	return pluralForm.ReplaceAllStringFunc(s, func(m string) string {
		g := pluralForm.FindStringSubmatch(m)
		if g[2] == "1" {
			return g[1] + g[2] + " " + g[3]
		}
		return g[1] + g[2] + " " + g[4]
	})
}

// plural is n and the form of a noun that goes with it: plural(1, "fout",
// "fouten") is "1 fout", plural(2, …) "2 fouten" (the rule of plurals).
func plural(n int64, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.FormatInt(n, 10) + " " + many
}

func tr(lang, key string, args ...any) string {
	t, ok := texts[key]
	if !ok {
		return key
	}
	f := t[0]
	if lang == "nl" {
		f = t[1]
	}
	return plurals(fmt.Sprintf(f, args...))
}

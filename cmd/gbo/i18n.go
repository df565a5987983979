package main

import "fmt"

// texts holds every message the CLI itself prints, in English and Dutch.
var texts = map[string][2]string{
	"no_case":          {"no case given: name a folder, an .xlsx file or sample:NAME (see `gbo sample`)", "geen case opgegeven: geef een map, een .xlsx-bestand of sample:NAAM (zie `gbo sample`)"},
	"too_many_args":    {"one case expected, got %d arguments: %v", "één case verwacht, %d argumenten gekregen: %v"},
	"unknown_sample":   {"no sample called %q; the samples are: %s", "er is geen voorbeeld %q; de voorbeelden zijn: %s"},
	"cannot_open":      {"cannot open case %s: %v", "kan case %s niet openen: %v"},
	"errors_found":     {"%d error(s) in %s: nothing was written", "%d fout(en) in %s: er is niets geschreven"},
	"bad_date_flag":    {"--%s: %q is not a date (2024-03-15 or 15/03/2024)", "--%s: %q is geen datum (2024-03-15 of 15/03/2024)"},
	"bad_people":       {"--people must be pseudonyms, names or none, not %q", "--people moet pseudonyms, names of none zijn, niet %q"},
	"bad_lang":         {"--lang must be en or nl, not %q", "--lang moet en of nl zijn, niet %q"},
	"depth_model":      {"depth model: %v", "dieptemodel: %v"},
	"valid":            {"%s: %d partners, %d events, %d ratings, %d objects, %d people; %d error(s), %d warning(s)", "%s: %d partners, %d gebeurtenissen, %d beoordelingen, %d objecten, %d personen; %d fout(en), %d waarschuwing(en)"},
	"valid_ties":       {"%d ties scored as of %s: %s", "%d banden gescoord op %s: %s"},
	"no_tie":           {"no evidence for a tie between %s and %s", "geen gegevens over een band tussen %s en %s"},
	"explain_form":     {"--explain wants two partner ids: A,B", "--explain verwacht twee partner-id's: A,B"},
	"sample_written":   {"wrote sample %s to %s: fill in these files for your own partnership", "voorbeeld %s geschreven naar %s: vul deze bestanden in voor uw eigen samenwerkingsverband"},
	"generated":        {"wrote a synthetic case of %d partners and %d events to %s", "synthetische case met %d partners en %d gebeurtenissen geschreven naar %s"},
	"write_over_input": {"refusing to write %s: it is one of the input files", "%s wordt niet geschreven: het is een invoerbestand"},
	"wrote":            {"wrote %s", "%s geschreven"},
	"need_output":      {"-o FILE is required", "-o BESTAND is verplicht"},
	"unknown_command":  {"unknown command %q; try gbo --help", "onbekend commando %q; probeer gbo --help"},
	"unknown_partner":  {"unknown partner %q", "onbekende partner %q"},
	"singles_out":      {"note: %d figure(s) concern a single person (pseudonymised). In a small team a pseudonym or a tie carried by one person can still point to someone: check before you publish.", "let op: %d cijfer(s) gaan over één persoon (met pseudoniem). In een klein team kan een pseudoniem of een band die op één persoon rust toch naar iemand wijzen: kijk dit na voor u het publiceert."},
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
	return fmt.Sprintf(f, args...)
}

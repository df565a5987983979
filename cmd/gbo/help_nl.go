package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// flagNL is each flag's help in Dutch, for --lang nl.
var flagNL = map[string]string{
	"as-of":              "datum waarop de analyse kijkt (standaard: as_of uit case.toml, anders de laatste gebeurtenis)",
	"color":              "kleur volgens sector, community (groep) of core (kern)",
	"depth-model":        "TOML-bestand dat het dieptemodel aanpast (soorten, treden, half_life, threshold, combine)",
	"directed":           "makelaarschap volgens wie het initiatief nam of beoordeelde, niet elke band in beide richtingen",
	"drop-shared-events": "een vertrekkende partner neemt ook de gedeelde gebeurtenissen mee (een bovengrens)",
	"engine":             "Graphviz-schikking: neato, sfdp, dot of circo (standaard: volgens grootte)",
	"events":             "aantal gebeurtenissen",
	"explain":            "A,B: toon de gegevens achter de band tussen partners A en B",
	"focus":              "ID: teken enkel de partners binnen --radius banden van deze partner",
	"format":             "uitvoervorm: table, csv, json of md",
	"key-players":        "K: de K partners wier vertrek het netwerk het meest versnippert (Borgatti 2006)",
	"lang":               "taal van berichten en uitvoer: en of nl (standaard: de taal van de case, anders en)",
	"level":              "wat de tabel toont: network, partners of ties (json toont alles)",
	"min-depth":          "laagste trede (0-5) waarop een paar als band van het netwerk telt",
	"no-people":          "geen personen",
	"objects":            "aantal kandidaat-grensobjecten",
	"output":             "het uitvoerbestand (of de map bij anonymise)",
	"partners":           "aantal partners (generate), of keep/sector (anonymise)",
	"people":             "hoe personen verschijnen: pseudonyms, names of none",
	"periods":            "BEGIN..EINDE,BEGIN..EINDE,...: één case over de tijd",
	"radius":             "met --focus: hoeveel banden ver",
	"sector":             "teken enkel de partners van deze sector en wie met hen verbonden is",
	"seed":               "startwaarde van het toeval: dezelfde waarde geeft dezelfde case",
	"since":              "laat gebeurtenissen voor deze datum weg",
	"size":               "grootte van de knopen volgens degree, strength of betweenness",
	"two-mode":           "teken ook de objecten, verbonden met de partners die eraan werken",
	"without":            "ID: analyseer het netwerk zonder deze partner (de coördinator, bijvoorbeeld)",
}

// The help templates as urfave/cli ships them, kept to restore English after
// a Dutch run in the same process (the tests run many).
var (
	appHelpEN     = cli.AppHelpTemplate
	commandHelpEN = cli.CommandHelpTemplate
)

// helpHeadings are the English headings of urfave/cli's help and their
// Dutch words.
var helpHeadings = [][2]string{
	{"NAME:", "NAAM:"}, {"USAGE:", "GEBRUIK:"}, {"DESCRIPTION:", "BESCHRIJVING:"},
	{"COMMANDS:", "COMMANDO'S:"}, {"GLOBAL OPTIONS:", "ALGEMENE OPTIES:"}, {"OPTIONS:", "OPTIES:"},
	{"[global options]", "[algemene opties]"}, {"command [command options]", "commando [opties]"},
	{"[command options]", "[opties]"}, {"[arguments...]", "[argumenten...]"},
}

// localiseHelp sets the help of app in lang: headings, command and flag
// descriptions.
func localiseHelp(app *cli.App, lang string) {
	cli.AppHelpTemplate, cli.CommandHelpTemplate = appHelpEN, commandHelpEN
	if lang != "nl" {
		return
	}
	for _, h := range helpHeadings {
		cli.AppHelpTemplate = strings.ReplaceAll(cli.AppHelpTemplate, h[0], h[1])
		cli.CommandHelpTemplate = strings.ReplaceAll(cli.CommandHelpTemplate, h[0], h[1])
	}
	app.Usage = "samenwerkingsnetwerken van GBO-samenwerkingsverbanden: diepte van banden, bruggen, grensobjecten, zwakke schakels"
	setFlagsNL(app.Flags)
	for _, cmd := range app.Commands {
		if u, ok := usageNL[cmd.Name]; ok {
			cmd.Usage = u
		}
		setFlagsNL(cmd.Flags)
	}
}

func setFlagsNL(flags []cli.Flag) {
	for _, f := range flags {
		u, ok := flagNL[f.Names()[0]]
		if !ok {
			continue
		}
		switch x := f.(type) {
		case *cli.StringFlag:
			x.Usage = u
		case *cli.IntFlag:
			x.Usage = u
		case *cli.BoolFlag:
			x.Usage = u
		case *cli.Uint64Flag:
			x.Usage, x.DefaultText = u, "" // the Dutch text says the default
		case *cli.UintFlag:
			x.Usage, x.DefaultText = u, ""
		}
	}
}

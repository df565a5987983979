package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
)

// flagNL is each flag's help in Dutch, for --lang nl, keyed by the flag's
// name ("as-of"); a key "COMMAND NAME" ("compare waves", "survey make
// output") is that command's own help for the flag and takes precedence,
// for a flag whose meaning differs between commands.
var flagNL = map[string]string{
	"export waves":       "de gegevens zijn opeenvolgende metingen van één samenwerkingsverband, in volgorde van peildatum: één dynamische GEXF over die metingen, voor de tijdlijn van Gephi (-o NAAM.gexf)",
	"as-of":              "peildatum: de datum waarop de analyse kijkt (standaard: as_of uit case.toml, anders de laatste gebeurtenis)",
	"color":              "kleur volgens sector, community (groep) of core (kern)",
	"depth-model":        "TOML-bestand dat het dieptemodel aanpast (soorten, treden, half_life, threshold, combine)",
	"directed":           "makelaarschap volgens wie het initiatief nam of beoordeelde, niet elke band in beide richtingen",
	"drop-shared-events": "een vertrekkende partner neemt ook de gedeelde gebeurtenissen mee (een bovengrens)",
	"engine":             "Graphviz-schikking: sfdp (elke grootte), neato, dot, twopi (tot 500 partners), fdp of circo (tot 150) (standaard: volgens grootte)",
	"events":             "aantal gebeurtenissen",
	"explain":            "A,B: toon de gegevens achter de band tussen partners A en B",
	"focus":              "ID: teken enkel de partners binnen --radius banden van deze partner",
	"format":             "uitvoervorm: table (tabel), csv, json of md",
	"key-players":        "K: de K partners wier vertrek het netwerk het meest versnippert (Borgatti 2006)",
	"lang":               "taal van berichten en uitvoer: en of nl (standaard: de taal van de gegevens, anders en)",
	"level":              "wat de tabel toont: network (netwerk), partners of ties (banden); json toont alles",
	"min-depth":          "laagste trede (0-5) waarop een paar als band van het netwerk telt",
	"no-people":          "geen personen",
	"objects":            "aantal kandidaat-grensobjecten",
	"output":             "het uitvoerbestand (of de map bij anonymise)",
	"partners":           "aantal partners (generate), of keep/sector (anonymise)",
	"people":             "hoe personen verschijnen: pseudonyms, names of none",
	"periods":            "BEGIN..EINDE,BEGIN..EINDE,...: één samenwerkingsverband over de tijd",
	"radius":             "met --focus: hoeveel banden ver",
	"sector":             "teken enkel de partners van deze sector en wie met hen verbonden is",
	"seed":               "startwaarde van het toeval: dezelfde waarde geeft dezelfde gegevens",
	"since":              "laat gebeurtenissen voor deze datum weg",
	"size":               "grootte van de knopen volgens degree (aantal banden), strength (sterkte) of betweenness (tussenpositie)",
	"two-mode":           "teken ook de objecten, verbonden met de partners die eraan werken",
	"without":            "ID: analyseer het netwerk zonder deze partner (de coördinator, bijvoorbeeld)",
}

// descNL is each command's description (DESCRIPTION, with its examples) in
// Dutch, for --lang nl; "" is gbo's own.
var descNL = map[string]string{
	"": `gbo leest de gegevens van een samenwerkingsverband: een map met CSV-bestanden, één
.xlsx-werkmap, of een meegeleverd voorbeeld (sample:NAAM). Opties mogen voor of na de
gegevens staan.

Voorbeelden:
   gbo sample                                   de meegeleverde voorbeelden tonen
   gbo report sample:grensobject -o rapport.html --lang nl
                                                een rapport voor een stuurgroep
   gbo map sample:grensobject -o kaart.svg      de netwerkkaart
   gbo ties sample:grensobject                  elk paar partners en hoe diep ze samenwerken
   gbo ties sample:grensobject --explain caw-scheldemeersen,wm-scheldemeersen
   gbo validate ./mijn-gegevens                 gegevens nakijken: elke fout met bestand, regel en kolom
   gbo ties mijn-gegevens.xlsx --format csv > banden.csv
   gbo --lang nl ties sample:kennismaking --as-of 2025-06-30
   gbo sample grensobject ./mijn-gegevens       een voorbeeld als sjabloon wegschrijven om in te vullen`,
	"validate": `Afsluitcode 0 als de gegevens geanalyseerd kunnen worden (waarschuwingen mogen), 2 als
dat niet kan.

Voorbeelden:
   gbo validate ./mijn-gegevens
   gbo validate export.xlsx --lang nl`,
	"ties": `Elke band krijgt een trede (0 geen contact .. 5 integratie) en een dieptescore waarvan
de breuk de vooruitgang naar de volgende trede is, met de gebeurtenissen, data, wie het
initiatief nam, objecten, dragers (personen per kant) en signalen van zwakke schakels.

Voorbeelden:
   gbo ties sample:grensobject
   gbo ties ./mijn-gegevens --format json > banden.json
   gbo ties mijn-gegevens.xlsx --as-of 2025-06-30 --since 2024-07-01
   gbo ties sample:grensobject --explain caw-scheldemeersen,wm-scheldemeersen`,
	"metrics": `Dichtheid, delen, centralisatie, transitiviteit, clustering, diameter, groepen
(Louvain); per partner het aantal banden, de sterkte, de tussenpositie (in stappen en
gewogen), nabijheid, eigenvector, PageRank, Burts ingeslotenheid en effectieve grootte,
kerngetal en makelaarschap tussen sectoren; per band: brug, lokale brug, overspanning en
ingebedheid.

Voorbeelden:
   gbo metrics sample:intersectoraal
   gbo metrics sample:intersectoraal --level ties --format csv > banden.csv
   gbo metrics ./mijn-gegevens --min-depth 3 --format json`,
	"brokers": `Een verbindende partner is een snijpunt van het netwerk (de enige verbinding tussen
sommige partners en de rest), of hoort bij de 10% met de hoogste tussenpositie, of bij wie
het meest tussen sectoren bemiddelt.

Voorbeelden:
   gbo brokers sample:sleutelfiguren
   gbo --lang nl brokers sample:intersectoraal --format md`,
	"objects": `Een object is een grensobject als zijn gebeurtenissen minstens 3 partners uit minstens
2 sectoren samenbrengen, kern en extern, tot op doorverwijzing (trede 3) of dieper; een object
dat sectoren overspant maar minder diep gaat is een kandidaat; anders is het lokaal, of
ongebruikt.

Voorbeelden:
   gbo objects sample:grensobject
   gbo --lang nl objects sample:grensobject --format md`,
	"weak": `Zwakke schakels, in twee families. Kwetsbaar (de band kan verdwijnen): bruggen, diepe
banden die op één persoon rusten, banden in één richting (drie of meer contacten, alle
gestart door één kant), banden die beide kanten twee of meer treden verschillend beoordelen.
Dun (minder diep dan beoogd): kernpartners die niet verder komen dan kennisdeling, banden
onder hun doel, vervagende banden. Ook: paren kernpartners zonder band, en externe partners
zonder diepe band met de kern. Kwetsbaarheid: voor elke partner en elke persoon (met zijn
partner en rol) de diepe banden die wegvallen, de banden die verzwakken en de paren partners
die elke verbinding verliezen als die vertrekt.

Voorbeelden:
   gbo weak sample:sleutelfiguren
   gbo weak sample:kennismaking --without regie-kempenrand     (het netwerk zonder de coördinator)
   gbo weak sample:intersectoraal --key-players 3 --format json`,
	"map": `Partners gekleurd volgens sector (CAW, OCMW en DMW altijd in dezelfde kleuren),
kernpartners als rechthoeken, grootte volgens een maat, banden donkerder en breder naarmate
ze dieper gaan, verbindende partners en zwakke schakels gemarkeerd, met een legende en de
peildatum in de afbeelding.

Voorbeelden:
   gbo map sample:grensobject -o kaart.svg
   gbo map sample:grensobject -o kaart.png --lang nl --size betweenness
   gbo map sample:sleutelfiguren -o ego.svg --focus caw-leiedal --radius 1
   gbo map sample:grensobject -o objecten.svg --two-mode
   gbo map sample:kennismaking -o zonder.svg --without regie-kempenrand --min-depth 2`,
	"export": `De vorm volgt uit de bestandsnaam: .gexf (Gephi), .graphml, .json (networkx
node-link) of .csv (één rij per band in BESTAND.csv, één per partner in
BESTAND-partners.csv). Elke partner draagt zijn sector, of hij kernpartner is, zijn
kenmerken en elke maat; elke band zijn diepte, score, bewijs en signalen.

Voorbeelden:
   gbo export sample:grensobject -o netwerk.gexf
   gbo export ./mijn-gegevens -o netwerk.graphml --min-depth 2`,
	"report": `Kerncijfers met wat ze betekenen, het diepteprofiel, een interactieve kaart, een
warmtekaart per sector, verbindende partners, grensobjecten, zwakke schakels en
kwetsbaarheid, opmerkingen bij de gegevens en de methode. Werkt zonder internet, print op
A4 en laadt niets van het web.

Voorbeelden:
   gbo report sample:grensobject -o rapport.html --lang nl
   gbo report ./mijn-gegevens -o report.html --lang en --as-of 2025-06-30`,
	"compare": `Met meerdere samenwerkingsverbanden: hun netwerkcijfers naast elkaar. Met één
samenwerkingsverband en --periods: wat veranderde van de ene periode naar de volgende (nieuwe,
verdwenen, verdiepte en verzwakte banden, de overgangen tussen treden, partners die
centraler of minder centraal werden). -o vergelijking.html schrijft een pagina met kleine
diepteprofielen en kaarten naast elkaar.

Voorbeelden:
   gbo compare sample:golf-2024 sample:golf-2025
   gbo compare sample:kennismaking sample:grensobject sample:sleutelfiguren sample:intersectoraal -o vergelijking.html
   gbo compare sample:grensobject --periods 2023-01-01..2023-12-31,2024-01-01..2024-12-31 --format json`,
	"anonymise": `Personen worden pseudoniemen onder uw sleutel (hun namen en rollen vallen weg), kolommen
met vrije tekst (herkomst en beschrijving van objecten, extra kolommen van partners, notities)
vallen weg, en met --partners sector is elke partner enkel gekend als sector en een nummer
(in een volgorde die alleen uw pseudoniemsleutel geeft), en vallen de naam, de regio en de
gemeenten van het samenwerkingsverband weg. De kopie geeft dezelfde cijfers als het
origineel. Wat weggelaten werd, en wat nog naar een partner kan wijzen, staat op de
standaardfoutuitvoer.

Voorbeelden:
   gbo anonymise ./mijn-gegevens -o ./deelbaar
   gbo anonymise export.xlsx -o ./deelbaar --partners sector`,
	"sample": `De voorbeelden zijn verzonnen samenwerkingsverbanden; gebruik er één als sample:NAAM
overal waar gegevens gevraagd worden.

Voorbeelden:
   gbo sample
   gbo sample grensobject ./mijn-gegevens      (vul daarna de CSV-bestanden daar in)
   gbo sample grensobject mijn-gegevens.xlsx   (een werkmap om in Excel in te vullen)
   gbo ties sample:grensobject`,
	"template": `De werkmap heeft een eerste blad met instructies, dan één blad per gegevensbestand
(in het Engels, of in het Nederlands met --lang nl), met de kopregel vastgezet en uitgelegd in
een opmerking, en keuzelijsten voor soorten, treden, partner-id's, sectoren en ja/nee. gbo leest
de ingevulde werkmap als gegevens. Met --from wordt ze gevuld met bestaande gegevens; namen van
personen worden nooit geschreven (personen houden hun code).

Voorbeelden:
   gbo template -o gegevens.xlsx --lang nl
   gbo template --from sample:grensobject -o grensobject.xlsx
   gbo template --from ./mijn-gegevens -o mijn-gegevens.xlsx`,
	"generate": `Voorbeelden:
   gbo generate --partners 40 --events 2000 ./proef
   gbo generate --partners 2000 --events 1000000 --seed 7 ./groot`,
}

// argsNL is the Dutch for the arguments of a command's usage line.
var argsNL = strings.NewReplacer("CASE", "GEGEVENS", "NAME", "NAAM", "DIR", "MAP")

// The help templates, the flag printer and the help flag's words as
// urfave/cli ships them, kept to restore English after a Dutch run in the
// same process (the tests run many).
var (
	appHelpEN        = cli.AppHelpTemplate
	commandHelpEN    = cli.CommandHelpTemplate
	subcommandHelpEN = cli.SubcommandHelpTemplate
	flagStringerEN   = cli.FlagStringer
	helpUsageEN      = cli.HelpFlag.(*cli.BoolFlag).Usage
)

// flagStringerNL prints a flag's help line as urfave/cli does, in Dutch:
// "(standaard: …)" and "waarde" for the value.
// A default the Dutch usage already names, and a switch's "false", are not
// said twice.
func flagStringerNL(f cli.Flag) string {
	s := flagStringerEN(f)
	names, usage, ok := strings.Cut(s, "\t")
	if !ok {
		return s
	}
	names = strings.ReplaceAll(names, " value", " waarde")
	if i := strings.LastIndex(usage, " (default: "); i >= 0 && strings.HasSuffix(usage, ")") {
		def := usage[i+len(" (default: ") : len(usage)-1]
		usage = usage[:i]
		if !strings.Contains(usage, "standaard") && def != "false" {
			usage += " (standaard: " + def + ")"
		}
	}
	return names + "\t" + usage
}

// usageErrorNL is urfave/cli's answer to a command line it cannot parse
// ("Incorrect Usage: …" and the help), in Dutch; the error keeps exit
// status 2.
func usageErrorNL(name string) cli.OnUsageErrorFunc {
	return func(c *cli.Context, err error, isSub bool) error {
		msg := flagErrorNL(err.Error())
		help := "gbo --lang nl --help"
		if name != "" {
			help = "gbo --lang nl " + name + " --help"
		}
		fmt.Fprintf(c.App.Writer, "Onjuist gebruik: %s\n%s toont alle opties.\n", msg, help)
		return usageErr(msg)
	}
}

// flagErrorNL says in Dutch what Go's flag package says in English.
func flagErrorNL(msg string) string {
	for _, r := range [][2]string{
		{"flag provided but not defined: ", "deze optie bestaat niet: "},
		{"flag needs an argument: ", "deze optie verwacht een waarde: "},
		{"invalid value ", "ongeldige waarde "},
		{" for flag ", " voor optie "},
		{"parse error", "geen geldig getal"},
		{"invalid syntax", "geen geldig getal"},
		{"value out of range", "waarde buiten het bereik"},
	} {
		msg = strings.ReplaceAll(msg, r[0], r[1])
	}
	return msg
}

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
	cli.AppHelpTemplate, cli.CommandHelpTemplate, cli.SubcommandHelpTemplate = appHelpEN, commandHelpEN, subcommandHelpEN
	cli.FlagStringer = flagStringerEN
	cli.HelpFlag.(*cli.BoolFlag).Usage = helpUsageEN
	if lang != "nl" {
		return
	}
	cli.FlagStringer = flagStringerNL
	cli.HelpFlag.(*cli.BoolFlag).Usage = "toon deze hulp"
	app.Description = descNL[""]
	app.OnUsageError = usageErrorNL("")
	for _, h := range helpHeadings {
		cli.AppHelpTemplate = strings.ReplaceAll(cli.AppHelpTemplate, h[0], h[1])
		cli.CommandHelpTemplate = strings.ReplaceAll(cli.CommandHelpTemplate, h[0], h[1])
		cli.SubcommandHelpTemplate = strings.ReplaceAll(cli.SubcommandHelpTemplate, h[0], h[1])
	}
	app.Usage = "samenwerkingsnetwerken van GBO-samenwerkingsverbanden: diepte van banden, bruggen, grensobjecten, zwakke schakels"
	setFlagsNL(app.Flags)
	for _, cmd := range app.Commands {
		if u, ok := usageNL[cmd.Name]; ok {
			cmd.Usage = u
		}
		if d, ok := descNL[cmd.Name]; ok {
			cmd.Description = d
		}
		cmd.ArgsUsage = argsNL.Replace(cmd.ArgsUsage)
		if cmd.UsageText == "" {
			cmd.UsageText = "gbo " + cmd.Name + " [opties] " + cmd.ArgsUsage
		}
		cmd.OnUsageError = usageErrorNL(cmd.Name)
		setFlagsNLFor(cmd.Name, cmd.Flags)
		if len(cmd.Subcommands) > 0 {
			localiseSurveySteps(cmd)
		}
	}
}

// setFlagsNL puts each flag's Dutch help, flagNL[name], in its usage.
func setFlagsNL(flags []cli.Flag) { setFlagsNLFor("", flags) }

// setFlagsNLFor is setFlagsNL for the flags of command cmd ("compare";
// "survey make" for a step): flagNL[cmd+" "+name] where there is one,
// else flagNL[name].
func setFlagsNLFor(cmd string, flags []cli.Flag) {
	for _, f := range flags {
		u, ok := flagNL[cmd+" "+f.Names()[0]]
		if !ok || cmd == "" {
			u, ok = flagNL[f.Names()[0]]
		}
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

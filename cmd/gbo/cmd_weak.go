package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/metrics"
	"gbo/metrics/fragility"
)

func weakCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "weak",
		Usage:     "weak links with their reasons, and what each partner's or person's leaving would cost",
		ArgsUsage: "CASE",
		Description: `Weak links: bridges, core partners stuck at knowledge sharing, deep ties that rest
on one person, fading ties, one-sided ties, ties below their target. Fragility: for every
partner and every person, the deep ties lost, ties weakened and pairs of partners that
lose every path if they leave.

Examples:
   gbo weak sample:sleutelfiguren
   gbo weak sample:kennismaking --without regie-kempenrand     (the network without the coordinator)
   gbo weak sample:intersectoraal --key-players 3 --format json`,
		Flags: append(caseFlags(),
			&cli.IntFlag{Name: "key-players", Usage: "K: the set of K partners whose leaving fragments the network most (Borgatti 2006)"},
			&cli.BoolFlag{Name: "drop-shared-events", Usage: "a leaving partner takes the events it shared with others too (an upper bound)"},
		),
		Action: func(c *cli.Context) error {
			l, err := loadCase(c, e)
			if err != nil {
				return err
			}
			e.progress.stage(map[bool]string{false: "weighing every departure", true: "elk vertrek doorrekenen"}[l.lang == "nl"])
			defer e.progress.done()
			if _, err := l.pseudonyms(); err != nil { // the key, checked before any work
				return err
			}
			out := weakOutput(l, c)
			if n := singledOut(out.JSON.(weakDoc)); n > 0 {
				fmt.Fprintln(e.stderr, tr(l.lang, "singles_out", n))
			}
			return e.print(l.format, out)
		},
	}
}

type costDoc struct {
	fragility.Cost
	Name string `json:"name,omitempty"`
}

type weakLinkDoc struct {
	fragility.WeakLink
	Texts []string `json:"texts"`
}

type withoutDoc struct {
	ID     string                 `json:"id"`
	Before metrics.NetworkFigures `json:"before"`
	After  metrics.NetworkFigures `json:"after"`
}

type weakDoc struct {
	Case              caseHeader            `json:"case"`
	Weak              []weakLinkDoc         `json:"weak"`
	IsolatedExternals []string              `json:"isolated_externals"`
	Fragility         []costDoc             `json:"fragility"`
	PeopleUnknown     bool                  `json:"people_unknown"`
	KeyPlayers        []fragility.KeyPlayer `json:"key_players,omitempty"`
	Without           *withoutDoc           `json:"without,omitempty"`
}

func weakOutput(l *loaded, c *cli.Context) Output {
	lang := l.lang
	minDepth := c.Int("min-depth")
	wr := fragility.WeakLinks(l.scored, minDepth)
	costs := fragility.Fragility(l.scored, minDepth, fragility.Options{DropSharedEvents: c.Bool("drop-shared-events")})
	pn, _ := l.pseudonyms() // read and checked by the command
	names := partnerNames(l)
	doc := weakDoc{Case: l.header(), Weak: []weakLinkDoc{}, IsolatedExternals: wr.IsolatedExternals,
		Fragility: []costDoc{}, PeopleUnknown: fragility.PeopleUnknown(l.scored)}
	if doc.IsolatedExternals == nil {
		doc.IsolatedExternals = []string{}
	}
	t := Table{Cols: cols(lang, "a", "A", "A", "b", "B", "B", "depth", "depth", "diepte", "reasons", "why weak", "waarom zwak")}
	for _, w := range wr.Weak {
		d := weakLinkDoc{WeakLink: w}
		for _, r := range w.Reasons {
			d.Texts = append(d.Texts, metrics.ReasonText(r, lang))
		}
		doc.Weak = append(doc.Weak, d)
		t.Rows = append(t.Rows, []string{w.A, w.B, strconv.Itoa(w.Depth), strings.Join(d.Texts, "; ")})
	}
	for _, cost := range costs {
		cd := costDoc{Cost: cost}
		if cost.Kind == fragility.KindPerson {
			if l.people == metrics.PeopleNone {
				continue
			}
			cd.ID = pn.Person(cost.ID)
		} else {
			cd.Name = names[cost.ID]
		}
		doc.Fragility = append(doc.Fragility, cd)
	}
	if k := c.Int("key-players"); k > 0 {
		doc.KeyPlayers = fragility.KeyPlayers(l.scored.Network(minDepth), k)
	}
	out := Output{JSON: doc, Table: t}
	nl := lang == "nl"
	pick := func(en, du string) string {
		if nl {
			return du
		}
		return en
	}
	if len(wr.Weak) == 0 {
		out.Before = append(out.Before, pick("No weak links.", "Geen zwakke schakels."))
	}
	if len(doc.IsolatedExternals) > 0 {
		out.Notes = append(out.Notes, "", pick("External partners with no tie of rung 3 (referral) or more to any core partner: ",
			"Externe partners zonder band van trede 3 (doorverwijzing) of hoger met een kernpartner: ")+strings.Join(doc.IsolatedExternals, ", "))
	}
	out.Notes = append(out.Notes, "", pick("What a departure would cost (worst first):", "Wat een vertrek zou kosten (ergste eerst):"))
	shown := 0
	for _, cd := range doc.Fragility {
		if cd.DeepTiesLost == 0 && cd.PairsDisconnected == 0 && cd.TiesWeakened == 0 {
			continue
		}
		if shown == 15 {
			out.Notes = append(out.Notes, pick("  … (all rows with --format csv or json)", "  … (alle rijen met --format csv of json)"))
			break
		}
		shown++
		who := cd.ID
		if cd.Name != "" {
			who = cd.Name + " (" + cd.ID + ")"
		}
		kind := map[string][2]string{fragility.KindPartner: {"partner", "partner"}, fragility.KindPerson: {"person", "persoon"}}[cd.Kind]
		out.Notes = append(out.Notes, fmt.Sprintf("  %-8s %-50s %s", pick(kind[0], kind[1]), who,
			fmt.Sprintf(pick("%d deep ties lost, %d weakened, %d pairs cut off", "%d diepe banden weg, %d verzwakt, %d paren afgesneden"),
				cd.DeepTiesLost, cd.TiesWeakened, cd.PairsDisconnected)))
	}
	if doc.PeopleUnknown {
		out.Notes = append(out.Notes, pick("  Person-dependence cannot be judged: the case names no people (people.csv or a people column).",
			"  Persoonsafhankelijkheid kan niet beoordeeld worden: de case noemt geen personen (people.csv of een kolom personen)."))
	}
	for _, kp := range doc.KeyPlayers {
		out.Notes = append(out.Notes, fmt.Sprintf(pick("  key player %s: fragmentation %.3f once gone", "  sleutelspeler %s: fragmentatie %.3f na vertrek"), kp.ID, kp.Fragmentation))
	}
	if l.original != nil {
		doc.Without = &withoutDoc{ID: l.without, Before: metrics.Measure(l.original, metrics.MeasureOptions{MinDepth: minDepth}).Network, After: metrics.Measure(l.scored, metrics.MeasureOptions{MinDepth: minDepth}).Network}
		out.JSON = doc
		out.Before = append(out.Before, comparisonLines(lang, doc.Without)...)
	}
	return out
}

func comparisonLines(lang string, w *withoutDoc) []string {
	nl := lang == "nl"
	head := fmt.Sprintf("Network with and without %s:", w.ID)
	if nl {
		head = fmt.Sprintf("Netwerk met en zonder %s:", w.ID)
	}
	lines := []string{head}
	b, a := networkRows(lang, w.Before), networkRows(lang, w.After)
	for i := range b {
		if i >= 13 {
			break
		}
		lines = append(lines, fmt.Sprintf("  %-26s %12s → %s", b[i][1], b[i][2], a[i][2]))
	}
	return append(lines, "")
}

func partnerNames(l *loaded) map[string]string {
	m := make(map[string]string, len(l.c.Partners))
	for _, p := range l.c.Partners {
		m[p.ID] = p.Name
	}
	return m
}

// singledOut counts the figures of a weak-link document that concern one
// person: person rows of fragility, and ties flagged single_carrier.
func singledOut(d weakDoc) int {
	n := 0
	for _, c := range d.Fragility {
		if c.Kind == fragility.KindPerson && (c.DeepTiesLost > 0 || c.TiesWeakened > 0 || c.PairsDisconnected > 0) {
			n++
		}
	}
	for _, w := range d.Weak {
		for _, r := range w.Reasons {
			if r == metrics.ReasonSingleCarrier {
				n++
			}
		}
	}
	return n
}

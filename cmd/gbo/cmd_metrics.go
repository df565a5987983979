package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/metrics"
	"gbo/metrics/measures"
)

func metricsCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "metrics",
		Usage:     "network, partner and tie measures of the tie graph (networkx conventions)",
		ArgsUsage: "CASE",
		Description: `Density, components, centralisation, transitivity, clustering, diameter, Louvain
communities; per partner degree, strength, betweenness (hops and weighted), closeness,
eigenvector, PageRank, Burt's constraint and effective size, core number, brokerage by
sector; per tie bridge, local bridge, span and embeddedness.

Examples:
   gbo metrics sample:intersectoraal
   gbo metrics sample:intersectoraal --level ties --format csv > ties.csv
   gbo metrics ./mijn-case --min-depth 3 --format json`,
		Flags: append(append(caseFlags(),
			&cli.StringFlag{Name: "level", Value: "partners", Usage: "what the table shows: network, partners or ties (json shows all)"},
			&cli.BoolFlag{Name: "directed", Usage: "brokerage on who initiated or rated, not on each tie both ways"},
		), csvFlags()...),
		Action: func(c *cli.Context) error {
			l, err := loadCase(c, e)
			if err != nil {
				return err
			}
			e.progress.stage(map[bool]string{false: "computing the measures", true: "maten berekenen"}[l.lang == "nl"])
			defer e.progress.done()
			m := measures.Measure(l.scored, measures.MeasureOptions{MinDepth: c.Int("min-depth"), Directed: c.Bool("directed")})
			return e.print(l.format, metricsOutput(l, m, c.String("level")))
		},
	}
}

type metricsDoc struct {
	Case     caseHeader                `json:"case"`
	Network  measures.NetworkFigures   `json:"network"`
	Partners []measures.PartnerFigures `json:"partners"`
	Ties     []measures.TieFigures     `json:"ties"`
	// Survey is the response to the survey (ties.csv); null without ratings.
	Survey *measures.Survey `json:"survey"`
}

func f3(v float64) string { return strconv.FormatFloat(v, 'f', 3, 64) }

func f3p(v *float64) string {
	if v == nil {
		return ""
	}
	return f3(*v)
}

func networkRows(lang string, n measures.NetworkFigures) [][]string {
	prof := make([]string, len(n.DepthProfile))
	for i, c := range n.DepthProfile {
		prof[i] = strconv.Itoa(c)
	}
	nl := lang == "nl"
	label := func(en, du string) string {
		if nl {
			return du
		}
		return en
	}
	return [][]string{
		{"partners", label("partners", "partners"), strconv.Itoa(n.Partners)},
		{"ties", label("ties", "banden"), strconv.Itoa(n.Ties)},
		{"density", label("density", "dichtheid"), f3(n.Density)},
		{"components", label("components", "componenten"), strconv.Itoa(n.Components)},
		{"mean_depth", label("mean depth", "gemiddelde diepte"), f3(n.MeanDepth)},
		{"depth_profile", label("ties per rung 1-5", "banden per trede 1-5"), strings.Join(prof, " ")},
		{"degree_centralization", label("degree centralisation", "degreecentralisatie"), f3(n.DegreeCentralization)},
		{"transitivity", label("transitivity", "transitiviteit"), f3(n.Transitivity)},
		{"average_clustering", label("average clustering", "gemiddelde clustering"), f3(n.AverageClustering)},
		{"diameter", label("diameter", "diameter"), strconv.Itoa(n.Diameter)},
		{"average_path_length", label("average path length", "gemiddelde padlengte"), f3(n.AveragePathLength)},
		{"modularity", label("modularity", "modulariteit"), f3(n.Modularity)},
		{"communities", label("communities", "gemeenschappen"), strconv.Itoa(n.Communities)},
		{"articulation_points", label("cut points", "snijpunten"), strings.Join(n.ArticulationPoints, " ")},
		{"bridges", label("bridges", "bruggen"), strconv.Itoa(len(n.Bridges))},
	}
}

func metricsOutput(l *loaded, m *measures.Measures, level string) Output {
	lang := l.lang
	doc := metricsDoc{Case: l.header(), Network: m.Network, Partners: m.Partners, Ties: m.Ties, Survey: measures.SurveyOf(l.scored)}
	out := Output{JSON: doc}
	switch level {
	case "network":
		out.Table = Table{Cols: cols(lang, "measure", "measure", "maat", "label", "", "", "value", "value", "waarde")}
		out.Table.Rows = networkRows(lang, m.Network)
		rows := out.Table.Rows
		// the measure, its label, and the cut points' partner ids
		out.Table.TextCell = func(r, c int) bool { return c < 2 || rows[r][0] == "articulation_points" }
	case "ties":
		out.Table = Table{Cols: cols(lang, "a", "A", "A", "b", "B", "B", "depth", "depth", "diepte", "weight", "weight", "gewicht",
			"bridge", "bridge", "brug", "local_bridge", "local bridge", "lokale brug", "span", "span", "span",
			"embeddedness", "embeddedness", "inbedding")}
		for _, t := range m.Ties {
			out.Table.Rows = append(out.Table.Rows, []string{t.A, t.B, strconv.Itoa(t.Depth), f3(t.Weight),
				yesNo(t.Bridge, lang), yesNo(t.LocalBridge, lang), intp(t.Span), strconv.Itoa(t.Embeddedness)})
		}
	default:
		out.Table = Table{Cols: cols(lang, "id", "partner", "partner", "sector", "sector", "sector",
			"degree", "degree", "graad", "strength", "strength", "sterkte", "betweenness", "betweenness", "betweenness",
			"betweenness_weighted", "betw. weighted", "betw. gewogen", "closeness", "closeness", "nabijheid",
			"eigenvector", "eigenvector", "eigenvector", "pagerank", "pagerank", "pagerank",
			"constraint", "constraint", "constraint", "effective_size", "eff. size", "eff. grootte",
			"core_number", "core", "kern-k", "clustering", "clustering", "clustering", "community", "community", "gemeenschap",
			"articulation_point", "cut point", "snijpunt", "brokerage_total", "brokerage", "makelaarschap")}
		for _, p := range m.Partners {
			out.Table.Rows = append(out.Table.Rows, []string{p.ID, p.Sector, strconv.Itoa(p.Degree), f3(p.Strength),
				f3(p.Betweenness), f3(p.BetweennessWeighted), f3(p.Closeness), f3(p.Eigenvector), f3(p.Pagerank),
				f3p(p.Constraint), f3p(p.EffectiveSize), strconv.Itoa(p.CoreNumber), f3(p.Clustering),
				strconv.Itoa(p.Community), yesNo(p.ArticulationPoint, lang), fmt.Sprintf("%.0f", p.Brokerage.Total)})
		}
		for _, r := range networkRows(lang, m.Network)[:8] {
			out.Before = append(out.Before, fmt.Sprintf("%s: %s", r[1], r[2]))
		}
		out.Before = append(out.Before, "")
	}
	return out
}

func yesNo(b bool, lang string) string {
	switch {
	case b && lang == "nl":
		return "ja"
	case b:
		return "yes"
	case lang == "nl":
		return "nee"
	}
	return "no"
}

func brokersCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "brokers",
		Usage:     "bridging partners, ranked, each with the reasons in plain words",
		ArgsUsage: "CASE",
		Description: `A bridging partner is a cut point of the network (the only link between some
partners and the rest), or in the top 10% by betweenness, or by brokerage across sectors.

Examples:
   gbo brokers sample:sleutelfiguren
   gbo --lang nl brokers sample:intersectoraal --format md`,
		Flags: append(append(caseFlags(),
			&cli.BoolFlag{Name: "directed", Usage: "brokerage on who initiated or rated, not on each tie both ways"},
		), csvFlags()...),
		Action: func(c *cli.Context) error {
			l, err := loadCase(c, e)
			if err != nil {
				return err
			}
			m := measures.Measure(l.scored, measures.MeasureOptions{MinDepth: c.Int("min-depth"), Directed: c.Bool("directed")})
			return e.print(l.format, brokersOutput(l, measures.Brokers(l.scored, m)))
		},
	}
}

type reasonDoc struct {
	measures.BrokerReason
	Text string `json:"text"`
}

type brokerDoc struct {
	measures.PartnerFigures
	PairsCut int64       `json:"pairs_cut"`
	Reasons  []reasonDoc `json:"reasons"`
}

func brokersOutput(l *loaded, bs []measures.Broker) Output {
	lang := l.lang
	doc := struct {
		Case    caseHeader  `json:"case"`
		Brokers []brokerDoc `json:"brokers"`
		// Notes are codes that qualify the list: "no_core" when no
		// partner is core (no reason can say a partner links others to
		// the core).
		Notes []string `json:"notes,omitempty"`
	}{Case: l.header(), Brokers: []brokerDoc{}}
	core := coreGroup(l.c, lang)
	t := Table{Cols: cols(lang, "rank", "#", "#", "id", "partner", "partner", "name", "name", "naam", "sector", "sector", "sector",
		"betweenness", "betweenness", "betweenness", "reasons", "why", "waarom")}
	for i, b := range bs {
		d := brokerDoc{PartnerFigures: b.PartnerFigures, PairsCut: b.PairsCut}
		var texts []string
		for _, r := range b.Reasons {
			d.Reasons = append(d.Reasons, reasonDoc{r, r.TextIn(lang, core)})
			texts = append(texts, r.TextIn(lang, core))
		}
		doc.Brokers = append(doc.Brokers, d)
		t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), b.ID, b.Name, b.Sector, f3(b.Betweenness), strings.Join(texts, "; ")})
	}
	if !metrics.HasCore(l.c) {
		doc.Notes = []string{noteNoCore}
	}
	out := Output{JSON: doc, Table: t}
	if len(bs) == 0 {
		out.Notes = []string{map[bool]string{false: "No bridging partners: no cut point, and no partner stands out.", true: "Geen verbindende partners: geen snijpunt, en geen partner springt eruit."}[lang == "nl"]}
	}
	if !metrics.HasCore(l.c) {
		// The group in the case's words where [labels] names it.
		group, core := map[bool]string{false: "core", true: "kern"}[lang == "nl"], map[bool]string{false: "core partners", true: "kernpartners"}[lang == "nl"]
		if own := coreGroup(l.c, lang); own != "" {
			group, core = own, own
		}
		out.Notes = append(out.Notes, fmt.Sprintf(map[bool]string{
			false: "No partner is marked as core, so no reason says whom a partner links to the %s. Mark %s with a ‘core’ column.",
			true:  "Geen enkele partner is als kern aangeduid, dus geen reden zegt wie een partner met de %s verbindt. Duid %s aan met een kolom ‘kern’.",
		}[lang == "nl"], group, core))
	}
	return out
}

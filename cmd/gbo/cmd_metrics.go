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
		Name: "metrics",
		Flags: append(append(caseFlags(),
			&cli.StringFlag{Name: "level", Value: "partners"},
			&cli.BoolFlag{Name: "directed"},
		), csvFlags()...),
		Action: func(c *cli.Context) error {
			return runMetrics(metricsOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c), Level: c.String("level"), Directed: c.Bool("directed")}, e)
		},
	}
}

// metricsOptions are gbo metrics' flags and arguments.
type metricsOptions struct {
	Args     []string // CASE
	Common   caseOptions
	Level    string // --level: network, partners or ties
	Directed bool   // --directed: the measures of the rated directions
}

// runMetrics is gbo metrics: the network's, partners' and ties' measures.
func runMetrics(o metricsOptions, e *env) error {
	l, err := loadCase(o.Common, o.Args, e)
	if err != nil {
		return err
	}
	e.progress.stage(tr(l.lang, "stage_measures"))
	defer e.progress.done()
	m := measures.Measure(l.scored, measures.MeasureOptions{MinDepth: o.Common.MinDepth, Directed: o.Directed})
	return e.print(l.format, metricsOutput(l, m, o.Level))
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
	label := func(key string) string { return tr(lang, "net_"+key) }
	return [][]string{
		{"partners", label("partners"), strconv.Itoa(n.Partners)},
		{"ties", label("ties"), strconv.Itoa(n.Ties)},
		{"density", label("density"), f3(n.Density)},
		{"components", label("components"), strconv.Itoa(n.Components)},
		{"mean_depth", label("mean_depth"), f3(n.MeanDepth)},
		{"depth_profile", label("depth_profile"), strings.Join(prof, " ")},
		{"degree_centralization", label("degree_centralization"), f3(n.DegreeCentralization)},
		{"transitivity", label("transitivity"), f3(n.Transitivity)},
		{"average_clustering", label("average_clustering"), f3(n.AverageClustering)},
		{"diameter", label("diameter"), strconv.Itoa(n.Diameter)},
		{"average_path_length", label("average_path_length"), f3(n.AveragePathLength)},
		{"modularity", label("modularity"), f3(n.Modularity)},
		{"communities", label("communities"), strconv.Itoa(n.Communities)},
		{"articulation_points", label("articulation_points"), strings.Join(n.ArticulationPoints, " ")},
		{"bridges", label("bridges"), strconv.Itoa(len(n.Bridges))},
	}
}

func metricsOutput(l *loaded, m *measures.Measures, level string) Output {
	lang := l.lang
	doc := metricsDoc{Case: l.header(), Network: m.Network, Partners: m.Partners, Ties: m.Ties, Survey: measures.SurveyOf(l.scored)}
	out := Output{JSON: doc}
	switch level {
	case "network":
		out.Table = Table{Cols: cols(lang, "net",
			"measure", "label", "value")}
		out.Table.Rows = networkRows(lang, m.Network)
		rows := out.Table.Rows
		// the measure, its label, and the cut points' partner ids
		out.Table.TextCell = func(r, c int) bool { return c < 2 || rows[r][0] == "articulation_points" }
	case "ties":
		out.Table = Table{Cols: cols(lang, "mties",
			"a", "b", "depth", "weight", "bridge", "local_bridge", "span", "embeddedness")}
		for _, t := range m.Ties {
			out.Table.Rows = append(out.Table.Rows, []string{t.A, t.B, strconv.Itoa(t.Depth), f3(t.Weight),
				yesNo(t.Bridge, lang), yesNo(t.LocalBridge, lang), intp(t.Span), strconv.Itoa(t.Embeddedness)})
		}
	default:
		out.Table = Table{Cols: cols(lang, "partners",
			"id", "sector", "degree", "strength", "betweenness", "betweenness_weighted", "closeness", "eigenvector",
			"pagerank", "constraint", "effective_size", "core_number", "clustering", "community", "articulation_point", "brokerage_total")}
		for _, p := range m.Partners {
			out.Table.Rows = append(out.Table.Rows, []string{p.ID, p.Sector, strconv.Itoa(p.Degree), f3(p.Strength),
				f3(p.Betweenness), f3(p.BetweennessWeighted), f3(p.Closeness), f3(p.Eigenvector), f3(p.Pagerank),
				f3p(p.Constraint), f3p(p.EffectiveSize), strconv.Itoa(p.CoreNumber), f3(p.Clustering),
				strconv.Itoa(p.Community), yesNo(p.ArticulationPoint, lang), fmt.Sprintf("%.0f", p.Brokerage.Total)})
		}
		for _, r := range networkRows(lang, m.Network)[:8] {
			out.Before = append(out.Before, tr(lang, "label_value", r[1], r[2]))
		}
		out.Before = append(out.Before, "")
	}
	return out
}

func yesNo(b bool, lang string) string {
	if b {
		return tr(lang, "yes")
	}
	return tr(lang, "no")
}

func brokersCommand(e *env) *cli.Command {
	return &cli.Command{
		Name: "brokers",
		Flags: append(append(caseFlags(),
			&cli.BoolFlag{Name: "directed"},
		), csvFlags()...),
		Action: func(c *cli.Context) error {
			return runBrokers(brokersOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c), Directed: c.Bool("directed")}, e)
		},
	}
}

// brokersOptions are gbo brokers' flags and arguments.
type brokersOptions struct {
	Args     []string // CASE
	Common   caseOptions
	Directed bool // --directed
}

// runBrokers is gbo brokers: the bridging partners and why.
func runBrokers(o brokersOptions, e *env) error {
	l, err := loadCase(o.Common, o.Args, e)
	if err != nil {
		return err
	}
	m := measures.Measure(l.scored, measures.MeasureOptions{MinDepth: o.Common.MinDepth, Directed: o.Directed})
	return e.print(l.format, brokersOutput(l, measures.Brokers(l.scored, m)))
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

// brokersDoc is gbo brokers' JSON document.
type brokersDoc struct {
	Case    caseHeader  `json:"case"`
	Brokers []brokerDoc `json:"brokers"`
	// Notes are codes that qualify the list: "no_core" when no
	// partner is core (no reason can say a partner links others to
	// the core).
	Notes []string `json:"notes,omitempty"`
}

func brokersOutput(l *loaded, bs []measures.Broker) Output {
	lang := l.lang
	doc := brokersDoc{Case: l.header(), Brokers: []brokerDoc{}}
	core := coreGroup(l.c, lang)
	t := Table{Cols: cols(lang, "brokers",
		"rank", "id", "name", "sector", "betweenness", "reasons")}
	for i, b := range bs {
		d := brokerDoc{PartnerFigures: b.PartnerFigures, PairsCut: b.PairsCut}
		var texts []string
		for _, r := range b.Reasons {
			d.Reasons = append(d.Reasons, reasonDoc{r, brokerReasonText(r, lang, core)})
			texts = append(texts, brokerReasonText(r, lang, core))
		}
		doc.Brokers = append(doc.Brokers, d)
		t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), b.ID, b.Name, b.Sector, f3(b.Betweenness), strings.Join(texts, tr(lang, "reason_sep"))})
	}
	if !metrics.HasCore(&l.c.Case) {
		doc.Notes = []string{noteNoCore}
	}
	out := Output{JSON: doc, Table: t}
	if len(bs) == 0 {
		out.Notes = []string{tr(lang, "brokers_none")}
	}
	if !metrics.HasCore(&l.c.Case) {
		// The group in the case's words where [labels] names it.
		group, core := tr(lang, "core_group"), tr(lang, "core_partners")
		if own := coreGroup(l.c, lang); own != "" {
			group, core = own, own
		}
		out.Notes = append(out.Notes, tr(lang, "brokers_no_core", group, core))
	}
	return out
}

package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/metrics/depth"
	"gbo/metrics/flags"
)

func tiesCommand(e *env) *cli.Command {
	return &cli.Command{
		Name: "ties",
		Flags: append(append(caseFlags(),
			&cli.StringFlag{Name: "explain"},
		), csvFlags()...),
		Action: func(c *cli.Context) error {
			return runTies(tiesOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c), Explain: c.String("explain")}, e)
		},
	}
}

// tiesOptions are gbo ties' flags and arguments.
type tiesOptions struct {
	Args    []string // CASE
	Common  caseOptions
	Explain string // --explain A,B: one tie's evidence, "" for the list
}

// runTies is gbo ties: every tie, or with --explain one tie's evidence.
func runTies(o tiesOptions, e *env) error {
	l, err := loadCase(o.Common, o.Args, e)
	if err != nil {
		return err
	}
	l.scored = flags.FlagTies(l.scored, o.Common.MinDepth)
	if x := o.Explain; x != "" {
		return explainTie(e, l, x)
	}
	return e.print(l.format, tiesOutput(l, o.Common.MinDepthSet, o.Common.MinDepth))
}

type tiesDoc struct {
	Case caseHeader  `json:"case"`
	Ties []depth.Tie `json:"ties"`
}

func tiesOutput(l *loaded, filter bool, minDepth int) Output {
	lang := l.lang
	doc := tiesDoc{Case: l.header(), Ties: []depth.Tie{}}
	t := Table{Cols: cols(lang, "ties",
		"a", "b", "depth", "rung", "depth_score", "events", "first", "last",
		"depth_survey", "gap", "flags")}
	if !filter {
		doc.Ties = l.scored.Ties
	}
	rungs, sep := rungNames(l.c, lang), tr(lang, "flag_sep") // once, not per tie
	for i := range l.scored.Ties {
		tie := &l.scored.Ties[i]
		if filter && tie.Depth < minDepth {
			continue
		}
		if filter {
			doc.Ties = append(doc.Ties, *tie)
		}
		if l.format == "json" {
			continue // the table is not printed; a million rows need not be built
		}
		t.Rows = append(t.Rows, []string{tie.A, tie.B, strconv.Itoa(tie.Depth), rungOf(rungs, tie.Depth),
			fmt.Sprintf("%.2f", tie.DepthScore), strconv.Itoa(tie.Events), strp(tie.First), strp(tie.Last),
			intp(tie.DepthSurvey), intp(tie.Gap), flagLabels(tie.Flags, lang, sep)})
	}
	return Output{JSON: doc, Table: t}
}

// flagLabels writes a tie's weak-link flags for a table: the codes in
// English, the language's words otherwise (weakReasonLabel), joined by sep,
// lang's flag_sep (", " where the words have spaces, French), which the
// caller looks up once for all ties; JSON keeps the codes.
func flagLabels(codes []string, lang, sep string) string {
	out := make([]string, len(codes))
	for i, f := range codes {
		out[i] = weakReasonLabel(f, lang)
	}
	return strings.Join(out, sep)
}

// cols are the columns keys of a table: each key, and its title in lang
// from the catalogue's cli.col_TABLE_KEY.
func cols(lang, table string, keys ...string) []Col {
	out := make([]Col, len(keys))
	for i, k := range keys {
		out[i] = Col{Key: k, Label: tr(lang, "col_"+table+"_"+k)}
	}
	return out
}

func strp(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func intp(i *int) string {
	if i == nil {
		return ""
	}
	return strconv.Itoa(*i)
}

type explainDoc struct {
	Case      caseHeader         `json:"case"`
	A         string             `json:"a"`
	B         string             `json:"b"`
	Depth     int                `json:"depth"`
	Score     float64            `json:"depth_score"`
	Threshold float64            `json:"threshold"`
	HalfLife  float64            `json:"half_life"`
	Evidence  map[string]float64 `json:"evidence"`
	Survey    *int               `json:"depth_survey"`
	Gap       *int               `json:"gap"`
	OneSided  *bool              `json:"one_sided"`
	Combine   string             `json:"combine"`
	Ratings   []depth.RatingRow  `json:"ratings"`
	// Combined is the two ratings made one by the combine rule (null
	// where nobody rated the tie); DepthEvents the rung of the events
	// alone (null without events); Weight the tie's weight in the network.
	Combined    *depth.CombinedRating `json:"combined"`
	DepthEvents *int                  `json:"depth_events"`
	Weight      float64               `json:"weight"`
	Events      []depth.EvidenceRow   `json:"events"`
}

func explainTie(e *env, l *loaded, arg string) error {
	lang := l.lang
	a, b, ok := strings.Cut(arg, ",")
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if !ok || a == "" || b == "" {
		return usageErr(tr(lang, "explain_form"))
	}
	for _, id := range []string{a, b} {
		if !hasPartner(l, id) {
			return inputErr(tr(lang, "unknown_partner", id))
		}
	}
	tie, found := l.scored.Tie(a, b)
	if !found {
		return inputErr(tr(lang, "no_tie", a, b))
	}
	x := l.scored.Explain(tie)
	pn, err := l.pseudonyms()
	if err != nil {
		return err
	}
	for i := range x.Events {
		x.Events[i].People = pn.People(x.Events[i].People)
	}
	// A rating's place as the case names it: ties.csv in a folder, the
	// ratings sheet of a workbook (banden), without the path.
	for i := range x.Ratings {
		x.Ratings[i].File = l.fileWithinCase(x.Ratings[i].File)
	}
	doc := explainDoc{Case: l.header(), A: x.A, B: x.B, Depth: x.Depth, Score: x.Score, Threshold: x.Threshold,
		HalfLife: x.HalfLife, Evidence: map[string]float64{}, Survey: x.Survey, Gap: x.Gap, OneSided: tie.OneSided,
		Combine: string(l.scored.Model.Combine), Ratings: x.Ratings, Combined: x.Combined, DepthEvents: x.DepthEvents,
		Weight: x.Weight, Events: x.Events}
	if doc.Events == nil {
		doc.Events = []depth.EvidenceRow{}
	}
	if doc.Combine == "" {
		doc.Combine = string(depth.CombineMin) // the default rule
	}
	var notes []string
	for r := 1; r <= depth.MaxRung; r++ {
		doc.Evidence[strconv.Itoa(r)] = x.Evidence[r]
		mark := " "
		if x.Evidence[r] >= x.Threshold {
			mark = "✓"
		}
		if len(x.Events) > 0 {
			notes = append(notes, fmt.Sprintf("  %s E%d %-18s %s", mark, r, rungName(l.c, r, lang),
				localNumber(fmt.Sprintf("%.3f", x.Evidence[r]), lang)))
		}
	}
	notes = append(notes, ratingNotes(l, lang, &doc)...)
	head := tr(lang, "explain_head", x.A, x.B, x.Depth, rungName(l.c, x.Depth, lang), localNumber(fmt.Sprintf("%.3f", x.Score), lang),
		localNumber(fmt.Sprintf("%.2f", x.Threshold), lang), x.HalfLife, x.AsOf)
	t := Table{Cols: cols(lang, "events",
		"date", "kind", "rung", "count", "age_days", "weight", "from", "object",
		"people", "line")}
	for _, r := range x.Events {
		t.Rows = append(t.Rows, []string{r.Date, kindName(l.scored.Model, r.Kind, lang), strconv.Itoa(r.Rung), strconv.Itoa(r.Count), strconv.Itoa(r.AgeDays),
			fmt.Sprintf("%.3f", r.Weight), r.From, r.Object, strings.Join(r.People, " "), strconv.Itoa(r.Line)})
	}
	if l.format == "table" || l.format == "" {
		fmt.Fprintln(e.stdout, plainCell(head))
		for _, n := range notes {
			fmt.Fprintln(e.stdout, plainCell(n))
		}
		if len(x.Events) == 0 {
			return nil // a rated tie without events: no table of events to show
		}
		fmt.Fprintln(e.stdout)
	}
	return e.print(l.format, Output{JSON: doc, Table: t})
}

// ratingNotes says, for the table format, which events or ratings a tie
// rests on: each rating (who rated whom: rung, trust, value and weight,
// file line), what the combine rule makes of them, how the survey's rung
// and the events' rung give the tie's rung, and the tie's weight.
func ratingNotes(l *loaded, lang string, d *explainDoc) []string {
	var out []string
	if len(d.Events) == 0 {
		file := "ties.csv"
		if len(d.Ratings) > 0 && d.Ratings[0].File != "" {
			file = d.Ratings[0].File // the sheet of a workbook (banden)
		}
		out = append(out, tr(lang, "explain_no_events", file))
	}
	if len(d.Ratings) == 0 || d.Combined == nil {
		return out
	}
	score := func(v *int) string {
		if v == nil {
			return "–"
		}
		return strconv.Itoa(*v)
	}
	num := func(v *float64) string {
		if v == nil {
			return "–"
		}
		return localNumber(explainNumber(*v), lang)
	}
	for _, r := range d.Ratings {
		// Where the row is, as a problem's position says it: ties.csv:50,
		// or the sheet of a workbook as the case names it (banden:50).
		file := r.File
		if file == "" {
			file = "ties.csv"
		}
		out = append(out, tr(lang, "explain_rating",
			r.From, r.To, r.Depth, rungName(l.c, r.Depth, lang), score(r.Trust), score(r.Value), file, r.Line, num(r.Weight)))
	}
	cb := d.Combined
	line := tr(lang, "explain_survey",
		cb.Depth, rungName(l.c, cb.Depth, lang), num(cb.Trust), num(cb.Value), num(cb.Weight))
	if len(d.Ratings) == 1 {
		line += tr(lang, "explain_one_side")
	} else {
		line += tr(lang, "explain_combine", cb.Rule, tr(lang, "explain_combine_"+string(cb.Rule)))
		if d.Gap != nil {
			line += tr(lang, "explain_gap", *d.Gap)
		}
	}
	out = append(out, line)
	if d.DepthEvents != nil {
		out = append(out, tr(lang, "explain_deeper",
			*d.DepthEvents, cb.Depth, d.Depth))
	}
	if cb.Weight != nil {
		out = append(out, tr(lang, "explain_weight_rated", num(&d.Weight)))
	} else {
		out = append(out, tr(lang, "explain_weight_score",
			localNumber(fmt.Sprintf("%.3f", d.Weight), lang)))
	}
	return out
}

// explainNumber writes a rating's trust, value or weight as ties.csv
// would (3, 0.8), and a mean as far as it goes, to at most six decimals
// (2.5, 0.55; never 0.55000000000000004).
func explainNumber(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e6)/1e6, 'f', -1, 64)
}

func hasPartner(l *loaded, id string) bool {
	for _, p := range l.c.Partners {
		if p.ID == id {
			return true
		}
	}
	return false
}

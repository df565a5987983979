package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/urfave/cli/v2"

	"gbo/metrics"
	"gbo/metrics/flags"
	"gbo/metrics/fragility"
	"gbo/metrics/measures"
)

func weakCommand(e *env) *cli.Command {
	return &cli.Command{
		Name: "weak",
		Flags: append(append(caseFlags(),
			&cli.IntFlag{Name: "key-players"},
			&cli.BoolFlag{Name: "drop-shared-events"},
		), csvFlags()...),
		Action: func(c *cli.Context) error {
			return runWeak(weakOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c), DropSharedEvents: c.Bool("drop-shared-events")}, e)
		},
	}
}

// weakOptions are gbo weak's flags and arguments (--key-players is
// Common.KeyPlayers, range-checked with the case flags).
type weakOptions struct {
	Args             []string // CASE
	Common           caseOptions
	DropSharedEvents bool // --drop-shared-events
}

// weakSettings are what weakOutput reads of the flags: --min-depth,
// --key-players (0 for none) and --drop-shared-events. The report's are
// its --min-depth alone.
type weakSettings struct {
	MinDepth         int
	KeyPlayers       int
	DropSharedEvents bool
}

// runWeak is gbo weak: the weak links, the departures' costs and the key
// players.
func runWeak(o weakOptions, e *env) error {
	l, err := loadCase(o.Common, o.Args, e)
	if err != nil {
		return err
	}
	e.progress.stage(tr(l.lang, "stage_departures"))
	defer e.progress.done()
	if _, err := l.pseudonyms(); err != nil { // the key, checked before any work
		return err
	}
	out := weakOutput(l, weakSettings{MinDepth: o.Common.MinDepth, KeyPlayers: o.Common.KeyPlayers, DropSharedEvents: o.DropSharedEvents},
		metrics.WeakLinks(l.scored, max(o.Common.MinDepth, 1)))
	if n := singledOut(out.JSON.(weakDoc)); n > 0 {
		fmt.Fprintln(e.stderr, tr(l.lang, "singles_out", n))
	}
	return e.print(l.format, out)
}

type costDoc struct {
	fragility.Cost
	// Name is a partner's name (partner rows).
	Name string `json:"name,omitempty"`
	// PartnerName is the name of a person's partner (person rows, where
	// people.csv gives the partner).
	PartnerName string `json:"partner_name,omitempty"`
}

type weakLinkDoc struct {
	fragility.WeakLink
	Texts []string `json:"texts"`
}

type withoutDoc struct {
	ID     string                  `json:"id"`
	Before measures.NetworkFigures `json:"before"`
	After  measures.NetworkFigures `json:"after"`
}

// weakDoc is `gbo weak --format json`. Weak holds every weak link worst
// first (fragility.CompareWeak), Counts counts them all, Fragility every
// departure worst first (fragility.CompareCosts).
type weakDoc struct {
	Case              caseHeader              `json:"case"`
	Counts            fragility.WeakCounts    `json:"counts"`
	Weak              []weakLinkDoc           `json:"weak"`
	MissingCorePairs  []fragility.MissingPair `json:"missing_core_pairs"`
	IsolatedExternals []string                `json:"isolated_externals"`
	Fragility         []costDoc               `json:"fragility"`
	PeopleUnknown     bool                    `json:"people_unknown"`
	KeyPlayers        []fragility.KeyPlayer   `json:"key_players,omitempty"`
	Without           *withoutDoc             `json:"without,omitempty"`
	// Notes are codes that qualify the lists: "no_core" when no partner
	// is core (missing_core_pairs and isolated_externals are then empty
	// because those findings are left out).
	Notes []string `json:"notes,omitempty"`
}

// weakTableRows is how many rows of missing core pairs and of departures
// the table format prints; JSON and CSV have them all.
const weakTableRows = 15

// weakOutput is gbo weak's document and table; wr is the case's weak links
// at --min-depth (fragility.WeakLinks).
func weakOutput(l *loaded, ws weakSettings, wr fragility.WeakResult) Output {
	lang := l.lang
	minDepth := max(ws.MinDepth, 1)
	costs := fragility.Fragility(l.scored, minDepth, fragility.Options{DropSharedEvents: ws.DropSharedEvents})
	pn, _ := l.pseudonyms() // read and checked by the command
	names := partnerNames(l)
	doc := weakDoc{Case: l.header(), Counts: wr.Counts, Weak: []weakLinkDoc{}, MissingCorePairs: wr.MissingCorePairs,
		IsolatedExternals: wr.IsolatedExternals, Fragility: []costDoc{}, PeopleUnknown: fragility.PeopleUnknown(l.scored)}
	if doc.IsolatedExternals == nil {
		doc.IsolatedExternals = []string{}
	}
	if doc.MissingCorePairs == nil {
		doc.MissingCorePairs = []fragility.MissingPair{}
	}
	if !metrics.HasCore(&l.c.Case) {
		doc.Notes = []string{noteNoCore}
	}
	t := Table{Cols: cols(lang, "weak",
		"a", "b", "depth", "families", "reasons")}
	famWord := map[string]string{flags.FamilyFragile: tr(lang, "weak_family_fragile"), flags.FamilyThin: tr(lang, "weak_family_thin")}
	for _, w := range wr.Weak {
		d := weakLinkDoc{WeakLink: w}
		for _, r := range w.Reasons {
			d.Texts = append(d.Texts, weakReasonText(l.c, r, lang))
		}
		doc.Weak = append(doc.Weak, d)
		fams := make([]string, len(w.Families))
		for i, f := range w.Families {
			fams[i] = famWord[f]
		}
		t.Rows = append(t.Rows, []string{w.A, w.B, strconv.Itoa(w.Depth), strings.Join(fams, " "), strings.Join(d.Texts, tr(lang, "reason_sep"))})
	}
	for _, cost := range costs {
		cd := costDoc{Cost: cost}
		if cost.Kind == fragility.KindPerson {
			if l.people == metrics.PeopleNone {
				continue
			}
			cd.ID = pn.Person(cost.ID)
			cd.PartnerName = names[cost.Partner]
		} else {
			cd.Name = names[cost.ID]
		}
		doc.Fragility = append(doc.Fragility, cd)
	}
	if k := ws.KeyPlayers; k > 0 {
		doc.KeyPlayers = fragility.KeyPlayers(l.scored.Network(minDepth), k)
	}
	out := Output{JSON: doc, Table: t}
	if len(wr.Weak) == 0 {
		out.Before = append(out.Before, tr(lang, "weak_none"))
	} else {
		cn := wr.Counts
		var by []string
		for _, r := range flags.Reasons() {
			if n := cn.ByReason[r]; n > 0 {
				by = append(by, fmt.Sprintf("%s %d", weakReasonLabel(r, lang), n))
			}
		}
		out.Before = append(out.Before,
			tr(lang, "weak_summary", len(t.Rows), cn.Weak, cn.Fragile, cn.Thin),
			tr(lang, "weak_by_reason", strings.Join(by, ", ")), "")
	}
	// Core partners without a tie.
	out.Notes = append(out.Notes, "")
	missRung := minDepth
	if t := l.c.Labels.Target; t != nil {
		missRung = max(minDepth, *t)
	}
	core := coreGroup(l.c, lang) // the case's name of the core group, "" for GBO's
	coreOr := func(def string) string {
		if core == "" {
			return def
		}
		return core
	}
	if !metrics.HasCore(&l.c.Case) {
		out.Notes = append(out.Notes, tr(lang, "weak_no_core", coreOr(tr(lang, "core_partners"))))
	} else if n := wr.Counts.MissingCorePairs; n == 0 {
		out.Notes = append(out.Notes, tr(lang, "weak_core_all", coreOr(tr(lang, "core_partners")), missRung))
	} else {
		shown := min(int64(len(wr.MissingCorePairs)), weakTableRows)
		out.Notes = append(out.Notes, tr(lang, "weak_core_missing", capitalFirst(coreOr(tr(lang, "core_partners"))), missRung,
			tr(lang, "weak_n_pairs", n), shown, n))
		for _, m := range wr.MissingCorePairs[:shown] {
			last := tr(lang, "weak_no_contact")
			if m.LastContact != nil {
				last = tr(lang, "weak_last_contact", *m.LastContact)
			}
			out.Notes = append(out.Notes, fmt.Sprintf("  %-30s %-30s %s %d (%s), %s", m.A, m.B, tr(lang, "rung_word"), m.Depth,
				rungName(l.c, m.Depth, lang), last))
		}
	}
	if len(doc.IsolatedExternals) > 0 {
		t := l.c.Labels.TargetRung()
		one := tr(lang, "core_partner")
		if w, _, ok := l.c.Labels.CoreName(lang); ok {
			one = w
		}
		out.Notes = append(out.Notes, "", tr(lang, "weak_isolated", t, rungName(l.c, t, lang), one, strings.Join(doc.IsolatedExternals, ", ")))
	}
	withCost := 0
	for i := range doc.Fragility {
		if doc.Fragility[i].HasCost() {
			withCost++
		}
	}
	out.Notes = append(out.Notes, "", tr(lang, "weak_costs", min(withCost, weakTableRows), withCost))
	shown := 0
	// The departures that would cut pairs apart first, most pairs first
	// (the report's key figures cite them), then worst first as in JSON.
	listed := slices.Clone(doc.Fragility)
	slices.SortStableFunc(listed, func(x, y costDoc) int { return cmp.Compare(y.PairsDisconnected, x.PairsDisconnected) })
	for _, cd := range listed {
		if !cd.HasCost() {
			continue
		}
		if shown == weakTableRows {
			out.Notes = append(out.Notes, tr(lang, "weak_all_rows_json"))
			break
		}
		shown++
		who := cd.ID
		if cd.Name != "" {
			who = cd.Name + " (" + cd.ID + ")"
		}
		if cd.Kind == fragility.KindPerson {
			var at []string
			if cd.PartnerName != "" {
				at = append(at, cd.PartnerName)
			} else if cd.Partner != "" {
				at = append(at, cd.Partner)
			}
			if cd.Role != "" {
				at = append(at, cd.Role)
			}
			if len(at) > 0 {
				who += " (" + strings.Join(at, ", ") + ")"
			}
		}
		out.Notes = append(out.Notes, fmt.Sprintf("  %-8s %-50s %s, %s, %s", tr(lang, "weak_kind_"+cd.Kind), who,
			tr(lang, "weak_deep_lost", cd.DeepTiesLost),
			tr(lang, "weak_weakened", cd.TiesWeakened),
			tr(lang, "weak_cut_off", cd.PairsDisconnected)))
	}
	if doc.PeopleUnknown {
		out.Notes = append(out.Notes, tr(lang, "weak_people_unknown"))
	}
	for _, kp := range doc.KeyPlayers {
		out.Notes = append(out.Notes, tr(lang, "weak_key_player", kp.ID, kp.Fragmentation))
	}
	if l.original != nil {
		md := ws.MinDepth
		doc.Without = &withoutDoc{ID: l.without, Before: measures.Measure(l.original, measures.MeasureOptions{MinDepth: md}).Network, After: measures.Measure(l.scored, measures.MeasureOptions{MinDepth: md}).Network}
		out.JSON = doc
		out.Before = append(out.Before, comparisonLines(lang, doc.Without)...)
	}
	return out
}

// capitalFirst writes s with its first letter upper case.
func capitalFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func comparisonLines(lang string, w *withoutDoc) []string {
	lines := []string{tr(lang, "weak_with_without", w.ID)}
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
		if c.Kind == fragility.KindPerson && c.HasCost() {
			n++
		}
	}
	for _, w := range d.Weak {
		for _, r := range w.Reasons {
			if r == flags.ReasonSingleCarrier {
				n++
			}
		}
	}
	return n
}

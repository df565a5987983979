package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/graph"
	"gbo/metrics"
)

func compareCommand(e *env) *cli.Command {
	return &cli.Command{
		Name: "compare",
		Flags: append(append(caseFlags(),
			&cli.StringFlag{Name: "periods"},
			&cli.BoolFlag{Name: "waves"},
			&cli.BoolFlag{Name: "cross-section"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}},
		), csvFlags()...),
		Action: func(c *cli.Context) error {
			return runCompare(compareOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c), Output: c.String("output"),
				Periods: c.String("periods"), PeriodsSet: c.IsSet("periods"), Waves: c.Bool("waves"), WavesSet: c.IsSet("waves"),
				CrossSection: c.Bool("cross-section")}, e)
		},
	}
}

// compareOptions are gbo compare's flags and arguments.
type compareOptions struct {
	Args   []string // CASE…: two or more cases, or one with --periods
	Common caseOptions
	Output string // -o: an .html page, "" for none
	// Periods is --periods as typed; PeriodsSet says it was given.
	Periods    string
	PeriodsSet bool
	// Waves is --waves (the cases are waves of one partnership); WavesSet
	// says it was given.
	Waves, WavesSet bool
	// CrossSection is --cross-section (the cases are separate
	// partnerships).
	CrossSection bool
}

// runCompare is gbo compare: cases side by side, or one case's periods.
func runCompare(o compareOptions, e *env) error {
	if err := checkLang(o.Common.Lang); err != nil {
		return err
	}
	lang := langOf(o.Common.Lang, nil)
	args := o.Args
	if len(args) == 0 {
		return usageErr(tr(lang, "no_case"))
	}
	// The limits are checked before any case is read.
	if len(args) > maxCompareCases {
		return usageErr(tr(lang, "compare_too_many_cases", len(args), maxCompareCases))
	}
	if o.CrossSection {
		for _, f := range []struct {
			name string
			set  bool
		}{{"waves", o.WavesSet}, {"periods", o.PeriodsSet}} {
			if f.set {
				return usageErr(tr(lang, "compare_cross_exclusive", f.name))
			}
		}
	}
	var periods []metrics.Period
	if p := o.Periods; p != "" {
		if len(args) != 1 {
			return usageErr(tr(lang, "compare_periods_one_case"))
		}
		var err error
		if periods, err = parsePeriods(p, lang); err != nil {
			return err
		}
	}
	var cases []*loaded
	for _, a := range args {
		tuneMemory(a)
		l, problems, err := readCase(o.Common, e, a, lang)
		if err != nil {
			return err
		}
		// A warning that depends on today's date goes to standard
		// error only; the page and the JSON carry the others.
		if err := e.checkProblems(l, problems, l.lang); err != nil {
			return err
		}
		cases = append(cases, l)
		e.noteCase(o.Common, l)
	}
	// The first case's language (as export), unless --lang says.
	if o.Common.Lang == "" {
		lang = cases[0].lang
	}
	if out := o.Output; out != "" {
		// Checked before the work, against every case read.
		if err := e.checkOutputPath(lang, outHTML, out); err != nil {
			return err
		}
	}
	e.csv = cases[0].csv // checked in the first case's language, as lang
	if periods != nil {
		return comparePeriods(e, o, cases[0], periods, lang)
	}
	if len(cases) < 2 {
		return usageErr(tr(lang, "compare_need_two"))
	}
	return compareCases(e, o, cases, lang)
}

// Limits of compare: each case is read and measured whole, each period
// scored whole, and the page draws a column for each.
const (
	maxCompareCases   = 50
	maxComparePeriods = 24
)

// parsePeriods reads --periods: 2 to maxComparePeriods periods
// START..END, separated by commas, each ending on or after its start, in
// time order and not overlapping (a period starts after the one before
// ends). The count is checked before any period is parsed.
func parsePeriods(s, lang string) ([]metrics.Period, error) {
	parts := strings.Split(s, ",")
	if len(parts) > maxComparePeriods {
		return nil, usageErr(tr(lang, "compare_too_many_periods", len(parts), maxComparePeriods))
	}
	var out []metrics.Period
	for i, part := range parts {
		a, b, ok := strings.Cut(strings.TrimSpace(part), "..")
		start, ok1 := graph.ParseDate(a)
		end, ok2 := graph.ParseDate(b)
		if !ok || !ok1 || !ok2 {
			// A date of the right form that names no day says why.
			for _, d := range []string{a, b} {
				if msg, bad := graph.ImpossibleDate("periods", d, lang); ok && bad {
					return nil, usageErr(msg)
				}
			}
			return nil, usageErr(tr(lang, "compare_bad_period", clipArg(part)))
		}
		if end.Before(start) {
			return nil, usageErr(tr(lang, "compare_period_backwards", clipArg(part)))
		}
		p := metrics.Period{Start: start, End: end}
		if i > 0 && !p.Start.After(out[i-1].End) {
			return nil, usageErr(tr(lang, "compare_periods_overlap", periodLabel(out[i-1]), periodLabel(p)))
		}
		out = append(out, p)
	}
	if len(out) < 2 {
		return nil, usageErr(tr(lang, "compare_too_few_periods", maxComparePeriods))
	}
	return out, nil
}

// clipArg shortens a piece of a flag's value for a message.
func clipArg(s string) string {
	if r := []rune(strings.TrimSpace(s)); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return strings.TrimSpace(s)
}

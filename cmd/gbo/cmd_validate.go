package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/metrics/depth"
)

func validateCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "validate",
		Flags: caseFlags(),
		Action: func(c *cli.Context) error {
			return runValidate(validateOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c)}, e)
		},
	}
}

// validateOptions are gbo validate's flags and arguments.
type validateOptions struct {
	Args   []string // CASE
	Common caseOptions
}

// runValidate is gbo validate: the case's problems, then a summary.
func runValidate(o validateOptions, e *env) error {
	if err := checkLang(o.Common.Lang); err != nil {
		return err
	}
	lang := langOf(o.Common.Lang, nil)
	args := o.Args
	if len(args) != 1 {
		if len(args) == 0 {
			return usageErr(tr(lang, "no_case"))
		}
		return usageErr(tr(lang, "too_many_args", len(args), args))
	}
	tuneMemory(args[0])
	l, problems, err := readCase(o.Common, e, args[0], lang)
	if err != nil {
		return err
	}
	lang = l.lang
	problems.Sort()
	e.noteKey(l)
	if err := e.printProblems(l, problems); err != nil {
		return err
	}
	// The summary counts what is the same on any day: a warning
	// that depends on today's date (graph.ClockProblem) is on
	// standard error only.
	errs := len(problems.Errors())
	fmt.Fprintln(e.stdout, tr(lang, "valid", plainCell(l.label), len(l.c.Partners), countEvents(l), len(l.c.Ratings),
		len(l.c.Objects), len(l.c.People), errs, len(problems.WithoutClock())-errs))
	if errs > 0 {
		return &exitError{code: 2}
	}
	var prof [depth.MaxRung + 1]int
	for _, t := range l.scored.Ties {
		prof[t.Depth]++
	}
	var parts []string
	for r := 0; r <= depth.MaxRung; r++ {
		parts = append(parts, fmt.Sprintf("%d %s", prof[r], rungName(l.c, r, lang)))
	}
	switch {
	case l.scored.AsOf.IsZero() && len(l.c.Ratings) > 0:
		fmt.Fprintln(e.stdout, tr(lang, "valid_ties_no_as_of", len(l.scored.Ties), strings.Join(parts, ", ")))
	case l.scored.AsOf.IsZero():
		fmt.Fprintln(e.stdout, tr(lang, "valid_ties_no_date", len(l.scored.Ties), strings.Join(parts, ", ")))
	default:
		fmt.Fprintln(e.stdout, tr(lang, "valid_ties", len(l.scored.Ties), depth.ISODate(l.scored.AsOf), strings.Join(parts, ", ")))
	}
	return nil
}

func init() {
	// The as-of checks (graph/asof.go) quote dates and counts, never a person.
	noPersonArgs = append(noPersonArgs, "asof_far_beyond", "event_after_today", "events_after_today")
}

func countEvents(l *loaded) int {
	n := 0
	for _, ev := range l.c.Events {
		n += ev.Count
	}
	return n
}

package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/graph"
	"gbo/graph/output"
	"gbo/metrics"
)

func anonymiseCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:    "anonymise",
		Aliases: []string{"anonymize"},
		Flags: append(caseFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}},
			&cli.StringFlag{Name: "partners", Value: "keep"},
		),
		Action: func(c *cli.Context) error {
			return runAnonymise(anonymiseOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c), Output: c.String("output"), Partners: c.String("partners")}, e)
		},
	}
}

// anonymiseOptions are gbo anonymise's flags and arguments.
type anonymiseOptions struct {
	Args     []string // CASE
	Common   caseOptions
	Output   string // -o: the new case folder
	Partners string // --partners: keep, or sector (partners by sector)
}

// runAnonymise is gbo anonymise: a copy of the case with pseudonyms.
func runAnonymise(o anonymiseOptions, e *env) error {
	l, err := loadCase(o.Common, o.Args, e)
	if err != nil {
		return err
	}
	dir := o.Output
	if dir == "" {
		return usageErr(tr(l.lang, "need_output"))
	}
	switch o.Partners {
	case "keep", "sector":
	default:
		return usageErr(tr(l.lang, "anon_bad_partners", o.Partners))
	}
	e.noteCase(o.Common, l)
	if err := e.checkOutputDir(l.lang, dir); err != nil {
		return err
	}
	key, err := l.keys.load(l.lang)
	if err != nil {
		return err
	}
	data, err := metrics.Anonymise(&l.c.Case, metrics.AnonymiseOptions{PartnersBySector: o.Partners == "sector", Key: key, Name: anonymisedName(l.c.Language)})
	if err != nil {
		return failErr(err.Error())
	}
	anon := &graph.Case{Case: *data}
	if err := graph.WriteCase(dir, anon, false); err != nil {
		return writeErr(l.lang, dir, err)
	}
	fmt.Fprintln(e.stderr, tr(l.lang, "wrote", dir))
	printAnonymiseNotes(e.stderr, l.lang, anon, o.Partners == "sector")
	return nil
}

// printAnonymiseNotes says on w what the copy c left out and, with
// partners by sector, what in it could still point to a partner.
func printAnonymiseNotes(w io.Writer, lang string, c *graph.Case, bySector bool) {
	if !bySector {
		fmt.Fprintln(w, "gbo: "+tr(lang, "anon_keep"))
		return
	}
	fmt.Fprintln(w, "gbo: "+tr(lang, "anon_sector"))
	size := map[string]int{}
	for _, p := range c.Partners {
		size[p.Sector]++
	}
	sectors := make([]string, 0, len(size))
	for s := range size {
		sectors = append(sectors, s)
	}
	sort.Strings(sectors)
	var sizes, alone []string
	for _, s := range sectors {
		name := output.SafeText(s, false)
		if name == "" {
			name = "-"
		}
		sizes = append(sizes, fmt.Sprintf("%s %d", name, size[s]))
		if size[s] == 1 {
			alone = append(alone, name)
		}
	}
	fmt.Fprintln(w, "gbo: "+tr(lang, "anon_still", strings.Join(sizes, ", ")))
	if len(alone) > 0 {
		fmt.Fprintln(w, "gbo: "+tr(lang, "anon_alone", strings.Join(alone, ", ")))
	}
}

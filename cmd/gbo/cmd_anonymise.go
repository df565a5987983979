package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"gbo/graph"
	"gbo/metrics"
)

func anonymiseCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "anonymise",
		Aliases:   []string{"anonymize"},
		Usage:     "write a copy of a case that can be shared: people pseudonymised, free text dropped",
		ArgsUsage: "CASE",
		Description: `People become keyed pseudonyms (their names and roles are dropped), free-text
columns (object origins and descriptions, extra partner columns, notes) are dropped, and
with --partners sector every partner is known only by sector and number. The copy gives
the same figures as the original.

Examples:
   gbo anonymise ./mijn-case -o ./deelbaar
   gbo anonymise export.xlsx -o ./deelbaar --partners sector`,
		Flags: append(caseFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "the folder to write the copy to (new or empty)"},
			&cli.StringFlag{Name: "partners", Value: "keep", Usage: "keep partner names, or replace them by sector and number (sector)"},
		),
		Action: func(c *cli.Context) error {
			l, err := loadCase(c, e)
			if err != nil {
				return err
			}
			dir := c.String("output")
			if dir == "" {
				return usageErr(tr(l.lang, "need_output"))
			}
			switch c.String("partners") {
			case "keep", "sector":
			default:
				return usageErr("--partners must be keep or sector")
			}
			e.noteCase(c, l)
			if err := e.checkOutputDir(l.lang, dir); err != nil {
				return err
			}
			key, err := l.keys.load(l.lang)
			if err != nil {
				return err
			}
			anon, err := metrics.Anonymise(l.c, metrics.AnonymiseOptions{PartnersBySector: c.String("partners") == "sector", Key: key})
			if err != nil {
				return failErr(err.Error())
			}
			if err := graph.WriteCase(dir, anon, false); err != nil {
				return writeErr(l.lang, dir, err)
			}
			fmt.Fprintln(e.stderr, tr(l.lang, "wrote", dir))
			return nil
		},
	}
}

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
		Name:      "anonymise",
		Aliases:   []string{"anonymize"},
		Usage:     "write a copy of a case that can be shared: people pseudonymised, free text dropped",
		ArgsUsage: "CASE",
		Description: `People become keyed pseudonyms (their names and roles are dropped), free-text
columns (object origins and descriptions, extra partner columns, notes) are dropped, and
with --partners sector every partner is known only by sector and a number (in an order
only your pseudonym key gives), and the case's name, region and municipalities are
dropped. The copy gives the same figures as the original. What was left out, and what
could still point to a partner, is said on standard error.

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
			printAnonymiseNotes(e.stderr, l.lang, anon, c.String("partners") == "sector")
			return nil
		},
	}
}

func init() {
	for k, v := range map[string][2]string{
		"anon_keep": {"the copy leaves out people's names and roles (people are pseudonyms under your key), object origins and descriptions, and extra partner columns; partners keep their ids, names and municipalities, and the case its name and region: with --partners sector these are dropped too",
			"de kopie laat weg: namen en rollen van personen (personen zijn pseudoniemen onder uw sleutel), herkomst en beschrijving van objecten, en extra kolommen van partners; partners houden hun id, naam en gemeente, en het samenwerkingsverband zijn naam en regio: met --partners sector valt ook dat weg"},
		"anon_sector": {"the copy leaves out people's names and roles (people are pseudonyms under your key), object origins and descriptions, extra partner columns, the partners' ids, names and municipalities, and the case's name and region; the partners of a sector are numbered in an order only your pseudonym key gives",
			"de kopie laat weg: namen en rollen van personen (personen zijn pseudoniemen onder uw sleutel), herkomst en beschrijving van objecten, extra kolommen van partners, id, naam en gemeente van de partners, en naam en regio van het samenwerkingsverband; de partners van een sector zijn genummerd in een volgorde die alleen uw pseudoniemsleutel geeft"},
		"anon_still": {"what can still point to a partner or to the partnership: the sectors and how many partners each has (%s), the shape of the network (who works with whom, how often and how deep), which partners are core and which one coordinates, the dates of the events and the names of the objects; check before you share",
			"wat nog naar een partner of naar het samenwerkingsverband kan wijzen: de sectoren en hoeveel partners elk heeft (%s), de vorm van het netwerk (wie met wie samenwerkt, hoe vaak en hoe diep), welke partners kern zijn en wie coördineert, de data van de gebeurtenissen en de namen van de objecten; kijk het na voor u deelt"},
		"anon_alone": {"a sector with a single partner names that partner to anyone who knows the partnership: %s",
			"een sector met één partner verraadt die partner aan wie het samenwerkingsverband kent: %s"},
	} {
		texts[k] = v
	}
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

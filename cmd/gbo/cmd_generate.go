package main

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/graph"
	"gbo/graph/output"
	"gbo/samples"
)

func generateCommand(e *env) *cli.Command {
	return &cli.Command{
		Name: "generate",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "partners", Value: 30},
			&cli.IntFlag{Name: "events", Value: 1000},
			// A string, so that a bad seed gets a message with the range.
			&cli.StringFlag{Name: "seed", Value: "1", DefaultText: "1"},
			&cli.IntFlag{Name: "objects", Value: 6},
			&cli.BoolFlag{Name: "no-people"},
		},
		Action: func(c *cli.Context) error {
			return runGenerate(generateOptions{Args: c.Args().Slice(), Lang: c.String("lang"), Partners: c.Int("partners"), Events: c.Int("events"),
				Seed: c.String("seed"), Objects: c.Int("objects"), NoPeople: c.Bool("no-people")}, e)
		},
	}
}

// generateOptions are gbo generate's flags and arguments.
type generateOptions struct {
	Args     []string // DIR
	Lang     string   // --lang
	Partners int      // --partners
	Events   int      // --events
	Seed     string   // --seed as typed (a uint64)
	Objects  int      // --objects
	NoPeople bool     // --no-people
}

// runGenerate is gbo generate: a synthetic case written to a new folder.
func runGenerate(o generateOptions, e *env) error {
	if err := checkLang(o.Lang); err != nil {
		return err
	}
	lang := langOf(o.Lang, nil)
	if len(o.Args) != 1 {
		return usageErr(tr(lang, "generate_usage"))
	}
	dir := o.Args[0]
	seed, err := strconv.ParseUint(strings.TrimSpace(o.Seed), 10, 64)
	if err != nil {
		return usageErr(tr(lang, "generate_bad_seed", o.Seed, uint64(math.MaxUint64)))
	}
	opt := samples.GenerateOptions{Partners: o.Partners, Events: o.Events,
		Seed: seed, People: !o.NoPeople, Objects: o.Objects}
	// A generated case is read with the default limits: partners,
	// people and objects (tielimit.go), ties (one per event row, at
	// least defaultMinTies: the case has no ratings) and pairs
	// (graph's rule for the events table).
	opt.Reader = samples.ReadLimits{Partners: defaultMaxPartners, People: defaultMaxPeople, Objects: defaultMaxObjects,
		Ties: max(defaultMinTies, opt.Events), Pairs: max(graph.DefaultMinPairs, opt.Events*graph.DefaultPairsPerRow)}
	// The limits are checked before anything is written.
	if err := opt.Validate(); err != nil {
		return usageErr(generateRefusal(lang, err))
	}
	if err := e.checkOutputDir(lang, dir); err != nil {
		return err
	}
	// Written whole into a folder beside dir, then moved in.
	if err := output.FillFolder(dir, func(tmp string) error { return samples.Generate(opt, tmp) }); err != nil {
		var pe *fs.PathError
		var le *samples.LimitError
		if errors.As(err, &le) {
			return usageErr(generateRefusal(lang, le))
		}
		if errors.As(err, &pe) {
			return writeErr(lang, dir, err)
		}
		return inputErr(err.Error())
	}
	fmt.Fprintln(e.stdout, tr(lang, "generated", opt.Partners, opt.Events, plainCell(dir)))
	return nil
}

package main

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/urfave/cli/v2"

	"gbo/graph"
	"gbo/samples"
)

func generateCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "generate",
		Usage:     "write a synthetic case of a given size (for trying gbo at scale)",
		ArgsUsage: "DIR",
		Description: `Examples:
   gbo generate --partners 40 --events 2000 ./proef
   gbo generate --partners 2000 --events 1000000 --seed 7 ./groot`,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "partners", Value: 30, Usage: "number of partners"},
			&cli.IntFlag{Name: "events", Value: 1000, Usage: "number of events"},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "random seed: the same seed gives the same case"},
			&cli.IntFlag{Name: "objects", Value: 6, Usage: "number of boundary-object candidates"},
			&cli.BoolFlag{Name: "no-people", Usage: "leave people out"},
		},
		Action: func(c *cli.Context) error {
			if err := checkLang(c); err != nil {
				return err
			}
			lang := langOf(c, nil)
			if c.NArg() != 1 {
				return usageErr("gbo generate [--partners N] [--events M] [--seed S] DIR")
			}
			dir := c.Args().First()
			opt := samples.GenerateOptions{Partners: c.Int("partners"), Events: c.Int("events"),
				Seed: c.Uint64("seed"), People: !c.Bool("no-people"), Objects: c.Int("objects")}
			if err := e.checkOutputDir(lang, dir); err != nil {
				return err
			}
			// Written whole into a folder beside dir, then moved in.
			if err := graph.FillFolder(dir, func(tmp string) error { return samples.Generate(opt, tmp) }); err != nil {
				var pe *fs.PathError
				if errors.As(err, &pe) {
					return writeErr(lang, dir, err)
				}
				return inputErr(err.Error())
			}
			fmt.Fprintln(e.stdout, tr(lang, "generated", opt.Partners, opt.Events, dir))
			return nil
		},
	}
}

package main

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/graph/locale"
	"gbo/graph/output"
	"gbo/samples"
)

func sampleCommand(e *env) *cli.Command {
	return &cli.Command{
		Name: "sample",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table"},
		}, csvFlags()...),
		Action: func(c *cli.Context) error {
			return runSample(sampleOptions{Args: c.Args().Slice(), Lang: c.String("lang"), Format: c.String("format"), CSV: csvFlagsFrom(c)}, e)
		},
	}
}

// sampleOptions are gbo sample's flags and arguments.
type sampleOptions struct {
	Args   []string // none (the list), or NAME and a folder or .xlsx
	Lang   string   // --lang
	Format string   // --format of the list
	CSV    csvFlagValues
}

// runSample is gbo sample: the bundled samples, or one written out.
func runSample(o sampleOptions, e *env) error {
	if err := checkLang(o.Lang); err != nil {
		return err
	}
	lang := langOf(o.Lang, nil)
	args := o.Args
	// The list is the only CSV sample prints; no case, so --lang
	// alone gives the language.
	csvOpt, err := csvOptions(o.CSV, lang, len(args) == 0 && o.Format == "csv")
	if err != nil {
		return err
	}
	switch len(args) {
	case 0:
		out := samplesOutput(lang)
		out.CSV = csvOpt
		return e.print(o.Format, out)
	case 2:
		if _, ok := samples.FS(args[0]); !ok {
			var names []string
			for _, s := range samples.List() {
				names = append(names, s.Name)
			}
			return inputErr(tr(lang, "unknown_sample", args[0], fmt.Sprint(names)))
		}
		if strings.EqualFold(filepath.Ext(args[1]), ".xlsx") {
			// A workbook to fill in; any other name is a folder.
			return e.writeSampleWorkbook(lang, args[0], args[1])
		}
		if err := e.checkOutputDir(lang, args[1]); err != nil {
			return err
		}
		// Written whole into a folder beside DIR, then moved in.
		if err := output.FillFolder(args[1], func(tmp string) error { return samples.WriteTo(args[0], tmp) }); err != nil {
			return writeErr(lang, args[1], err)
		}
		fmt.Fprintln(e.stdout, tr(lang, "sample_written", plainCell(args[0]), plainCell(args[1])))
		return nil
	default:
		return usageErr(tr(lang, "sample_usage"))
	}
}

type sampleRow struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Partners    int    `json:"partners"`
	Events      int    `json:"events"`
}

func samplesOutput(lang string) Output {
	doc := struct {
		Samples []sampleRow `json:"samples"`
	}{Samples: []sampleRow{}}
	t := Table{Cols: cols(lang, "samples",
		"name", "partners", "events", "description")}
	for _, s := range samples.List() {
		d := locale.T(lang, s.DescriptionKey)
		doc.Samples = append(doc.Samples, sampleRow{s.Name, d, s.Partners, s.Events})
		t.Rows = append(t.Rows, []string{s.Name, strconv.Itoa(s.Partners), strconv.Itoa(s.Events), d})
	}
	return Output{JSON: doc, Table: t}
}

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"gbo/graph"
	"gbo/metrics/depth"
	"gbo/render/workbook"
)

func templateCommand(e *env) *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}},
		&cli.StringFlag{Name: "from"},
	}
	for _, f := range caseFlags() {
		if f.Names()[0] != "format" && f.Names()[0] != "without" {
			flags = append(flags, f)
		}
	}
	return &cli.Command{
		Name:  "template",
		Flags: flags,
		Action: func(c *cli.Context) error {
			return runTemplate(templateCmdOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c), Output: c.String("output"), From: c.String("from")}, e)
		},
	}
}

// templateCmdOptions are gbo template's flags and arguments.
type templateCmdOptions struct {
	Args   []string // none
	Common caseOptions
	Output string // -o: the .xlsx to write
	From   string // --from: a case whose partners fill the workbook, "" for none
}

// runTemplate is gbo template: a workbook to fill in.
func runTemplate(o templateCmdOptions, e *env) error {
	if err := checkLang(o.Common.Lang); err != nil {
		return err
	}
	lang := langOf(o.Common.Lang, nil)
	if len(o.Args) > 0 {
		return usageErr(tr(lang, "too_many_args", len(o.Args), o.Args))
	}
	out := o.Output
	if err := e.checkOutput(lang, outWorkbook, out); err != nil {
		return err
	}
	opt := templateOptions(lang, nil, nil)
	var l *loaded
	if from := o.From; from != "" {
		var err error
		if l, err = loadFrom(o.Common, e, from, lang); err != nil {
			return err
		}
		opt = templateOptions(lang, l.c, l.model)
		e.noteCase(o.Common, l)
	}
	return e.writeWorkbook(lang, out, opt, l)
}

// writeWorkbook builds the workbook of opt in memory, then writes it whole
// to out (checked as an outWorkbook output).
func (e *env) writeWorkbook(lang, out string, opt workbook.Options, l *loaded) error {
	if err := e.buildWorkbook(lang, out, opt); err != nil {
		return err
	}
	if l == nil {
		fmt.Fprintln(e.stdout, tr(lang, "template_written_empty", plainCell(out)))
	} else {
		fmt.Fprintln(e.stdout, tr(lang, "template_written", plainCell(out), plainCell(l.label)))
	}
	return nil
}

// buildWorkbook builds the workbook of opt in memory, then writes it whole
// to out, printing nothing (writeWorkbook, survey collect --case).
func (e *env) buildWorkbook(lang, out string, opt workbook.Options) error {
	var buf bytes.Buffer
	if err := workbook.Template(&buf, opt); err != nil {
		if errors.Is(err, workbook.ErrTooManyRows) {
			return inputErr(tr(lang, "template_too_many_rows", err.Error()))
		}
		return failErr(err.Error())
	}
	return e.writeOutputs(lang, outWorkbook, []outFile{{out, func(w io.Writer) error {
		_, err := w.Write(buf.Bytes())
		return err
	}}})
}

// loadFrom reads the case of --from (and of survey make, survey collect
// --case) as loadCase reads the case argument: problems printed, status 2
// on any error, nothing written; only its partners are needed, so a case
// without events or ratings yet is taken.
func loadFrom(o caseOptions, e *env, from, lang string) (*loaded, error) {
	tuneMemory(from)
	l, problems, err := readCaseFor(o, e, from, lang, true)
	if err != nil {
		return nil, err
	}
	if err := e.checkProblems(l, problems, lang); err != nil {
		return nil, err
	}
	return l, nil
}

// writeSampleWorkbook writes the bundled sample name as a workbook (gbo
// sample NAME FILE.xlsx), with the kinds of the sample's own depth model.
func (e *env) writeSampleWorkbook(lang, name, out string) error {
	if err := e.checkOutput(lang, outWorkbook, out); err != nil {
		return err
	}
	src, err := openSource("sample:"+name, lang)
	if err != nil {
		return err
	}
	model := depth.DefaultModel()
	cs, problems := graph.Read(src, graph.Options{Vocabulary: func(d graph.DepthConfig) (graph.Vocabulary, error) {
		m, err := depth.NewModel(d)
		if err == nil {
			model = m
		}
		return model, err
	}})
	if problems.HasErrors() { // a bundled sample is valid; this is a bug
		return failErr(problems.Errors()[0].Message(lang))
	}
	return e.writeWorkbook(lang, out, templateOptions(lang, cs, model), &loaded{label: src.Label()})
}

package main

import (
	"errors"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"gbo/graph"
	"gbo/graph/locale"
	"gbo/metrics"
	"gbo/metrics/depth"
	"gbo/metrics/fragility"
	"gbo/render/export"
	"gbo/samples"
)

// caseFlags are the flags every command that reads a case shares (docs/guarantees.md#common-flags).
func caseFlags() []cli.Flag {
	def := defaultCaseOptions()
	return []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: def.Format},
		&cli.StringFlag{Name: "as-of"},
		&cli.StringFlag{Name: "since"},
		&cli.IntFlag{Name: "min-depth", Value: def.MinDepth},
		&cli.StringFlag{Name: "depth-model"},
		&cli.StringFlag{Name: "people", Value: def.People},
		pseudonymKeyFlag(),
		&cli.StringFlag{Name: "without"},
		// The reader's limits a user may need to raise (graph/limits.go).
		&cli.Uint64Flag{Name: "max-file-mb"},
		&cli.UintFlag{Name: "max-rows"},
		&cli.UintFlag{Name: "max-event-partners"},
		&cli.Uint64Flag{Name: "max-pairs"},
		&cli.Uint64Flag{Name: "max-partners"},
		&cli.Uint64Flag{Name: "max-people"},
		&cli.Uint64Flag{Name: "max-objects"},
		&cli.Uint64Flag{Name: "max-ties"},
	}
}

// readLimits are the reader's limits the flags set; 0 keeps a default.
func readLimits(lim limitOptions, o graph.Options) graph.Options {
	o.MaxFileBytes = int64(min(lim.MaxFileMB, 1<<40/(1<<20))) << 20
	o.MaxRows = int(lim.MaxRows)
	o.MaxEventPartners = int(lim.MaxEventPartners)
	o.MaxPairs = int64(min(lim.MaxPairs, 1<<62))
	return o
}

// loaded is a case read, checked and scored.
type loaded struct {
	label  string
	c      *graph.Case
	model  *depth.Model
	scored *depth.Scored
	lang   string
	people metrics.PeopleMode
	// keys finds the secret key of the pseudonyms when first needed; pn
	// is made from it (see pseudonyms()).
	keys   *keySource
	pn     *metrics.Pseudonyms
	format string
	// without is the partner left out with --without; original is the
	// case scored with it, for comparison.
	without  string
	original *depth.Scored
	// warnings were printed when the case was read; the report lists them.
	warnings graph.Problems
	// csv is the separator and decimal mark of a CSV output (--csv-sep,
	// --decimal-comma), checked once the case's language was known.
	csv export.CSVOptions
}

// langOf is the language of messages: flag (--lang), else the case's,
// else English.
func langOf(flag string, cs *graph.Case) string {
	l := flag
	if l == "" && cs != nil {
		l = cs.Language
	}
	return locale.Or(l)
}

// checkLang refuses a --lang the catalogue has no messages for (exit 2),
// naming the languages it has; "" leaves the choice to the case.
func checkLang(flag string) error {
	if l := flag; l != "" && !locale.Valid(l) {
		return usageErr(tr(locale.Default, "bad_lang", l, locale.List(locale.Default)))
	}
	return nil
}

// parseFlagDate reads value, the date flag name, in any form the case
// files accept; "" is the zero time.
func parseFlagDate(value, name, lang string) (time.Time, error) {
	v := strings.TrimSpace(value)
	if v == "" {
		return time.Time{}, nil
	}
	if t, ok := graph.ParseDate(v); ok {
		return t, nil
	}
	if msg, ok := graph.ImpossibleDate(name, v, lang); ok { // 31/02/2025: the form is right, the day is not
		return time.Time{}, usageErr(msg)
	}
	return time.Time{}, usageErr(tr(lang, "bad_date_flag", name, v))
}

// openSource resolves CASE: sample:NAME, a folder or an .xlsx workbook.
func openSource(arg, lang string) (*graph.Source, error) {
	if src := uploadSource(arg); src != nil { // gbo serve: a case held in memory (serve_run.go)
		return src, nil
	}
	if name, ok := strings.CutPrefix(arg, "sample:"); ok {
		fsys, ok := samples.FS(name)
		if !ok {
			var names []string
			for _, s := range samples.List() {
				names = append(names, s.Name)
			}
			return nil, inputErr(tr(lang, "unknown_sample", name, strings.Join(names, ", ")))
		}
		return graph.OpenFS(arg, fsys), nil
	}
	src, err := graph.Open(arg)
	if err != nil {
		var p graph.Problem
		if errors.As(err, &p) {
			return nil, inputErr(p.Message(lang))
		}
		return nil, inputErr(tr(lang, "cannot_open", arg, err))
	}
	return src, nil
}

// loadCase reads the one CASE argument, prints warnings to stderr, and fails
// with status 2 and every error (file, line, column) when the case cannot be
// analysed honestly. Nothing is written in that case. args are the
// command's positional arguments.
func loadCase(o caseOptions, args []string, e *env) (*loaded, error) {
	if err := checkLang(o.Lang); err != nil {
		return nil, err
	}
	lang := langOf(o.Lang, nil)
	if len(args) == 0 {
		return nil, usageErr(tr(lang, "no_case"))
	}
	if len(args) > 1 {
		return nil, usageErr(tr(lang, "too_many_args", len(args), args))
	}
	tuneMemory(args[0])
	e.progress.stage(tr(lang, "stage_read"))
	l, problems, err := readCase(o, e, args[0], lang)
	e.progress.done()
	if err != nil {
		return nil, err
	}
	lang = l.lang
	e.lang, e.csv = lang, l.csv
	if err := e.checkProblems(l, problems, lang); err != nil {
		return nil, err
	}
	return l, nil
}

// checkProblems prints the problems of the case l read, in order (after
// noting its pseudonym key), and fails with status 2, the errors counted
// in lang, if any is an error: nothing is written then. The warnings the
// outputs carry are kept in l.warnings; the clock warning goes to stderr
// only, so outputs stay free of today's date.
func (e *env) checkProblems(l *loaded, problems graph.Problems, lang string) error {
	problems.Sort()
	e.noteKey(l)
	if err := e.printProblems(l, problems); err != nil {
		return err
	}
	if problems.HasErrors() {
		return inputErr(tr(lang, "errors_found", len(problems.Errors()), l.label))
	}
	l.warnings = problems.WithoutClock()
	return nil
}

// readCase reads and scores a case without printing anything (e is where
// a pseudonym key created later says so).
func readCase(o caseOptions, e *env, arg, lang string) (*loaded, graph.Problems, error) {
	return readCaseFor(o, e, arg, lang, false)
}

// readCaseFor is readCase; partnersOnly is for the commands that need only
// the case's partners (template --from, survey make, survey collect
// --case), so a case without events or ratings yet is not refused as
// having nothing to analyse (graph.Options.PartnersOnly).
func readCaseFor(o caseOptions, e *env, arg, lang string, partnersOnly bool) (*loaded, graph.Problems, error) {
	// The flags are checked first, before the case is opened.
	asOf, err := parseFlagDate(o.AsOf, "as-of", lang)
	if err != nil {
		return nil, nil, err
	}
	since, err := parseFlagDate(o.Since, "since", lang)
	if err != nil {
		return nil, nil, err
	}
	if !since.IsZero() && !asOf.IsZero() && since.After(asOf) {
		return nil, nil, usageErr(tr(lang, "since_after_as_of", since.Format(time.DateOnly), asOf.Format(time.DateOnly)))
	}
	if err := checkFlagRanges(o, lang); err != nil {
		return nil, nil, err
	}
	if o.Lang != "" {
		// the language is known: refuse bad CSV flags before reading
		if _, err := caseCSVOptions(o, nil); err != nil {
			return nil, nil, err
		}
	}
	src, err := openSource(arg, lang)
	if err != nil {
		return nil, nil, err
	}
	mode := metrics.PeopleMode(o.People)
	if !mode.Valid() {
		return nil, nil, usageErr(tr(lang, "bad_people", o.People))
	}
	var file *graph.DepthFile
	var problems graph.Problems
	if path := o.DepthModel; path != "" {
		f, ps := graph.ReadDepthFile(path)
		problems = append(problems, ps...)
		file = f
	}
	// An error of the case's [depth] table is the reader's to place (in
	// case.toml); one that only the --depth-model file's table makes is
	// placed in that file, at its line.
	var fileProblem *graph.Problem
	var model *depth.Model
	cs, ps := graph.Read(src, readLimits(o.Limits, graph.Options{
		AsOf:         asOf,
		PartnersOnly: partnersOnly,
		Vocabulary: func(d graph.DepthConfig) (graph.Vocabulary, error) {
			m, err := depth.NewModel(d)
			if err != nil {
				model = depth.DefaultModel()
				return model, err
			}
			if file != nil {
				mf, ferr := depth.NewModel(d, file.Config)
				if ferr != nil {
					p := file.Problem(ferr)
					fileProblem = &p
				} else {
					m = mf
				}
			}
			model = m
			return m, nil
		},
	}))
	problems = append(problems, ps...)
	if fileProblem != nil {
		problems = append(problems, *fileProblem)
	}
	if model == nil {
		model = depth.DefaultModel()
	}
	l := &loaded{label: src.Label(), c: cs, model: model, lang: langOf(o.Lang, cs), people: mode, format: o.Format,
		keys: newKeySource(o, e)}
	if cs.Name == "" {
		cs.Name = nameFromPath(src.Label())
	}
	// The CSV flags, refused in the case's language before its problems
	// are printed and before any scoring.
	if l.csv, err = caseCSVOptions(o, cs); err != nil {
		return nil, nil, err
	}
	if !problems.HasErrors() && !since.IsZero() {
		// Without --as-of, the case gives the date it is seen from.
		if eff := depth.EffectiveAsOf(&cs.Case, asOf); !eff.IsZero() && since.After(eff) {
			return nil, nil, usageErr(tr(l.lang, "since_after_case_as_of", since.Format(time.DateOnly), eff.Format(time.DateOnly)))
		}
	}
	if !problems.HasErrors() {
		if err := checkSizes(o.Limits, l); err != nil {
			return nil, nil, err
		}
		l.scored = depth.Score(&cs.Case, model, depth.ScoreOptions{AsOf: asOf, Since: since})
		if err := checkTies(o.Limits, l); err != nil {
			return nil, nil, err
		}
		if id := o.Without; id != "" {
			w, err := fragility.Without(l.scored, id)
			if err != nil {
				return nil, nil, inputErr(tr(l.lang, "unknown_partner", id))
			}
			l.original, l.scored, l.without = l.scored, w, id
		}
	}
	return l, problems, nil
}

// caseHeader is the "case" object of every JSON document.
type caseHeader struct {
	Name  string  `json:"name"`
	AsOf  *string `json:"as_of"` // null for a case without events or as_of
	Since string  `json:"since,omitempty"`
}

func (l *loaded) header() caseHeader {
	h := caseHeader{Name: l.c.Name}
	if d := depth.ISODate(l.scored.AsOf); d != "" {
		h.AsOf = &d
	}
	if !l.scored.Since.IsZero() {
		h.Since = l.scored.Since.Format(time.DateOnly)
	}
	return h
}

// nameFromPath names a case without a name in case.toml after its folder or
// workbook ("." becomes the folder's own name).
func nameFromPath(label string) string {
	if name, ok := strings.CutPrefix(label, "sample:"); ok {
		return name
	}
	if abs, err := filepath.Abs(label); err == nil {
		label = abs
	}
	base := filepath.Base(label)
	switch strings.ToLower(filepath.Ext(base)) {
	case ".xlsx", ".xlsm":
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	return base
}

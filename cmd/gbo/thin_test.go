package main

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// cliContextAllowed are the only functions of this package whose source
// may name cli.Context (take one, hold one, or define a closure that
// does), each with why. Every other function gets its flags as an options
// struct (options.go): a command's run function and every loader never
// see *cli.Context.
var cliContextAllowed = map[string]string{
	// The commands: each Action closure reads the flags into options and
	// calls run<Name>(opts, e).
	"validateCommand":      "Action: flags into validateOptions",
	"tiesCommand":          "Action: flags into tiesOptions",
	"metricsCommand":       "Action: flags into metricsOptions",
	"brokersCommand":       "Action: flags into brokersOptions",
	"objectsCommand":       "Action: flags into objectsOptions",
	"weakCommand":          "Action: flags into weakOptions",
	"mapCommand":           "Action: flags into mapOptions",
	"exportCommand":        "Action: flags into exportOptions",
	"reportCommand":        "Action: flags into reportOptions",
	"compareCommand":       "Action: flags into compareOptions",
	"anonymiseCommand":     "Action: flags into anonymiseOptions",
	"sampleCommand":        "Action: flags into sampleOptions",
	"templateCommand":      "Action: flags into templateCmdOptions",
	"surveyCommand":        "Action: --lang into runSurvey",
	"surveyMakeCommand":    "Action: flags into surveyCmdOptions",
	"surveyCollectCommand": "Action: flags into surveyCmdOptions",
	"generateCommand":      "Action: flags into generateOptions",
	"serveCommand":         "Action: gbo serve's flags (serve.go)",
	// The options builders (options.go, cmd_survey.go).
	"caseOptionsFrom": "builds caseOptions from the shared flags",
	"setUint64":       "a --max-… flag, nil when not given",
	"csvFlagsFrom":    "--csv-sep and --decimal-comma",
	"writesCSV":       "which command and -o: does it write a CSV",
	"refusedGiven":    "the case flags a survey step refuses, as given",
	// urfave/cli's own hooks, whose signatures take a context.
	"newApp":     "App.CommandNotFound and ExitErrHandler hooks",
	"usageError": "App.OnUsageError in the user's language (help_lang.go)",
}

// TestOnlyActionsAndBuildersSeeCLIContext parses the package's sources and
// fails when a function outside cliContextAllowed names cli.Context (in
// its signature, its body or a closure), when a type or variable
// declaration names it, or when an allowed name no longer does (a stale
// entry).
func TestOnlyActionsAndBuildersSeeCLIContext(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	used := map[string]bool{}
	var bad []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if !namesCLIContext(d) {
				continue
			}
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				bad = append(bad, fset.Position(d.Pos()).String()+": a declaration outside a function")
				continue
			}
			fn := fd.Name.Name
			if fd.Recv != nil {
				fn = "(method) " + fn
			}
			if _, ok := cliContextAllowed[fn]; !ok {
				bad = append(bad, fset.Position(fd.Pos()).String()+": "+fn)
				continue
			}
			used[fn] = true
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Errorf("%s names cli.Context: take an options struct instead (options.go), or add it to cliContextAllowed with a reason", b)
	}
	for fn := range cliContextAllowed {
		if !used[fn] {
			t.Errorf("cliContextAllowed lists %s, which no longer names cli.Context: remove it", fn)
		}
	}
}

// namesCLIContext reports whether n mentions the selector cli.Context.
func namesCLIContext(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if s, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := s.X.(*ast.Ident); ok && x.Name == "cli" && s.Sel.Name == "Context" {
				found = true
			}
		}
		return !found
	})
	return found
}

// TestNamesCLIContextCatchesEveryPlace checks the detector itself on
// sources that hide a context in a parameter, a closure, a local variable,
// a struct field and a type assertion.
func TestNamesCLIContextCatchesEveryPlace(t *testing.T) {
	for _, src := range []string{
		`func f(c *cli.Context) {}`,
		`func f() { g(func(c *cli.Context) error { return nil }) }`,
		`func f() { var c *cli.Context; _ = c }`,
		`type t struct{ c *cli.Context }`,
		`func f(x any) { _ = x.(*cli.Context) }`,
	} {
		f, err := parser.ParseFile(token.NewFileSet(), "x.go", "package p\n"+src, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !namesCLIContext(f.Decls[0]) {
			t.Errorf("not caught: %s", src)
		}
	}
	f, _ := parser.ParseFile(token.NewFileSet(), "x.go", "package p\nfunc f(o caseOptions, c context.Context) {}", 0)
	if namesCLIContext(f.Decls[0]) {
		t.Error("context.Context taken for cli.Context")
	}
}

// TestRunFunctionsWithoutURFave calls run functions directly with options
// structs built by hand, with no urfave/cli in the way, and compares what
// they print with what the command line prints for the same flags, byte
// for byte.
func TestRunFunctionsWithoutURFave(t *testing.T) {
	const gs = "sample:grensobject"
	direct := func(f func(e *env) error) (string, string, int) {
		var out, errb bytes.Buffer
		e := &env{stdout: &out, stderr: safeWriter{&errb}, progress: newProgress(&bytes.Buffer{})}
		err := f(e)
		e.progress.done()
		if err != nil && err.Error() != "" {
			errb.WriteString("gbo: " + err.Error() + "\n")
		}
		return out.String(), errb.String(), exitStatus(err)
	}
	common := func(edit func(*caseOptions)) caseOptions {
		o := defaultCaseOptions()
		edit(&o)
		return o
	}
	cases := []struct {
		name string
		args []string
		run  func(e *env) error
	}{
		{"weak json, min-depth 2, key players", []string{"weak", gs, "--format", "json", "--min-depth", "2", "--key-players", "3", "--lang", "nl"},
			func(e *env) error {
				return runWeak(weakOptions{Args: []string{gs}, Common: common(func(o *caseOptions) {
					o.Format, o.MinDepth, o.MinDepthSet, o.KeyPlayers, o.Lang = "json", 2, true, 3, "nl"
				})}, e)
			}},
		{"ties csv with ; and a decimal comma", []string{"ties", gs, "--format", "csv", "--csv-sep", ";", "--decimal-comma"},
			func(e *env) error {
				return runTies(tiesOptions{Args: []string{gs}, Common: common(func(o *caseOptions) {
					o.Format, o.WritesCSV = "csv", true
					o.CSV = csvFlagValues{Sep: ";", SepSet: true, DecimalComma: true, DecimalCommaSet: true}
				})}, e)
			}},
		{"report to standard output", []string{"report", gs, "-o", "-", "--since", "2024-01-01"},
			func(e *env) error {
				return runReport(reportOptions{Args: []string{gs}, Output: "-", Common: common(func(o *caseOptions) {
					o.Since, o.SinceSet = "2024-01-01", true
				})}, e)
			}},
		{"a refused flag, typed", []string{"metrics", gs, "--min-depth", "9"},
			func(e *env) error {
				return runMetrics(metricsOptions{Args: []string{gs}, Level: "partners", Common: common(func(o *caseOptions) {
					o.MinDepth, o.MinDepthSet = 9, true
				})}, e)
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(append([]string{"gbo"}, c.args...), &out, &errb)
			dout, derr, dcode := direct(c.run)
			if dcode != code {
				t.Errorf("exit status %d run directly, %d on the command line", dcode, code)
			}
			if dout != out.String() {
				t.Errorf("standard output differs: %d bytes run directly, %d on the command line", len(dout), out.Len())
			}
			if derr != errb.String() {
				t.Errorf("standard error differs:\ndirect: %q\ncli:    %q", derr, errb.String())
			}
			if out.Len() == 0 && errb.Len() == 0 {
				t.Error("the command line printed nothing: nothing was compared")
			}
		})
	}
	// The refused flag must have been refused, or the last case compares
	// two successes.
	var errb bytes.Buffer
	if code := run([]string{"gbo", "metrics", gs, "--min-depth", "9"}, &bytes.Buffer{}, &errb); code != exitBadUse || !strings.Contains(errb.String(), "min-depth") {
		t.Errorf("--min-depth 9: status %d, %q", code, errb.String())
	}
}

package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// Every way a command line can end has its exit status
// (docs/guarantees.md#exit-status): 0 done, 2 bad input or a bad command
// line, 1 anything else, with the message in the user's language.
func TestExitStatusOfEachKindOfEnding(t *testing.T) {
	brokenCase := t.TempDir()
	os.WriteFile(filepath.Join(brokenCase, "partners.csv"), []byte("id;naam;sector\nocmw-gent;OCMW Gent;OCMW\n"), 0o644)
	os.WriteFile(filepath.Join(brokenCase, "interactions.csv"), []byte("datum;van;met;soort\n15/03/2024;ocmw-gent;nergens;doorverwijzing\n"), 0o644)
	// A regular file where the output's folder should be: the write fails
	// whoever runs the test (root included).
	notADir := filepath.Join(t.TempDir(), "file")
	os.WriteFile(notADir, []byte("x"), 0o644)

	for _, c := range []struct {
		name       string
		args       []string
		code       int
		stderr     string // a part of standard error
		stdout     string // a part of standard output
		noStdout   bool   // standard output must be empty
		exactError string // all of standard error, when it is pinned
	}{
		{name: "unknown flag of a command", args: []string{"ties", "sample:grensobject", "--colour", "red"}, code: 2,
			exactError: "gbo: flag provided but not defined: -colour\n", stdout: "Incorrect Usage: flag provided but not defined: -colour\n\nNAME:"},
		{name: "unknown flag before any command", args: []string{"--colour", "red", "ties", "sample:grensobject"}, code: 2,
			exactError: "gbo: flag provided but not defined: -colour\n", stdout: "Incorrect Usage: flag provided but not defined: -colour\n\nNAME:\n   gbo - "},
		{name: "unknown flag of a step", args: []string{"survey", "make", "sample:grensobject", "--bogus"}, code: 2,
			stderr: "flag provided but not defined: -bogus", stdout: "Incorrect Usage:"},
		{name: "flag without its value", args: []string{"ties", "--min-depth"}, code: 2,
			exactError: "gbo: flag needs an argument: -min-depth\n", stdout: "Incorrect Usage: flag needs an argument: -min-depth\n\nNAME:\n   gbo ties - "},
		{name: "flag value not a number", args: []string{"ties", "sample:grensobject", "--min-depth", "x"}, code: 2,
			stderr: `invalid value "x" for flag -min-depth`},
		{name: "flag value out of range", args: []string{"map", "sample:grensobject", "--radius", "99"}, code: 2,
			stderr: "radius", noStdout: true},
		{name: "negative flag value", args: []string{"weak", "sample:grensobject", "--key-players", "-1"}, code: 2,
			stderr: "key-players", noStdout: true},
		{name: "unknown command", args: []string{"tiess", "sample:grensobject"}, code: 2,
			exactError: "gbo: unknown command \"tiess\"; try gbo --help\n", noStdout: true},
		{name: "help of an unknown command", args: []string{"help", "tiess"}, code: 2,
			exactError: "gbo: unknown command \"tiess\"; try gbo --help\n", noStdout: true},
		{name: "unknown step", args: []string{"survey", "nosuch"}, code: 2, stderr: "gbo survey make CASE", noStdout: true},
		{name: "missing case", args: []string{"ties"}, code: 2, stderr: "no case given", noStdout: true},
		{name: "unknown sample", args: []string{"ties", "sample:nope"}, code: 2, stderr: `no sample called "nope"`, noStdout: true},
		{name: "bad case", args: []string{"ties", brokenCase}, code: 2, stderr: "interactions.csv:2:", noStdout: true},
		{name: "write failure", args: []string{"map", "sample:grensobject", "-o", filepath.Join(notADir, "kaart.svg")}, code: 1,
			stderr: "cannot write " + filepath.Join(notADir, "kaart.svg")},
		{name: "help", args: []string{"--help"}, code: 0, stdout: "USAGE:", exactError: ""},
		{name: "help of a command", args: []string{"ties", "--help"}, code: 0, stdout: "gbo ties", exactError: ""},
		{name: "no arguments", args: nil, code: 0, stdout: "COMMANDS:", exactError: ""},
		{name: "done", args: []string{"ties", "sample:grensobject", "--format", "csv"}, code: 0, stdout: "caw", exactError: ""},
		{name: "Dutch unknown flag", args: []string{"--lang", "nl", "ties", "sample:grensobject", "--colour", "red"}, code: 2,
			exactError: "gbo: deze optie bestaat niet: -colour\n", stdout: "Onjuist gebruik: deze optie bestaat niet: -colour\n"},
		{name: "Dutch value not a number", args: []string{"--lang", "nl", "ties", "--min-depth", "x", "sample:grensobject"}, code: 2,
			stderr: `ongeldige waarde "x" voor optie -min-depth`},
		{name: "Dutch unknown flag of a step", args: []string{"--lang", "nl", "survey", "make", "--bogus"}, code: 2,
			stderr: "deze optie bestaat niet: -bogus", stdout: "Onjuist gebruik"},
		{name: "Dutch unknown command", args: []string{"--lang", "nl", "tiess"}, code: 2, stderr: "tiess", noStdout: true},
		{name: "Dutch missing case", args: []string{"--lang", "nl", "ties"}, code: 2, stderr: "geen gegevens opgegeven"},
	} {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, code := runGBO(t, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d; stderr %q", code, c.code, stderr)
			}
			if c.exactError != "" || c.code == 0 {
				if stderr != c.exactError {
					t.Errorf("stderr %q, want %q", stderr, c.exactError)
				}
			}
			if !strings.Contains(stderr, c.stderr) {
				t.Errorf("stderr %q lacks %q", stderr, c.stderr)
			}
			if !strings.Contains(stdout, c.stdout) {
				t.Errorf("stdout lacks %q:\n%s", c.stdout, stdout)
			}
			if c.noStdout && stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
			if strings.Count(stderr, "gbo: ") > 1 {
				t.Errorf("the error is said more than once: %q", stderr)
			}
		})
	}
}

// A command line urfave/cli cannot parse comes back as a typed error whose
// cause is the flag package's own, in both languages.
func TestUsageErrorsAreTyped(t *testing.T) {
	for _, lang := range []string{"en", "nl"} {
		var out, errOut bytes.Buffer
		e := &env{stdout: &out, stderr: &errOut, progress: newProgress(&errOut)}
		app := newApp(e, lang)
		err := app.Run(reorderArgs(app, []string{"gbo", "--lang", lang, "ties", "--min-depth", "x", "sample:grensobject"}))
		var xe *exitError
		if !errors.As(err, &xe) || xe.code != exitBadUse {
			t.Errorf("%s: %T %v, want an *exitError with status 2", lang, err, err)
		}
	}
}

// A command that fails without saying how, and a bug that panics, end with
// status 1 and a message; a typed error keeps its status however it is
// wrapped.
func TestUnclassifiedErrorsAndPanicsExit1(t *testing.T) {
	for _, c := range []struct {
		name   string
		action cli.ActionFunc
		code   int
		stderr string
	}{
		{"plain error", func(*cli.Context) error { return errors.New("disk on fire") }, 1, "gbo: disk on fire\n"},
		{"panic", func(*cli.Context) error { var m map[string]int; m["x"]++; return nil }, 1, "gbo: internal error: assignment to entry in nil map\n"},
		{"wrapped usage error", func(*cli.Context) error { return fmt.Errorf("step: %w", usageErr("bad")) }, 2, "gbo: step: bad\n"},
		{"wrapped failure", func(*cli.Context) error { return fmt.Errorf("%w", failErr("no room")) }, 1, "gbo: no room\n"},
		{"silent bad input", func(*cli.Context) error { return &exitError{code: exitBadUse} }, 2, ""},
		{"done", func(*cli.Context) error { return nil }, 0, ""},
	} {
		var out, errOut bytes.Buffer
		e := &env{stdout: &out, stderr: safeWriter{&errOut}, progress: newProgress(&errOut)}
		app := newApp(e, "en")
		app.Commands = append(app.Commands, &cli.Command{Name: "boom", Action: c.action})
		code := runApp(e, app, []string{"gbo", "boom"})
		if code != c.code || errOut.String() != c.stderr {
			t.Errorf("%s: exit %d, stderr %q; want %d, %q", c.name, code, errOut.String(), c.code, c.stderr)
		}
	}
	for _, c := range []struct {
		err  error
		code int
	}{
		{nil, 0},
		{errors.New("flag provided but not defined: -x"), 1}, // the text alone decides nothing
		{inputErr("x"), 2},
		{fmt.Errorf("a: %w", fmt.Errorf("b: %w", inputErr("x"))), 2},
		{failErr("x"), 1},
		{flagParseErr("x", errors.New("x")), 2},
	} {
		if got := exitStatus(c.err); got != c.code {
			t.Errorf("exitStatus(%v) = %d, want %d", c.err, got, c.code)
		}
	}
}

// urfave/cli's error for a missing required flag is of a type outside the
// package, which run cannot tell from a failure (it would exit 1): no flag
// of gbo is required; a command checks its own and returns a usageErr.
func TestNoFlagIsRequired(t *testing.T) {
	for _, lang := range []string{"en", "nl"} {
		app := newApp(&env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}, lang)
		check := func(where string, flags []cli.Flag) {
			for _, f := range flags {
				if r, ok := f.(cli.RequiredFlag); ok && r.IsRequired() {
					t.Errorf("%s: flag %s is Required; check it in the command and return usageErr", where, f.Names()[0])
				}
			}
		}
		check("gbo", app.Flags)
		for _, cmd := range app.Commands {
			check(cmd.Name, cmd.Flags)
			if cmd.OnUsageError == nil {
				t.Errorf("%s (%s): no OnUsageError hook: its parse errors would be untyped", cmd.Name, lang)
			}
			for _, sub := range cmd.Subcommands {
				check(cmd.Name+" "+sub.Name, sub.Flags)
				if sub.OnUsageError == nil {
					t.Errorf("%s %s (%s): no OnUsageError hook", cmd.Name, sub.Name, lang)
				}
			}
		}
	}
}

// No non-test file of the command ends by panic (a panic is a bug; only one
// marked with a comment saying "impossible" or "invariant" on its line or
// the line above is allowed), and none chooses an exit status from an
// error's text: no err.Error() (nor a variable holding it) is compared, or
// searched with strings.Contains, HasPrefix and the like.
func TestNoPanicsForControlFlowNorErrorTextInspection(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	searches := map[string]bool{"Contains": true, "HasPrefix": true, "HasSuffix": true, "Index": true,
		"EqualFold": true, "Cut": true, "CutPrefix": true, "CutSuffix": true, "ContainsAny": true, "LastIndex": true}
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		checked++
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		src, _ := os.ReadFile(name)
		lines := strings.Split(string(src), "\n")
		marked := func(line int) bool {
			for _, l := range lines[max(0, line-2):min(len(lines), line)] {
				if l := strings.ToLower(l); strings.Contains(l, "//") && (strings.Contains(l, "impossible") || strings.Contains(l, "invariant")) {
					return true
				}
			}
			return false
		}
		isErrorCall := func(x ast.Expr) bool {
			c, ok := x.(*ast.CallExpr)
			if !ok || len(c.Args) != 0 {
				return false
			}
			s, ok := c.Fun.(*ast.SelectorExpr)
			return ok && s.Sel.Name == "Error"
		}
		// Variables that hold an error's text: msg := err.Error().
		holds := map[*ast.Object]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			if a, ok := n.(*ast.AssignStmt); ok && len(a.Lhs) == len(a.Rhs) {
				for i, r := range a.Rhs {
					if id, ok := a.Lhs[i].(*ast.Ident); ok && id.Obj != nil && isErrorCall(r) {
						holds[id.Obj] = true
					}
				}
			}
			return true
		})
		isText := func(x ast.Expr) bool {
			if isErrorCall(x) {
				return true
			}
			id, ok := x.(*ast.Ident)
			return ok && id.Obj != nil && holds[id.Obj]
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CallExpr:
				if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "panic" {
					if line := fset.Position(x.Pos()).Line; !marked(line) {
						t.Errorf("%s:%d: panic used as a way out; return an error to run (or mark an impossible invariant)", name, line)
					}
				}
				if s, ok := x.Fun.(*ast.SelectorExpr); ok && searches[s.Sel.Name] {
					if pkg, ok := s.X.(*ast.Ident); ok && pkg.Name == "strings" {
						for _, a := range x.Args {
							if isText(a) {
								t.Errorf("%s:%d: strings.%s on an error's text", name, fset.Position(x.Pos()).Line, s.Sel.Name)
							}
						}
					}
				}
			case *ast.BinaryExpr:
				if (x.Op == token.EQL || x.Op == token.NEQ) && (isText(x.X) || isText(x.Y)) {
					if lit, ok := x.Y.(*ast.BasicLit); ok && lit.Value == `""` {
						break // whether there is a message at all
					}
					t.Errorf("%s:%d: an error's text compared", name, fset.Position(x.Pos()).Line)
				}
			case *ast.SwitchStmt:
				if x.Tag != nil && isText(x.Tag) {
					t.Errorf("%s:%d: switch on an error's text", name, fset.Position(x.Pos()).Line)
				}
			}
			return true
		})
	}
	if checked < 20 {
		t.Fatalf("only %d files checked: is the test in the package's folder?", checked)
	}
}

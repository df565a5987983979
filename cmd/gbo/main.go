package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/render/export"
)

// main runs the command line and exits with its status, the one exit of a
// finished run. The other way out is a signal (signal.go): it ends gbo in the
// middle of its work, after removing the temporary files of any output being
// written.
func main() {
	handleSignals()
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// env is what a run writes to; tests inject buffers.
type env struct {
	stdout, stderr io.Writer
	progress       *progress
	// lang is the language of the case being printed, once loadCase has
	// read it (the table view's decimal comma follows it).
	lang string
	// csv is the CSV shape (--csv-sep, --decimal-comma) loadCase read,
	// for every Output printed that does not set its own.
	csv export.CSVOptions
	// notFound is the error of urfave/cli's CommandNotFound hook, which
	// cannot return one: run returns it once app.Run is back.
	notFound error
	// mem, set by gbo serve (serve_run.go), keeps this run's outputs
	// and problems in memory: no file is written.
	mem *memRun
}

// run executes one command line and returns the exit status of docs/guarantees.md#exit-status:
// 0 success, 2 bad input (including a bad command line), 1 anything else.
func run(args []string, stdout, stderr io.Writer) int {
	// The progress line is gbo's own text (it rewrites itself with \r);
	// everything else on standard error may quote input.
	progress := newProgress(stderr)
	e := &env{stdout: stdout, stderr: safeWriter{stderr}, progress: progress}
	app := newApp(e, langFromArgs(args))
	return runApp(e, app, reorderArgs(app, args))
}

// runApp runs app on args (already reordered) and returns the exit status
// exitStatus gives the error a command returned; the error's message, if it
// has one, goes to standard error as "gbo: msg". A panic is a bug, not a way
// out: it is reported as an internal error with status 1 (and the progress
// line is ended either way).
func runApp(e *env, app *cli.App, args []string) (status int) {
	defer e.progress.done()
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(e.stderr, "gbo: "+tr(e.lang, "internal_error", r))
			status = exitFailure
		}
	}()
	err := app.Run(args)
	if err == nil {
		err = e.notFound
	}
	if err != nil && err.Error() != "" {
		fmt.Fprintln(e.stderr, "gbo: "+err.Error())
	}
	return exitStatus(err)
}

func newApp(e *env, lang string) *cli.App {
	app := &cli.App{
		Name: "gbo",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "lang"},
		},
		Writer:          safeWriter{e.stdout}, // help and usage errors, which may quote a flag as typed
		ErrWriter:       e.stderr,
		HideHelpCommand: true,
		ExitErrHandler:  func(*cli.Context, error) {}, // run reports errors and chooses the status
		Commands: []*cli.Command{
			validateCommand(e),
			tiesCommand(e),
			metricsCommand(e),
			brokersCommand(e),
			objectsCommand(e),
			weakCommand(e),
			mapCommand(e),
			exportCommand(e),
			reportCommand(e),
			compareCommand(e),
			anonymiseCommand(e),
			sampleCommand(e),
			templateCommand(e),
			surveyCommand(e),
			generateCommand(e),
			serveCommand(e),
		},
	}
	for _, cmd := range app.Commands {
		// No "help"/"h" subcommand: `gbo validate h` means a case folder
		// named h (help stays --help).
		cmd.HideHelpCommand = true
	}
	// The help in lang, and a command line Go's flag package cannot parse
	// as a typed usage error (exit status 2) in lang (usageError).
	localiseHelp(app, lang)
	// urfave/cli calls this hook for `gbo NAME` and `gbo help NAME` when no
	// command is called NAME, and carries on as if nothing happened: the
	// error waits in e for run. Only the first unknown name counts.
	app.CommandNotFound = func(c *cli.Context, name string) {
		if e.notFound == nil {
			e.notFound = usageErr(tr(c.String("lang"), "unknown_command", name))
		}
	}
	return app
}

// langFromArgs finds --lang before the app parses it, for early messages.
func langFromArgs(args []string) string {
	for i, a := range args {
		if a == "--lang" || a == "-lang" {
			if i+1 < len(args) {
				return args[i+1]
			}
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			return v
		}
	}
	return ""
}

// reorderArgs moves a command's flags in front of its positional arguments,
// because urfave/cli/v2 stops parsing flags at the first positional one and
// users type `gbo map CASE -o map.svg` (LIBRARY-NOTES.md). Global flags may
// stand anywhere too; they are moved before the command.
func reorderArgs(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	takesValue := func(flags []cli.Flag, name string) (known, value bool) {
		for _, f := range flags {
			for _, n := range f.Names() {
				if n == name {
					if dv, ok := f.(cli.DocGenerationFlag); ok {
						return true, dv.TakesValue()
					}
					return true, true
				}
			}
		}
		return false, false
	}
	var global, cmdFlags, pos []string
	var cmd, sub *cli.Command
	var cmdFlagDefs []cli.Flag // the command's flags and its steps' (survey make, collect)
	cmdName, help := "", false
	rest := args[1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			pos = append(pos, rest[i+1:]...)
			break
		}
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			name := strings.TrimLeft(a, "-")
			hasValue := strings.Contains(name, "=")
			name, _, _ = strings.Cut(name, "=")
			if known, val := takesValue(app.Flags, name); known {
				global = append(global, a)
				if val && !hasValue && i+1 < len(rest) {
					global = append(global, rest[i+1])
					i++
				}
				continue
			}
			if cmd != nil {
				cmdFlags = append(cmdFlags, a)
				if known, val := takesValue(cmdFlagDefs, name); known && val && !hasValue && i+1 < len(rest) {
					cmdFlags = append(cmdFlags, rest[i+1])
					i++
				}
				continue
			}
			global = append(global, a) // e.g. --help before any command
			continue
		}
		if cmd == nil && cmdName == "" {
			if a == "help" && !help && app.Command(a) == nil { // gbo help CMD [STEP] is gbo CMD [STEP] --help
				help = true
				continue
			}
			cmdName = a
			cmd = app.Command(a)
			if cmd != nil {
				cmdFlagDefs = cmd.Flags
				for _, s := range cmd.Subcommands {
					cmdFlagDefs = append(cmdFlagDefs, s.Flags...)
				}
			}
			continue
		}
		// A command's step (survey make, survey collect) is its first
		// positional argument; its flags go after it.
		if cmd != nil && sub == nil && len(pos) == 0 && len(cmd.Subcommands) > 0 {
			if sub = cmd.Command(a); sub != nil {
				continue
			}
		}
		pos = append(pos, a)
	}
	for _, f := range cmdFlags {
		if f == "--help" || f == "-h" || f == "-help" {
			// gbo survey make CASE --help is the step's help: a positional
			// argument would be taken for a subcommand whose help is asked.
			pos = nil
		}
	}
	if help {
		if cmd != nil {
			cmdFlags = append(cmdFlags, "--help")
		} else {
			global = append(global, "--help")
		}
	}
	out := append([]string{args[0]}, global...)
	if cmdName != "" {
		out = append(out, cmdName)
	}
	if sub != nil {
		out = append(out, sub.Name)
	}
	out = append(out, cmdFlags...)
	if len(pos) > 0 {
		out = append(out, "--")
		out = append(out, pos...)
	}
	return out
}

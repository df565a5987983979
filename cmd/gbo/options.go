package main

import (
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/render/export"
)

// Commands are thin: each command's urfave Action reads its flags into an
// options struct (the builders below and the commands' own, cmd_<name>.go)
// and calls the command's run function, run<Name>(opts, e), which never
// sees *cli.Context; every loader (loadCase, readCase, readLimits,
// caseCSVOptions, checkSizes, newKeySource, noteCase, writeOutput…) takes
// options too. thin_test.go holds the few functions that may touch
// *cli.Context, by name.

// caseOptions are the flags every command that reads a case shares: the
// global --lang, caseFlags() and csvFlags(). A flag the command does not
// have reads as its zero value, as urfave/cli reads it.
type caseOptions struct {
	// Lang is --lang: a language of the catalogue, or "" for the case's.
	Lang string
	// Format is --format: table, json, csv or md.
	Format string
	// AsOf and Since are --as-of and --since as typed (any date form the
	// case files accept), "" when not given; AsOfSet and SinceSet say they
	// were given.
	AsOf, Since       string
	AsOfSet, SinceSet bool
	// MinDepth is --min-depth (a rung, 0–MaxRung); MinDepthSet says it was
	// given on the command line (some outputs filter only then).
	MinDepth    int
	MinDepthSet bool
	// DepthModel is --depth-model: a TOML file, "" for the case's own.
	DepthModel string
	// People is --people: pseudonyms, names or none.
	People string
	// PseudonymKey is --pseudonym-key, "" for the user's own key.
	PseudonymKey string
	// Without is --without: a partner's id left out, "" for none.
	Without string
	// Limits are the reader's and the analysis' limits (--max-…).
	Limits limitOptions
	// CSV are --csv-sep and --decimal-comma as given.
	CSV csvFlagValues
	// WritesCSV says whether the command writes a CSV (--format csv,
	// export -o x.csv, survey collect -o x.csv): the CSV flags are refused
	// otherwise.
	WritesCSV bool
	// Radius and KeyPlayers are map's --radius and weak's --key-players,
	// range-checked with --min-depth before the case is read (0 for a
	// command without them).
	Radius, KeyPlayers int
	// memKey is gbo serve's in-memory pseudonym key for a run without
	// --pseudonym-key (serve_run.go), nil on a command line.
	memKey []byte
}

// defaultCaseOptions are the shared flags' values when none is given
// (caseFlags takes its defaults from here): the table format, rung 1 and
// up, people as pseudonyms.
func defaultCaseOptions() caseOptions {
	return caseOptions{Format: "table", MinDepth: 1, People: "pseudonyms"}
}

// limitOptions are the --max-… flags. The reader's are 0 for its default;
// a nil pointer is a limit of the analysis not given (tielimit.go's
// default applies).
type limitOptions struct {
	MaxFileMB        uint64
	MaxRows          uint
	MaxEventPartners uint
	MaxPairs         uint64
	MaxPartners      *uint64
	MaxPeople        *uint64
	MaxObjects       *uint64
	MaxTies          *uint64
}

// csvFlagValues are --csv-sep and --decimal-comma as given; csvOptions
// checks them.
type csvFlagValues struct {
	Sep             string
	SepSet          bool
	DecimalComma    bool
	DecimalCommaSet bool
}

// isSet says whether either CSV flag was given.
func (v csvFlagValues) isSet() bool { return v.SepSet || v.DecimalCommaSet }

// caseOptionsFrom reads the shared flags of c into caseOptions.
func caseOptionsFrom(c *cli.Context) caseOptions {
	o := caseOptions{
		Lang:         c.String("lang"),
		Format:       c.String("format"),
		AsOf:         c.String("as-of"),
		Since:        c.String("since"),
		AsOfSet:      c.IsSet("as-of"),
		SinceSet:     c.IsSet("since"),
		MinDepth:     c.Int("min-depth"),
		MinDepthSet:  c.IsSet("min-depth"),
		DepthModel:   c.String("depth-model"),
		People:       c.String("people"),
		PseudonymKey: c.String("pseudonym-key"),
		Without:      c.String("without"),
		Limits: limitOptions{
			MaxFileMB:        c.Uint64("max-file-mb"),
			MaxRows:          c.Uint("max-rows"),
			MaxEventPartners: c.Uint("max-event-partners"),
			MaxPairs:         c.Uint64("max-pairs"),
			MaxPartners:      setUint64(c, "max-partners"),
			MaxPeople:        setUint64(c, "max-people"),
			MaxObjects:       setUint64(c, "max-objects"),
			MaxTies:          setUint64(c, "max-ties"),
		},
		CSV:        csvFlagsFrom(c),
		WritesCSV:  writesCSV(c),
		Radius:     c.Int("radius"),
		KeyPlayers: c.Int("key-players"),
	}
	if c.App != nil {
		k := &keySource{}
		serveKey(c.App, k) // gbo serve without a key file: a key in memory (serve_run.go)
		o.memKey = k.key
	}
	return o
}

// setUint64 is the value of flag name when it was given, else nil.
func setUint64(c *cli.Context, name string) *uint64 {
	if !c.IsSet(name) {
		return nil
	}
	v := c.Uint64(name)
	return &v
}

// csvFlagsFrom reads --csv-sep and --decimal-comma.
func csvFlagsFrom(c *cli.Context) csvFlagValues {
	return csvFlagValues{Sep: c.String("csv-sep"), SepSet: c.IsSet("csv-sep"),
		DecimalComma: c.Bool("decimal-comma"), DecimalCommaSet: c.IsSet("decimal-comma")}
}

// writesCSV says whether the command of c writes a CSV: export when -o
// names a .csv file, survey collect when -o is a .csv, every other command
// with --format csv.
func writesCSV(c *cli.Context) bool {
	if c.Command != nil && c.Command.Name == "export" {
		f, ok := export.FormatForPath(c.String("output"))
		return ok && f == export.FormatCSV
	}
	if c.Command != nil && c.Command.Name == "collect" { // survey collect -o ties.csv
		return strings.EqualFold(filepath.Ext(c.String("output")), ".csv")
	}
	return c.String("format") == "csv"
}

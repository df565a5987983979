package samples

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// GenerateOptions set the size and shape of a synthetic case.
type GenerateOptions struct {
	// Partners is the number of partners (at least 2).
	Partners int
	// Events is the number of rows of interactions.csv (at least 1); each
	// row is one event.
	Events int
	// Seed fixes the random choices: the same options give the same bytes.
	Seed uint64
	// People adds people.csv and a people column.
	People bool
	// Objects is the number of boundary-object candidates in objects.csv;
	// zero writes no objects.
	Objects int
}

// Limits of Generate, so that a typo cannot fill a disk and every case it
// writes is read by gbo with its default limits (graph.DefaultMaxRows,
// 10,000,000 rows, and graph.DefaultMaxFileBytes, 512 MiB, per file).
//
// An event row of interactions.csv takes about 55 bytes with 30 partners
// and 73 bytes with 1,000,000 (longer ids); 5,000,000 rows are about
// 365 MB (350 MiB), two thirds of the 512 MiB a file may be. partners.csv
// and people.csv take about 75 bytes a row: at 1,000,000 partners about
// 75 MB each.
const (
	MaxGeneratePartners = 1_000_000
	MaxGenerateEvents   = 5_000_000
	MaxGenerateObjects  = 100_000
)

// caseFiles are the files of a case; Generate refuses to write into a
// folder that holds any of them already.
var caseFiles = []string{"partners.csv", "interactions.csv", "ties.csv", "objects.csv", "people.csv", "targets.csv", "case.toml"}

// Validate checks the options against the limits above, before anything
// is written: an error names each option out of range, its range, and the
// value given.
func (o GenerateOptions) Validate() error {
	var errs []error
	if o.Partners < 2 || o.Partners > MaxGeneratePartners {
		errs = append(errs, fmt.Errorf("partners must be from 2 to %s, got %d", thousands(MaxGeneratePartners), o.Partners))
	}
	if o.Events < 1 || o.Events > MaxGenerateEvents {
		errs = append(errs, fmt.Errorf("events must be from 1 to %s (so that gbo reads the case with its default limits), got %d",
			thousands(MaxGenerateEvents), o.Events))
	}
	if o.Objects < 0 || o.Objects > MaxGenerateObjects {
		errs = append(errs, fmt.Errorf("objects must be from 0 to %s, got %d", thousands(MaxGenerateObjects), o.Objects))
	}
	return errors.Join(errs...)
}

// thousands writes n (n >= 0) with a comma every three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Generate writes a synthetic but realistically shaped case into dir:
// partners.csv, interactions.csv, case.toml, and people.csv and objects.csv
// when asked for. It creates dir when needed and refuses to write where a
// case file exists already. Every file appears whole or not at all.
//
// The shape follows what the GBO evaluation describes: about 30% core
// partners (OCMW per municipality, CAW, DMW) among many external sectors;
// municipalities grouped into regions, most events staying within one
// municipality or region (community structure); activity heavy-tailed
// (Zipf-like weights, exponent 0.9, so a few partners take part in most
// events); rungs mostly 1–3 with fewer 4–5; two or three participants
// per event, sometimes a meeting of up to eight; events spread evenly
// over the working days of 2023–2024, with as_of 2024-12-31.
func Generate(opt GenerateOptions, dir string) error {
	if err := opt.Validate(); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var exist []string
	for _, f := range caseFiles {
		if _, err := os.Lstat(filepath.Join(dir, f)); err == nil || !errors.Is(err, fs.ErrNotExist) {
			exist = append(exist, filepath.Join(dir, f))
		}
	}
	if len(exist) > 0 {
		return fmt.Errorf("will not overwrite existing files: %s", strings.Join(exist, ", "))
	}
	g := newSynth(opt)
	files := []struct {
		name  string
		write func(*bufio.Writer) error
	}{
		{"partners.csv", g.writePartners},
		{"interactions.csv", g.writeInteractions},
		{"case.toml", g.writeCase},
	}
	if opt.People {
		files = append(files, struct {
			name  string
			write func(*bufio.Writer) error
		}{"people.csv", g.writePeople})
	}
	if opt.Objects > 0 {
		files = append(files, struct {
			name  string
			write func(*bufio.Writer) error
		}{"objects.csv", g.writeObjects})
	}
	// Write every file to a temporary name first, then rename them all.
	var temps []string
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	for _, f := range files {
		tmp, err := writeTemp(dir, f.name, f.write)
		if err != nil {
			cleanup()
			return err
		}
		temps = append(temps, tmp)
	}
	for i, f := range files {
		if err := os.Rename(temps[i], filepath.Join(dir, f.name)); err != nil {
			cleanup()
			return err
		}
	}
	return nil
}

func writeTemp(dir, name string, write func(*bufio.Writer) error) (string, error) {
	f, err := os.CreateTemp(dir, "."+name+".tmp-*")
	if err != nil {
		return "", err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

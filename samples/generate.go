package samples

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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

// Limits of Generate, so that a typo cannot fill a disk.
const (
	MaxGeneratePartners = 1_000_000
	MaxGenerateEvents   = 50_000_000
	MaxGenerateObjects  = 100_000
)

// caseFiles are the files of a case; Generate refuses to write into a
// folder that holds any of them already.
var caseFiles = []string{"partners.csv", "interactions.csv", "ties.csv", "objects.csv", "people.csv", "targets.csv", "case.toml"}

func (o GenerateOptions) validate() error {
	var errs []error
	if o.Partners < 2 {
		errs = append(errs, fmt.Errorf("partners must be at least 2, got %d", o.Partners))
	} else if o.Partners > MaxGeneratePartners {
		errs = append(errs, fmt.Errorf("partners must be at most %d, got %d", MaxGeneratePartners, o.Partners))
	}
	if o.Events < 1 {
		errs = append(errs, fmt.Errorf("events must be at least 1, got %d", o.Events))
	} else if o.Events > MaxGenerateEvents {
		errs = append(errs, fmt.Errorf("events must be at most %d, got %d", MaxGenerateEvents, o.Events))
	}
	if o.Objects < 0 || o.Objects > MaxGenerateObjects {
		errs = append(errs, fmt.Errorf("objects must be between 0 and %d, got %d", MaxGenerateObjects, o.Objects))
	}
	return errors.Join(errs...)
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
	if err := opt.validate(); err != nil {
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

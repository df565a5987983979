package samples

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
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
	// Reader holds the limits the case must be read within (the analysing
	// commands' defaults); a zero field is not checked. See ReadLimits.
	Reader ReadLimits
}

// ReadLimits are the sizes a generated case must stay within so that gbo
// reads and analyses it without raising a limit. Generate checks Partners,
// People and Objects before writing anything, and Ties and Pairs while it
// writes interactions.csv (to a temporary name), so that a case over them
// is refused with nothing written. Zero means unchecked.
type ReadLimits struct {
	// Partners, People and Objects bound the rows of partners.csv,
	// people.csv and objects.csv (gbo's --max-partners, --max-people,
	// --max-objects).
	Partners, People, Objects int
	// Ties bounds the distinct pairs of partners that share an event
	// (--max-ties; by default one per event row, at least 20,000).
	Ties int
	// Pairs bounds the sum over events of k(k-1)/2 for an event of k
	// partners (--max-pairs; by default 8 per event row, at least 50,000).
	Pairs int
}

// LimitError is Generate's refusal of options whose case would exceed one
// of the ReadLimits: Limit names it ("ties", "pairs", "partners", "people",
// "objects"), Max is its value, Args the numbers of its message in order
// (a caller words it in its own language from Limit and Args); Error is
// the message in English.
type LimitError struct {
	Limit string
	Max   int
	Args  []int
	msg   string
}

func (e *LimitError) Error() string { return e.msg }

// RangeError is an option of Generate out of its range: Option
// ("partners", "events", "objects") must be from Min to Max and is Got.
// Error is the message in English.
type RangeError struct {
	Option        string
	Min, Max, Got int
}

func (e *RangeError) Error() string {
	s := fmt.Sprintf("%s must be from %s to %s", e.Option, thousands(e.Min), thousands(e.Max))
	if e.Option == "events" {
		s += " (so that gbo reads the case with its default limits)"
	}
	return fmt.Sprintf("%s, got %d", s, e.Got)
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
		// The range named is the one the caller can use: with the readers'
		// limits given, their partner limit when it is lower.
		top := MaxGeneratePartners
		if l := o.Reader.Partners; l > 0 && l < top {
			top = l
		}
		errs = append(errs, &RangeError{"partners", 2, top, o.Partners})
	}
	if o.Events < 1 || o.Events > MaxGenerateEvents {
		errs = append(errs, &RangeError{"events", 1, MaxGenerateEvents, o.Events})
	}
	if o.Objects < 0 || o.Objects > MaxGenerateObjects {
		errs = append(errs, &RangeError{"objects", 0, MaxGenerateObjects, o.Objects})
	}
	if l := o.Reader.Partners; l > 0 && o.Partners > l {
		errs = append(errs, &LimitError{"partners", l, []int{o.Partners, l, l}, fmt.Sprintf("%s partners: gbo analyses at most %s by default (--max-partners); lower --partners to at most %s",
			thousands(o.Partners), thousands(l), thousands(l))})
	}
	if l := o.Reader.Objects; l > 0 && o.Objects > l {
		errs = append(errs, &LimitError{"objects", l, []int{o.Objects, l, l}, fmt.Sprintf("%s objects: gbo analyses at most %s by default (--max-objects); lower --objects to at most %s",
			thousands(o.Objects), thousands(l), thousands(l))})
	}
	return errors.Join(errs...)
}

// maxSafePartners is the most partners whose every pair, n(n-1)/2, fits
// within ties: with that many, no draw of events can exceed the ties limit.
func maxSafePartners(ties int) int {
	n := 2
	for (n+1)*n/2 <= ties {
		n++
	}
	return n
}

// caseMeter follows interactions.csv as Generate writes it and refuses
// (its Write fails) once the events make more pairs or distinct ties than
// the reader allows. Ties are only tracked when the partners could make
// more pairs than the limit, n(n-1)/2 > Ties, so that an ordinary case
// costs no memory; then at most Ties+1 pairs are held.
type caseMeter struct {
	opt     GenerateOptions
	index   map[string]int32
	ties    map[uint64]struct{}
	pairs   int
	header  bool
	partial []byte
	ids     []int32
}

func newCaseMeter(opt GenerateOptions, g *synth) *caseMeter {
	m := &caseMeter{opt: opt}
	if l := opt.Reader.Ties; l > 0 && int64(opt.Partners)*int64(opt.Partners-1)/2 > int64(l) {
		m.index = make(map[string]int32, len(g.partners))
		for i, p := range g.partners {
			m.index[p.id] = int32(i)
		}
		m.ties = map[uint64]struct{}{}
	}
	return m
}

func (m *caseMeter) Write(b []byte) (int, error) {
	n := len(b)
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			m.partial = append(m.partial, b...)
			break
		}
		line := b[:i]
		if len(m.partial) > 0 {
			line = append(m.partial, line...)
			m.partial = m.partial[:0]
		}
		b = b[i+1:]
		if !m.header {
			m.header = true
			continue
		}
		if err := m.line(line); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// line counts one event row: date,from,with,... with the with ids joined
// by '|' (the generator's ids hold neither ',' nor '|').
func (m *caseMeter) line(line []byte) error {
	f := bytes.SplitN(line, []byte(","), 4)
	if len(f) < 3 {
		return fmt.Errorf("generate: unexpected event row %q", line)
	}
	with := bytes.Split(f[2], []byte("|"))
	k := 1 + len(with)
	m.pairs += k * (k - 1) / 2
	o := m.opt
	if l := o.Reader.Pairs; l > 0 && m.pairs > l {
		return &LimitError{"pairs", l, []int{o.Events, l, o.Events}, fmt.Sprintf("the %s events would make more than %s pairs of partners (the sum over events of k(k-1)/2 for k partners), the most gbo reads by default for %s event rows (--max-pairs); lower --events",
			thousands(o.Events), thousands(l), thousands(o.Events))}
	}
	if m.ties == nil {
		return nil
	}
	m.ids = m.ids[:0]
	for _, id := range append([][]byte{f[1]}, with...) {
		x, ok := m.index[string(id)]
		if !ok {
			return fmt.Errorf("generate: unknown partner %q in an event row", id)
		}
		m.ids = append(m.ids, x)
	}
	for i, a := range m.ids {
		for _, b := range m.ids[i+1:] {
			lo, hi := min(a, b), max(a, b)
			m.ties[uint64(lo)<<32|uint64(hi)] = struct{}{}
		}
	}
	if l := o.Reader.Ties; len(m.ties) > l {
		return &LimitError{"ties", l, []int{o.Partners, o.Events, l, o.Events, maxSafePartners(l)}, fmt.Sprintf("%s partners and %s events would make more than %s ties (pairs of partners sharing an event), the most gbo analyses by default for %s events (one per event, at least 20,000; --max-ties); lower --partners to at most %s (whose every pair fits), or raise --events",
			thousands(o.Partners), thousands(o.Events), thousands(l), thousands(o.Events), thousands(maxSafePartners(l)))}
	}
	return nil
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
	g := newSynth(opt)
	if l := opt.Reader.People; l > 0 && len(g.people) > l {
		return &LimitError{"people", l, []int{opt.Partners, len(g.people), l}, fmt.Sprintf("%s partners would have %s people (one to twelve each), over the %s gbo analyses by default (--max-people); lower --partners or leave people out (--no-people)",
			thousands(opt.Partners), thousands(len(g.people)), thousands(l))}
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
	meter := newCaseMeter(opt, g)
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
		var tee io.Writer
		if f.name == "interactions.csv" {
			tee = meter
		}
		tmp, err := writeTemp(dir, f.name, tee, f.write)
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

// writeTemp writes a file to a temporary name in dir and returns it; tee,
// when not nil, sees every byte too and may refuse it (an error).
func writeTemp(dir, name string, tee io.Writer, write func(*bufio.Writer) error) (string, error) {
	f, err := os.CreateTemp(dir, "."+name+".tmp-*")
	if err != nil {
		return "", err
	}
	var sink io.Writer = f
	if tee != nil {
		sink = io.MultiWriter(tee, f)
	}
	w := bufio.NewWriterSize(sink, 1<<20)
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

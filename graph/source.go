package graph

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Source is where a case is read from: a folder, an .xlsx workbook, or an
// fs.FS (the embedded samples).
type Source struct {
	label string
	fsys  fs.FS  // folder or embedded files; nil for a workbook
	dir   string // the folder as given, for positions; "" for an fs.FS
	abs   string // absolute path of the folder or workbook; "" for an fs.FS
	book  string // the workbook path as given
}

// Open opens a case folder or an .xlsx workbook. Nothing is read yet; Read
// does that. The error is a Problem (codes case_not_found, not_a_case).
func Open(p string) (*Source, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, Problem{Pos: Pos{File: p}, Severity: Error, Code: "case_not_found", Args: []string{p}}
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = p
	}
	switch {
	case st.IsDir():
		return &Source{label: p, fsys: os.DirFS(p), dir: p, abs: abs}, nil
	case st.Mode().IsRegular() && isWorkbookName(p):
		return &Source{label: p, abs: abs, book: p}, nil
	}
	return nil, Problem{Pos: Pos{File: p}, Severity: Error, Code: "not_a_case", Args: []string{p}}
}

func isWorkbookName(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	return ext == ".xlsx" || ext == ".xlsm"
}

// OpenFS makes a Source of the files at the root of fsys, for instance an
// embedded sample with label "sample:drieklap".
func OpenFS(label string, fsys fs.FS) *Source {
	return &Source{label: label, fsys: fsys}
}

// Label names the source as the user gave it: a path or sample:NAME.
func (s *Source) Label() string {
	if s == nil {
		return ""
	}
	return s.label
}

// isBook reports whether the source is a workbook.
func (s *Source) isBook() bool { return s.book != "" }

// posName is the name a file of a folder source carries in problems.
func (s *Source) posName(name string) string {
	switch {
	case s.dir != "":
		return filepath.Join(s.dir, name)
	case s.label != "":
		return s.label + "/" + name
	}
	return name
}

// inputPath is the absolute path of a real file, or "" for an fs.FS file.
func (s *Source) inputPath(name string) string {
	if s.dir == "" {
		return ""
	}
	return filepath.Join(s.abs, name)
}

// listFiles maps the lower-cased names of the files at the root of a folder
// source to their real names; an exact lower-case name wins over others.
func (s *Source) listFiles() (map[string]string, error) {
	ents, err := fs.ReadDir(s.fsys, ".")
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(ents))
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		name := e.Name()
		low := strings.ToLower(name)
		if prev, ok := out[low]; ok && prev == low {
			continue
		}
		out[low] = name
	}
	return out, nil
}

var errTooLarge = errors.New("too large")

// readAll reads a whole file of a folder source, refusing files over max
// bytes (errTooLarge).
func readAll(fsys fs.FS, name string, max int64) ([]byte, error) {
	f, err := fsys.Open(path.Clean(name))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var b []byte
	if st, err := f.Stat(); err == nil {
		if st.Size() > max {
			return nil, errTooLarge
		}
		// Read into a buffer of the file's size: io.ReadAll's doubling
		// would leave as much garbage again as a 60 MB file holds.
		b = make([]byte, 0, st.Size()+bytes.MinRead+1)
	}
	buf := bytes.NewBuffer(b)
	_, err = buf.ReadFrom(io.LimitReader(f, max+1))
	b = buf.Bytes()
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, errTooLarge
	}
	return b, nil
}

// readFileLimited reads a real file, refusing files over max bytes.
func readFileLimited(p string, max int64) ([]byte, error) {
	dir, base := filepath.Split(p)
	if dir == "" {
		dir = "."
	}
	return readAll(os.DirFS(dir), base, max)
}

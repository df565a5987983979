package graph

import (
	"bytes"
	"errors"
	"fmt"
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
	fsys  fs.FS  // embedded files; nil for a folder or a workbook
	dir   string // the folder as given, for positions; "" for an fs.FS
	abs   string // absolute path of the folder or workbook; "" for an fs.FS
	book  string // the workbook path as given
}

// Open opens a case folder or an .xlsx workbook. Nothing is read yet; Read
// does that, and reads only regular files inside the folder. The error is a
// Problem (codes case_not_found, not_a_case: a named pipe, a device or any
// other file that is not a folder or a regular .xlsx file is refused without
// being opened).
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
		return &Source{label: p, dir: p, abs: abs}, nil
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

// folder is a case folder opened for one Read: a real folder through an
// os.Root, so that no name or link inside it can lead outside, or an fs.FS.
type folder struct {
	root *os.Root
	fsys fs.FS
}

// openFolder opens the folder of a folder source.
func (s *Source) openFolder() (*folder, error) {
	if s.dir == "" {
		if s.fsys == nil {
			return nil, fs.ErrNotExist
		}
		return &folder{fsys: s.fsys}, nil
	}
	root, err := os.OpenRoot(s.dir)
	if err != nil {
		return nil, err
	}
	return &folder{root: root, fsys: root.FS()}, nil
}

func (f *folder) close() {
	if f.root != nil {
		_ = f.root.Close()
	}
}

// list maps the lower-cased names of the entries at the root of the folder
// (files, links, and anything else, so a skipped one can be named) to their
// real names; an exact lower-case name wins over others.
func (f *folder) list() (map[string]string, error) {
	ents, err := fs.ReadDir(f.fsys, ".")
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(ents))
	for _, e := range ents {
		name := e.Name()
		low := strings.ToLower(name)
		if prev, ok := out[low]; ok && prev == low {
			continue
		}
		out[low] = name
	}
	return out, nil
}

var (
	errTooLarge = errors.New("too large")
	// errNotRegular is what readFileLimited says of a named pipe, a device,
	// a folder or a socket: it is refused without being read.
	errNotRegular = errors.New("not a regular file (a folder, a named pipe or a device); refused")
)

// skipped is why a file of a case folder is not read. Code is its problem
// code (skip_link_outside, skip_broken_link, skip_folder, skip_pipe,
// skip_device, skip_special); no text of the file is ever part of it.
type skipped struct{ code string }

func (e *skipped) Error() string { return e.code }

// skipFor names what a file of the given mode is, as a skip code (a
// *skipped).
func skipFor(m fs.FileMode) error {
	switch {
	case m.IsDir():
		return &skipped{"skip_folder"}
	case m&fs.ModeNamedPipe != 0:
		return &skipped{"skip_pipe"}
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return &skipped{"skip_device"}
	}
	return &skipped{"skip_special"}
}

// read reads one file of the folder, refusing (*skipped) a link that leads
// outside the folder or cannot be followed, and anything not a regular file,
// before it is opened; and files over max bytes (errTooLarge), from their
// size before a byte is read. The file is opened without blocking and
// checked again once open, so a file swapped for a pipe in between is still
// refused at once.
func (f *folder) read(name string, max int64) ([]byte, error) {
	if f.root == nil { // embedded files: opening one cannot block
		file, err := f.fsys.Open(path.Clean(name))
		if err != nil {
			return nil, err
		}
		defer file.Close()
		return readOpened(file, max, skipFor)
	}
	st, err := f.root.Lstat(name)
	if err != nil {
		return nil, err
	}
	if st.Mode()&fs.ModeSymlink != 0 {
		st, err = f.root.Stat(name)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, &skipped{"skip_broken_link"}
		case err != nil:
			// os.Root refuses a link that leads outside (also through
			// "..", or to an absolute path) or loops.
			return nil, &skipped{"skip_link_outside"}
		}
	}
	if !st.Mode().IsRegular() {
		return nil, skipFor(st.Mode())
	}
	if st.Size() > max {
		return nil, errTooLarge
	}
	file, err := f.root.OpenFile(name, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		if strings.Contains(err.Error(), "escapes") {
			return nil, &skipped{"skip_link_outside"}
		}
		return nil, err
	}
	defer file.Close()
	return readOpened(file, max, skipFor)
}

// readOpened reads an open file whole, after checking through the open file
// (fstat) that it is a regular file of at most max bytes.
func readOpened(f fs.File, max int64, notRegular func(fs.FileMode) error) ([]byte, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(st.Mode())
	}
	if st.Size() > max {
		return nil, errTooLarge
	}
	// Read into a buffer of the file's size: io.ReadAll's doubling would
	// leave as much garbage again as a 60 MB file holds.
	buf := bytes.NewBuffer(make([]byte, 0, st.Size()+bytes.MinRead+1))
	_, err = buf.ReadFrom(io.LimitReader(f, max+1))
	b := buf.Bytes()
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, errTooLarge
	}
	return b, nil
}

// readFileLimited reads a file the user named (the workbook, a depth
// model), refusing files over max bytes (errTooLarge) and anything that is
// not a regular file (errNotRegular), before reading and without blocking:
// a named pipe or a device is never read. Links are followed: the user
// named the path.
func readFileLimited(p string, max int64) ([]byte, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w", filepath.Base(p), errNotRegular)
	}
	if st.Size() > max {
		return nil, errTooLarge
	}
	f, err := os.OpenFile(p, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readOpened(f, max, func(fs.FileMode) error { return fmt.Errorf("%s: %w", filepath.Base(p), errNotRegular) })
}

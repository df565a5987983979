package graph

import (
	"bytes"
	"io"
	"io/fs"
	"path"
	"slices"
	"time"
)

// OpenMemFolder makes a Source of a case folder held in memory: files maps
// a file's name (no folder; partners.csv, case.toml …) to its bytes. label
// names the case in problems (label/partners.csv:3:2), as a folder's path
// does. Nothing is read from or written to disk; the reader's limits apply
// as to a folder on disk. The map is not copied: do not change it while the
// Source is read.
func OpenMemFolder(label string, files map[string][]byte) *Source {
	return &Source{label: label, fsys: memFS(files)}
}

// OpenMemWorkbook makes a Source of an .xlsx workbook held in memory. label
// is the workbook's name as problems show it (book.xlsx:Sheet:3:2) and as
// the case's input; nothing is read from or written to disk. The reader's
// limits apply as to a workbook on disk (Options.MaxFileBytes first).
func OpenMemWorkbook(label string, data []byte) *Source {
	return &Source{label: label, book: label, abs: label, fsys: memFS{memBookName: data}}
}

// memBookName is the one file of a workbook's in-memory fs.FS.
const memBookName = "book.xlsx"

// readBookBytes reads the workbook of a workbook source: from memory for
// OpenMemWorkbook, else the file (readFileLimited). Errors as
// readFileLimited's (errTooLarge over max bytes).
func (s *Source) readBookBytes(max int64) ([]byte, error) {
	if s.fsys != nil {
		f, err := s.fsys.Open(memBookName)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return readOpened(f, max, skipFor)
	}
	return readFileLimited(s.book, max)
}

// memFS is a flat read-only fs.FS of regular files at its root.
type memFS map[string][]byte

func (m memFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if name == "." {
		return &memDir{fs: m}, nil
	}
	b, ok := m[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return &memFile{info: memInfo{name: path.Base(name), size: int64(len(b))}, r: bytes.NewReader(b)}, nil
}

// ReadDir lists the root, sorted by name.
func (m memFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name != "." {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	slices.Sort(names)
	out := make([]fs.DirEntry, len(names))
	for i, n := range names {
		out[i] = fs.FileInfoToDirEntry(memInfo{name: n, size: int64(len(m[n]))})
	}
	return out, nil
}

type memInfo struct {
	name string
	size int64
	dir  bool
}

func (i memInfo) Name() string { return i.name }
func (i memInfo) Size() int64  { return i.size }
func (i memInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o500
	}
	return 0o400
}
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return i.dir }
func (i memInfo) Sys() any           { return nil }

type memFile struct {
	info memInfo
	r    *bytes.Reader
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Read(p []byte) (int, error) { return f.r.Read(p) }
func (f *memFile) Close() error               { return nil }

type memDir struct {
	fs   memFS
	read bool
}

func (d *memDir) Stat() (fs.FileInfo, error) { return memInfo{name: ".", dir: true}, nil }
func (d *memDir) Read([]byte) (int, error)   { return 0, io.EOF }
func (d *memDir) Close() error               { return nil }

// ReadDir lists the root once (n <= 0: all).
func (d *memDir) ReadDir(n int) ([]fs.DirEntry, error) {
	if d.read {
		if n > 0 {
			return nil, io.EOF
		}
		return nil, nil
	}
	d.read = true
	ents, _ := d.fs.ReadDir(".")
	return ents, nil
}

var _ fs.ReadDirFS = memFS(nil)

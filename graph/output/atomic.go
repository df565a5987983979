package output

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// live is every temporary file and folder this process has made and not
// yet renamed into place or removed, so that CleanupTemp can remove them
// when the process is interrupted. Its lock is also held around each
// final rename, so an interruption sees an output either not yet renamed
// (and removes its temporary file) or complete.
var live = struct {
	sync.Mutex
	paths   map[string]bool
	closing bool
}{paths: map[string]bool{}}

// errClosing is returned once CleanupTemp has run: the process is exiting.
var errClosing = errors.New("interrupted")

// CleanupTemp removes every temporary file and folder the writers of this
// package still hold, and makes every later attempt to create one fail. It
// is meant for a signal handler that then exits; it returns once the files
// are gone, and leaves the lock held so no writer renames or creates
// anything afterwards.
func CleanupTemp() {
	live.Lock()
	live.closing = true
	paths := make([]string, 0, len(live.paths))
	for p := range live.paths {
		paths = append(paths, p)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(paths))) // files inside a folder first
	for _, p := range paths {
		os.RemoveAll(p)
		delete(live.paths, p)
	}
}

// TempPaths lists the temporary files and folders currently held (for
// tests).
func TempPaths() []string {
	live.Lock()
	defer live.Unlock()
	var out []string
	for p := range live.paths {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// createTemp makes a registered temporary file in dir named like
// ".BASE.tmp-*".
func createTemp(dir, base string) (*os.File, error) {
	live.Lock()
	defer live.Unlock()
	if live.closing {
		return nil, errClosing
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, err
	}
	live.paths[f.Name()] = true
	return f, nil
}

// MkdirTemp makes a registered temporary folder beside path (in path's
// parent folder, named ".BASE.tmp-*"), for an output folder that is filled
// there and then moved into place by MoveFolderInto. CleanupTemp removes
// it with everything in it; so does ReleaseTemp.
func MkdirTemp(path string) (string, error) {
	dir, base := filepath.Split(filepath.Clean(path))
	if dir == "" {
		dir = "."
	}
	live.Lock()
	defer live.Unlock()
	if live.closing {
		return "", errClosing
	}
	tmp, err := os.MkdirTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return "", err
	}
	live.paths[tmp] = true
	return tmp, nil
}

// ReleaseTemp removes a temporary file or folder made by this package (if
// it is still there) and forgets it.
func ReleaseTemp(path string) {
	live.Lock()
	defer live.Unlock()
	if live.paths[path] {
		os.RemoveAll(path)
		delete(live.paths, path)
	}
}

// FileWrite is one file of an output written by WriteFilesAtomic: its path
// and the function that writes its content.
type FileWrite struct {
	Path  string
	Write func(io.Writer) error
}

// WriteFileAtomic writes a file through write and makes it appear at path
// only once write and the flush to disk have succeeded. It writes to a
// temporary file in the same directory (so the final rename stays on one file
// system, where rename is atomic) and renames it over path; on any error the
// temporary file is removed and path is left as it was. The file gets mode
// 0644 (os.CreateTemp alone would leave 0600). The temporary file is
// registered for CleanupTemp while it exists.
func WriteFileAtomic(path string, write func(io.Writer) error) error {
	return WriteFilesAtomic([]FileWrite{{Path: path, Write: write}})
}

// WriteFilesAtomic writes several files all or none: each to a temporary
// file beside its path, and only when every one is written and flushed to
// disk are they renamed into place. On any error every temporary file is
// removed, and files renamed already are put back as they were (removed,
// or restored to their old content), so no path changes.
func WriteFilesAtomic(files []FileWrite) (err error) {
	temps := make([]string, 0, len(files))
	defer func() {
		if err != nil {
			for _, t := range temps {
				ReleaseTemp(t)
			}
		}
	}()
	for _, f := range files {
		tmp, err := writeTemp(f.Path, f.Write)
		if err != nil {
			return err
		}
		temps = append(temps, tmp)
	}
	live.Lock()
	defer live.Unlock()
	if live.closing {
		return errClosing
	}
	if len(files) == 1 {
		if err := os.Rename(temps[0], files[0].Path); err != nil {
			return fmt.Errorf("writing %s: %w", files[0].Path, err)
		}
		delete(live.paths, temps[0])
		return nil
	}
	return renameAll(temps, pathsOf(files))
}

// WriteFileNew writes a file as WriteFileAtomic does, but never replaces
// one: the complete temporary file is hard-linked to path, which fails if
// anything exists at path, even a file created there while write ran;
// where the file system has no hard links, path is created exclusively
// (O_EXCL) and the content copied in. An existing path is an error that
// wraps fs.ErrExist, and leaves it as it was.
func WriteFileNew(path string, write func(io.Writer) error) error {
	tmp, err := writeTemp(path, write)
	if err != nil {
		return err
	}
	defer ReleaseTemp(tmp) // after the unlock below
	live.Lock()
	defer live.Unlock()
	if live.closing {
		return errClosing
	}
	if err := linkNoReplace(tmp, path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// linkNoReplace makes the complete file tmp appear at path, failing with
// fs.ErrExist rather than replace anything there.
func linkNoReplace(tmp, path string) error {
	err := os.Link(tmp, path)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	if _, lerr := os.Lstat(path); lerr == nil {
		return fs.ErrExist
	}
	// No hard links here (FAT, some network shares): create path itself.
	src, err := os.Open(tmp)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = io.Copy(dst, src)
	if err == nil {
		err = dst.Sync()
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

func pathsOf(files []FileWrite) []string {
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = f.Path
	}
	return out
}

// renameAll renames each temps[i] to dsts[i], all or none; live is locked.
// An existing destination is kept under a hard link first, so a failure
// can restore it; where hard links cannot be made, it is restored from
// nothing (the rename of the first files is then not undone for it).
func renameAll(temps, dsts []string) error {
	type done struct {
		dst, backup string
		existed     bool
	}
	var did []done
	undo := func() {
		for i := len(did) - 1; i >= 0; i-- {
			d := did[i]
			switch {
			case d.backup != "":
				os.Rename(d.backup, d.dst)
			case !d.existed:
				os.Remove(d.dst)
			}
		}
	}
	for i, tmp := range temps {
		dst := dsts[i]
		d := done{dst: dst}
		if _, err := os.Lstat(dst); err == nil {
			d.existed = true
			b := tmp + ".old"
			if os.Link(dst, b) == nil {
				d.backup = b
				live.paths[b] = true
			}
		}
		if err := os.Rename(tmp, dst); err != nil {
			if d.backup != "" {
				os.Remove(d.backup)
				delete(live.paths, d.backup)
			}
			undo()
			for _, x := range did {
				delete(live.paths, x.backup)
			}
			return fmt.Errorf("writing %s: %w", dst, err)
		}
		delete(live.paths, tmp)
		did = append(did, d)
	}
	for _, d := range did {
		if d.backup != "" {
			os.Remove(d.backup)
			delete(live.paths, d.backup)
		}
	}
	return nil
}

// writeTemp writes one temporary file beside path, flushed and synced, and
// returns its name; on error it is removed.
func writeTemp(path string, write func(io.Writer) error) (name string, err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := createTemp(dir, base)
	if err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			ReleaseTemp(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err := write(bw); err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	return tmp.Name(), nil
}

// FillFolder writes an output folder whole: fill writes the files into a
// registered temporary folder beside dir, and only when it has succeeded
// are they moved into dir: the folder itself is renamed when dir does not
// exist yet, else each file is renamed into it, all or none, refusing any
// name dir already holds (compared without case, as gbo's readers compare).
// On any error, or when CleanupTemp runs, nothing new is left at dir. The
// folder gets mode 0755, its files keep theirs.
func FillFolder(dir string, fill func(tmp string) error) (err error) {
	dir = filepath.Clean(dir)
	if parent := filepath.Dir(dir); parent != "." {
		if err := os.MkdirAll(parent, 0o755); err != nil {
			return err
		}
	}
	if err := checkOwnFolders(filepath.Dir(dir), false); err != nil {
		return err
	}
	tmp, err := MkdirTemp(dir)
	if err != nil {
		return err
	}
	defer ReleaseTemp(tmp)
	if err := fill(tmp); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	ents, err := os.ReadDir(tmp)
	if err != nil {
		return err
	}
	live.Lock()
	defer live.Unlock()
	if live.closing {
		return errClosing
	}
	fi, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.Rename(tmp, dir); err != nil {
			return err
		}
		delete(live.paths, tmp)
		return nil
	}
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a folder; nothing was written", dir)
	}
	// The folder may have been made by another user after the CLI looked
	// (a race in /tmp): only a folder of one's own is filled.
	if err := checkOwnFolders(dir, true); err != nil {
		return err
	}
	have, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	taken := map[string]bool{}
	for _, h := range have {
		taken[strings.ToLower(h.Name())] = true
	}
	var clash, temps, dsts []string
	for _, en := range ents {
		if taken[strings.ToLower(en.Name())] {
			clash = append(clash, en.Name())
		}
		temps = append(temps, filepath.Join(tmp, en.Name()))
		dsts = append(dsts, filepath.Join(dir, en.Name()))
	}
	if len(clash) > 0 {
		return fmt.Errorf("%s already holds %s; nothing was written", dir, strings.Join(clash, ", "))
	}
	return renameAll(temps, dsts)
}

// WriteNew writes b to path, which must not exist yet (O_EXCL: never over a
// file or through a link someone put there), and syncs it: the files a
// FillFolder fill function puts into its private temporary folder. Errors
// are the *fs.PathError of the failing step.
func WriteNew(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

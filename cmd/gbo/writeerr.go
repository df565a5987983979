package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// writeErr turns a failure to write the output path into a message a user
// can act on, in lang: never the name of gbo's temporary file, and for the
// usual causes (a folder the user may not write in, a full disk, a
// read-only disk) what to do instead. Exit status 1: the input was fine.
func writeErr(lang, path string, err error) error {
	dir := filepath.Dir(path)
	switch {
	case errors.Is(err, fs.ErrPermission):
		home, _ := os.UserHomeDir()
		if home == "" {
			home = "~"
		}
		return failErr(tr(lang, "write_denied", path, dir, filepath.Join(home, filepath.Base(path))))
	case errors.Is(err, syscall.ENOSPC):
		return failErr(tr(lang, "write_disk_full", path, dir))
	case errors.Is(err, syscall.EROFS):
		return failErr(tr(lang, "write_read_only", path, dir))
	}
	// Other causes: the system's own words, without the temporary name.
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return failErr(tr(lang, "write_failed", path, pe.Err.Error()))
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return failErr(tr(lang, "write_failed", path, le.Err.Error()))
	}
	return failErr(tr(lang, "write_failed", path, err.Error()))
}

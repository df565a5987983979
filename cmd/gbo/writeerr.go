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

func init() {
	texts["write_denied"] = [2]string{
		"cannot write %s: you may not write in the folder %s; choose a folder where you may, e.g. -o %s",
		"kan %s niet schrijven: u mag niet schrijven in de map %s; kies een map waarin dat wel mag, bv. -o %s"}
	texts["write_disk_full"] = [2]string{
		"cannot write %s: the disk of %s is full; nothing was written",
		"kan %s niet schrijven: de schijf van %s is vol; er is niets geschreven"}
	texts["write_read_only"] = [2]string{
		"cannot write %s: the folder %s is on a read-only disk; choose another folder",
		"kan %s niet schrijven: de map %s staat op een schijf die alleen gelezen kan worden; kies een andere map"}
	texts["write_failed"] = [2]string{
		"cannot write %s: %s; nothing was written",
		"kan %s niet schrijven: %s; er is niets geschreven"}
}

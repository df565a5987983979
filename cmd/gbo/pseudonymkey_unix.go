//go:build unix

package main

import (
	"io/fs"
	"os"
	"syscall"
)

const isWindows = false

// openNoFollow opens p for reading without following a symbolic link and
// without waiting on a pipe.
func openNoFollow(p string) (*os.File, error) {
	return os.OpenFile(p, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
}

// checkOwnerMode refuses a key file (or, with dir, its folder) that is not
// the user's own, or that others may change (a folder) or touch at all (a
// file).
func checkOwnerMode(p string, st fs.FileInfo, lang string, dir bool) error {
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		if uid := os.Geteuid(); int(sys.Uid) != uid {
			return failErr(tr(lang, map[bool]string{false: "key_owner", true: "key_dir_owner"}[dir], p, sys.Uid))
		}
	}
	perm := st.Mode().Perm()
	if dir {
		if perm&0o022 != 0 {
			return failErr(tr(lang, "key_dir_mode", p, perm, p))
		}
		return nil
	}
	if perm&0o077 != 0 {
		return failErr(tr(lang, "key_mode", p, perm, p))
	}
	return nil
}

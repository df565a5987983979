//go:build unix

package wasmcache

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// Prepare makes dir a private directory of the effective user and returns
// its cleaned absolute path. Missing components are created 0700 one by one
// and each is checked after creation (Lstat: a real directory, owned by the
// effective user, mode&0o077 == 0); an existing dir must pass the same check
// (its mode is tightened if the user owns it). Existing directories above it
// must be owned by the user or root and not writable by group or others
// unless sticky. A go-graphviz folder inside, if present, must be a real
// directory of the user that only the user can write. Any failure returns an
// error wrapping errNotPrivate, or the file-system error.
func Prepare(dir string) (string, error) {
	if !filepath.IsAbs(dir) {
		return "", fmt.Errorf("%s: %w: a relative path", dir, errNotPrivate)
	}
	dir = filepath.Clean(dir)
	euid := os.Geteuid()
	// The components from the root down; the ones that exist are ancestors
	// to check, the rest are created.
	var chain []string
	for p := dir; ; p = filepath.Dir(p) {
		chain = append([]string{p}, chain...)
		if filepath.Dir(p) == p {
			break
		}
	}
	for i, p := range chain {
		last := i == len(chain)-1
		fi, err := os.Lstat(p)
		if os.IsNotExist(err) {
			if err := os.Mkdir(p, 0o700); err != nil && !os.IsExist(err) {
				return "", err
			}
			if fi, err = os.Lstat(p); err != nil {
				return "", err
			}
			if err := private(p, fi, euid); err != nil {
				return "", err
			}
			continue
		}
		if err != nil {
			return "", err
		}
		if last {
			if err := private(p, fi, euid); err != nil {
				return "", err
			}
			continue
		}
		// An existing ancestor may be a link made by the system (say
		// /home -> /usr/home); what it leads to must be safe.
		if fi, err = os.Stat(p); err != nil {
			return "", err
		}
		if err := safeAncestor(p, fi, euid); err != nil {
			return "", err
		}
	}
	// go-graphviz creates its folder inside with os.Mkdir(…, 0o755).
	sub := filepath.Join(dir, "go-graphviz")
	if fi, err := os.Lstat(sub); err == nil {
		if fi.Mode()&fs.ModeSymlink != 0 || !fi.IsDir() {
			return "", fmt.Errorf("%s: %w: not a plain directory", sub, errNotPrivate)
		}
		if uid, ok := owner(fi); !ok || uid != euid || fi.Mode().Perm()&0o022 != 0 {
			return "", fmt.Errorf("%s: %w: another owner, or writable by others", sub, errNotPrivate)
		}
	} else if !os.IsNotExist(err) {
		return "", err
	}
	return dir, nil
}

// private checks a directory this package owns: no link, a directory, the
// effective user's, and closed to others (tightened to 0700 when it is the
// user's own but looser).
func private(p string, fi fs.FileInfo, euid int) error {
	if fi.Mode()&fs.ModeSymlink != 0 {
		return fmt.Errorf("%s: %w: a symbolic link", p, errNotPrivate)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s: %w: not a directory", p, errNotPrivate)
	}
	uid, ok := owner(fi)
	if !ok || uid != euid {
		return fmt.Errorf("%s: %w: owned by user %d, not %d", p, errNotPrivate, uid, euid)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		if err := os.Chmod(p, 0o700); err != nil {
			return err
		}
		again, err := os.Lstat(p)
		if err != nil {
			return err
		}
		if uid, ok := owner(again); again.Mode()&fs.ModeSymlink != 0 || !again.IsDir() || !ok || uid != euid || again.Mode().Perm()&0o077 != 0 {
			return fmt.Errorf("%s: %w: mode %v", p, errNotPrivate, again.Mode().Perm())
		}
	}
	return nil
}

// safeAncestor checks a directory above the private one: owned by the user
// or root, and writable by no one else unless sticky (then others cannot
// rename or remove what the user put in it).
func safeAncestor(p string, fi fs.FileInfo, euid int) error {
	if !fi.IsDir() {
		return fmt.Errorf("%s: %w: not a directory", p, errNotPrivate)
	}
	uid, ok := owner(fi)
	if !ok || (uid != euid && uid != 0) {
		return fmt.Errorf("%s: %w: owned by user %d", p, errNotPrivate, uid)
	}
	if fi.Mode().Perm()&0o022 != 0 && fi.Mode()&fs.ModeSticky == 0 {
		return fmt.Errorf("%s: %w: writable by others", p, errNotPrivate)
	}
	return nil
}

func owner(fi fs.FileInfo) (int, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return -1, false
	}
	return int(st.Uid), true
}

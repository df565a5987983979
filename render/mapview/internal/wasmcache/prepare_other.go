//go:build !unix

package wasmcache

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Prepare makes dir a directory of the user (created 0700) and returns its
// cleaned absolute path. Without unix owners and modes (Windows keeps
// %LocalAppData% private to the user through its ACL) it only refuses a
// symbolic link or a non-directory, at dir and at its go-graphviz folder.
func Prepare(dir string) (string, error) {
	if !filepath.IsAbs(dir) {
		return "", fmt.Errorf("%s: %w: a relative path", dir, errNotPrivate)
	}
	dir = filepath.Clean(dir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	for _, p := range []string{dir, filepath.Join(dir, "go-graphviz")} {
		fi, err := os.Lstat(p)
		if os.IsNotExist(err) && p != dir {
			continue
		}
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink != 0 || !fi.IsDir() {
			return "", fmt.Errorf("%s: %w: a link or not a directory", p, errNotPrivate)
		}
	}
	return dir, nil
}

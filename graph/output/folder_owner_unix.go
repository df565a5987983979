//go:build unix

package output

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// checkOwnFolders is checked by FillFolder after it has made the folders
// above its output and again just before it moves the files in: between
// the CLI's first look and the write, another user may have made a
// missing folder first (in /tmp, say). It refuses dir, and every folder
// above it, when another user could swap what is written there: a folder
// that belongs to another user (root's excepted) or that others may write
// in without the sticky bit. When own is true, dir itself must belong to
// the user running gbo and be closed to other users' writes. Errors name
// the folder and say that nothing was written.
func checkOwnFolders(dir string, own bool) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	me := os.Geteuid()
	for p := abs; ; p = filepath.Dir(p) {
		fi, err := os.Lstat(p)
		if err == nil {
			if fi.Mode()&os.ModeSymlink != 0 {
				if fi, err = os.Stat(p); err != nil {
					return fmt.Errorf("%s is a broken link; nothing was written", p)
				}
			}
			uid := -1
			if st, ok := fi.Sys().(*syscall.Stat_t); ok {
				uid = int(st.Uid)
			}
			m := fi.Mode()
			if p == abs && own && (uid != me || m.Perm()&0o002 != 0) {
				return fmt.Errorf("%s was made or changed by another user, or others may write in it, while gbo worked; nothing was written", p)
			}
			if m.Perm()&0o002 != 0 && m&os.ModeSticky == 0 {
				return fmt.Errorf("everyone may change %s; nothing was written", p)
			}
			if uid != me && uid != 0 {
				return fmt.Errorf("%s belongs to another user; nothing was written", p)
			}
		}
		if filepath.Dir(p) == p {
			return nil
		}
	}
}

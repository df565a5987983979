//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
)

// checkPrivateDir refuses to write into dir (the folder an output file is
// renamed into, or a folder output itself) when another user of the machine
// could swap what gbo writes there, through dir or any folder above it: a
// folder that everyone may write in without the sticky bit (unlike /tmp,
// where only a file's owner may rename or remove it), or a folder that
// belongs to another user (root's folders excepted), who could replace a
// folder below it by a link. Folders that do not exist yet are fine: gbo
// creates them. Group-writable folders of one's own are accepted.
func checkPrivateDir(lang, dir string, _ bool) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	me := os.Geteuid()
	for p := abs; ; p = filepath.Dir(p) {
		if fi, err := os.Stat(p); err == nil {
			m := fi.Mode()
			if m.Perm()&0o002 != 0 && m&os.ModeSticky == 0 {
				return inputErr(tr(lang, "out_dir_world_writable", p))
			}
			if st, ok := fi.Sys().(*syscall.Stat_t); ok && int(st.Uid) != me && st.Uid != 0 {
				return inputErr(tr(lang, "out_dir_other_owner", p))
			}
		}
		if filepath.Dir(p) == p {
			return nil
		}
	}
}

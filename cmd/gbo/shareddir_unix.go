//go:build unix

package main

import (
	"os"
	"syscall"
)

// checkPrivateDir refuses to write into dir (the folder an output file is
// renamed into, or a folder output itself) when another user of the machine
// could swap what gbo writes there: a folder that everyone may write in
// without the sticky bit (unlike /tmp, where only a file's owner may rename
// or remove it), or, with own set, a folder that belongs to another user.
// A folder that does not exist yet is fine: gbo creates it. Group-writable
// folders (a team's shared folder) are accepted.
func checkPrivateDir(lang, dir string, own bool) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil
	}
	m := fi.Mode()
	if m.Perm()&0o002 != 0 && m&os.ModeSticky == 0 {
		return inputErr(tr(lang, "out_dir_world_writable", dir))
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && own && int(st.Uid) != os.Geteuid() {
		return inputErr(tr(lang, "out_dir_other_owner", dir))
	}
	return nil
}

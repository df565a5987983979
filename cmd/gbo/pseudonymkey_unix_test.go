//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A key that another user could have planted or can read is refused with
// exit status 1 and a message naming it, before anything is written: a
// link, a pipe, a file open to group or others, a file of another user, a
// folder that is a link, open to writing by others or another user's, and
// a file that is not a key.
func TestKeyOfAnotherUserOrOpenToOthersIsRefused(t *testing.T) {
	if isWindows {
		t.Skip("no owner and mode bits on Windows")
	}
	// A key that passes every check but the one each case breaks (a
	// trivial key such as "0f"×32 would be refused for that alone).
	good := "9c1e5b07d2a8f3446e0b71c95a3d28f4b6e1079d3c52a8e4f07b13d96c2e5a81"
	type tc struct {
		name, want string
		setup      func(t *testing.T, home string) (keyFlag string)
	}
	userKey := func(home string) string {
		p, _ := defaultKeyPath()
		os.MkdirAll(filepath.Dir(p), 0o700)
		return p
	}
	cases := []tc{
		{"symlink key", "symbolic link", func(t *testing.T, home string) string {
			p := userKey(home)
			real := keyFile(t, home, good)
			os.Symlink(real, p)
			return ""
		}},
		{"fifo key", "not a regular file", func(t *testing.T, home string) string {
			p := filepath.Join(home, "fifo.key")
			if err := syscall.Mkfifo(p, 0o600); err != nil {
				t.Skip(err)
			}
			return p
		}},
		{"group-writable key", "open to other users", func(t *testing.T, home string) string {
			p := keyFile(t, home, good)
			os.Chmod(p, 0o620)
			return p
		}},
		{"world-readable user key", "chmod 600", func(t *testing.T, home string) string {
			p := userKey(home)
			os.WriteFile(p, []byte(good), 0o644)
			os.Chmod(p, 0o644)
			return ""
		}},
		{"symlinked folder", "symbolic link", func(t *testing.T, home string) string {
			p, _ := defaultKeyPath()
			elsewhere := filepath.Join(home, "elsewhere")
			os.MkdirAll(elsewhere, 0o700)
			os.MkdirAll(filepath.Dir(filepath.Dir(p)), 0o700)
			os.Symlink(elsewhere, filepath.Dir(p))
			return ""
		}},
		{"group-writable folder", "chmod 700", func(t *testing.T, home string) string {
			p := userKey(home)
			os.Chmod(filepath.Dir(p), 0o770)
			return ""
		}},
		{"not a key", "64 hex digits", func(t *testing.T, home string) string {
			return keyFile(t, home, "sesame")
		}},
		{"short key", "64 hex digits", func(t *testing.T, home string) string {
			return keyFile(t, home, good[:32])
		}},
		{"missing key file", "does not exist", func(t *testing.T, home string) string {
			return filepath.Join(home, "nope.key")
		}},
		{"key of another user", "another user", func(t *testing.T, home string) string {
			if os.Geteuid() == 0 {
				p := keyFile(t, home, good)
				if err := os.Chown(p, 65534, 65534); err != nil {
					t.Skip(err)
				}
				return p
			}
			// A file root owns: a key planted by another user.
			for _, p := range []string{"/etc/hostname", "/etc/passwd"} {
				if st, err := os.Stat(p); err == nil && st.Sys().(*syscall.Stat_t).Uid != uint32(os.Geteuid()) {
					return p
				}
			}
			t.Skip("no file of another user")
			return ""
		}},
		{"folder of another user", "another user", func(t *testing.T, home string) string {
			if os.Geteuid() != 0 {
				t.Skip("needs root to give a folder away")
			}
			p := userKey(home)
			if err := os.Chown(filepath.Dir(p), 65534, 65534); err != nil {
				t.Skip(err)
			}
			return ""
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			home := isolate(t)
			flag := c.setup(t, home)
			out := filepath.Join(t.TempDir(), "rapport.html")
			args := []string{"report", "sample:sleutelfiguren", "-o", out, "--lang", "en"}
			if flag != "" {
				args = append(args, "--pseudonym-key", flag)
			}
			_, stderr, code := runGBO(t, args...)
			if code != 1 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, c.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("the report was written")
			}
		})
	}
}

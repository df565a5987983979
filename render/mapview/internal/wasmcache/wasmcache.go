package wasmcache

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
)

// tempVars are the environment variables os.TempDir reads.
var tempVars = func() []string {
	if runtime.GOOS == "windows" {
		return []string{"TMP", "TEMP"}
	}
	return []string{"TMPDIR"}
}()

type saved struct {
	name, value string
	set         bool
}

var (
	original []saved
	// dir is the private directory the temp dir pointed at during
	// go-graphviz's init, or "" when the cache was switched off.
	dir string
	// why says why the cache was switched off.
	why error
)

func init() {
	for _, v := range tempVars {
		val, ok := os.LookupEnv(v)
		original = append(original, saved{v, val, ok})
	}
	target := ""
	base, err := os.UserCacheDir()
	if err == nil {
		target, err = Prepare(filepath.Join(base, "gbo"))
	}
	if err != nil {
		why = err
		target = disabledPath()
	} else {
		dir = target
	}
	for _, v := range tempVars {
		os.Setenv(v, target)
	}
}

// Status reports the private directory Graphviz's cache was given (its
// cache is in Dir()/go-graphviz), or the reason it was switched off.
func Status() (private string, disabled error) { return dir, why }

// Restore sets the temp-dir variables back to what they were before this
// package's init (unset stays unset). It is safe to call more than once.
func Restore() {
	for _, s := range original {
		if s.set {
			os.Setenv(s.name, s.value)
		} else {
			os.Unsetenv(s.name)
		}
	}
}

// disabledPath is a path in which no directory can be made: under a file.
func disabledPath() string {
	if runtime.GOOS != "windows" {
		return "/dev/null/gbo-no-graphviz-cache"
	}
	if exe, err := os.Executable(); err == nil {
		return filepath.Join(exe, "no-graphviz-cache")
	}
	return `\\?\NUL\no-graphviz-cache`
}

// errNotPrivate is wrapped by every refusal of Prepare.
var errNotPrivate = errors.New("not a private directory")

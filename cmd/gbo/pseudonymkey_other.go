//go:build !unix

package main

import (
	"io/fs"
	"os"
	"runtime"
)

var isWindows = runtime.GOOS == "windows"

// openNoFollow opens p for reading; readKeyFile has refused a link already.
func openNoFollow(p string) (*os.File, error) { return os.Open(p) }

// checkOwnerMode has no owner or mode bits to check outside Unix: the key
// lies in the user's own profile folder (APPDATA), which Windows keeps
// private.
func checkOwnerMode(string, fs.FileInfo, string, bool) error { return nil }

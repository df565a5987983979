//go:build !unix

package main

// checkPrivateDir: on Windows a folder's access rights are lists, not
// modes; the user's own folders are private by default.
func checkPrivateDir(lang, dir string, own bool) error { return nil }

// Package wasmcache keeps Graphviz's compiled code private to the user.
//
// go-graphviz (v0.2.10) compiles its WebAssembly module to native code in its
// package init(), before main runs, and caches that code in
// os.TempDir()/go-graphviz: a folder it creates 0755 in the shared temp dir
// and whose files wazero then loads after a CRC check only. On a shared
// machine any local user who creates /tmp/go-graphviz first decides what
// native code every later gbo run executes, for every user and every command
// (--help included); and once root has run gbo, every other user's gbo
// panics at start-up ("permission denied").
//
// This package has no imports outside the standard library that go-graphviz
// itself needs, and its import path ("gbo/...") sorts before
// "github.com/...". Go (since 1.21) initialises packages in import-path order
// among those whose imports are initialised, so this init() runs before
// go-graphviz's whenever both are in a binary (the tests in render/mapview
// check the order with GODEBUG=inittrace=1). It points the temp dir
// (TMPDIR on unix, TMP and TEMP on Windows) at a private per-user directory,
// os.UserCacheDir()/gbo, so that Graphviz's cache lands in
// <that>/go-graphviz. That directory is created 0700; on unix every
// component this package creates, and the directory itself, must be a real
// directory (never a symbolic link), owned by the effective user and closed
// to group and others (a directory of the user's own with a looser mode is
// tightened); the directories above it must be owned by the user or root
// and writable by nobody else (unless sticky, like /tmp). When that cannot
// be had (no home, a link, another owner), the cache is switched off by
// pointing the temp dir at a path under a file, where go-graphviz's Mkdir
// fails: every run then compiles the module again (about 0.7 s) but loads
// nothing it did not compile itself.
//
// Restore puts the user's own temp dir back; render/mapview calls it from
// its own init(), which runs after go-graphviz's, so child processes and
// other temporary files use the normal temp dir.
//
// # Imports
//
// Standard library only (it must initialise before go-graphviz, see above);
// imported by render/mapview alone. It must not import any gbo package or
// go-graphviz.
package wasmcache

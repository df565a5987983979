package mapview

import "gbo/render/mapview/internal/wasmcache"

// Graphviz's compilation cache: go-graphviz's init() caches native code in
// os.TempDir()/go-graphviz, a shared folder any local user could plant.
// Package wasmcache, initialised before go-graphviz (its import path sorts
// first), points the temp dir at a private per-user directory for that
// init; this init(), which runs after go-graphviz's because this package
// imports it, gives the user back the normal temp dir.
func init() { wasmcache.Restore() }

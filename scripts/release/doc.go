// Command release builds gbo for the machines coordinators use — Windows
// (amd64, arm64), macOS (arm64, amd64) and Linux (amd64, arm64) — with no
// cgo, checks that each binary is of the right format and processor, and
// packs each with a double-click launcher for `gbo serve` and start
// instructions in Dutch, English and French:
//
//	go run ./scripts/release -version 1.0.0 -o dist
//
// It writes dist/gbo-VERSION-OS-ARCH.zip (Windows, macOS) or .tar.gz
// (Linux) and dist/SHA256SUMS. The archives are the same bytes for the same
// binaries: entries sorted, times fixed (SOURCE_DATE_EPOCH, else
// 2026-01-01), modes fixed. -check builds and checks without packing (what
// CI runs). Standard library only; the Go toolchain on PATH builds.
package main

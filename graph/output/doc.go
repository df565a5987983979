// Package output holds what every writer of gbo shares, so that an output is
// written whole and its text stays text:
//   - atomic writing (atomic.go): WriteFileAtomic, WriteFilesAtomic,
//     WriteFileNew and FillFolder write through registered temporary files
//     and folders (MkdirTemp, ReleaseTemp) and rename them into place, all or
//     none; CleanupTemp removes what is still held when the process is
//     interrupted (docs/guarantees.md#written-whole-or-not-at-all);
//     FillFolder refuses folders another user could change
//     (folder_owner_unix.go);
//   - text safety (text.go): SafeText (invalid UTF-8, bidirectional and
//     control characters), FormulaSafe (docs/guarantees.md#text-stays-text)
//     and SafeCell, the one rule for a CSV cell;
//   - CSV writing (csvwrite.go, csvsep.go, csvcells.go): CSVWriter, which
//     also quotes semicolons and tabs, and the cell types CSVText and
//     CSVOptInt for typed rows marshalled with gocarina/gocsv.
//
// # Imports
//
// May import: the standard library only. It must not import gbo/graph (its
// parent, the case readers, imports it) or any other gbo package, so that a
// writer (render/export, render/workbook, cmd/gbo) can use it without the
// readers.
package output

// Package graph reads a case — one partnership at one time — from a folder of
// CSV files, an .xlsx workbook or an embedded sample, and holds the network
// built from it on compact arrays.
//
// Reading follows docs/formats.md#reading-rules: the separator (`,` `;` or tab) is detected per
// file; text is UTF-8 with or without a byte-order mark, or Windows-1252 when
// the bytes are not valid UTF-8; column names are matched case-insensitively
// in English or Dutch; dates may be ISO, dd/mm/yyyy, dd-mm-yyyy or real Excel
// date cells; numbers may use a decimal comma. Every problem is collected with
// its file, line and column, so one run reports all of them.
//
// The package knows nothing of depth: event kinds and rung names are resolved
// through a Vocabulary the caller passes in (package metrics provides one).
package graph

package export

import (
	"io"
	"path/filepath"
	"strings"
)

// Format names the export formats by their usual file extension.
type Format string

const (
	FormatGEXF    Format = "gexf"
	FormatGraphML Format = "graphml"
	FormatJSON    Format = "json"
	FormatCSV     Format = "csv"
)

// FormatForPath is the format a file name asks for by its extension
// (.gexf, .graphml, .json or .csv, in any case).
func FormatForPath(path string) (Format, bool) {
	switch f := Format(strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")); f {
	case FormatGEXF, FormatGraphML, FormatJSON, FormatCSV:
		return f, true
	}
	return "", false
}

// Write writes d in format f; it is the one place the command line needs.
func Write(w io.Writer, f Format, d Data) error {
	switch f {
	case FormatGEXF:
		return GEXF(w, d)
	case FormatGraphML:
		return GraphML(w, d)
	case FormatJSON:
		return JSON(w, d)
	case FormatCSV:
		return CSV(w, d)
	}
	return &UnknownFormatError{Format: string(f)}
}

// UnknownFormatError is returned for a format Write does not know.
type UnknownFormatError struct{ Format string }

func (e *UnknownFormatError) Error() string {
	return "export: unknown format " + `"` + e.Format + `"` + " (want gexf, graphml, json or csv)"
}

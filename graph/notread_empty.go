package graph

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
)

// An empty sheet is not warned about.
//
// Excel and LibreOffice give every new workbook a blank sheet ("Sheet1",
// "Feuil1", "Blad1"), and a coordinator who pastes the case's sheets into
// one keeps it without a thought. The warnings about sheets not read
// exist because a sheet's rows would otherwise be missing from every
// output unsaid; a sheet without a filled cell has no rows to miss, so a
// warning about it (on standard error and in the report's data notes) is
// noise that teaches the coordinator to skip the warnings that matter. So
// a sheet that is not read and has no cell with a value (text of spaces
// only counts as none) or a formula is left unsaid. Whatever cannot be
// checked (a damaged part, nesting too deep, a text run over the limit)
// counts as filled, and the sheet keeps its warning.

// sheetIsEmpty reports whether the sheet named sheet of wb has no cell
// with a value or a formula. It reads the sheet's part until the first
// such cell, through the same guards as a sheet that is read (nesting
// depth, longest text run); it reports no problem.
func sheetIsEmpty(wb *workbook, sheet string) bool {
	f := wb.parts[wb.sheetPart[sheet]]
	if f == nil {
		return false
	}
	rc, err := f.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	d := newXMLTokens(&runLimiter{r: rc, max: wb.runMax})
	inCell, typ := false, ""
	for {
		tok, err := d.Token()
		if err != nil {
			return false // io.EOF before </sheetData>, or damaged: keep the warning
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "c":
				inCell, typ = true, attr(t, "t")
			case "f":
				if inCell {
					return false
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "c":
				inCell = false
			case "sheetData":
				return true
			}
		case xml.CharData:
			if !inCell || len(bytes.TrimSpace(t)) == 0 {
				continue
			}
			if typ != "s" {
				return false
			}
			// A shared string: filled unless the string is blank.
			i, err := strconv.Atoi(string(bytes.TrimSpace(t)))
			if err != nil || i < 0 || i >= len(wb.sst) || strings.TrimSpace(wb.sst[i]) != "" {
				return false
			}
		}
	}
}

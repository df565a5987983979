package graph

import (
	"errors"
	"strconv"
	"time"
)

// tableOpener opens one table of a case by its base name ("partners"). It
// returns present=false when the case has no such table, and a nil table
// when the table is there but could not be read (the problem is reported).
type tableOpener func(name string) (t *table, present bool)

// readFolder reads a case from a folder or an fs.FS. Only regular files
// inside the folder are read; a file that is skipped (a link leading
// outside, a named pipe, a device, a folder) is a problem that names it and
// says why: an error for the files that carry the network (partners.csv,
// interactions.csv, ties.csv), a warning for the others.
func (r *reader) readFolder() {
	dir, err := r.src.openFolder()
	if err != nil {
		r.fail(Pos{File: r.src.label}, "case_not_found", r.src.label)
		return
	}
	defer dir.close()
	files, err := dir.list()
	if err != nil {
		r.fail(Pos{File: r.src.label}, "case_not_found", r.src.label)
		return
	}
	load := func(fileName string) ([]byte, string, bool) {
		real, ok := files[fileName]
		if !ok {
			return nil, "", false
		}
		file := r.src.posName(real)
		// Listed even when it cannot be read: no output may overwrite it.
		if in := r.src.inputPath(real); in != "" {
			r.c.Inputs = append(r.c.Inputs, in)
		}
		max := r.lim.file
		if fileName == "case.toml" {
			max = maxTOMLBytes
		}
		data, err := dir.read(real, max)
		var skip *skipped
		switch {
		case errors.As(err, &skip):
			switch fileName {
			case "partners.csv", "interactions.csv", "ties.csv":
				r.fail(Pos{File: file}, skip.code)
			default:
				r.warn(Pos{File: file}, skip.code)
			}
			return nil, file, true
		case errors.Is(err, errTooLarge) && fileName == "case.toml":
			r.fail(Pos{File: file}, "toml_too_large", sizeText(max))
			return nil, file, true
		case errors.Is(err, errTooLarge):
			r.fail(Pos{File: file}, "file_too_large", sizeText(max))
			return nil, file, true
		case err != nil:
			r.fail(Pos{File: file}, "unreadable", err.Error())
			return nil, file, true
		}
		return data, file, true
	}
	casePos := Pos{File: r.src.posName("case.toml")}
	if data, file, ok := load("case.toml"); ok {
		casePos.File = file
		if data != nil {
			r.readCaseTOML(file, data)
		}
	}
	r.readTables(casePos, func(name string) (*table, bool) {
		data, file, ok := load(name + ".csv")
		if !ok || data == nil {
			return nil, ok
		}
		return r.newCSVTable(file, data), true
	}, func(name string) {
		if name == "partners" {
			r.fail(Pos{File: r.src.posName("partners.csv")}, "missing_file", "partners.csv")
		} else {
			r.fail(Pos{File: r.src.posName("interactions.csv")}, "missing_events")
		}
	}, func() {
		r.nothingToAnalyse(Pos{File: r.src.label}, "no_events_or_ratings", fileList(files))
	})
	r.warnFilesNotRead(files)
}

// readBook reads a case from an .xlsx workbook.
func (r *reader) readBook() {
	book := r.src.book
	r.c.Inputs = append(r.c.Inputs, r.src.abs)
	data, err := r.src.readBookBytes(r.lim.file) // from disk, or from memory (source_mem.go)
	if errors.Is(err, errTooLarge) {
		r.fail(Pos{File: book}, "file_too_large", sizeText(r.lim.file))
		return
	}
	if err != nil {
		r.fail(Pos{File: book}, "unreadable", err.Error())
		return
	}
	wb, p := openWorkbook(book, data, r.lim.file, r.lim.field)
	if p != nil {
		r.fail(Pos{File: book}, p.code, p.args...)
		return
	}
	r.date1904 = wb.date1904
	casePos := Pos{File: book + ":case"}
	r.caseSheet = caseSheetName(wb)
	if sheet, ok := wb.sheets["case"]; ok {
		casePos.File = book + ":" + sheet
		if t := r.newSheetTable(wb, sheet, "case"); t != nil {
			r.readCaseSheet(t)
		}
	}
	r.readTables(casePos, func(name string) (*table, bool) {
		sheet, ok := wb.sheets[name]
		if !ok {
			return nil, false
		}
		return r.newSheetTable(wb, sheet, name), true
	}, func(name string) {
		found := sheetList(wb.order)
		if name == "partners" {
			r.fail(Pos{File: book}, "missing_sheet", sheetNames("partners"), found)
		} else {
			r.fail(Pos{File: book}, "missing_event_sheets", sheetNames("interactions"), sheetNames("ties"), found)
		}
	}, func() {
		r.nothingToAnalyse(Pos{File: book}, "no_events_or_ratings_sheets", sheetNames("interactions"), sheetNames("ties"), sheetList(wb.order))
	})
	r.warnSheetsNotRead(wb, book)
}

// readTables reads the tables of a case in dependency order: partners
// first (every other table names them), then objects and people, then
// interactions and ties, then targets; and makes the checks that need all.
// missing reports a table the case must have and lacks: "partners", or
// "interactions" when neither interactions nor ties is there; empty
// reports a case with partners and neither interactions nor ratings
// (nothingToAnalyse).
func (r *reader) readTables(casePos Pos, open tableOpener, missing func(name string), empty func()) {
	depthPos := casePos
	if p, ok := r.caseKeys["depth"]; ok {
		depthPos = p
	}
	r.setVocabulary(depthPos)
	if !r.opt.AsOf.IsZero() {
		y, m, d := r.opt.AsOf.Date()
		r.c.AsOf = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}

	pt, ok := open("partners")
	if !ok {
		missing("partners")
	}
	if pt != nil {
		r.readPartners(pt)
	}
	if t, _ := open("objects"); t != nil {
		r.readObjects(t)
	}
	if t, _ := open("people"); t != nil {
		r.readPeople(t)
	}
	it, iok := open("interactions")
	if it != nil {
		r.readInteractions(it)
	}
	tt, tok := open("ties")
	if tt != nil {
		r.readTies(tt)
	}
	if !iok && !tok {
		missing("interactions")
	}
	if t, _ := open("targets"); t != nil {
		r.readTargets(t)
	}
	r.checkCoordinator()
	empty()
	r.checkUnused()
}

// checkCoordinator checks that case.toml's coordinator is a partner.
func (r *reader) checkCoordinator() {
	if r.coordinator == "" {
		return
	}
	id, _, ok := r.partnerAt(r.coordinator, r.caseKeys["coordinator"])
	if ok {
		r.c.Coordinator = id
	}
}

// checkUnused warns about partners with no events and no ratings. Not when
// there are errors: rows with errors are dropped, and the partners only they
// named would be reported unused for nothing.
func (r *reader) checkUnused() {
	if !r.havePartners || len(r.probs.Errors()) > 0 {
		return
	}
	for i, p := range r.c.Partners {
		if !r.used[i] {
			r.warn(Pos{File: p.Pos.File, Line: p.Pos.Line, Col: p.Pos.Col}, "unused_partner", p.ID)
		}
	}
}

// sizeText writes a byte count for a message: 512 MiB, 64 KiB, 100 bytes.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

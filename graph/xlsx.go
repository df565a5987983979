package graph

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// The workbook reader reads an .xlsx case with archive/zip and
// encoding/xml, streaming one sheet row at a time. It does not go through
// excelize, which drops decoder and zip errors while iterating rows (a
// sheet that breaks off at row 300 reads as a short sheet), keeps every part
// unzipped in memory or in temp files, and pads rows to their last cell.
// Here every part is checked against the limits of xlsx_limits.go from the
// zip's central directory first, a sheet that cannot be read to its end is
// an error at the row where it stopped, and memory holds the shared strings,
// the styles and one row.

// workbook is an opened .xlsx case: its sheets by the table they hold
// (sheetKey: "Interacties", " partners.csv " and "interactions" all hold
// "interactions" or "partners"); the first sheet of a table is read.
type workbook struct {
	path      string
	parts     map[string]*zip.File // lower-cased part name -> entry
	sheets    map[string]string    // table base name (sheetKey) -> sheet name
	order     []string             // every sheet's name, in workbook order
	sheetPart map[string]string    // sheet name -> lower-cased part name
	hidden    map[string]bool      // sheet name -> hidden or veryHidden
	date1904  bool
	dateXf    []bool   // cell style (xf) index -> has a date number format
	numFmt    []string // cell style (xf) index -> its number format code ("" for General)
	sst       []string // shared strings
	runMax    int64    // xlsxTextRunFactor × the field limit
	textMax   int64    // bytes of cell text the sheets may hold together
	textUsed  int64    // bytes of cell text read so far, shared strings at each use
	current   map[string]*sheetRows
}

// bookProblem is why a workbook cannot be read: a problem code and its
// arguments, reported on the workbook file.
type bookProblem struct {
	code string
	args []string
}

func (p *bookProblem) Error() string { return Text(p.code, "en", p.args...) }

func bookErr(code string, args ...string) *bookProblem { return &bookProblem{code, args} }

// partName is how a part is looked up: OPC part names are case-insensitive,
// and some writers use backslashes.
func partName(s string) string {
	return strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(s, `\`, "/"), "/"))
}

// openWorkbook checks the zip's central directory of workbook data against
// the limits and reads the workbook's sheet list, styles and shared
// strings. maxBytes (Options.MaxFileBytes) lowers xlsxMaxUnzipped, and
// with it the cell text the sheets may hold (see xlsxMaxUnzipped);
// maxField (Options.MaxFieldBytes) sets the longest text run.
func openWorkbook(file string, data []byte, maxBytes int64, maxField int) (wb *workbook, p *bookProblem) {
	defer func() {
		if e := recover(); e != nil {
			wb, p = nil, bookErr("xlsx_bad_part", "workbook", fmt.Sprint("internal error: ", e))
		}
	}()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, bookErr("xlsx_not_zip", err.Error())
	}
	if len(zr.File) > xlsxMaxEntries {
		return nil, bookErr("xlsx_too_many_parts", Thousands(int64(len(zr.File))), Thousands(xlsxMaxEntries))
	}
	limit := uint64(min(int64(xlsxMaxUnzipped), maxBytes))
	wb = &workbook{path: file, parts: map[string]*zip.File{}, sheets: map[string]string{},
		sheetPart: map[string]string{}, hidden: map[string]bool{}, current: map[string]*sheetRows{},
		runMax: int64(xlsxTextRunFactor) * int64(maxField), textMax: int64(limit)}
	var total uint64
	worksheets := 0
	for _, f := range zr.File {
		name := partName(f.Name)
		if _, dup := wb.parts[name]; dup {
			return nil, bookErr("xlsx_bad_part", f.Name, "the workbook holds two parts of this name")
		}
		wb.parts[name] = f
		u, c := f.UncompressedSize64, f.CompressedSize64
		total += min(u, limit+1) // no overflow: each term is at most limit+1
		if total > limit {
			return nil, bookErr("xlsx_too_large_unzipped", "more than "+sizeText(int64(limit)), sizeText(int64(limit)))
		}
		if u > xlsxRatioFloor && u/xlsxMaxRatio > c {
			return nil, bookErr("xlsx_zip_bomb", f.Name, sizeText(int64(u)), sizeText(int64(c)), strconv.Itoa(xlsxMaxRatio))
		}
		if strings.HasPrefix(name, "xl/worksheets/") && strings.HasSuffix(name, ".xml") && !strings.Contains(name, "/_rels/") {
			worksheets++
		}
	}
	if worksheets > xlsxMaxSheets {
		return nil, bookErr("xlsx_too_many_sheets", Thousands(int64(worksheets)), strconv.Itoa(xlsxMaxSheets))
	}
	if err != nil { // zip.ErrInsecurePath: a part named "../x" or "/etc/x"
		return nil, bookErr("xlsx_not_zip", err.Error())
	}
	if p := wb.readStructure(); p != nil {
		return nil, p
	}
	return wb, nil
}

type xRels struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
		Mode   string `xml:"TargetMode,attr"`
	} `xml:"Relationship"`
}

type xWorkbook struct {
	Pr struct {
		Date1904 string `xml:"date1904,attr"`
	} `xml:"workbookPr"`
	Sheets []struct {
		Name  string `xml:"name,attr"`
		State string `xml:"state,attr"`
		RID   string `xml:"id,attr"` // r:id
	} `xml:"sheets>sheet"`
}

type xStyles struct {
	NumFmts []struct {
		ID   string `xml:"numFmtId,attr"`
		Code string `xml:"formatCode,attr"`
	} `xml:"numFmts>numFmt"`
	Xfs []struct {
		NumFmtID string `xml:"numFmtId,attr"`
	} `xml:"cellXfs>xf"`
}

// decodePart decodes a whole part of at most xlsxMaxMetaPart bytes into v;
// a part that is not there leaves v as it is and returns false.
func (wb *workbook) decodePart(name string, v any) (bool, *bookProblem) {
	f := wb.parts[partName(name)]
	if f == nil {
		return false, nil
	}
	if f.UncompressedSize64 > xlsxMaxMetaPart {
		return false, bookErr("xlsx_bad_part", f.Name, "larger than "+sizeText(xlsxMaxMetaPart))
	}
	rc, err := f.Open()
	if err != nil {
		return false, bookErr("xlsx_bad_part", f.Name, zipErrText(err))
	}
	defer rc.Close()
	data, err := io.ReadAll(rc) // archive/zip stops at the declared size
	if err != nil {
		return false, bookErr("xlsx_bad_part", f.Name, zipErrText(err))
	}
	if err := xml.NewTokenDecoder(newXMLTokens(bytes.NewReader(data))).Decode(v); err != nil {
		if errors.Is(err, errTooDeep) {
			return false, bookErr("xlsx_part_too_deep", f.Name, strconv.Itoa(xlsxMaxDepth))
		}
		return false, bookErr("xlsx_bad_part", f.Name, err.Error())
	}
	return true, nil
}

// relTarget resolves a relationship target against the part it is from.
func relTarget(from, target string) string {
	target = strings.ReplaceAll(target, `\`, "/")
	if strings.HasPrefix(target, "/") {
		return partName(path.Clean(target))
	}
	return partName(path.Join(path.Dir(from), target))
}

// readStructure reads the workbook's sheets, date system, date styles and
// shared strings.
func (wb *workbook) readStructure() *bookProblem {
	var root xRels
	if _, p := wb.decodePart("_rels/.rels", &root); p != nil {
		return p
	}
	book := "xl/workbook.xml"
	for _, r := range root.Rels {
		if strings.HasSuffix(r.Type, "/officeDocument") && r.Mode != "External" {
			book = relTarget("/", r.Target)
			break
		}
	}
	var w xWorkbook
	ok, p := wb.decodePart(book, &w)
	if p != nil {
		return p
	}
	if !ok {
		return bookErr("xlsx_bad_part", book, "missing")
	}
	if len(w.Sheets) > xlsxMaxSheets {
		return bookErr("xlsx_too_many_sheets", Thousands(int64(len(w.Sheets))), strconv.Itoa(xlsxMaxSheets))
	}
	wb.date1904 = w.Pr.Date1904 == "1" || w.Pr.Date1904 == "true"
	var rels xRels
	relsName := path.Join(path.Dir(book), "_rels", path.Base(book)+".rels")
	if _, p := wb.decodePart(relsName, &rels); p != nil {
		return p
	}
	targets := map[string]string{}
	styles, strs := "xl/styles.xml", "xl/sharedstrings.xml"
	for _, r := range rels.Rels {
		if r.Mode == "External" {
			continue
		}
		t := relTarget(book, r.Target)
		switch {
		case strings.HasSuffix(r.Type, "/worksheet"):
			targets[r.ID] = t
		case strings.HasSuffix(r.Type, "/styles"):
			styles = t
		case strings.HasSuffix(r.Type, "/sharedStrings"):
			strs = t
		}
	}
	for _, s := range w.Sheets {
		part, ok := targets[s.RID]
		if !ok {
			continue // a chart sheet, or a sheet without data
		}
		wb.order = append(wb.order, s.Name)
		wb.sheetPart[s.Name] = part // a second sheet of a table too: is it empty? (notread_empty.go)
		key := sheetKey(s.Name)
		if _, dup := wb.sheets[key]; dup {
			continue
		}
		wb.sheets[key] = s.Name
		wb.hidden[s.Name] = s.State == "hidden" || s.State == "veryHidden"
	}
	var st xStyles
	if _, p := wb.decodePart(styles, &st); p != nil {
		return p
	}
	custom := map[int]string{}
	for _, n := range st.NumFmts {
		if id, err := strconv.Atoi(strings.TrimSpace(n.ID)); err == nil {
			custom[id] = n.Code
		}
	}
	wb.dateXf = make([]bool, len(st.Xfs))
	wb.numFmt = make([]string, len(st.Xfs))
	for i, x := range st.Xfs {
		id, err := strconv.Atoi(strings.TrimSpace(x.NumFmtID))
		if err != nil {
			continue
		}
		code, ok := custom[id]
		wb.dateXf[i] = isDateFormat(id, code, ok)
		if !ok {
			code = builtinNumFmts[id]
		}
		wb.numFmt[i] = code
	}
	return wb.readSharedStrings(strs)
}

// runLimiter fails a read once more than max bytes came without a '<', so
// that the XML decoder never buffers one huge text or tag.
type runLimiter struct {
	r   io.Reader
	run int64
	max int64
}

func (l *runLimiter) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	b := p[:n]
	if i := bytes.IndexByte(b, '<'); i < 0 {
		l.run += int64(n)
	} else {
		if l.run+int64(i) > l.max {
			return 0, errTextRun
		}
		l.run = int64(n - 1 - bytes.LastIndexByte(b, '<'))
	}
	if l.run > l.max {
		return 0, errTextRun
	}
	return n, err
}

func eofIsUnexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// zipErrText says what a read error of a part means.
func zipErrText(err error) string {
	switch {
	case errors.Is(err, zip.ErrFormat):
		return "the part is longer than its zip header says, or damaged"
	case errors.Is(err, zip.ErrChecksum):
		return "the part is damaged (zip checksum error)"
	case errors.Is(err, zip.ErrAlgorithm):
		return "the part is compressed in a way .xlsx does not use"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the part ends early (the file is cut off or damaged)"
	}
	return err.Error()
}

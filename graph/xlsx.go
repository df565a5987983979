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
	"time"

	"golang.org/x/net/html/charset"
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

// errTooDeep is XML whose elements nest deeper than xlsxMaxDepth.
var errTooDeep = errors.New("XML nested too deep")

// xmlTokens reads the XML of one part, in UTF-8 or any encoding its
// declaration names, token by token. It reads with the decoder's RawToken
// and checks itself, as Token would, that every end tag closes the element
// open; it does not translate name spaces (the reader matches local names
// only). Elements may nest at most xlsxMaxDepth deep (errTooDeep), so its
// memory, and Skip's, is bounded whatever the part holds.
type xmlTokens struct {
	d    *xml.Decoder
	open []xml.Name // the elements open, outermost first
}

func newXMLTokens(r io.Reader) *xmlTokens {
	d := xml.NewDecoder(r)
	d.CharsetReader = charset.NewReaderLabel
	return &xmlTokens{d: d, open: make([]xml.Name, 0, 16)}
}

// Token returns the next token; io.EOF at the end of a well-formed part.
// The bytes of a CharData are valid until the next call.
func (x *xmlTokens) Token() (xml.Token, error) {
	tok, err := x.d.RawToken()
	if err != nil {
		if err == io.EOF && len(x.open) > 0 {
			return nil, x.syntaxError("unexpected EOF")
		}
		return nil, err
	}
	switch t := tok.(type) {
	case xml.StartElement:
		if len(x.open) >= xlsxMaxDepth {
			return nil, errTooDeep
		}
		x.open = append(x.open, t.Name)
	case xml.EndElement:
		n := len(x.open)
		switch {
		case n == 0:
			return nil, x.syntaxError("unexpected end element </" + qname(t.Name) + ">")
		case x.open[n-1] != t.Name:
			return nil, x.syntaxError("element <" + qname(x.open[n-1]) + "> closed by </" + qname(t.Name) + ">")
		}
		x.open = x.open[:n-1]
	}
	return tok, nil
}

// Skip reads to the end of the element whose start Token just returned.
func (x *xmlTokens) Skip() error {
	for depth := len(x.open); len(x.open) >= depth; {
		if _, err := x.Token(); err != nil {
			return eofIsUnexpected(err)
		}
	}
	return nil
}

func (x *xmlTokens) syntaxError(msg string) error {
	line, _ := x.d.InputPos()
	return &xml.SyntaxError{Msg: msg, Line: line}
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
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
		key := sheetKey(s.Name)
		if _, dup := wb.sheets[key]; dup {
			continue
		}
		wb.sheets[key] = s.Name
		wb.sheetPart[s.Name] = part
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

// isDateFormat reports whether a number format is a date: a built-in date
// format (ECMA-376 Part 1, §18.8.30: ids 14-22 and 45-47, and 27-36 and
// 50-58 in East-Asian locales) or a custom format with day or year codes
// outside quotes and brackets.
func isDateFormat(id int, code string, custom bool) bool {
	switch {
	case id >= 14 && id <= 22, id >= 45 && id <= 47, id >= 27 && id <= 36, id >= 50 && id <= 58:
		return true
	case !custom:
		return false
	}
	quoted, bracket := false, false
	for _, c := range strings.ToLower(code) {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '[':
			bracket = true
		case c == ']':
			bracket = false
		case !bracket && (c == 'd' || c == 'y'):
			return true
		}
	}
	return false
}

// readSharedStrings reads the shared strings table, streaming: the text
// of every <si>, its rich-text runs joined, its phonetic runs left out.
func (wb *workbook) readSharedStrings(name string) *bookProblem {
	f := wb.parts[partName(name)]
	if f == nil {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return bookErr("xlsx_bad_part", f.Name, zipErrText(err))
	}
	defer rc.Close()
	d := newXMLTokens(&runLimiter{r: rc, max: wb.runMax})
	var text []byte
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return wb.stringsErr(f.Name, err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "si" {
			if len(wb.sst) >= xlsxMaxSharedStrings {
				return bookErr("xlsx_too_many_strings", Thousands(xlsxMaxSharedStrings))
			}
			if text, err = richText(d, text[:0]); err != nil {
				return wb.stringsErr(f.Name, err)
			}
			wb.sst = append(wb.sst, unescapeOOXML(string(text)))
		}
	}
}

// stringsErr is why the shared strings table, part, cannot be read.
func (wb *workbook) stringsErr(part string, err error) *bookProblem {
	switch {
	case errors.Is(err, errTextRun):
		return bookErr("xlsx_text_too_long", Thousands(wb.runMax), Thousands(wb.runMax/xlsxTextRunFactor))
	case errors.Is(err, errTooDeep):
		return bookErr("xlsx_part_too_deep", part, strconv.Itoa(xlsxMaxDepth))
	}
	return bookErr("xlsx_bad_part", part, "string "+strconv.Itoa(len(wb.sst)+1)+": "+zipErrText(err))
}

// richText appends the text of the element just started (an <si> or an
// <is>): its <t> and the <t> of its <r> runs, not its phonetic <rPh>.
func richText(d *xmlTokens, buf []byte) ([]byte, error) {
	depth, inT := 1, false
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return buf, eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "rPh", "phoneticPr", "rPr":
				if err := d.Skip(); err != nil {
					return buf, eofIsUnexpected(err)
				}
				continue
			case "t":
				inT = true
			}
			depth++
		case xml.EndElement:
			if t.Name.Local == "t" {
				inT = false
			}
			depth--
		case xml.CharData:
			if inT {
				buf = append(buf, t...)
			}
		}
	}
	return buf, nil
}

// unescapeOOXML decodes the _xHHHH_ escapes Excel writes for characters
// XML cannot hold (ECMA-376 Part 1, §22.9.2.19), in one pass.
func unescapeOOXML(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
				if v < 0xD800 || v > 0xDFFF {
					b.WriteRune(rune(v))
				}
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// errTextRun is a run of XML without a '<' longer than the limit.
var errTextRun = errors.New("text run too long")

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

// columnName is Excel's name of column c (1-based): A, Z, AA, XFD.
func columnName(c int) string {
	var b []byte
	for c > 0 {
		c--
		b = append([]byte{byte('A' + c%26)}, b...)
		c /= 26
	}
	return string(b)
}

// columnText names column c for a message: "ALM (1,001)".
func columnText(c int) string { return columnName(c) + " (" + Thousands(int64(c)) + ")" }

// sheetRows streams the rows of a sheet; the row number is the line. A
// sheet that cannot be read to its end is reported as a problem at the row
// where reading stopped, and then ends (io.EOF), so next returns no other
// error.
type sheetRows struct {
	r      *reader
	wb     *workbook
	file   string // Pos.File: "book.xlsx:sheet"
	sheet  string
	rc     io.ReadCloser
	d      *xmlTokens
	n      int // row number of the current record
	rec    []string
	styles []int32 // cell style of each field of rec
	inRow  bool
	col    int  // column being read, while in a cell
	ended  bool // </sheetData> seen; the rest is read to check the part
	done   bool
	failed bool

	// idCols holds, for a table whose header is read, the header of each
	// column of ids ("" for the others): their number cells are read as
	// their number format shows them (formatID).
	idCols []string
	// caseSheet is set for the key/value case sheet, whose coordinator
	// value is an id too.
	caseSheet bool

	hiddenRows, firstHidden int
	hiddenCols, firstHidCol int
	text, val               []byte // buffers of readCell, reused cell to cell
}

// openSheet starts reading the sheet named sheet.
func (r *reader) openSheet(wb *workbook, sheet, file string) (*sheetRows, *bookProblem) {
	f := wb.parts[wb.sheetPart[sheet]]
	if f == nil {
		return nil, bookErr("xlsx_bad_part", wb.sheetPart[sheet], "missing")
	}
	rc, err := f.Open()
	if err != nil {
		return nil, bookErr("xlsx_bad_part", f.Name, zipErrText(err))
	}
	s := &sheetRows{r: r, wb: wb, file: file, sheet: sheet, rc: rc}
	s.d = newXMLTokens(&runLimiter{r: rc, max: wb.runMax})
	wb.current[sheet] = s
	return s, nil
}

func (s *sheetRows) line(int) int { return s.n }

// fail reports why the sheet cannot be read on and ends it.
func (s *sheetRows) fail(col int, code string, args ...string) {
	row := s.n
	if !s.inRow {
		row++
		col = 0
	}
	s.r.fail(Pos{File: s.file, Line: row, Col: col}, code, args...)
	s.failed = true
	s.finish()
}

// broken reports a read or XML error at the current row.
func (s *sheetRows) broken(err error) {
	if errors.Is(err, errTextRun) {
		s.fail(s.col, "xlsx_text_too_long", Thousands(s.wb.runMax), Thousands(s.wb.runMax/xlsxTextRunFactor))
		return
	}
	if errors.Is(err, errTooDeep) {
		s.fail(s.col, "xlsx_sheet_too_deep", s.sheet, strconv.Itoa(xlsxMaxDepth))
		return
	}
	s.fail(s.col, "xlsx_sheet_broken", s.sheet, zipErrText(eofIsUnexpected(err)))
}

// finish closes the part and reports the hidden rows and columns seen.
func (s *sheetRows) finish() {
	if s.done {
		return
	}
	s.done = true
	s.rec, s.styles = nil, nil
	_ = s.rc.Close()
	switch {
	case s.hiddenCols == 1:
		s.r.warn(Pos{File: s.file}, "xlsx_hidden_column", columnName(s.firstHidCol))
	case s.hiddenCols > 1:
		s.r.warn(Pos{File: s.file}, "xlsx_hidden_columns", columnName(s.firstHidCol), Thousands(int64(s.hiddenCols-1)))
	}
	switch {
	case s.hiddenRows == 1:
		s.r.warn(Pos{File: s.file, Line: s.firstHidden}, "xlsx_hidden_row")
	case s.hiddenRows > 1:
		s.r.warn(Pos{File: s.file, Line: s.firstHidden}, "xlsx_hidden_rows", Thousands(int64(s.hiddenRows)))
	}
}

func (s *sheetRows) next() (rec []string, err error) {
	defer func() {
		if p := recover(); p != nil { // a bug here must not lose rows unsaid
			s.done = false
			s.fail(s.col, "xlsx_sheet_broken", s.sheet, fmt.Sprint("internal error: ", p))
			rec, err = nil, io.EOF
		}
	}()
	for !s.done {
		tok, err := s.d.Token()
		if err == io.EOF && s.ended {
			// The part was read to its end, so archive/zip has checked
			// its size and checksum: a damaged part is not a short sheet.
			s.finish()
			break
		}
		if err != nil {
			s.broken(err)
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case s.ended:
			case t.Name.Local == "row":
				if s.readRow(t) {
					return s.rec, nil
				}
			case t.Name.Local == "col":
				s.hiddenColumn(t)
			}
		case xml.EndElement:
			if t.Name.Local == "sheetData" {
				s.ended = true
			}
		}
	}
	return nil, io.EOF
}

// hiddenColumn counts the columns a <col hidden="1"> hides.
func (s *sheetRows) hiddenColumn(t xml.StartElement) {
	if !attrTrue(t, "hidden") {
		return
	}
	lo, _ := strconv.Atoi(attr(t, "min"))
	hi, _ := strconv.Atoi(attr(t, "max"))
	lo = min(max(lo, 1), 16384)
	hi = min(max(hi, lo), 16384)
	if s.hiddenCols == 0 || lo < s.firstHidCol {
		s.firstHidCol = lo
	}
	s.hiddenCols += hi - lo + 1
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

func attrTrue(t xml.StartElement, name string) bool {
	v := attr(t, name)
	return v == "1" || v == "true"
}

// readRow reads one <row> into s.rec; false when the sheet ended.
func (s *sheetRows) readRow(t xml.StartElement) bool {
	row := s.n + 1
	if v := attr(t, "r"); v != "" {
		n, err := strconv.Atoi(v)
		switch {
		case err != nil || n < 1:
			s.fail(0, "xlsx_sheet_broken", s.sheet, "row number "+strconv.Quote(v))
			return false
		case n > xlsxMaxRows:
			s.fail(0, "xlsx_sheet_broken", s.sheet, "row number "+v+" is beyond Excel's last row "+Thousands(xlsxMaxRows))
			return false
		case n <= s.n:
			s.fail(0, "xlsx_sheet_broken", s.sheet, "row "+v+" comes after row "+strconv.Itoa(s.n))
			return false
		}
		row = n
	}
	s.n, s.inRow, s.col = row, true, 0
	if attrTrue(t, "hidden") {
		if s.hiddenRows == 0 {
			s.firstHidden = row
		}
		s.hiddenRows++
	}
	s.rec, s.styles = s.rec[:0], s.styles[:0]
	last := 0
	for {
		tok, err := s.d.Token()
		if err != nil {
			s.broken(err)
			return false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "c" {
				if err := s.d.Skip(); err != nil {
					s.broken(err)
					return false
				}
				continue
			}
			col := last + 1
			if ref := attr(t, "r"); ref != "" {
				c, ok := refColumn(ref)
				if !ok {
					s.fail(last+1, "xlsx_sheet_broken", s.sheet, "bad cell reference "+strconv.Quote(ref))
					return false
				}
				col = c
			}
			s.col = col
			if col > xlsxMaxColumns {
				s.fail(col, "xlsx_too_many_columns", columnText(col), Thousands(xlsxMaxColumns))
				return false
			}
			if col <= last {
				s.fail(col, "xlsx_sheet_broken", s.sheet, "cell "+columnName(col)+" comes after column "+columnName(last))
				return false
			}
			last = col
			v, keep, ok := s.readCell(t)
			if !ok {
				return false
			}
			style := 0
			if sv := attr(t, "s"); sv != "" { // Atoi("") allocates its error
				style, _ = strconv.Atoi(sv)
			}
			if keep {
				if h := s.idHeader(col); h != "" {
					switch attr(t, "t") {
					case "", "n":
						v = s.idText(v, style, col, h)
					case "d": // an ISO date cell, already read as its date
						s.r.fail(Pos{File: s.file, Line: s.n, Col: col}, "xlsx_date_id", strconv.Quote(h), v)
					}
				}
			}
			// Counted as produced: a shared string costs at every use.
			if s.wb.textUsed += int64(len(v)); s.wb.textUsed > s.wb.textMax {
				s.fail(col, "xlsx_too_much_text", sizeText(s.wb.textMax))
				return false
			}
			if keep {
				for len(s.rec) < col-1 {
					s.rec = append(s.rec, "")
					s.styles = append(s.styles, 0)
				}
				s.rec = append(s.rec, v)
				s.styles = append(s.styles, int32(min(max(style, 0), 1<<30)))
			}
			s.col = 0
		case xml.EndElement: // </row>
			s.inRow = false
			return true
		}
	}
}

// refColumn is the column of a cell reference such as "B12" or "$B$12".
func refColumn(ref string) (int, bool) {
	col, i := 0, 0
	for i < len(ref) && ref[i] == '$' {
		i++
	}
	start := i
	for ; i < len(ref); i++ {
		c := ref[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		if col > 16384 { // beyond Excel's last column, XFD
			return 0, false
		}
	}
	if i == start {
		return 0, false
	}
	if i < len(ref) && ref[i] == '$' {
		i++
	}
	if i == len(ref) {
		return 0, false
	}
	for ; i < len(ref); i++ {
		if ref[i] < '0' || ref[i] > '9' {
			return 0, false
		}
	}
	return col, true
}

// readCell reads one <c> as excelize does with RawCellValue: the stored
// value (a number or date serial as written), the shared or inline string,
// or a formula's cached value. keep is false for an empty cell without a
// formula. Besides, as other programs than Excel write them: an ISO 8601
// date cell (t="d", Strict OOXML and some libraries) reads as its date,
// 2024-03-01, as a date serial's cell does where a date is expected; a
// formula error (t="e", #N/A) is an error at the cell, read as shown; a
// formula without a saved result (written by a library, never calculated)
// is an error at the cell, read as empty.
func (s *sheetRows) readCell(c xml.StartElement) (v string, keep, ok bool) {
	typ := attr(c, "t")
	val := s.val[:0]
	defer func() { s.val = val }()
	hasV, hasIS, hasF := false, false, false
	inline := ""
	for {
		tok, err := s.d.Token()
		if err != nil {
			s.broken(err)
			return "", false, false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "v":
				hasV = true
				if val, err = charText(s.d, val[:0]); err != nil {
					s.broken(err)
					return "", false, false
				}
				continue
			case "is":
				hasIS = true
				if s.text, err = richText(s.d, s.text[:0]); err != nil {
					s.broken(err)
					return "", false, false
				}
				inline = unescapeOOXML(string(s.text))
				continue
			case "f":
				hasF = true
			}
			if err := s.d.Skip(); err != nil {
				s.broken(err)
				return "", false, false
			}
		case xml.EndElement: // </c>
			switch {
			case typ == "s" && hasV && len(bytes.TrimSpace(val)) > 0:
				i, err := strconv.Atoi(string(bytes.TrimSpace(val)))
				if err != nil || i < 0 || i >= len(s.wb.sst) {
					s.fail(s.col, "xlsx_bad_string_index", strconv.Quote(string(val)), Thousands(int64(len(s.wb.sst))))
					return "", false, false
				}
				v = s.wb.sst[i]
			case typ == "inlineStr" && hasIS:
				v = inline
			case hasF && !hasV:
				s.r.fail(Pos{File: s.file, Line: s.n, Col: s.col}, "xlsx_formula_no_value", s.sheet)
			case typ == "d":
				v = isoDateCell(string(val))
			case typ == "e":
				v = string(bytes.TrimSpace(val))
				s.r.fail(Pos{File: s.file, Line: s.n, Col: s.col}, "xlsx_formula_error", v)
			default:
				v = string(val)
			}
			return v, v != "" || hasF, true
		}
	}
}

// isoDateCell is the value of an ISO 8601 date cell (t="d"): its date,
// 2024-03-01, when it has one (a time of day is dropped, as from a date
// serial), else the text as stored.
func isoDateCell(v string) string {
	v = strings.TrimSpace(v)
	day, _, _ := strings.Cut(v, "T")
	if d, ok := parseDate(day); ok && len(day) == len("2006-01-02") {
		return d.Format(time.DateOnly)
	}
	return v
}

// idHeader names the id that cell col of the row being read holds: the
// header of an id column (idCols), or the key of the case sheet's
// coordinator row for its value; "" for any other cell.
func (s *sheetRows) idHeader(col int) string {
	if col <= len(s.idCols) && s.idCols[col-1] != "" {
		return s.idCols[col-1]
	}
	if s.caseSheet && col == 2 && len(s.rec) > 0 {
		if key := strings.TrimSpace(s.rec[0]); caseKeyNames[strings.ToLower(key)] == "coordinator" {
			return key
		}
	}
	return ""
}

// idText is the number cell v of an id column (or key) named header, with
// cell style style, as its number format shows it. A date cell is an error
// at the cell, and reads as the ISO date it shows, so the rows that name
// the same date are not reported again as naming an unknown id.
func (s *sheetRows) idText(v string, style, col int, header string) string {
	if style < 0 || style >= len(s.wb.numFmt) {
		return v
	}
	if s.wb.dateXf[style] {
		shown := v
		if d, ok := excelSerialDate(v, s.wb.date1904); ok {
			shown = d.Format(time.DateOnly)
		}
		s.r.fail(Pos{File: s.file, Line: s.n, Col: col}, "xlsx_date_id", strconv.Quote(header), shown)
		return shown
	}
	return formatID(v, s.wb.numFmt[style])
}

// charText appends the text of the element just started, up to its end.
func charText(d *xmlTokens, buf []byte) ([]byte, error) {
	depth := 1
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return buf, eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 1 {
				buf = append(buf, t...)
			}
		}
	}
	return buf, nil
}

// newSheetTable reads the header of a sheet that holds table base
// ("partners"). File names the sheet in problems as "book.xlsx:sheet". A
// hidden sheet is read with a warning. The number cells of the id columns
// of base (idColumns) are read as their number format shows them.
func (r *reader) newSheetTable(wb *workbook, sheet, base string) *table {
	file := wb.path + ":" + sheet
	if wb.hidden[sheet] {
		r.warn(Pos{File: file}, "xlsx_hidden_sheet", sheet)
	}
	rows, p := r.openSheet(wb, sheet, file)
	if p != nil {
		r.fail(Pos{File: file}, p.code, p.args...)
		return nil
	}
	rows.caseSheet = base == "case"
	t := &table{file: file, rows: rows, book: true, date1904: wb.date1904, wb: wb, sheet: sheet}
	for {
		rec, err := t.rows.next()
		if err == io.EOF {
			if !rows.failed {
				r.fail(Pos{File: file}, "empty_file")
			}
			return nil
		}
		if blankRecord(rec) {
			continue
		}
		if !r.checkLengths(t, rec) {
			rows.finish()
			return nil
		}
		t.header = append([]string(nil), rec...)
		t.headerLine = t.rows.line(0)
		rows.idCols = idColumns(base, t.header)
		return t
	}
}

// isDateCell reports whether the cell at row, col (1-based) of the row of
// sheet being read has a date number format.
func (wb *workbook) isDateCell(sheet string, row, col int) bool {
	s := wb.current[sheet]
	if s == nil || s.n != row || col < 1 || col > len(s.styles) {
		return false
	}
	xf := int(s.styles[col-1])
	return xf < len(wb.dateXf) && wb.dateXf[xf]
}

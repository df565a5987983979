package graph

// Limits of the workbook reader. A workbook is a zip archive of XML parts;
// these bound what reading one may cost, and are checked from the zip's
// central directory before anything is unzipped. Every refusal is a problem
// on the workbook (and its sheet, row and column where known) that says the
// limit. They are constants: a workbook beyond them is not a case a
// coordinator keeps by hand, and its sheets can be saved as CSV files in a
// case folder, whose limits are Options.MaxFileBytes and MaxFieldBytes.
const (
	// xlsxMaxEntries bounds the parts (zip entries) of a workbook. Excel
	// writes about ten, plus a few per sheet, drawing or comment.
	xlsxMaxEntries = 4096
	// xlsxMaxSheets bounds the sheets of a workbook, counted both in
	// workbook.xml and among the zip's xl/worksheets/ parts.
	xlsxMaxSheets = 64
	// xlsxMaxUnzipped bounds the declared uncompressed size of all parts
	// together (bytes); Options.MaxFileBytes lowers it when smaller.
	// Excel's sheets unzip to about 8-10 times their zipped size, so a
	// workbook of up to about 6 MiB (some 300,000 rows) fits. The reader
	// parses about 14 MiB of sheet XML a second on a 2-core machine, so
	// the worst workbook within the limit is read in about 5 seconds.
	//
	// The same number bounds the text of all cells of all sheets together
	// (bytes, counted as cells are read): a shared string counts at every
	// cell that uses it, so 60,000 characters referenced from 20,000 cells
	// (a 75 KB workbook) cannot become 1.2 GB of memory and output. A
	// workbook's XML is larger than its cells' text unless it repeats long
	// shared strings, so a real workbook within the unzipped limit stays
	// within it too, and the case read from it, like its CSV export, is
	// then at most some 64 MiB of text.
	xlsxMaxUnzipped = 64 << 20
	// xlsxMaxRatio bounds how many times its zipped size one part may
	// unzip to, for parts over xlsxRatioFloor bytes: real sheets compress
	// about 10:1, a zip bomb 1000:1.
	xlsxMaxRatio   = 100
	xlsxRatioFloor = 1 << 20
	// xlsxMaxMetaPart bounds workbook.xml, its relationships and
	// styles.xml, which are decoded whole (bytes, uncompressed).
	xlsxMaxMetaPart = 32 << 20
	// xlsxMaxColumns bounds the column of any cell a sheet holds (Excel
	// allows 16,384); a row is padded up to its last cell.
	xlsxMaxColumns = maxColumns
	// xlsxMaxRows is Excel's own row limit; a larger row number is damage.
	xlsxMaxRows = 1 << 20
	// xlsxMaxSharedStrings bounds the entries of the shared strings table,
	// which is held in memory while the sheets are read.
	xlsxMaxSharedStrings = 2_000_000
	// xlsxTextRunFactor times Options.MaxFieldBytes bounds the bytes of
	// XML between two '<' (one text or one tag): the XML decoder holds a
	// whole text in memory before the field limit can be checked.
	xlsxTextRunFactor = 16
	// xlsxMaxDepth bounds how deep XML elements nest in any part (Excel
	// writes about 10 levels): the XML decoder keeps a stack of the open
	// elements, so 5 million nested elements would cost 600 MB.
	xlsxMaxDepth = 64
)

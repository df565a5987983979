package main

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"weak"

	"gbo/graph"
	"gbo/graph/output"
)

// readRegistry is every file and folder one run of gbo read (absolute
// paths): the files of every case, the case folders and workbooks
// themselves, the --depth-model file, the pseudonym key. No output of that
// run may be written over one of them (docs/guarantees.md#never-over-an-input).
type readRegistry struct {
	mu    sync.Mutex
	paths []string
	seen  map[string]bool
}

// runReads holds the registry of each run, keyed by the run's env without
// keeping it alive: the entry goes when the env is collected.
var runReads sync.Map // weak.Pointer[env] -> *readRegistry

func (e *env) reads() *readRegistry {
	k := weak.Make(e)
	if v, ok := runReads.Load(k); ok {
		return v.(*readRegistry)
	}
	v, had := runReads.LoadOrStore(k, &readRegistry{seen: map[string]bool{}})
	if !had {
		runtime.AddCleanup(e, func(k weak.Pointer[env]) { runReads.Delete(k) }, k)
	}
	return v.(*readRegistry)
}

// noteRead records that this run read path (a file or a folder), so that
// no output of the run is written over it. Call it for every file a command
// reads outside the case (the case's own files are noted by noteCase).
func (e *env) noteRead(path string) {
	if path == "" || path == "-" || strings.HasPrefix(path, "sample:") {
		return
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	r := e.reads()
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.seen[path] {
		r.seen[path] = true
		r.paths = append(r.paths, path)
	}
}

// readPaths is a copy of every path noted so far.
func (e *env) readPaths() []string {
	r := e.reads()
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.paths...)
}

// noteCase records everything reading l read: the case folder or workbook,
// each of its files, and the --depth-model file of o.
func (e *env) noteCase(o caseOptions, l *loaded) {
	if l != nil {
		e.noteRead(l.label)
		if l.c != nil {
			for _, in := range l.c.Inputs {
				e.noteRead(in)
			}
		}
	}
	e.noteRead(o.DepthModel)
}

// writeOutput writes one output file whole (temporary file and rename)
// after checkOutput has accepted its path; "-" writes to standard output.
// It first notes the case l and o's --depth-model as read.
func (e *env) writeOutput(o caseOptions, l *loaded, kind outKind, path string, write func(io.Writer) error) error {
	e.noteCase(o, l)
	return e.writeOutputs(l.lang, kind, []outFile{{path, write}})
}

// outFile is one file of an output.
type outFile struct {
	path  string
	write func(io.Writer) error
}

// writeOutputs writes the files of one output all or none: every path is
// checked first, then all are written to temporary files and renamed.
func (e *env) writeOutputs(lang string, kind outKind, files []outFile) error {
	if len(files) == 1 && files[0].path == "-" && kind.stdoutOK() {
		return files[0].write(e.stdout)
	}
	if e.mem != nil { // gbo serve: into memory, not a file (serve_run.go)
		return e.mem.writeFiles(files)
	}
	for _, f := range files {
		if err := e.checkOutput(lang, kind, f.path); err != nil {
			return err
		}
	}
	ws := make([]output.FileWrite, len(files))
	for i, f := range files {
		ws[i] = output.FileWrite{Path: f.path, Write: f.write}
	}
	if err := output.WriteFilesAtomic(ws); err != nil {
		return writeErr(lang, files[0].path, err)
	}
	return nil
}

func sameFile(a, b string) bool {
	if a == b {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// outKind is what a command writes; the name of its output must fit it.
type outKind int

const (
	outHTML     outKind = iota // report, compare: one HTML page
	outMap                     // map: SVG, PNG or Graphviz DOT
	outExport                  // export: GEXF, GraphML, node-link JSON, CSV or an Excel workbook
	outWorkbook                // template, sample NAME FILE.xlsx: an Excel workbook
)

// exts are the file name extensions an output of the kind may have.
func (k outKind) exts() []string {
	switch k {
	case outHTML:
		return []string{".html", ".htm"}
	case outMap:
		return []string{".svg", ".png", ".dot", ".gv"}
	case outWorkbook:
		return []string{".xlsx"}
	default:
		return []string{".gexf", ".graphml", ".json", ".csv", ".xlsx"}
	}
}

// stdoutOK reports whether "-o -" writes the output to standard output.
func (k outKind) stdoutOK() bool { return k == outHTML }

// checkOutput refuses, with status 2 and a message saying what to do
// instead, an output path that does not fit kind, that is not a regular
// file (a link, a device, a pipe, a folder), that is a file this run read
// (by os.SameFile, so another path or a hard link is caught too), or that
// would land as a case file in a case folder this run read.
func (e *env) checkOutput(lang string, kind outKind, path string) error {
	if e.mem != nil { // gbo serve: a name in memory (serve_run.go)
		return e.mem.checkOutput(lang, kind, path)
	}
	if path == "" {
		return usageErr(tr(lang, "need_output"))
	}
	if path == "-" {
		return usageErr(tr(lang, "out_no_stdout"))
	}
	if fi, err := os.Lstat(path); err == nil {
		switch m := fi.Mode(); {
		case m&os.ModeSymlink != 0:
			return usageErr(tr(lang, "out_symlink", path))
		case m.IsDir():
			return usageErr(tr(lang, "out_is_dir", path))
		case !m.IsRegular():
			hint := ""
			if kind.stdoutOK() {
				hint = tr(lang, "out_use_stdout")
			}
			return usageErr(tr(lang, "out_not_regular", path, hint))
		}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return failErr(err.Error())
	}
	parent := filepath.Dir(abs)
	caseFile := graph.IsCaseFileName(filepath.Base(abs))
	reads := e.readPaths()
	for _, in := range reads {
		if sameFile(abs, in) {
			return inputErr(tr(lang, "write_over_input", path))
		}
	}
	ext := strings.ToLower(filepath.Ext(path))
	fits := false
	for _, x := range kind.exts() {
		fits = fits || ext == x
	}
	if !fits {
		return usageErr(extAdvice(lang, kind, path))
	}
	for _, in := range reads {
		if caseFile && sameFile(parent, in) {
			return inputErr(tr(lang, "out_case_file", path, in))
		}
	}
	return checkPrivateDir(lang, parent, false)
}

// extAdvice says what to write instead of a name whose extension does not
// fit kind.
func extAdvice(lang string, kind outKind, path string) string {
	ext := strings.ToLower(filepath.Ext(path))
	stem := strings.TrimSuffix(path, filepath.Ext(path))
	switch {
	case ext == ".xlsx" || ext == ".xlsm" || ext == ".xls" || ext == ".ods":
		if kind == outExport {
			return tr(lang, "out_ext_xlsx", path)
		}
	case ext == ".pdf" && kind == outHTML:
		return tr(lang, "out_ext_html_pdf", path, stem+".html")
	case ext == ".pdf" && kind == outMap:
		return tr(lang, "out_ext_map_pdf", path, stem+".svg")
	}
	switch kind {
	case outHTML:
		return tr(lang, "out_ext_html", path)
	case outMap:
		return tr(lang, "out_ext_map", path)
	case outWorkbook:
		return tr(lang, "out_ext_workbook", path)
	}
	return tr(lang, "out_ext_export", path)
}

// checkOutputDir refuses a folder output (anonymise, sample, generate) that
// is a link or not a folder, that is a case folder or file this run read,
// or that already holds a file of the names a case is read from (compared
// without case, as the reader does). A folder that does not exist yet is
// fine: it is created whole.
func (e *env) checkOutputDir(lang, dir string) error {
	if dir == "" {
		return usageErr(tr(lang, "need_output"))
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return failErr(err.Error())
	}
	for _, in := range e.readPaths() {
		if sameFile(abs, in) {
			return inputErr(tr(lang, "out_dir_input", dir))
		}
	}
	// The folder beside which the output is built, then moved in.
	if err := checkPrivateDir(lang, filepath.Dir(abs), false); err != nil {
		return err
	}
	fi, err := os.Lstat(dir)
	if err != nil {
		return fileNamedFolder(lang, dir)
	}
	if fi.Mode()&os.ModeSymlink != 0 {
		return usageErr(tr(lang, "out_symlink", dir))
	}
	if err := checkPrivateDir(lang, dir, true); err != nil {
		return err
	}
	if !fi.IsDir() {
		return usageErr(tr(lang, "out_dir_not_dir", dir))
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return failErr(err.Error())
	}
	var clash []string
	for _, en := range ents {
		if graph.IsCaseFileName(en.Name()) {
			clash = append(clash, en.Name())
		}
	}
	if len(clash) > 0 {
		return inputErr(tr(lang, "out_dir_clash", dir, strings.Join(clash, ", ")))
	}
	return nil
}

// fileNamedFolder refuses a new folder output named like a file (anon.zip,
// kopie.xlsx): the user expects that file, and would get a folder.
func fileNamedFolder(lang, dir string) error {
	switch strings.ToLower(filepath.Ext(dir)) {
	case ".zip", ".xlsx", ".xls", ".csv", ".html", ".htm", ".json", ".gexf", ".graphml", ".svg", ".png", ".pdf", ".txt", ".toml":
		return usageErr(tr(lang, "out_dir_file_name", dir))
	}
	return nil
}

// checkOutputPath is checkOutput for a path that may also be "-" where the
// kind can go to standard output.
func (e *env) checkOutputPath(lang string, kind outKind, path string) error {
	if path == "-" && kind.stdoutOK() {
		return nil
	}
	return e.checkOutput(lang, kind, path)
}

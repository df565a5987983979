package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"sync"

	"github.com/urfave/cli/v2"

	"gbo/graph"
	"gbo/graph/output"
)

// gbo serve runs the CLI's own commands in this process (runCaptured), so
// that the page shows exactly what the CLI shows. Such a run differs from a
// command line in three ways only, each through a hook of env.mem:
//
//   - the case is "upload:ID", a case held in memory (uploadSource, called by
//     openSource); returned survey forms are "forms:ID" (uploadForms, called
//     by surveyCollect);
//   - outputs go into memory, never a file (writeOutputs and checkOutput call
//     memRun.writeFiles and memRun.checkOutput; survey make memRun.writeForms,
//     survey collect env.writeFileNew);
//   - the problems it prints are also kept, each with its place
//     (printProblems calls memRun.noteProblem);
//
// and, when the user has no pseudonym key yet, the run uses a key held in
// memory for the life of the server instead of creating one on disk
// (serveKey, called by newKeySource).

// memRun is what one in-process run wrote: its output files by name, and
// the problems it printed.
type memRun struct {
	files    map[string][]byte
	order    []string
	problems []apiProblem
}

// apiProblem is one problem as the CLI prints it: the file (a sheet of a
// workbook is "book.xlsx:Sheet"), line and column (0 when the problem has
// none), severity ("error" or "warning") and the message that follows
// "file:line:column: severity: " on standard error, people shown as
// --people says.
type apiProblem struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	// ColumnName is the column as the page shows it: on a sheet its
	// letter and header ("C (kind)"), in a CSV file its number and header
	// ("3 (kind)"); left out when the problem has no column.
	ColumnName string `json:"column_name,omitempty"`
	// header is the column's header as the reader found it
	// (graph.Problem.Header), for ColumnName.
	header string
}

// noteProblem keeps a problem printed as printed (text, the whole line);
// m may be nil (a command line), then nothing is kept.
func (m *memRun) noteProblem(p graph.Problem, text string) {
	if m == nil {
		return
	}
	pre := ""
	if p.Pos.File != "" {
		pre = p.Pos.File
		if p.Pos.Line > 0 {
			pre += fmt.Sprintf(":%d", p.Pos.Line)
			if p.Pos.Col > 0 {
				pre += fmt.Sprintf(":%d", p.Pos.Col)
			}
		}
		pre += ": "
	}
	msg := strings.TrimPrefix(text, pre)
	// What follows is "severity: message"; the severity word is the
	// language's, the field its code.
	if _, rest, ok := strings.Cut(msg, ": "); ok {
		msg = rest
	}
	sev := "error"
	if p.Severity == graph.Warning {
		sev = "warning"
	}
	m.problems = append(m.problems, apiProblem{File: p.Pos.File, Line: p.Pos.Line, Column: p.Pos.Col, Severity: sev, Message: msg, header: p.Header})
}

// checkOutput accepts an output name of gbo serve's own making when its
// extension fits kind, as checkOutput would; nothing on disk is looked at.
func (m *memRun) checkOutput(lang string, kind outKind, path string) error {
	if path == "" {
		return usageErr(tr(lang, "need_output"))
	}
	ext := strings.ToLower(filepath.Ext(path))
	for _, x := range kind.exts() {
		if ext == x {
			return nil
		}
	}
	return usageErr(extAdvice(lang, kind, path))
}

// writeFiles writes the files of one output into memory, all or none.
func (m *memRun) writeFiles(files []outFile) error {
	out := make([][]byte, len(files))
	for i, f := range files {
		var b bytes.Buffer
		if err := f.write(&b); err != nil {
			return failErr(err.Error())
		}
		out[i] = b.Bytes()
	}
	for i, f := range files {
		if _, had := m.files[f.path]; !had {
			m.order = append(m.order, f.path)
		}
		m.files[f.path] = out[i]
	}
	return nil
}

// serveKeyMeta is the App.Metadata entry holding the in-memory pseudonym
// key of a run of gbo serve.
const serveKeyMeta = "gbo-serve-pseudonym-key"

// serveKey gives k the in-memory key of a run of gbo serve, when the run
// has one and no --pseudonym-key was given. A command line has none.
func serveKey(app *cli.App, k *keySource) {
	if app == nil || k.flag != "" {
		return
	}
	if key, ok := app.Metadata[serveKeyMeta].([]byte); ok && key != nil {
		k.done, k.key, k.err = true, key, nil
	}
}

// runCaptured runs one gbo command line (args without "gbo") like run, with
// outputs and problems kept in m; key, if not nil, is the pseudonym key
// (see serveKey). It returns the exit status and what went to standard
// output and standard error.
func runCaptured(args []string, key []byte) (status int, stdout, stderr []byte, m *memRun) {
	var out, errb bytes.Buffer
	m = &memRun{files: map[string][]byte{}}
	full := append([]string{"gbo"}, args...)
	e := &env{stdout: &out, stderr: safeWriter{&errb}, progress: newProgress(&bytes.Buffer{}), mem: m}
	app := newApp(e, langFromArgs(full))
	if key != nil {
		app.Metadata = map[string]any{serveKeyMeta: key}
	}
	status = runApp(e, app, reorderArgs(app, full))
	return status, out.Bytes(), errb.Bytes(), m
}

// uploads are the cases held in memory while one request is answered, by
// their argument "upload:ID" (ID 128 random bits in hex).
var uploads = struct {
	sync.Mutex
	m map[string]*graph.Source
}{m: map[string]*graph.Source{}}

// uploadSource is the case held in memory under arg, or nil.
func uploadSource(arg string) *graph.Source {
	if !strings.HasPrefix(arg, "upload:") {
		return nil
	}
	uploads.Lock()
	defer uploads.Unlock()
	return uploads.m[arg]
}

// holdUpload keeps src for the runs of one request and returns its
// argument and the function that drops it.
func holdUpload(src *graph.Source) (arg string, drop func()) {
	arg = "upload:" + randomID()
	uploads.Lock()
	uploads.m[arg] = src
	uploads.Unlock()
	return arg, func() {
		uploads.Lock()
		delete(uploads.m, arg)
		uploads.Unlock()
	}
}

// writeForms writes the survey forms of one run of survey make into
// memory (by name), all or none, where a command line fills a new folder.
func (m *memRun) writeForms(names []string, forms [][]byte) error {
	files := make([]outFile, len(names))
	for i := range names {
		b := forms[i]
		files[i] = outFile{names[i], func(w io.Writer) error { _, err := w.Write(b); return err }}
	}
	return m.writeFiles(files)
}

// writeFileNew is output.WriteFileNew (a new file, never one replaced), or
// for gbo serve a file in memory.
func (e *env) writeFileNew(path string, write func(io.Writer) error) error {
	if e.mem != nil {
		return e.mem.writeFiles([]outFile{{path, write}})
	}
	return output.WriteFileNew(path, write)
}

// heldForms are returned survey forms held in memory while one request is
// answered, by their argument "forms:ID" (ID 128 random bits in hex): the
// forms as a flat fs.FS and the label problems name them by.
var heldForms = struct {
	sync.Mutex
	m map[string]formsUpload
}{m: map[string]formsUpload{}}

type formsUpload struct {
	fsys  fs.FS
	label string
}

// uploadForms is the forms held under arg and their label, or nil and arg
// itself (a folder named on a command line).
func uploadForms(arg string) (fs.FS, string) {
	if !strings.HasPrefix(arg, "forms:") {
		return nil, arg
	}
	heldForms.Lock()
	defer heldForms.Unlock()
	if f, ok := heldForms.m[arg]; ok {
		return f.fsys, f.label
	}
	return nil, arg
}

// holdForms keeps files (name -> bytes, at the root) as returned forms
// named label for the runs of one request, and returns their argument and
// the function that drops them.
func holdForms(label string, files map[string][]byte) (arg string, drop func()) {
	arg = "forms:" + randomID()
	heldForms.Lock()
	heldForms.m[arg] = formsUpload{graph.MemFS(files), label}
	heldForms.Unlock()
	return arg, func() {
		heldForms.Lock()
		delete(heldForms.m, arg)
		heldForms.Unlock()
	}
}

// readSurveyForms reads the forms in fsys (held by gbo serve) under the
// label dir, or, when fsys is nil, in the folder dir.
func readSurveyForms(fsys fs.FS, dir string, key []byte, opt graph.Options) (*graph.SurveyResult, graph.Problems) {
	if fsys != nil {
		return graph.ReadSurveyFormsFS(fsys, dir, key, opt)
	}
	return graph.ReadSurveyForms(dir, key, opt)
}

// randomID is 128 random bits as hex: an upload's name for the runs of one
// request, never guessable. crypto/rand.Read does not fail (since Go 1.24 it
// ends the program instead of returning an error).
func randomID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

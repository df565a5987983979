package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// writeSample writes sample name as a case folder under dir.
func writeSample(t *testing.T, name, dir string) string {
	t.Helper()
	if _, stderr, code := runGBO(t, "sample", name, dir); code != 0 {
		t.Fatalf("sample %s: exit %d: %s", name, code, stderr)
	}
	return dir
}

// refused runs gbo and wants exit 2 with want in the message, and path
// unchanged (still absent when it was absent; the same bytes, mode and
// kind of file otherwise).
func refused(t *testing.T, path, want string, args ...string) {
	t.Helper()
	before, berr := os.Lstat(path)
	var content []byte
	if berr == nil && before.Mode().IsRegular() {
		content, _ = os.ReadFile(path)
	}
	_, stderr, code := runGBO(t, append([]string{"--lang", "en"}, args...)...)
	if code != 2 || !strings.Contains(stderr, want) {
		t.Errorf("gbo %s: exit %d, stderr %q; want exit 2 saying %q", strings.Join(args, " "), code, stderr, want)
	}
	after, aerr := os.Lstat(path)
	switch {
	case berr != nil && aerr == nil:
		t.Errorf("%s was created", path)
	case berr == nil && aerr != nil:
		t.Errorf("%s was removed", path)
	case berr == nil && (before.Mode() != after.Mode() || !os.SameFile(before, after)):
		t.Errorf("%s was replaced", path)
	case content != nil:
		if now, _ := os.ReadFile(path); !bytes.Equal(now, content) {
			t.Errorf("%s was changed", path)
		}
	}
	noDebris(t, filepath.Dir(path))
}

// noDebris fails when a temporary file or folder of gbo is left in dir.
func noDebris(t *testing.T, dir string) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary %s left in %s", e.Name(), dir)
		}
	}
}

// No output is written over a file the run read: any case of compare, the
// depth model, a workbook, reached by another path or a hard link; nor as
// a case file into a case folder that was read.
func TestOutputNeverOverAnythingRead(t *testing.T) {
	dir := t.TempDir()
	a := writeSample(t, "golf-2024", filepath.Join(dir, "A"))
	b := writeSample(t, "golf-2025", filepath.Join(dir, "B"))
	// compare's second case, through a hard link with an .html name
	page := filepath.Join(dir, "page.html")
	if err := os.Link(filepath.Join(b, "partners.csv"), page); err != nil {
		t.Fatal(err)
	}
	refused(t, page, "input", "compare", a, b, "-o", page)
	refused(t, filepath.Join(b, "partners.csv"), "input", "compare", a, b, "-o", filepath.Join(b, "partners.csv"))
	refused(t, filepath.Join(b, "partners.csv"), "input", "compare", a, b, "-o", filepath.Join(a, "..", "B", "partners.csv"))
	// export of the second case of nothing but a hard link named .json
	js := filepath.Join(dir, "net.json")
	if err := os.Link(filepath.Join(a, "interactions.csv"), js); err != nil {
		t.Fatal(err)
	}
	refused(t, js, "input", "export", a, "-o", js)
	// the depth model, as the map's own name and through a hard link
	model := filepath.Join(dir, "model.svg")
	if err := os.WriteFile(model, []byte("half_life = 365\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	refused(t, model, "input", "map", "sample:kennismaking", "--depth-model", model, "-o", model)
	modelHTML := filepath.Join(dir, "model.html")
	if err := os.Link(model, modelHTML); err != nil {
		t.Fatal(err)
	}
	refused(t, modelHTML, "input", "report", "sample:kennismaking", "--depth-model", model, "-o", modelHTML)
	refused(t, modelHTML, "input", "compare", "sample:kennismaking", "sample:grensobject", "--depth-model", model, "-o", modelHTML)
	// a workbook, through a hard link named .csv
	book := filepath.Join(dir, "case.xlsx")
	writeTestWorkbook(t, book)
	csvLink := filepath.Join(dir, "wb.csv")
	if err := os.Link(book, csvLink); err != nil {
		t.Fatal(err)
	}
	refused(t, csvLink, "input", "export", book, "-o", csvLink)
	// a new case file in a case folder that was read
	refused(t, filepath.Join(a, "ties.csv"), "part of the case", "export", a, "-o", filepath.Join(a, "Ties.csv"))
	// a folder output into a case folder read, or over the workbook
	refused(t, filepath.Join(a, "partners.csv"), "read", "anonymise", a, "-o", a)
	refused(t, book, "this run read", "anonymise", book, "-o", book)
}

// writeTestWorkbook writes a small valid case as an .xlsx workbook.
func writeTestWorkbook(t *testing.T, path string) {
	t.Helper()
	w := newTestBook(t)
	w.add("partners", [][]string{{"id", "name", "sector"}, {"a", "A", "OCMW"}, {"b", "B", "CAW"}})
	w.add("interactions", [][]string{{"date", "from", "with", "kind"}, {"2024-01-10", "a", "b", "referral"}})
	w.save(path)
}

// No output is written over what is not a regular file: a symbolic link
// (not followed), a device, a FIFO (never opened, so nothing hangs), a
// folder.
func TestOutputNeverOverNonRegularFiles(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "victim.txt")
	os.WriteFile(target, []byte("keep me"), 0o644)
	link := filepath.Join(dir, "link.html")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	refused(t, link, "symbolic link", "report", "sample:kennismaking", "-o", link)
	if b, _ := os.ReadFile(target); string(b) != "keep me" {
		t.Errorf("the link's target was written: %q", b)
	}
	svgLink := filepath.Join(dir, "link.svg")
	os.Symlink(target, svgLink)
	refused(t, svgLink, "symbolic link", "map", "sample:kennismaking", "-o", svgLink)
	for _, dev := range []string{"/dev/null", "/dev/stdout"} {
		if _, err := os.Lstat(dev); err != nil {
			continue
		}
		_, stderr, code := runGBO(t, "--lang", "en", "report", "sample:kennismaking", "-o", dev)
		if code != 2 || !strings.Contains(stderr, "refusing") {
			t.Errorf("report -o %s: exit %d, %s", dev, code, stderr)
		}
		_, stderr, code = runGBO(t, "--lang", "en", "export", "sample:kennismaking", "-o", dev)
		if code != 2 || !strings.Contains(stderr, "-o "+dev+": export to .gexf") {
			t.Errorf("export -o %s: exit %d, %s", dev, code, stderr)
		}
	}
	fifo := filepath.Join(dir, "pipe.html")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	done := make(chan struct{})
	go func() {
		refused(t, fifo, "not a regular file", "report", "sample:kennismaking", "-o", fifo)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("report -o FIFO hangs")
	}
	folder := filepath.Join(dir, "folder.gexf")
	os.Mkdir(folder, 0o755)
	refused(t, folder, "folder", "export", "sample:kennismaking", "-o", folder)
	folderCSV := filepath.Join(dir, "x-partners.csv")
	os.Mkdir(folderCSV, 0o755)
	// export's second file is a folder: the first is not written either
	refused(t, filepath.Join(dir, "x.csv"), "folder", "export", "sample:kennismaking", "-o", filepath.Join(dir, "x.csv"))
	// a folder output that is a link or a file
	dirLink := filepath.Join(dir, "dirlink")
	os.Symlink(dir, dirLink)
	refused(t, dirLink, "symbolic link", "generate", "--partners", "5", "--events", "10", dirLink)
	refused(t, dirLink, "symbolic link", "sample", "kennismaking", dirLink)
	refused(t, target, "not a folder", "generate", "--partners", "5", "--events", "10", target)
}

// The name of an output must fit what gbo writes there, and the message
// says what to do instead.
func TestOutputExtensionMustFit(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		file, want string
		args       []string
	}{
		{"rapport.pdf", "print it to PDF", []string{"report", "sample:kennismaking"}},
		{"rapport.docx", ".html", []string{"report", "sample:kennismaking"}},
		{"cmp.csv", ".html", []string{"compare", "sample:golf-2024", "sample:golf-2025"}},
		{"cmp.xlsx", ".html", []string{"compare", "sample:golf-2024", "sample:golf-2025"}},
		{"kaart.pdf", "print it to PDF", []string{"map", "sample:kennismaking"}},
		{"kaart.jpg", ".svg, .png or .dot", []string{"map", "sample:kennismaking"}},
		{"net.xlsm", "give a name ending in .xlsx", []string{"export", "sample:kennismaking"}},
		{"net.html", ".gexf, .graphml, .json, .csv or .xlsx", []string{"export", "sample:kennismaking"}},
	} {
		path := filepath.Join(dir, c.file)
		refused(t, path, c.want, append(c.args, "-o", path)...)
	}
	// -o - keeps writing the page to standard output
	out, stderr, code := runGBO(t, "report", "sample:kennismaking", "-o", "-")
	if code != 0 || !strings.Contains(out, "<html") {
		t.Errorf("report -o -: exit %d, %s", code, stderr)
	}
	out, stderr, code = runGBO(t, "compare", "sample:golf-2024", "sample:golf-2025", "-o", "-", "--format", "json")
	if code != 0 || !strings.Contains(out, "<html") {
		t.Errorf("compare -o -: exit %d, %s", code, stderr)
	}
}

// Folder outputs appear whole or not at all, never into a folder that
// holds case files (names compared without case), and leave no temporary
// folder behind.
func TestFolderOutputsAreWholeAndNeverOverCaseFiles(t *testing.T) {
	dir := t.TempDir()
	busy := filepath.Join(dir, "busy")
	os.Mkdir(busy, 0o755)
	os.WriteFile(filepath.Join(busy, "Partners.CSV"), []byte("mine"), 0o644)
	os.WriteFile(filepath.Join(busy, "notes.txt"), []byte("mine"), 0o644)
	for _, args := range [][]string{
		{"generate", "--partners", "5", "--events", "10", busy},
		{"sample", "kennismaking", busy},
		{"anonymise", "sample:kennismaking", "-o", busy},
	} {
		refused(t, filepath.Join(busy, "interactions.csv"), "Partners.CSV", args...)
		if ents, _ := os.ReadDir(busy); len(ents) != 2 {
			t.Errorf("%s wrote into a folder holding case files: %v", args[0], ents)
		}
	}
	// a new nested folder and an existing folder without case files both work
	for _, args := range [][]string{
		{"generate", "--partners", "5", "--events", "10", filepath.Join(dir, "new", "gen")},
		{"sample", "kennismaking", filepath.Join(dir, "new", "smp")},
		{"anonymise", "sample:kennismaking", "-o", filepath.Join(dir, "busy2")},
	} {
		if args[0] == "anonymise" {
			os.Mkdir(filepath.Join(dir, "busy2"), 0o755)
			os.WriteFile(filepath.Join(dir, "busy2", "README.txt"), []byte("mine"), 0o644)
		}
		if _, stderr, code := runGBO(t, args...); code != 0 {
			t.Fatalf("%v: exit %d, %s", args, code, stderr)
		}
		out := args[len(args)-1]
		if _, err := os.Stat(filepath.Join(out, "partners.csv")); err != nil {
			t.Errorf("%s: %v", args[0], err)
		}
		if fi, _ := os.Stat(out); fi == nil || fi.Mode().Perm() != 0o755 {
			t.Errorf("%s: folder mode %v", args[0], fi.Mode().Perm())
		}
		noDebris(t, filepath.Dir(out))
		noDebris(t, out)
	}
	// a generate that fails (invalid options) leaves nothing
	refused(t, filepath.Join(dir, "bad"), "events", "generate", "--partners", "5", "--events", "0", filepath.Join(dir, "bad"))
}

// hostileTextCase is a case whose names try to steer a terminal (title,
// screen clear, OSC 52 clipboard, C1 CSI), to reorder text (bidi
// overrides), to make a rendered Markdown table fetch an image or follow
// a link, and to start spreadsheet formulas in ids, sectors, objects and
// targets (also full width and behind white space).
func hostileTextCase(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"partners.csv": "id,name,sector,core\n" +
			"=a,\"\x1b]0;pwned\x07Alpha \x1b[2J\",+sector,yes\n" +
			"＠b,\"Beta \x1b]52;c;ZXZpbA==\x07 \u202eevil\u202c\",@sector,no\n" +
			"c,\"![x](http://evil.example/p.png) [klik](http://evil.example) <b>*x*</b> _y_ `z` \\\\ #h\",－sector,no\n" +
			"d,\"#Kop \u009b31m\",\u3000＝sector,no\n",
		"interactions.csv": "date,from,with,kind,object\n" +
			"2024-01-10,=a,＠b|c,referral,=obj\n" +
			"2024-02-10,c,d|=a,case_consultation,=obj\n" +
			"2024-03-10,d,＠b,joint_action,\n",
		"objects.csv": "id,name\n=obj,\"=HYPERLINK(\"\"http://evil\"\")\"\n",
		"targets.csv": "a,b,depth\n=a,d,3\n",
		"case.toml":   "name = \"Hostile \\u001b]0;t\\u0007 \\u202eesac\"\nas_of = 2024-12-31\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// assertPrintable fails on a raw control character other than tab and
// newline, or a bidirectional control, in out.
func assertPrintable(t *testing.T, what, out string) {
	t.Helper()
	for _, r := range out {
		if (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r <= 0x9f) {
			t.Errorf("%s: raw control character %U in output", what, r)
			return
		}
		if (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			t.Errorf("%s: bidirectional control %U in output", what, r)
			return
		}
	}
}

// startsFormula: a cell a spreadsheet may run, stated independently of
// output.FormulaSafe.
func startsFormula(cell string) bool {
	rest := strings.TrimLeftFunc(cell, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
	})
	if rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune("=+-@＝＋－＠﹦﹢﹣﹫", r) {
		return false
	}
	_, isNum := parseNumber(cell)
	return !isNum
}

func parseNumber(s string) (float64, bool) {
	var f float64
	err := json.Unmarshal([]byte(s), &f)
	return f, err == nil
}

func assertCSVCellsSafe(t *testing.T, what, data string, lists bool) {
	t.Helper()
	r := csv.NewReader(strings.NewReader(data))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Errorf("%s: not CSV: %v", what, err)
		return
	}
	for _, rec := range recs {
		for _, cell := range rec {
			parts := []string{cell}
			if lists {
				parts = strings.Split(cell, "|")
			}
			for _, p := range parts {
				if startsFormula(p) {
					t.Errorf("%s: cell %q starts a formula", what, cell)
				}
			}
		}
	}
}

func TestHostileTextIsShownNotObeyed(t *testing.T) {
	dir := hostileTextCase(t)
	for _, cmd := range []string{"ties", "metrics", "brokers", "weak"} {
		for _, f := range []string{"table", "csv", "md", "json"} {
			out, stderr, code := runGBO(t, cmd, dir, "--format", f, "--people", "none")
			if code != 0 {
				t.Fatalf("%s --format %s: exit %d: %s", cmd, f, code, stderr)
			}
			assertPrintable(t, cmd+" "+f, out)
			switch f {
			case "csv":
				assertCSVCellsSafe(t, cmd+" csv", out, false)
			case "md":
				for _, bad := range []string{"![", "](", "<b>", "](http"} {
					if strings.Contains(out, bad) {
						t.Errorf("%s md: %q survives:\n%s", cmd, bad, out)
					}
				}
				for _, line := range strings.Split(out, "\n") {
					for _, cell := range strings.Split(line, " | ") {
						if strings.HasPrefix(strings.TrimPrefix(cell, "| "), "#") {
							t.Errorf("%s md: a cell starts a heading: %q", cmd, cell)
						}
					}
				}
			case "json":
				if !json.Valid([]byte(out)) {
					t.Errorf("%s json: invalid", cmd)
				}
			}
		}
	}
	// Every file of an export and of an anonymised copy.
	outDir := t.TempDir()
	for _, ext := range []string{"gexf", "graphml", "json", "csv"} {
		path := filepath.Join(outDir, "net."+ext)
		if _, stderr, code := runGBO(t, "export", dir, "-o", path); code != 0 {
			t.Fatalf("export %s: exit %d: %s", ext, code, stderr)
		}
	}
	anon := filepath.Join(outDir, "anon")
	if _, stderr, code := runGBO(t, "anonymise", dir, "-o", anon); code != 0 {
		t.Fatalf("anonymise: exit %d: %s", code, stderr)
	}
	for _, d := range []string{outDir, anon} {
		ents, _ := os.ReadDir(d)
		for _, e := range ents {
			if e.IsDir() {
				continue
			}
			b, _ := os.ReadFile(filepath.Join(d, e.Name()))
			assertPrintable(t, e.Name(), string(b))
			if strings.HasSuffix(e.Name(), ".csv") {
				assertCSVCellsSafe(t, e.Name(), string(b), d == anon)
			}
		}
	}
	// The anonymised copy still reads as one case: its ids agree.
	if _, stderr, code := runGBO(t, "validate", anon); code != 0 {
		t.Errorf("the anonymised copy does not validate: exit %d: %s", code, stderr)
	}
}

// No JSON document holds NaN or Inf: they are written as null, and a
// document without them keeps encoding/json's bytes.
func TestJSONMapsNonFiniteNumbersToNull(t *testing.T) {
	type inner struct {
		X float64 `json:"x"`
		Y float32 `json:"y,omitempty"`
	}
	type Embedded struct {
		E float64 `json:"e"`
	}
	type doc struct {
		Embedded
		Name  string             `json:"name"`
		Score float64            `json:"score"`
		List  []float64          `json:"list"`
		Map   map[string]float64 `json:"map"`
		Ptr   *float64           `json:"ptr"`
		In    inner              `json:"in"`
		Skip  float64            `json:"-"`
		Empty string             `json:"empty,omitempty"`
		Any   any                `json:"any"`
	}
	inf := math.Inf(-1)
	d := doc{Embedded{math.NaN()}, "x\u202ey", math.Inf(1), []float64{1, math.NaN()}, map[string]float64{"b": math.Inf(1), "a": 2},
		&inf, inner{math.NaN(), 1.5}, math.NaN(), "", []any{math.NaN(), "s"}}
	var out bytes.Buffer
	if err := printOutput(&out, "json", Output{JSON: d}); err != nil {
		t.Fatal(err)
	}
	want := `{
  "e": null,
  "name": "xy",
  "score": null,
  "list": [
    1,
    null
  ],
  "map": {
    "a": 2,
    "b": null
  },
  "ptr": null,
  "in": {
    "x": null,
    "y": 1.5
  },
  "any": [
    null,
    "s"
  ]
}
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	// finite: the same bytes as encoding/json
	fin := doc{Embedded{1}, "x", 2, []float64{1}, map[string]float64{"a": 1}, nil, inner{3, 0}, 0, "e", nil}
	out.Reset()
	printOutput(&out, "json", Output{JSON: fin})
	ref, _ := json.MarshalIndent(fin, "", "  ")
	if out.String() != string(ref)+"\n" {
		t.Errorf("finite document changed:\n%s\n%s", out.String(), ref)
	}
}

var (
	gboBinOnce sync.Once
	gboBin     string
	gboBinErr  error
)

// buildGBO builds the gbo binary once for the tests that need a process.
func buildGBO(t *testing.T) string {
	t.Helper()
	gboBinOnce.Do(func() {
		dir, err := os.MkdirTemp("", "gbo-bin-")
		if err != nil {
			gboBinErr = err
			return
		}
		gboBin = filepath.Join(dir, "gbo")
		out, err := exec.Command(filepath.Join(runtimeGOROOT(), "bin", "go"), "build", "-o", gboBin, ".").CombinedOutput()
		if err != nil {
			gboBinErr = err
			t.Logf("%s", out)
		}
	})
	if gboBinErr != nil {
		t.Fatal(gboBinErr)
	}
	return gboBin
}

// Ctrl-C, SIGTERM, SIGHUP and SIGQUIT during a slow write remove gbo's
// temporary files and folders, leave no target, and exit 128 plus the
// signal's number.
func TestInterruptedWriteLeavesNoDebris(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildGBO(t)
	for _, c := range []struct {
		sig  syscall.Signal
		code int
		args func(dir string) []string
	}{
		{syscall.SIGINT, 130, generateBig},
		{syscall.SIGTERM, 143, generateBig},
		// A closed terminal or terminal-server session, and Ctrl-\.
		{syscall.SIGHUP, 129, generateBig},
		{syscall.SIGQUIT, 131, generateBig},
	} {
		dir := t.TempDir()
		cmd := exec.Command(bin, c.args(dir)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait until the temporary folder holds part of a file.
		deadline := time.Now().Add(60 * time.Second)
		for {
			if partial(dir) {
				break
			}
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("no temporary file appeared: %s", stderr.String())
			}
			time.Sleep(5 * time.Millisecond)
		}
		cmd.Process.Signal(c.sig)
		err := cmd.Wait()
		code := cmd.ProcessState.ExitCode()
		if code != c.code {
			t.Errorf("%v: exit %d (%v), want %d; %s", c.sig, code, err, c.code, stderr.String())
		}
		ents, _ := os.ReadDir(dir)
		if len(ents) != 0 {
			var names []string
			for _, e := range ents {
				names = append(names, e.Name())
			}
			t.Errorf("%v: left behind %v", c.sig, names)
		}
	}
}

// generateBig is a write that takes a few seconds (3 million events, well
// within generate's own caps).
func generateBig(dir string) []string {
	return []string{"generate", "--partners", "2000", "--events", "3000000", filepath.Join(dir, "big")}
}

// partial reports whether some temporary file under dir holds data.
func partial(dir string) bool {
	found := false
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil && fi.Size() > 0 {
				found = true
			}
		}
		return nil
	})
	return found
}

// goTool is the go command that runs these tests.
func runtimeGOROOT() string {
	if p, err := exec.LookPath("go"); err == nil {
		return filepath.Dir(filepath.Dir(p))
	}
	return "/usr/local/go"
}

// testBook builds an .xlsx workbook sheet by sheet.
type testBook struct {
	t *testing.T
	f *excelize.File
	n int
}

func newTestBook(t *testing.T) *testBook { return &testBook{t: t, f: excelize.NewFile()} }

func (b *testBook) add(sheet string, recs [][]string) {
	if b.n == 0 {
		b.f.SetSheetName("Sheet1", sheet)
	} else {
		b.f.NewSheet(sheet)
	}
	b.n++
	for i, r := range recs {
		row := make([]any, len(r))
		for j, c := range r {
			row[j] = c
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		b.f.SetSheetRow(sheet, cell, &row)
	}
}

func (b *testBook) save(path string) {
	if err := b.f.SaveAs(path); err != nil {
		b.t.Fatal(err)
	}
}

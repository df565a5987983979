package output

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFileAtomicWritesWholeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "map.svg")
	err := WriteFileAtomic(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "<svg/>")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "<svg/>" {
		t.Fatalf("got %q, %v", got, err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
}

func TestWriteFileAtomicLeavesNothingOnError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := WriteFileAtomic(path, func(w io.Writer) error {
		io.WriteString(w, "half a fi")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "old" {
		t.Errorf("old file changed to %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary file left behind: %v", entries)
	}
}

func TestWriteFileAtomicFailsInMissingDirectory(t *testing.T) {
	// A missing folder is not made: the error says the path does not
	// exist, the writer is never called, and nothing appears.
	root := t.TempDir()
	path := filepath.Join(root, "no", "such", "dir", "x.png")
	called := false
	err := WriteFileAtomic(path, func(io.Writer) error { called = true; return nil })
	if !errors.Is(err, os.ErrNotExist) || called {
		t.Fatalf("err %v (want it not to exist), writer called %v", err, called)
	}
	if ents, _ := os.ReadDir(root); len(ents) != 0 {
		t.Errorf("left behind: %v", ents)
	}
}

func TestWriteFilesAtomicIsAllOrNone(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "net.csv"), filepath.Join(dir, "net-partners.csv")
	if err := os.WriteFile(b, []byte("old partners"), 0o644); err != nil {
		t.Fatal(err)
	}
	ok := func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }
	boom := errors.New("disk full")
	// The second file fails while being written: the first never appears.
	err := WriteFilesAtomic([]FileWrite{{a, ok}, {b, func(io.Writer) error { return boom }}})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Lstat(a); err == nil {
		t.Error("net.csv was written although net-partners.csv failed")
	}
	// The second cannot be renamed into place (a folder stands there): the
	// first, renamed already, is taken back, and the old file restored.
	c := filepath.Join(dir, "sub")
	if err := os.MkdirAll(filepath.Join(c, "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	err = WriteFilesAtomic([]FileWrite{{b, ok}, {a, ok}, {c, ok}})
	if err == nil {
		t.Fatal("want an error renaming over a folder")
	}
	if got, _ := os.ReadFile(b); string(got) != "old partners" {
		t.Errorf("net-partners.csv is %q, want its old content", got)
	}
	if _, err := os.Lstat(a); err == nil {
		t.Error("net.csv stayed although a later file failed")
	}
	ents, _ := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if len(names) != 2 {
		t.Errorf("debris left: %v", names)
	}
	if l := TempPaths(); len(l) != 0 {
		t.Errorf("temp registry still holds %v", l)
	}
}

func TestFillFolderIsAllOrNone(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "case")
	boom := errors.New("boom")
	err := FillFolder(dir, func(tmp string) error {
		os.WriteFile(filepath.Join(tmp, "partners.csv"), []byte("x"), 0o644)
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if ents, _ := os.ReadDir(parent); len(ents) != 0 {
		t.Fatalf("left behind: %v", ents)
	}
	// Into an existing folder that holds one of the names (in another
	// case): nothing is moved.
	os.Mkdir(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "People.CSV"), []byte("mine"), 0o644)
	err = FillFolder(dir, func(tmp string) error {
		os.WriteFile(filepath.Join(tmp, "partners.csv"), []byte("x"), 0o644)
		return os.WriteFile(filepath.Join(tmp, "people.csv"), []byte("x"), 0o644)
	})
	if err == nil || !strings.Contains(err.Error(), "people.csv") {
		t.Fatalf("err = %v, want a refusal naming people.csv", err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("folder now holds %v", ents)
	}
	if ents, _ := os.ReadDir(parent); len(ents) != 1 {
		t.Errorf("temporary folder left: %v", ents)
	}
}

func TestCleanupTempRemovesLiveTemporaries(t *testing.T) {
	// CleanupTemp leaves the registry closed for good, so run it in a
	// child process: this test binary, re-run with an environment flag.
	if os.Getenv("GBO_CLEANUP_CHILD") != "" {
		dir := os.Getenv("GBO_CLEANUP_CHILD")
		started := make(chan struct{})
		go WriteFileAtomic(filepath.Join(dir, "big.svg"), func(w io.Writer) error {
			io.WriteString(w, "partial")
			close(started)
			select {} // a slow write
		})
		<-started
		go FillFolder(filepath.Join(dir, "case"), func(tmp string) error {
			os.WriteFile(filepath.Join(tmp, "partners.csv"), []byte("x"), 0o644)
			select {}
		})
		for len(TempPaths()) < 2 {
		}
		CleanupTemp()
		os.Exit(0)
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCleanupTempRemovesLiveTemporaries$")
	cmd.Env = append(os.Environ(), "GBO_CLEANUP_CHILD="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("left behind after CleanupTemp: %v", names)
	}
}

func TestFormulaSafeNeutralisesLookAlikes(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+32 9": "'+32 9", "@SUM(A1)": "'@SUM(A1)", "-x": "'-x", "\t=x": "'\t=x", "\r=x": "'\r=x",
		"＝1+1": "'＝1+1", "＋1": "'＋1", "－1": "'－1", "＠A": "'＠A", "﹦1": "'﹦1",
		" =1+1": "' =1+1", "\u00a0+1": "'\u00a0+1", "\u200b@x": "'\u200b@x", "\x1b=x": "'\x1b=x", "\u3000＝x": "'\u3000＝x",
		"-3.5": "-3.5", "1e3": "1e3", "plain": "plain", "": "", " -2": " -2", "a=b": "a=b", "'=x": "'=x", "Café": "Café",
	} {
		if got := FormulaSafe(in); got != want {
			t.Errorf("FormulaSafe(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSafeTextShowsControlsAndDropsBidi(t *testing.T) {
	for _, c := range []struct {
		in     string
		layout bool
		want   string
	}{
		{"\x1b]0;title\x07x", true, `\x1b]0;title\x07x`},
		{"\x1b]52;c;Y2xpcA==\x07", false, `\x1b]52;c;Y2xpcA==\x07`},
		{"a\u202eb\u2066c\u2069", true, "abc"},
		{"\u009b2J", true, `\x9b2J`},
		{"a\tb\nc", true, "a\tb\nc"},
		{"a\tb\nc", false, `a\x09b\x0ac`},
		{"a\r\nb\rc", true, "a\nb\nc"},
		{"\xff\xfeok", true, "\ufffdok"},
		{"Geïntegreerd — ok", false, "Geïntegreerd — ok"},
	} {
		if got := SafeText(c.in, c.layout); got != c.want {
			t.Errorf("SafeText(%q, %v) = %q, want %q", c.in, c.layout, got, c.want)
		}
	}
}

// TestWriteFileNewNeverReplaces: a file that appears at the path while the
// output is written (another program, another user) is kept, the write
// fails with fs.ErrExist, and no temporary file is left.
func TestWriteFileNewNeverReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ties.csv")
	err := WriteFileNew(path, func(w io.Writer) error {
		if err := os.WriteFile(path, []byte("theirs"), 0o644); err != nil {
			return err
		}
		_, err := io.WriteString(w, "ours")
		return err
	})
	if !errors.Is(err, fs.ErrExist) {
		t.Errorf("err %v, want fs.ErrExist", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "theirs" {
		t.Errorf("the file that appeared holds %q", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 || len(TempPaths()) != 0 {
		t.Errorf("left behind: %v %v", ents, TempPaths())
	}
	// A link at the path is not followed or replaced either.
	link := filepath.Join(dir, "link.csv")
	os.Symlink(filepath.Join(dir, "nowhere"), link)
	if err := WriteFileNew(link, func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err }); !errors.Is(err, fs.ErrExist) {
		t.Errorf("over a dangling link: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "nowhere")); err == nil {
		t.Error("written through a link")
	}
	// A new path is written whole, mode 0644.
	fresh := filepath.Join(dir, "new.csv")
	if err := WriteFileNew(fresh, func(w io.Writer) error { _, err := io.WriteString(w, "ok"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(fresh); string(b) != "ok" {
		t.Errorf("content %q", b)
	}
}

package mapview

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"gbo/render/mapview/internal/wasmcache"
)

// helperEnv selects a helper mode of this test binary: the process then does
// that job instead of running tests. The cache tests start it as a child,
// because what they test happens in package init, before any test runs.
const helperEnv = "GBO_MAPVIEW_TEST_HELPER"

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) == "cache" {
		cacheHelper()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// helperReport is what the cache helper prints on stdout.
type helperReport struct {
	Dir       string // wasmcache's private directory, "" when the cache was off
	Disabled  string // why it was off
	TempDir   string // os.TempDir() after init
	SVGBytes  int
	RenderErr string
}

// cacheHelper renders the sample map and reports where Graphviz's cache went.
func cacheHelper() {
	dir, why := wasmcache.Status()
	r := helperReport{Dir: dir, TempDir: os.TempDir()}
	if why != nil {
		r.Disabled = why.Error()
	}
	var buf bytes.Buffer
	if err := Render(context.Background(), sampleMap(), SVG, &buf); err != nil {
		r.RenderErr = err.Error()
	}
	r.SVGBytes = buf.Len()
	json.NewEncoder(os.Stdout).Encode(r)
}

// runHelper runs bin (this test binary, or a copy) as the cache helper with
// HOME and TMPDIR set (XDG_CACHE_HOME unset), prefixed by wrap (e.g. setpriv),
// and returns its report and its stderr. The child must exit 0.
func runHelper(t *testing.T, wrap []string, bin, dir, home, tmp string, extraEnv ...string) (helperReport, string) {
	t.Helper()
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "HOME", "TMPDIR", "TMP", "TEMP", "XDG_CACHE_HOME", "GODEBUG", helperEnv:
			continue
		}
		env = append(env, kv)
	}
	env = append(env, helperEnv+"=cache", "HOME="+home, "TMPDIR="+tmp)
	env = append(env, extraEnv...)
	args := append(append([]string{}, wrap...), bin, "-test.run=^$")
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env, cmd.Dir = env, dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("the helper failed: %v\nstderr:\n%s", err, stderr.String())
	}
	var r helperReport
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatalf("the helper's report: %v\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
	}
	if r.RenderErr != "" || r.SVGBytes < 1000 {
		t.Fatalf("the helper did not render: %q, %d bytes", r.RenderErr, r.SVGBytes)
	}
	if r.TempDir != tmp {
		t.Errorf("os.TempDir() after init is %q, want the user's own %q back", r.TempDir, tmp)
	}
	return r, stderr.String()
}

// snapshot is every entry under dir with its mode, size, mtime and content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := os.Lstat(p)
		if err != nil {
			return err
		}
		v := fmt.Sprintf("%v %d %d", fi.Mode(), fi.Size(), fi.ModTime().UnixNano())
		if fi.Mode().IsRegular() {
			b, _ := os.ReadFile(p)
			v += " " + string(b)
		}
		out[p] = v
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameSnapshot(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for p, v := range after {
		if before[p] != v {
			t.Errorf("%s: %s changed or appeared: %q, was %q", what, p, v, before[p])
		}
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			t.Errorf("%s: %s disappeared", what, p)
		}
	}
}

// cacheFiles lists the files in a go-graphviz cache folder (wazero keeps
// them in a folder per version and platform), relative to that folder.
func cacheFiles(t *testing.T, dir string) []string {
	t.Helper()
	root := filepath.Join(dir, "go-graphviz")
	var names []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			rel, _ := filepath.Rel(root, p)
			names = append(names, rel)
		}
		return err
	})
	if err != nil {
		t.Fatalf("no Graphviz cache in %s: %v", dir, err)
	}
	return names
}

// plant writes files under dir/go-graphviz, folders with mode and files with
// fileMode, each with content(name), dated long ago.
func plant(t *testing.T, dir string, mode, fileMode fs.FileMode, names []string, content func(string) []byte) {
	t.Helper()
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	var dirs []string
	for _, n := range names {
		f := filepath.Join(dir, "go-graphviz", n)
		for d := filepath.Dir(f); d != dir; d = filepath.Dir(d) {
			dirs = append(dirs, d)
		}
		if err := os.MkdirAll(filepath.Dir(f), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, content(n), fileMode); err != nil {
			t.Fatal(err)
		}
		os.Chmod(f, fileMode)
		os.Chtimes(f, old, old)
	}
	for _, d := range dirs {
		os.Chmod(d, mode)
		os.Chtimes(d, old, old)
	}
}

// TestGraphvizCacheIgnoresAPlantedTempFolder plants a world-writable
// go-graphviz folder in the temp dir, holding files under the very names
// Graphviz's cache uses (with junk in them), and checks that a run neither
// reads nor writes it (a read of a bad entry would delete or rewrite it),
// that the cache lands in the user's private cache dir (0700), that the
// temp dir is given back after init, and that wasmcache's init runs before
// go-graphviz's (GODEBUG=inittrace=1).
func TestGraphvizCacheIgnoresAPlantedTempFolder(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("unix temp dirs and modes")
	}
	bin, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// A first run in a clean home, to learn the cache's file names.
	home1, tmp1 := t.TempDir(), t.TempDir()
	r1, trace := runHelper(t, nil, bin, tmp1, home1, tmp1, "GODEBUG=inittrace=1")
	private1 := filepath.Join(home1, ".cache", "gbo")
	if r1.Dir != private1 || r1.Disabled != "" {
		t.Fatalf("private cache dir %q (off: %q), want %q", r1.Dir, r1.Disabled, private1)
	}
	names := cacheFiles(t, private1)
	if len(names) == 0 {
		t.Fatal("Graphviz cached nothing in the private dir")
	}
	if _, err := os.Stat(filepath.Join(tmp1, "go-graphviz")); !os.IsNotExist(err) {
		t.Errorf("a go-graphviz folder appeared in the temp dir: %v", err)
	}
	ours := strings.Index(trace, "init gbo/render/mapview/internal/wasmcache ")
	theirs := strings.Index(trace, "init github.com/goccy/go-graphviz/internal/wasm ")
	if ours < 0 || theirs < 0 || ours > theirs {
		t.Errorf("wasmcache must initialise before go-graphviz's wasm package: positions %d and %d in the init trace", ours, theirs)
	}

	// The attack: a planted, world-writable folder with the cache's names.
	tmp, home := t.TempDir(), t.TempDir()
	plant(t, tmp, 0o777, 0o666, append(names, "junk"), func(string) []byte { return []byte("planted native code") })
	before := snapshot(t, tmp)
	r, _ := runHelper(t, nil, bin, tmp, home, tmp)
	sameSnapshot(t, "planted temp folder", before, snapshot(t, tmp))
	private := filepath.Join(home, ".cache", "gbo")
	if r.Dir != private {
		t.Errorf("private cache dir %q (off: %q), want %q", r.Dir, r.Disabled, private)
	}
	fi, err := os.Lstat(private)
	if err != nil || !fi.IsDir() || fi.Mode().Perm() != 0o700 {
		t.Fatalf("private cache dir: %v, %v; want a 0700 directory", fi, err)
	}
	if len(cacheFiles(t, private)) == 0 {
		t.Error("Graphviz cached nothing in the private dir")
	}
}

// TestGraphvizCacheRefusesALinkedCacheDir points ~/.cache/gbo at another
// folder through a symbolic link: the cache must be switched off (nothing
// written there, nor in the temp dir), and the map still drawn.
func TestGraphvizCacheRefusesALinkedCacheDir(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("unix symbolic links")
	}
	bin, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	home, tmp := t.TempDir(), t.TempDir()
	elsewhere := filepath.Join(home, "elsewhere")
	for _, d := range []string{filepath.Join(home, ".cache"), elsewhere} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(elsewhere, filepath.Join(home, ".cache", "gbo")); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, home)
	r, _ := runHelper(t, nil, bin, tmp, home, tmp)
	if r.Dir != "" || !strings.Contains(r.Disabled, "symbolic link") {
		t.Errorf("cache dir %q, off because %q; want it off because of the link", r.Dir, r.Disabled)
	}
	sameSnapshot(t, "home", before, snapshot(t, home))
	if es, _ := os.ReadDir(tmp); len(es) != 0 {
		t.Errorf("the temp dir got %d entries; the cache must be off, not moved there", len(es))
	}
}

// TestGraphvizCacheOfRootDoesNotBreakAnotherUser runs as root: root renders
// (its cache exists, and a shared temp dir holds a root-owned go-graphviz
// folder as older versions left it), then the same binary runs as uid/gid
// 65534 through setpriv. It must render without a panic, with its own
// private cache; and with a cache dir owned by root in its home (as `sudo`
// keeping HOME leaves), with the cache off.
func TestGraphvizCacheOfRootDoesNotBreakAnotherUser(t *testing.T) {
	// CI sets GBO_SECOND_USER_TEST=require: there a skip is a failure.
	skip := t.Skip
	if os.Getenv("GBO_SECOND_USER_TEST") == "require" {
		skip = t.Fatal
	}
	if runtime.GOOS != "linux" || os.Geteuid() != 0 {
		skip("second-user test: run the tests as root on Linux (CI does) to run a child as uid 65534 with setpriv")
	}
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		skip("second-user test: setpriv (util-linux) is not installed")
	}
	const nobody = 65534
	var buf bytes.Buffer
	if err := Render(context.Background(), sampleMap(), SVG, &buf); err != nil {
		t.Fatal(err)
	}
	rootDir, why := wasmcache.Status()
	// A base every user can traverse (t.TempDir's parents are 0700).
	base, err := os.MkdirTemp("/tmp", "gbo-second-user-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Chmod(base, 0o755))
	// The shared temp dir, like /tmp, with root's go-graphviz folder in it.
	shared := filepath.Join(base, "tmp")
	must(os.Mkdir(shared, 0o777))
	must(os.Chmod(shared, 0o777|fs.ModeSticky))
	var names []string
	if why == nil {
		names = cacheFiles(t, rootDir)
	}
	// wazero writes its entries 0600 (os.CreateTemp): another user's
	// gbo, told to use this folder, panics on reading them.
	plant(t, shared, 0o755, 0o600, append(names, "root-only"), func(n string) []byte {
		b, _ := os.ReadFile(filepath.Join(rootDir, "go-graphviz", n))
		return b
	})
	// This test binary, where uid 65534 can run it.
	self, err := os.Executable()
	must(err)
	exe, err := os.ReadFile(self)
	must(err)
	bin := filepath.Join(base, "mapview.test")
	must(os.WriteFile(bin, exe, 0o755))
	home := filepath.Join(base, "home")
	must(os.Mkdir(home, 0o700))
	must(os.Chown(home, nobody, nobody))

	wrap := []string{setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"}
	before := snapshot(t, shared)
	r, _ := runHelper(t, wrap, bin, base, home, shared)
	sameSnapshot(t, "root's shared temp folder", before, snapshot(t, shared))
	private := filepath.Join(home, ".cache", "gbo")
	if r.Dir != private || r.Disabled != "" {
		t.Errorf("uid 65534's cache dir %q (off: %q), want %q", r.Dir, r.Disabled, private)
	}
	if fi, err := os.Lstat(private); err != nil || fi.Mode().Perm() != 0o700 || fi.Sys().(*syscall.Stat_t).Uid != nobody {
		t.Errorf("uid 65534's cache dir: %v, %v; want 0700, owned by 65534", fi, err)
	}

	// A home whose cache dir root made: refused, not used, not changed.
	home2 := filepath.Join(base, "home2")
	must(os.MkdirAll(filepath.Join(home2, ".cache", "gbo"), 0o700))
	must(os.Chown(home2, nobody, nobody))
	must(os.Chown(filepath.Join(home2, ".cache"), nobody, nobody))
	before = snapshot(t, home2)
	r, _ = runHelper(t, wrap, bin, base, home2, shared)
	if r.Dir != "" || !strings.Contains(r.Disabled, "owned by user 0") {
		t.Errorf("cache dir %q, off because %q; want it off because root owns it", r.Dir, r.Disabled)
	}
	sameSnapshot(t, "root's cache dir in the user's home", before, snapshot(t, home2))
}

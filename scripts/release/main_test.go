package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestArchivesAreReproducibleAndComplete: each platform's archive holds
// the binary (executable), its double-click launcher (executable) and the
// start instructions in three languages under one folder, and the same
// binary packs to the same bytes twice.
func TestArchivesAreReproducibleAndComplete(t *testing.T) {
	bin := []byte("not really a binary")
	epoch := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	want := map[string][]string{
		"windows": {"gbo.exe", "Start gbo.cmd"},
		"darwin":  {"gbo", "Start gbo.command"},
		"linux":   {"gbo", "start-gbo.sh"},
	}
	for _, tg := range targets {
		name, a, err := pack("1.2.3", tg, bin, epoch)
		if err != nil {
			t.Fatal(err)
		}
		_, b, _ := pack("1.2.3", tg, bin, epoch)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two packs differ", name)
		}
		files := list(t, name, a)
		base := strings.TrimSuffix(strings.TrimSuffix(name, ".zip"), ".tar.gz")
		for _, f := range append(want[tg.goos], "LEESMIJ.txt", "README.txt", "LISEZMOI.txt") {
			mode, ok := files[base+"/"+f]
			if !ok {
				t.Errorf("%s lacks %s (has %v)", name, f, files)
				continue
			}
			exec := !strings.HasSuffix(f, ".txt")
			if exec != (mode&0o111 != 0) {
				t.Errorf("%s: %s mode %o", name, f, mode)
			}
		}
		if len(files) != len(want[tg.goos])+3 {
			t.Errorf("%s: %d entries, want %d", name, len(files), len(want[tg.goos])+3)
		}
	}
}

// list reads an archive's entries and their modes.
func list(t *testing.T, name string, data []byte) map[string]os.FileMode {
	t.Helper()
	out := map[string]os.FileMode{}
	if strings.HasSuffix(name, ".zip") {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			out[f.Name] = f.Mode()
		}
		return out
	}
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		out[h.Name] = os.FileMode(h.Mode)
	}
	return out
}

// TestWindowsTextHasCRLF: Notepad of old Windows shows LF-only files as
// one line; the launcher and instructions are CRLF in the Windows archive
// and LF elsewhere.
func TestWindowsTextHasCRLF(t *testing.T) {
	for _, tg := range []target{{"windows", "amd64"}, {"darwin", "arm64"}} {
		es, err := contents(tg, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			if e.name == exeName(tg) {
				continue
			}
			lf := bytes.Count(e.data, []byte("\n"))
			crlf := bytes.Count(e.data, []byte("\r\n"))
			if tg.goos == "windows" && crlf != lf || tg.goos != "windows" && crlf != 0 {
				t.Errorf("%s %s: %d LF, %d CRLF", tg.goos, e.name, lf, crlf)
			}
		}
	}
}

// TestCheckBinaryRefusesTheWrongPlatform: the check that guards every
// release knows this machine's own test binary for what it is.
func TestCheckBinaryRefusesTheWrongPlatform(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "linux" {
		t.Skip("reads this test binary as ELF")
	}
	if err := checkBinary(self, target{"windows", "amd64"}); err == nil {
		t.Error("an ELF binary passed as Windows")
	}
	other := map[string]string{"amd64": "arm64", "arm64": "amd64"}[runtime.GOARCH]
	if err := checkBinary(self, target{"linux", other}); err == nil {
		t.Errorf("a %s binary passed as %s", runtime.GOARCH, other)
	}
}

// TestBuildOne cross-builds one foreign target for real and checks it
// (CI builds all six through -check).
func TestBuildOne(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gbo")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "gbo.exe")
	cmd := exec.Command("go", "build", "-trimpath", "-o", bin, "gbo/cmd/gbo")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=windows", "GOARCH=arm64")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if err := checkBinary(bin, target{"windows", "arm64"}); err != nil {
		t.Error(err)
	}
	if err := checkBinary(bin, target{"windows", "amd64"}); err == nil {
		t.Error("arm64 PE passed as amd64")
	}
}

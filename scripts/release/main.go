package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"debug/elf"
	"debug/macho"
	"debug/pe"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// target is one platform gbo is built for.
type target struct{ goos, goarch string }

// targets are the six platforms of issue 15: Windows, macOS and Linux on
// amd64 and arm64.
var targets = []target{
	{"windows", "amd64"}, {"windows", "arm64"},
	{"darwin", "arm64"}, {"darwin", "amd64"},
	{"linux", "amd64"}, {"linux", "arm64"},
}

//go:embed start
var startFiles embed.FS

func main() {
	version := flag.String("version", "dev", "version in the archive names")
	out := flag.String("o", "dist", "folder the archives are written to (created; must not exist or be empty)")
	check := flag.Bool("check", false, "build and check the six binaries, write no archive")
	flag.Parse()
	if err := release(*version, *out, *check); err != nil {
		fmt.Fprintln(os.Stderr, "release:", err)
		os.Exit(1)
	}
}

// release builds every target into a private temporary folder, checks each
// binary, and (unless check) packs them into out.
func release(version, out string, check bool) error {
	if strings.ContainsAny(version, `/\ `) || version == "" {
		return fmt.Errorf("version %q: letters, digits, dots and dashes only", version)
	}
	tmp, err := os.MkdirTemp("", "gbo-release-") // private (0700), removed at the end
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	epoch := sourceDate()
	var sums []string
	if !check {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return err
		}
		if ents, _ := os.ReadDir(out); len(ents) > 0 {
			return fmt.Errorf("%s is not empty: nothing written over earlier archives", out)
		}
	}
	for _, t := range targets {
		bin := filepath.Join(tmp, t.goos+"-"+t.goarch, exeName(t))
		cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-ldflags", "-s -w", "-o", bin, "./cmd/gbo")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+t.goos, "GOARCH="+t.goarch)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("build %s/%s: %v", t.goos, t.goarch, err)
		}
		if err := checkBinary(bin, t); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "built and checked %s/%s\n", t.goos, t.goarch)
		if check {
			continue
		}
		b, err := os.ReadFile(bin)
		if err != nil {
			return err
		}
		name, data, err := pack(version, t, b, epoch)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			return err
		}
		sums = append(sums, fmt.Sprintf("%x  %s", sha256.Sum256(data), name))
	}
	if check {
		return nil
	}
	return os.WriteFile(filepath.Join(out, "SHA256SUMS"), []byte(strings.Join(sums, "\n")+"\n"), 0o644)
}

func exeName(t target) string {
	if t.goos == "windows" {
		return "gbo.exe"
	}
	return "gbo"
}

// sourceDate is SOURCE_DATE_EPOCH (reproducible-builds.org), else
// 2026-01-01: the time every archive entry carries.
func sourceDate() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
}

// checkBinary opens bin as the executable format of t and checks its
// processor: PE for Windows, Mach-O for macOS, ELF for Linux.
func checkBinary(bin string, t target) error {
	bad := func(got string) error {
		return fmt.Errorf("%s: built for %s, want %s/%s", bin, got, t.goos, t.goarch)
	}
	switch t.goos {
	case "windows":
		f, err := pe.Open(bin)
		if err != nil {
			return bad("not PE: " + err.Error())
		}
		defer f.Close()
		want := map[string]uint16{"amd64": pe.IMAGE_FILE_MACHINE_AMD64, "arm64": pe.IMAGE_FILE_MACHINE_ARM64}[t.goarch]
		if f.Machine != want {
			return bad(fmt.Sprintf("PE machine %#x", f.Machine))
		}
	case "darwin":
		f, err := macho.Open(bin)
		if err != nil {
			return bad("not Mach-O: " + err.Error())
		}
		defer f.Close()
		want := map[string]macho.Cpu{"amd64": macho.CpuAmd64, "arm64": macho.CpuArm64}[t.goarch]
		if f.Cpu != want {
			return bad("Mach-O " + f.Cpu.String())
		}
	case "linux":
		f, err := elf.Open(bin)
		if err != nil {
			return bad("not ELF: " + err.Error())
		}
		defer f.Close()
		want := map[string]elf.Machine{"amd64": elf.EM_X86_64, "arm64": elf.EM_AARCH64}[t.goarch]
		if f.Machine != want {
			return bad("ELF " + f.Machine.String())
		}
		if slices.ContainsFunc(f.Progs, func(p *elf.Prog) bool { return p.Type == elf.PT_INTERP }) {
			return bad("a dynamically linked ELF (cgo?)")
		}
	default:
		return errors.New("unknown target " + t.goos)
	}
	return nil
}

// entry is one file of an archive.
type entry struct {
	name string
	mode fs.FileMode
	data []byte
}

// contents are the files of t's archive: the binary, the launcher of its
// platform, and the start instructions in three languages.
func contents(t target, bin []byte) ([]entry, error) {
	es := []entry{{exeName(t), 0o755, bin}}
	var launchers []string
	switch t.goos {
	case "windows":
		launchers = []string{"Start gbo.cmd"}
	case "darwin":
		launchers = []string{"Start gbo.command"}
	case "linux":
		launchers = []string{"start-gbo.sh"}
	}
	for _, n := range append(launchers, "LEESMIJ.txt", "README.txt", "LISEZMOI.txt") {
		b, err := startFiles.ReadFile("start/" + n)
		if err != nil {
			return nil, err
		}
		mode := fs.FileMode(0o644)
		if n != "LEESMIJ.txt" && n != "README.txt" && n != "LISEZMOI.txt" {
			mode = 0o755
		}
		if t.goos == "windows" {
			b = bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
		}
		es = append(es, entry{n, mode, b})
	}
	slices.SortFunc(es, func(a, b entry) int { return strings.Compare(a.name, b.name) })
	return es, nil
}

// pack makes t's archive: a .zip for Windows and macOS (both open it with
// a double click), a .tar.gz for Linux; every entry under the folder
// gbo-VERSION-OS-ARCH/, with time epoch.
func pack(version string, t target, bin []byte, epoch time.Time) (name string, data []byte, err error) {
	osName := map[string]string{"windows": "windows", "darwin": "macos", "linux": "linux"}[t.goos]
	base := fmt.Sprintf("gbo-%s-%s-%s", version, osName, t.goarch)
	es, err := contents(t, bin)
	if err != nil {
		return "", nil, err
	}
	var buf bytes.Buffer
	if t.goos == "linux" {
		gz, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		gz.ModTime = epoch
		tw := tar.NewWriter(gz)
		for _, e := range es {
			h := &tar.Header{Name: base + "/" + e.name, Mode: int64(e.mode), Size: int64(len(e.data)), ModTime: epoch, Typeflag: tar.TypeReg, Format: tar.FormatPAX}
			if err := tw.WriteHeader(h); err != nil {
				return "", nil, err
			}
			if _, err := tw.Write(e.data); err != nil {
				return "", nil, err
			}
		}
		if err := tw.Close(); err != nil {
			return "", nil, err
		}
		if err := gz.Close(); err != nil {
			return "", nil, err
		}
		return base + ".tar.gz", buf.Bytes(), nil
	}
	zw := zip.NewWriter(&buf)
	for _, e := range es {
		h := &zip.FileHeader{Name: base + "/" + e.name, Method: zip.Deflate, Modified: epoch}
		h.SetMode(e.mode)
		w, err := zw.CreateHeader(h)
		if err != nil {
			return "", nil, err
		}
		if _, err := io.Copy(w, bytes.NewReader(e.data)); err != nil {
			return "", nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return "", nil, err
	}
	return base + ".zip", buf.Bytes(), nil
}

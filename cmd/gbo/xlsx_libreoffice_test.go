package main

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// Every sample, as a workbook that LibreOffice or openpyxl saved, reads to
// the same analysis as its CSV folder: `gbo ties` and `gbo metrics` JSON,
// byte for byte. The workbooks are made as users make them: LibreOffice
// re-saving gbo's workbook, importing the CSV files into sheets, and going
// through .ods; openpyxl loading and re-saving gbo's workbook.
// LibreOffice's part skips when soffice is absent unless
// GBO_LIBREOFFICE_TEST=require (CI), where it fails.

// sofficePath is LibreOffice's soffice, or "" after t.Skip.
func sofficePath(t *testing.T) string {
	p, err := exec.LookPath("soffice")
	if err == nil && exec.Command("/usr/bin/python3", "-c", "import uno").Run() == nil {
		return p
	}
	if os.Getenv("GBO_LIBREOFFICE_TEST") == "require" {
		t.Fatal("LibreOffice (soffice, python3-uno) is needed: apt-get install libreoffice-calc-nogui")
	}
	t.Skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui; GBO_LIBREOFFICE_TEST=require makes this an error)")
	return ""
}

// loRun runs a command with a timeout of two minutes.
func loRun(t *testing.T, name string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.WaitDelay = 10 * time.Second
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}

// loConvert has soffice, with a profile of its own, convert in to format
// (xlsx, ods) in a new folder, and returns the path of the result.
func loConvert(t *testing.T, soffice, in, format string) string {
	t.Helper()
	profile := (&url.URL{Scheme: "file", Path: t.TempDir()}).String()
	out := t.TempDir()
	loRun(t, soffice, "-env:UserInstallation="+profile, "--headless", "--norestore", "--convert-to", format, "--outdir", out, in)
	path := filepath.Join(out, strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))+"."+format)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("soffice wrote no %s: %v", path, err)
	}
	return path
}

// loAnalysis is the ties and metrics JSON of a case.
func loAnalysis(t *testing.T, c string) [2]string {
	t.Helper()
	var out [2]string
	for i, cmd := range []string{"ties", "metrics"} {
		stdout, stderr, code := runGBO(t, cmd, "--format", "json", c)
		if code != 0 {
			t.Fatalf("gbo %s %s: exit %d\n%s", cmd, filepath.Base(c), code, stderr)
		}
		out[i] = stdout
	}
	return out
}

func loSampleNames(t *testing.T) []string {
	dirs, _ := filepath.Glob(filepath.Join("..", "..", "samples", "data", "*", "case.toml"))
	var names []string
	for _, d := range dirs {
		names = append(names, filepath.Base(filepath.Dir(d)))
	}
	sort.Strings(names)
	if len(names) == 0 {
		t.Fatal("no samples in ../../samples/data")
	}
	if testing.Short() {
		names = names[:1]
	}
	return names
}

// loWriteSample writes sample name as a folder and as gbo's workbook.
func loWriteSample(t *testing.T, name string) (dir, book string) {
	tmp := t.TempDir()
	dir, book = filepath.Join(tmp, name), filepath.Join(tmp, name+".xlsx")
	for _, to := range []string{dir, book} {
		if _, stderr, code := runGBO(t, "sample", name, to); code != 0 {
			t.Fatalf("gbo sample %s %s: %s", name, to, stderr)
		}
	}
	return dir, book
}

func loSameAnalysis(t *testing.T, how string, want [2]string, book string) {
	t.Helper()
	got := loAnalysis(t, book)
	for i, cmd := range []string{"ties", "metrics"} {
		if got[i] != want[i] {
			t.Errorf("%s: gbo %s reads differently from the CSV folder", how, cmd)
		}
	}
}

var loCaseLine = regexp.MustCompile(`^([a-z_]+) = "(.*)"$`)

func TestLibreOfficeWorkbooksReadTheSame(t *testing.T) {
	soffice := sofficePath(t)
	script, _ := filepath.Abs(filepath.Join("..", "..", "graph", "testdata", "foreign", "lo_csv_sheets.py"))
	for _, name := range loSampleNames(t) {
		t.Run(name, func(t *testing.T) {
			dir, book := loWriteSample(t, name)
			want := loAnalysis(t, dir)
			// (1) LibreOffice re-saves gbo's workbook.
			loSameAnalysis(t, "re-saved by LibreOffice", want, loConvert(t, soffice, book, "xlsx"))
			// (2) LibreOffice imports the CSV files into sheets, case.toml
			// as a key/value sheet.
			csvs := t.TempDir()
			files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
			sep := ","
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if head, _, _ := strings.Cut(string(data), "\n"); strings.Count(head, ";") > strings.Count(head, ",") {
					sep = ";"
				}
				if err := os.WriteFile(filepath.Join(csvs, filepath.Base(f)), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			toml, err := os.ReadFile(filepath.Join(dir, "case.toml"))
			if err != nil {
				t.Fatal(err)
			}
			caseCSV := "key" + sep + "value\n"
			for _, line := range strings.Split(strings.TrimSpace(string(toml)), "\n") {
				m := loCaseLine.FindStringSubmatch(line)
				if m == nil {
					t.Fatalf("case.toml line %q", line)
				}
				caseCSV += m[1] + sep + m[2] + "\n"
			}
			if err := os.WriteFile(filepath.Join(csvs, "case.csv"), []byte(caseCSV), 0o644); err != nil {
				t.Fatal(err)
			}
			imported := filepath.Join(t.TempDir(), "imported.xlsx")
			loRun(t, "/usr/bin/python3", script, t.TempDir(), csvs, imported)
			loSameAnalysis(t, "CSV files imported by LibreOffice", want, imported)
			// (3) gbo's workbook saved as .ods, the .ods as .xlsx.
			loSameAnalysis(t, "through .ods", want, loConvert(t, soffice, loConvert(t, soffice, book, "ods"), "xlsx"))
		})
	}
}

// gbo's workbook of every sample, loaded and saved again by openpyxl,
// reads the same (skips without openpyxl unless CI=true).
func TestOpenpyxlResavedWorkbooksReadTheSame(t *testing.T) {
	if exec.Command("/usr/bin/python3", "-c", "import openpyxl").Run() != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("openpyxl is needed (apt-get install python3-openpyxl)")
		}
		t.Skip("openpyxl is not installed (apt-get install python3-openpyxl)")
	}
	script, _ := filepath.Abs(filepath.Join("..", "..", "graph", "testdata", "foreign", "openpyxl_variants.py"))
	for _, name := range loSampleNames(t) {
		t.Run(name, func(t *testing.T) {
			dir, book := loWriteSample(t, name)
			resaved := filepath.Join(t.TempDir(), "resaved.xlsx")
			loRun(t, "/usr/bin/python3", script, "--resave", book, resaved)
			loSameAnalysis(t, "re-saved by openpyxl", loAnalysis(t, dir), resaved)
		})
	}
}

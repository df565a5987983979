package samples_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"gbo/samples"
)

func ExampleList() {
	for _, s := range samples.List() {
		fmt.Printf("%-15s %2d partners %4d events\n", s.Name, s.Partners, s.Events)
	}
	// Output:
	// golf-2024       19 partners  667 events
	// golf-2025       19 partners  749 events
	// grensobject     23 partners  637 events
	// intersectoraal  25 partners  790 events
	// kennismaking    24 partners  355 events
	// sleutelfiguren  22 partners  610 events
}

func ExampleFS() {
	fsys, ok := samples.FS("grensobject")
	if !ok {
		return
	}
	files, _ := fs.Glob(fsys, "*")
	fmt.Println(files)
	// Output:
	// [case.toml interactions.csv objects.csv partners.csv people.csv targets.csv]
}

func ExampleWriteTo() {
	dir, _ := os.MkdirTemp("", "case")
	defer os.RemoveAll(dir)
	case1 := filepath.Join(dir, "mijn-case")
	fmt.Println(samples.WriteTo("kennismaking", case1))
	// A second copy into the same folder is refused.
	fmt.Println(samples.WriteTo("kennismaking", case1) != nil)
	// Output:
	// <nil>
	// true
}

func ExampleGenerate() {
	dir, _ := os.MkdirTemp("", "synthetic")
	defer os.RemoveAll(dir)
	opt := samples.GenerateOptions{Partners: 200, Events: 10_000, Seed: 1, People: true, Objects: 5}
	if err := samples.Generate(opt, dir); err != nil {
		fmt.Println(err)
		return
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name())
	}
	// Output:
	// case.toml
	// interactions.csv
	// objects.csv
	// partners.csv
	// people.csv
}

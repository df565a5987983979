package samples

//go:generate go run ./internal/build -dir data

import (
	"bytes"
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed data
var data embed.FS

// Info describes one bundled sample.
type Info struct {
	Name string
	// DescriptionKey is the key of its one-sentence description in the
	// catalogue of words (gbo/graph/locale, messages/samples.LANG.toml):
	// "samples.<Name>". samples imports only the standard library, so
	// whoever prints the description looks it up there.
	DescriptionKey string
	// Partners is the number of rows of partners.csv; Events the sum of
	// count over interactions.csv.
	Partners int
	Events   int
}

// List returns the bundled samples, sorted by name.
func List() []Info { return slices.Clone(list()) }

var list = sync.OnceValue(func() []Info {
	entries, _ := data.ReadDir("data")
	var out []Info
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		in := Info{Name: e.Name(), DescriptionKey: "samples." + e.Name()}
		in.Partners, in.Events = countRows(e.Name())
		out = append(out, in)
	}
	slices.SortFunc(out, func(a, b Info) int { return strings.Compare(a.Name, b.Name) })
	return out
})

// countRows counts the partners and the events (Σ count) of a sample.
func countRows(name string) (partners, events int) {
	if rows, _ := readTable(path.Join("data", name, "partners.csv")); len(rows) > 1 {
		partners = len(rows) - 1
	}
	rows, _ := readTable(path.Join("data", name, "interactions.csv"))
	if len(rows) < 2 {
		return partners, 0
	}
	col := slices.IndexFunc(rows[0], func(h string) bool {
		h = strings.ToLower(strings.TrimSpace(h))
		return h == "count" || h == "aantal"
	})
	for _, r := range rows[1:] {
		n := 1
		if col >= 0 && col < len(r) && strings.TrimSpace(r[col]) != "" {
			if v, err := strconv.Atoi(strings.TrimSpace(r[col])); err == nil && v > 0 {
				n = v
			}
		}
		events += n
	}
	return partners, events
}

// readTable reads an embedded CSV file, with `,` or `;` as its separator.
func readTable(name string) ([][]string, error) {
	b, err := data.ReadFile(name)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(b))
	if first, _, _ := bytes.Cut(b, []byte("\n")); bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		r.Comma = ';'
	}
	r.FieldsPerRecord = -1
	return r.ReadAll()
}

// FS returns the files of the named sample at the root of an fs.FS.
func FS(name string) (fs.FS, bool) {
	if !validName(name) {
		return nil, false
	}
	if st, err := fs.Stat(data, path.Join("data", name)); err != nil || !st.IsDir() {
		return nil, false
	}
	sub, err := fs.Sub(data, path.Join("data", name))
	if err != nil {
		return nil, false
	}
	return sub, true
}

// validName accepts the names of bundled samples only (no paths).
func validName(name string) bool {
	return fs.ValidPath(name) && !strings.Contains(name, "/") && name != "."
}

// WriteTo copies a sample into dir as a template for a new case. It creates
// dir when needed and never overwrites: when any of the sample's files exist
// in dir already, it writes nothing and names them in its error.
func WriteTo(name, dir string) error {
	src, ok := FS(name)
	if !ok {
		return fmt.Errorf("no sample named %q (try one of: %s)", name, strings.Join(names(), ", "))
	}
	files, err := fs.ReadDir(src, ".")
	if err != nil {
		return err
	}
	var exist []string
	for _, f := range files {
		if _, err := os.Lstat(filepath.Join(dir, f.Name())); err == nil || !errors.Is(err, fs.ErrNotExist) {
			exist = append(exist, filepath.Join(dir, f.Name()))
		}
	}
	if len(exist) > 0 {
		return fmt.Errorf("will not overwrite existing files: %s", strings.Join(exist, ", "))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if err := copyNew(src, f.Name(), filepath.Join(dir, f.Name())); err != nil {
			return err
		}
	}
	return nil
}

// copyNew copies one file, failing rather than replacing a file that
// appeared in the meantime.
func copyNew(src fs.FS, name, dst string) error {
	in, err := src.Open(name)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		os.Remove(dst)
		return err
	}
	return out.Close()
}

func names() []string {
	var out []string
	for _, in := range List() {
		out = append(out, in.Name)
	}
	return out
}

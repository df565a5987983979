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
	// Description is one English sentence; DescriptionNL its Dutch version.
	Description   string
	DescriptionNL string
	// Partners is the number of rows of partners.csv; Events the sum of
	// count over interactions.csv.
	Partners int
	Events   int
}

var descriptions = map[string][2]string{
	"kennismaking": {
		"A partnership stuck at acquaintance: many network meetings, introductions and info sessions, few referrals and almost no alignment (a Belgian Excel export).",
		"Een samenwerkingsverband dat blijft steken in kennismaking: veel netwerkmomenten, kennismakingen en infosessies, weinig doorverwijzingen en bijna geen afstemming (een Belgische Excel-export).",
	},
	"grensobject": {
		"A shared intake trajectory for vulnerable tenants acts as a boundary object that pulls social housing, community development and a poverty association into deep collaboration with the core partners.",
		"Een gedeeld onthaaltraject voor kwetsbare huurders werkt als grensobject dat sociale huisvesting, samenlevingsopbouw en een armoedevereniging in diepe samenwerking met de kernpartners trekt.",
	},
	"sleutelfiguren": {
		"A partnership that hangs on a few people: one CAW social worker carries every deep tie of the CAW, and the student-guidance centre is the only link from schools and youth work to the core.",
		"Een samenwerkingsverband dat aan enkele personen hangt: één maatschappelijk werker van het CAW draagt elke diepe band van het CAW, en het CLB is de enige schakel van scholen en jeugdwerk naar de kern.",
	},
	"intersectoraal": {
		"The GBO core partners join an existing, dense Huis van het Kind network through a few bridging partners instead of building their own.",
		"De GBO-kernpartners sluiten via enkele verbindende partners aan bij een bestaand, hecht netwerk rond het Huis van het Kind in plaats van zelf iets op te bouwen.",
	},
	"golf-2024": {
		"One partnership, first yearly wave: the survey ratings of both sides and the events of 2024.",
		"Eén samenwerkingsverband, eerste jaarlijkse golf: de bevraging van beide kanten en de gebeurtenissen van 2024.",
	},
	"golf-2025": {
		"The same partnership a year later: one partner left, one joined, and several core ties with external partners deepened.",
		"Hetzelfde samenwerkingsverband een jaar later: één partner vertrok, één kwam erbij, en verscheidene banden van de kern met externe partners werden dieper.",
	},
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
		in := Info{Name: e.Name()}
		d := descriptions[e.Name()]
		in.Description, in.DescriptionNL = d[0], d[1]
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

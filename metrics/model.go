package metrics

import (
	_ "embed"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"gbo/graph"
)

//go:embed depthmodel.toml
var defaultModelTOML []byte

// MaxRung is the top of the ladder: integration.
const MaxRung = 5

// Combine says how the two ratings of one pair become one rung.
type Combine string

const (
	CombineMin  Combine = "min"
	CombineMax  Combine = "max"
	CombineMean Combine = "mean"
)

// Model is a depth model: the event kinds and their rungs, the names of the
// rungs, the half-life of evidence, the threshold a rung needs, and how two
// ratings combine. The default is SPEC §2 (depthmodel.toml); a case's
// [depth] table and a --depth-model file override it.
//
// Model implements graph.Vocabulary, so the reader resolves kinds and rungs
// with the model in force.
type Model struct {
	HalfLife  float64 // days
	Threshold float64
	Combine   Combine

	kinds     map[string]kindEntry // normalised name or alias -> kind
	kindNames []string             // canonical kind names, sorted
	rungs     map[string]int       // normalised rung name -> rung
	aliases   map[string][]string  // canonical kind -> aliases (as written)
}

type kindEntry struct {
	name string
	rung int
}

var rungLabels = [2][MaxRung + 1]string{
	{"none", "acquaintance", "knowledge sharing", "referral", "alignment", "integration"},
	{"geen contact", "kennismaking", "kennisdeling", "doorverwijzing", "afstemming", "integratie"},
}

// RungName is the name of rung r in lang ("en" or "nl").
func RungName(r int, lang string) string {
	if r < 0 || r > MaxRung {
		return strconv.Itoa(r)
	}
	if lang == "nl" {
		return rungLabels[1][r]
	}
	return rungLabels[0][r]
}

// DefaultModel returns the model of SPEC §2.
func DefaultModel() *Model {
	m, err := NewModel()
	if err != nil {
		panic("metrics: embedded depth model is broken: " + err.Error())
	}
	return m
}

// NewModel builds the default model and applies each override in order
// (typically case.toml's [depth] table, then a --depth-model file).
func NewModel(overrides ...graph.DepthConfig) (*Model, error) {
	var def graph.DepthConfig
	if err := toml.Unmarshal(defaultModelTOML, &def); err != nil {
		return nil, err
	}
	m := &Model{kinds: map[string]kindEntry{}, rungs: map[string]int{}, aliases: map[string][]string{}}
	for _, c := range append([]graph.DepthConfig{def}, overrides...) {
		if err := m.apply(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (m *Model) apply(c graph.DepthConfig) error {
	if c.HalfLife != nil {
		if !(*c.HalfLife > 0) || math.IsInf(*c.HalfLife, 0) {
			return fmt.Errorf("half_life must be a positive number of days, not %v", *c.HalfLife)
		}
		m.HalfLife = *c.HalfLife
	}
	if c.Threshold != nil {
		if !(*c.Threshold > 0) || math.IsInf(*c.Threshold, 0) {
			return fmt.Errorf("threshold must be positive, not %v", *c.Threshold)
		}
		m.Threshold = *c.Threshold
	}
	switch Combine(strings.ToLower(strings.TrimSpace(c.Combine))) {
	case "":
	case CombineMin, CombineMax, CombineMean:
		m.Combine = Combine(strings.ToLower(strings.TrimSpace(c.Combine)))
	default:
		return fmt.Errorf("combine must be min, max or mean, not %q", c.Combine)
	}
	for key, names := range c.Rungs {
		r, err := strconv.Atoi(strings.TrimSpace(key))
		if err != nil || r < 0 || r > MaxRung {
			return fmt.Errorf("rungs: %q is not a rung 0-5", key)
		}
		for _, n := range names {
			if k := normalise(n); k != "" {
				m.rungs[k] = r
			}
		}
	}
	if c.ReplaceKinds {
		m.kinds = map[string]kindEntry{}
		m.aliases = map[string][]string{}
	}
	names := make([]string, 0, len(c.Kinds))
	for n := range c.Kinds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		kc := c.Kinds[name]
		canon := normalise(name)
		if canon == "" {
			return fmt.Errorf("kinds: empty kind name")
		}
		if kc.Rung < 0 || kc.Rung > MaxRung {
			return fmt.Errorf("kinds.%s: rung %d is not 0-5", name, kc.Rung)
		}
		canonName := strings.ReplaceAll(canon, " ", "_")
		// A redefined kind drops its old aliases.
		for _, a := range m.aliases[canonName] {
			delete(m.kinds, normalise(a))
		}
		e := kindEntry{canonName, kc.Rung}
		m.kinds[canon] = e
		m.aliases[canonName] = append([]string(nil), kc.Aliases...)
		for _, a := range kc.Aliases {
			k := normalise(a)
			if k == "" {
				continue
			}
			if old, ok := m.kinds[k]; ok && old.name != canonName && k != normalise(old.name) {
				return fmt.Errorf("kinds.%s: alias %q already belongs to %s", name, a, old.name)
			}
			m.kinds[k] = e
		}
	}
	seen := map[string]bool{}
	m.kindNames = m.kindNames[:0]
	for _, e := range m.kinds {
		if !seen[e.name] {
			seen[e.name] = true
			m.kindNames = append(m.kindNames, e.name)
		}
	}
	sort.Strings(m.kindNames)
	return nil
}

// normalise folds case, '_' and '-' to spaces and collapses white space, so
// "Warm_Referral", "warm referral" and " warm-referral " are one kind.
func normalise(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer("_", " ", "-", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// Kind implements graph.Vocabulary: a kind, an alias, a rung number or a
// rung name.
func (m *Model) Kind(s string) (string, int, bool) {
	k := normalise(s)
	if e, ok := m.kinds[k]; ok {
		return e.name, e.rung, true
	}
	if r, ok := m.Rung(s); ok {
		return strings.ReplaceAll(RungName(r, "en"), " ", "_"), r, true
	}
	return "", 0, false
}

// Rung implements graph.Vocabulary: a rung by number (0..5, "3" or "3,0")
// or by name in English or Dutch.
func (m *Model) Rung(s string) (int, bool) {
	t := strings.TrimSpace(s)
	t = strings.TrimSuffix(strings.TrimSuffix(t, ",0"), ".0")
	if r, err := strconv.Atoi(t); err == nil {
		return r, r >= 0 && r <= MaxRung
	}
	r, ok := m.rungs[normalise(s)]
	return r, ok
}

// Names implements graph.Vocabulary: every kind name, alias and rung name.
func (m *Model) Names() []string {
	out := make([]string, 0, len(m.kinds)+len(m.rungs))
	for _, n := range m.kindNames {
		out = append(out, n)
		out = append(out, m.aliases[n]...)
	}
	for n := range m.rungs {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// KindRow is one event kind, for printing the model in force.
type KindRow struct {
	Kind    string   `json:"kind"`
	Rung    int      `json:"rung"`
	Aliases []string `json:"aliases"`
}

// Kinds lists the kinds of the model, by rung then name.
func (m *Model) Kinds() []KindRow {
	var out []KindRow
	for _, n := range m.kindNames {
		e := m.kinds[normalise(n)]
		out = append(out, KindRow{n, e.rung, m.aliases[n]})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Rung != out[j].Rung {
			return out[i].Rung < out[j].Rung
		}
		return out[i].Kind < out[j].Kind
	})
	return out
}

package depth

import (
	_ "embed"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"gbo/graph/casedata"
)

//go:embed depthmodel.toml
var defaultModelTOML []byte

// MaxRung is the top of the ladder: integration.
const MaxRung = 5

// Combine says how the two ratings of one pair (ties.csv, one row by each
// side) become one, alike for depth, trust, value and weight: min takes the
// lower of the two, max the higher, mean their average (for depth, a rung,
// rounded down). A figure only one side gave is taken as it is. The
// default (depthmodel.toml) is min: a tie is only as deep, as trusted and
// as valued as both sides say.
type Combine string

const (
	CombineMin  Combine = "min"
	CombineMax  Combine = "max"
	CombineMean Combine = "mean"
)

// Model is a depth model: the event kinds and their rungs, the names of the
// rungs, the half-life of evidence, the threshold a rung needs, and how two
// ratings combine. The default is docs/depth-model.md#kinds (depthmodel.toml); a case's
// [depth] table and a --depth-model file override it.
//
// Model implements casedata.Vocabulary, so the reader resolves kinds and rungs
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

// rungKinds are the kind names a rung given as an event's kind stands for
// ("3" or "referral" in the kind column: kind "referral"): the default
// ladder's English names with "_" for spaces, as JSON and the exports
// write kinds. Identifiers, not words: the rungs' names in each language
// are the catalogue's (analysis.rung.N in graph/locale).
var rungKinds = [MaxRung + 1]string{"none", "acquaintance", "knowledge_sharing", "referral", "alignment", "integration"}

// DefaultModel returns the model of docs/depth-model.md
func DefaultModel() *Model {
	m, err := NewModel()
	if err != nil {
		panic("depth: embedded depth model is broken: " + err.Error())
	}
	return m
}

// NewModel builds the default model and applies each override in order
// (typically case.toml's [depth] table, then a --depth-model file).
func NewModel(overrides ...casedata.DepthConfig) (*Model, error) {
	var def casedata.DepthConfig
	if err := toml.Unmarshal(defaultModelTOML, &def); err != nil {
		return nil, err
	}
	m := &Model{kinds: map[string]kindEntry{}, rungs: map[string]int{}, aliases: map[string][]string{}}
	for _, c := range append([]casedata.DepthConfig{def}, overrides...) {
		if err := m.apply(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// depthErr is an error of a depth model at key ("kinds.referral"), which
// the reader places at the key's line in its file.
func depthErr(key, code string, args ...string) error {
	return &casedata.DepthError{Key: key, Code: code, Args: args}
}

// apply lays one depth table over the model. Its errors are
// *casedata.DepthError, naming the key at fault. A name (a kind's, or an
// alias) stands for one kind only: a kind name or alias that is already
// another kind's name or alias is an error naming both kinds, whatever
// table defined the other (an earlier one, or this one). A kind given
// again replaces the earlier one and drops its aliases.
func (m *Model) apply(c casedata.DepthConfig) error {
	if c.HalfLife != nil {
		if !(*c.HalfLife > 0) || math.IsInf(*c.HalfLife, 0) {
			return depthErr("half_life", "bad_depth_model", fmt.Sprintf("half_life must be a positive number of days, not %v", *c.HalfLife))
		}
		m.HalfLife = *c.HalfLife
	}
	if c.Threshold != nil {
		if !(*c.Threshold > 0) || math.IsInf(*c.Threshold, 0) {
			return depthErr("threshold", "bad_depth_model", fmt.Sprintf("threshold must be positive, not %v", *c.Threshold))
		}
		m.Threshold = *c.Threshold
	}
	switch Combine(strings.ToLower(strings.TrimSpace(c.Combine))) {
	case "":
	case CombineMin, CombineMax, CombineMean:
		m.Combine = Combine(strings.ToLower(strings.TrimSpace(c.Combine)))
	default:
		return depthErr("combine", "bad_depth_model", fmt.Sprintf("combine must be min, max or mean, not %q", c.Combine))
	}
	rungKeys := make([]string, 0, len(c.Rungs))
	for key := range c.Rungs {
		rungKeys = append(rungKeys, key)
	}
	sort.Strings(rungKeys)
	for _, key := range rungKeys {
		r, err := strconv.Atoi(strings.TrimSpace(key))
		if err != nil || r < 0 || r > MaxRung {
			return depthErr("rungs."+key, "bad_depth_model", fmt.Sprintf("rungs: %q is not a rung 0-5", key))
		}
		for _, n := range c.Rungs[key] {
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
	// A kind given again drops its old aliases first, so that this table
	// may give them to another kind.
	for _, name := range names {
		id := kindID(name)
		for _, a := range m.aliases[id] {
			if e, ok := m.kinds[normalise(a)]; ok && e.name == id {
				delete(m.kinds, normalise(a))
			}
		}
	}
	// The names of this table's kinds, then their aliases: an alias that
	// is another kind's name is found whatever the order.
	own := map[string]string{} // normalised name -> name as written
	for _, name := range names {
		kc := c.Kinds[name]
		key := "kinds." + name
		canon := normalise(name)
		if canon == "" {
			return depthErr(key, "bad_depth_model", "kinds: empty kind name")
		}
		if kc.Rung < 0 || kc.Rung > MaxRung {
			return depthErr(key, "bad_depth_model", fmt.Sprintf("kinds.%s: rung %d is not 0-5", name, kc.Rung))
		}
		id := kindID(name)
		if prev, ok := own[canon]; ok {
			return depthErr(key, "depth_kind_twice", prev, name)
		}
		if old, ok := m.kinds[canon]; ok && old.name != id {
			return depthErr(key, "depth_kind_is_alias", name, old.name)
		}
		own[canon] = name
		m.kinds[canon] = kindEntry{id, kc.Rung}
		m.aliases[id] = append([]string(nil), kc.Aliases...)
	}
	for _, name := range names {
		id := kindID(name)
		e := m.kinds[normalise(name)]
		for _, a := range c.Kinds[name].Aliases {
			k := normalise(a)
			if k == "" {
				continue
			}
			old, ok := m.kinds[k]
			switch {
			case !ok || old.name == id:
			case k == normalise(old.name):
				return depthErr("kinds."+name, "depth_alias_is_kind", a, name, old.name)
			default:
				return depthErr("kinds."+name, "depth_alias_taken", a, name, old.name)
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

// kindID is the canonical name of a kind: normalised, '_' for spaces.
func kindID(name string) string { return strings.ReplaceAll(normalise(name), " ", "_") }

// normalise folds case, '_' and '-' to spaces and collapses white space, so
// "Warm_Referral", "warm referral" and " warm-referral " are one kind.
func normalise(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer("_", " ", "-", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// Kind implements casedata.Vocabulary: a kind, an alias, a rung number or a
// rung name.
func (m *Model) Kind(s string) (string, int, bool) {
	k := normalise(s)
	if e, ok := m.kinds[k]; ok {
		return e.name, e.rung, true
	}
	if r, ok := m.Rung(s); ok {
		return rungKinds[r], r, true
	}
	return "", 0, false
}

// Rung implements casedata.Vocabulary: a rung by number (0..5, "3" or "3,0")
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

// Names implements casedata.Vocabulary: every kind name, alias and rung name.
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

package casedata

import (
	"fmt"
	"math"
	"strings"
)

// DepthConfig is the on-disk form of a depth model: the [depth] table of
// case.toml, or a whole --depth-model file. Unset fields keep the defaults
// (docs/depth-model.md).
type DepthConfig struct {
	HalfLife  *float64 `toml:"half_life"`
	Threshold *float64 `toml:"threshold"`
	// Combine says how two ratings of one pair become one: min, max or mean.
	Combine string `toml:"combine"`
	// ReplaceKinds drops the default kinds before Kinds are added.
	ReplaceKinds bool `toml:"replace_kinds"`
	// Kinds maps a kind name to its rung and aliases.
	Kinds map[string]KindConfig `toml:"kinds"`
	// Rungs gives extra names for rung numbers ("1" = ["contact"]).
	Rungs map[string][]string `toml:"rungs"`
}

// KindConfig is one event kind of a depth model.
type KindConfig struct {
	Rung    int      `toml:"rung"`
	Aliases []string `toml:"aliases"`
}

// Vocabulary resolves what a file says about depth. Package metrics/depth
// implements it from the depth model in force (depth.Model).
type Vocabulary interface {
	// Kind resolves an event kind, an alias, a rung number or a rung name
	// (case-insensitive, trimmed) to its canonical name and rung.
	Kind(s string) (name string, rung int, ok bool)
	// Rung resolves a rung given by number (0..5) or by name.
	Rung(s string) (rung int, ok bool)
	// Names lists every accepted kind name and alias, for "did you mean".
	Names() []string
}

// UnmarshalTOML lets a depth model give a kind either in short form,
// `kinds.huisbezoek = 3`, or as a table,
// `[depth.kinds.huisbezoek] rung = 3, aliases = ["huisbezoek samen"]`.
// A rung must be a whole number 0..5; aliases may also be one string.
// v is what a TOML decoder gives (int64, float64, map[string]any, []any,
// string), so this needs no TOML package; BurntSushi/toml calls it.
func (k *KindConfig) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case int64, float64:
		n, err := tomlRung(x)
		k.Rung = n
		return err
	case map[string]any:
		*k = KindConfig{}
		seen := false
		for key, val := range x {
			switch key {
			case "rung":
				n, err := tomlRung(val)
				if err != nil {
					return err
				}
				k.Rung, seen = n, true
			case "aliases":
				switch a := val.(type) {
				case string:
					k.Aliases = []string{a}
				case []any:
					for _, item := range a {
						s, ok := item.(string)
						if !ok {
							return fmt.Errorf("aliases must be strings, not %v", item)
						}
						k.Aliases = append(k.Aliases, s)
					}
				default:
					return fmt.Errorf("aliases must be a list of strings")
				}
			default:
				return fmt.Errorf("unknown key %q in a kind (expected rung, aliases)", key)
			}
		}
		if !seen {
			return fmt.Errorf("a kind needs a rung")
		}
		return nil
	}
	return fmt.Errorf("a kind is a rung 0-5 or a table with rung and aliases")
}

func tomlRung(v any) (int, error) {
	var f float64
	switch x := v.(type) {
	case int64:
		f = float64(x)
	case float64:
		f = x
	default:
		return 0, fmt.Errorf("rung must be a whole number 0-5, not %v", v)
	}
	if f != math.Trunc(f) || f < 0 || f > 5 {
		return 0, fmt.Errorf("rung must be a whole number 0-5, not %v", v)
	}
	return int(f), nil
}

// DepthError is an error of a depth model (package metrics/depth builds the
// model) at one key of its table: Key is dotted as in the file, without
// the [depth] table ("kinds.referral", "half_life"); Code and Args are a
// problem's code and arguments (graph/locale/messages/problems.LANG.toml).
// Package graph places it at the key's line and says it through the
// catalogue (graph.Text(e.Code, lang, e.Args...)); Error gives the code and
// arguments only, as this package holds no words.
type DepthError struct {
	Key  string
	Code string
	Args []string
}

// Error is "depth model, KEY: CODE ARGS…" (key and arguments quoted where
// given): the code, not a sentence; graph.Text says it in a language.
func (e *DepthError) Error() string {
	var b strings.Builder
	b.WriteString("depth model")
	if e.Key != "" {
		fmt.Fprintf(&b, ", %s", e.Key)
	}
	b.WriteString(": ")
	b.WriteString(e.Code)
	for _, a := range e.Args {
		fmt.Fprintf(&b, " %q", a)
	}
	return b.String()
}

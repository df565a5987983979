package graph

import (
	"fmt"
	"math"
)

// UnmarshalTOML lets a depth model give a kind either in short form,
// `kinds.huisbezoek = 3`, or as a table,
// `[depth.kinds.huisbezoek] rung = 3, aliases = ["huisbezoek samen"]`.
// A rung must be a whole number 0..5; aliases may also be one string.
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

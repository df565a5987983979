package fragility

import "strings"

// sectorKey folds case and surrounding space, as depth.Scored.Target does.
func sectorKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func cutSector(sel string) (string, bool) { return strings.CutPrefix(sel, "sector:") }

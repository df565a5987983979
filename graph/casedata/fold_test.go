package casedata

import "testing"

// TestFoldLetter pins the one accent fold that sector names (coreKey) and
// graph's kind names (foldName) share: the accented letters of French
// and Dutch in either case to their plain lower-case letter, A-Z to a-z,
// every other rune unchanged.
func TestFoldLetter(t *testing.T) {
	for in, want := range map[string]rune{
		"éèêëÉÈÊË": 'e', "àâäÀÂÄ": 'a', "îïÎÏ": 'i', "ôöÔÖ": 'o', "ûüùÛÜÙ": 'u', "çÇ": 'c',
	} {
		for _, r := range in {
			if got := FoldLetter(r); got != want {
				t.Errorf("FoldLetter(%q) = %q, want %q", r, got, want)
			}
		}
	}
	for _, r := range "azAZ09 '-_ñÑøßœ\u2019\u0301" {
		want := r
		if r >= 'A' && r <= 'Z' {
			want = r + 'a' - 'A'
		}
		if got := FoldLetter(r); got != want {
			t.Errorf("FoldLetter(%q) = %q, want %q", r, got, want)
		}
	}
	if a, b := coreKey("Santé-Mentale"), coreKey("sante mentale"); a != b {
		t.Errorf("coreKey: %q and %q differ", a, b)
	}
}

package graph

import "testing"

// TestFoldNameSharesCasedataFold pins foldName on casedata.FoldLetter:
// names that differ only by case, accents (precomposed or combining),
// apostrophe or hyphen fold alike.
func TestFoldNameSharesCasedataFold(t *testing.T) {
	for _, same := range [][2]string{
		{"Échelon d’Orientation", "echelon d'orientation"},
		{"ÇA-VA_ÔÙ", "ca va ou"},
		{"Re\u0301fe\u0301rence", "reference"},
	} {
		if a, b := foldName(same[0]), foldName(same[1]); a != b {
			t.Errorf("foldName(%q) = %q, foldName(%q) = %q: want equal", same[0], a, same[1], b)
		}
	}
}

package graph

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxSuggestRunes bounds the strings compared by edit distance, so that a
// hostile 64 KiB id cannot make the quadratic distance hang the reader.
const maxSuggestRunes = 64

// suggest returns the candidate closest to s, for "did you mean", or "".
// A candidate matches when it is equal to s after folding case, diacritics,
// spaces and the punctuation people swap in ids ("ocmw gent", "OCMW-Gent",
// "ocmw_gent"); failing that, the candidate at the smallest optimal string
// alignment distance (Damerau–Levenshtein with adjacent transpositions;
// Damerau 1964, Boytsov 2011) of at most 2, or 1 for short ids, counted on
// lower-cased runes. Ties go to the candidate first in byte order.
func suggest(s string, candidates []string) string {
	return suggestFolded(s, candidates, nil)
}

// suggestFolded is suggest with the candidates' foldID forms computed
// beforehand (nil: computed here), for callers that ask many times.
func suggestFolded(s string, candidates, folded []string) string {
	key := foldID(s)
	if key == "" {
		return ""
	}
	best, bestD := "", 3
	ls := []rune(strings.ToLower(s))
	for i, c := range candidates {
		if c == s {
			continue
		}
		fc := ""
		if folded != nil {
			fc = folded[i]
		} else {
			fc = foldID(c)
		}
		if fc == key {
			if bestD > 0 || c < best {
				best, bestD = c, 0
			}
			continue
		}
		if bestD == 0 || len(ls) > maxSuggestRunes {
			continue
		}
		lc := []rune(strings.ToLower(c))
		limit := 2
		if min(len(ls), len(lc)) <= 4 {
			limit = 1
		}
		if abs(len(ls)-len(lc)) > limit || len(lc) > maxSuggestRunes {
			continue
		}
		d := osaDistance(ls, lc)
		if d <= limit && (d < bestD || d == bestD && c < best) {
			best, bestD = c, d
		}
	}
	return best
}

// foldID lower-cases s, removes diacritics (NFD, then drop marks) and drops
// white space and the separators - _ . /.
func foldID(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), unicode.IsSpace(r), r == '-', r == '_', r == '.', r == '/':
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// osaDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and transpositions of adjacent runes, each 1.
func osaDistance(a, b []rune) int {
	rows := make([][]int, len(a)+1)
	for i := range rows {
		rows[i] = make([]int, len(b)+1)
		rows[i][0] = i
	}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(rows[i-1][j]+1, rows[i][j-1]+1, rows[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, rows[i-2][j-2]+1)
			}
			rows[i][j] = d
		}
	}
	return rows[len(a)][len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

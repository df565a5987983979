package report

import (
	"strings"
	"testing"
)

// TestFillReplacerFollowsTheWords pins fill's replacer cache: the cached
// replacer belongs to the words' values and the language, so a copy of
// Words changed afterwards, nil Words, and another language each get
// their own words, and a second fill builds nothing new.
func TestFillReplacerFollowsTheWords(t *testing.T) {
	const msg = "{Core} {person1} {rung3} {target_or_next} {coregroup}"
	two := 2
	w := Words{Core: "agencies", CoreOne: "agency", PersonOne: "nurse"}
	got := w.fill("en", msg)
	if !strings.HasPrefix(got, "Agencies nurse ") || !strings.HasSuffix(got, " agencies") {
		t.Fatalf("own words: %q", got)
	}
	c := w // a copy by value, then changed
	c.Core, c.Target = "schools", &two
	c.Rungs[2] = "talk"
	if g := c.fill("en", msg); !strings.HasPrefix(g, "Schools nurse ") || !strings.Contains(g, "talk (") || !strings.HasSuffix(g, " schools") {
		t.Errorf("changed copy kept the original's words: %q", g)
	}
	if g := w.fill("en", msg); g != got {
		t.Errorf("original after the copy changed: %q, was %q", g, got)
	}
	var none *Words
	if en, nl := none.fill("en", msg), none.fill("nl", msg); en == nl || strings.Contains(en, "agenc") {
		t.Errorf("GBO's words: en %q, nl %q", en, nl)
	}
	if a := testing.AllocsPerRun(50, func() { w.fill("en", msg) }); a > 8 {
		t.Errorf("fill with a cached replacer: %v allocations, want at most 8 (building the replacer takes over 100)", a)
	}
	// Past maxFills the cache starts afresh and still fills right.
	for i := range maxFills + 1 {
		x := Words{Core: strings.Repeat("x", i+1)}
		if g := x.fill("fr", "{core}"); g != x.Core {
			t.Fatalf("entry %d: %q", i, g)
		}
	}
	if g := w.fill("en", msg); g != got {
		t.Errorf("after the cache was cleared: %q, want %q", g, got)
	}
}

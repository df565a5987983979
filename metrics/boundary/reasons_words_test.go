package boundary

import "testing"

// TextWords with no words of the case's own is TextIn, for every code and
// both languages; with them, the three reasons that name the core group
// or rung 3 name them as the case does, and no other reason changes.
func TestTextWords(t *testing.T) {
	own := Words{Core: "responding agencies", CoreOne: "responding agency", Rung3: "handing over"}
	want := map[string]string{
		CodeCoreExternal: "responding agencies and external partners meet on it",
		CodeNoCore:       "no responding agency takes part",
		CodeBelowRung:    "stays at rung 2, below handing over (3)",
		CodeCaseNoCore:   "cannot be judged: the case has no responding agency",
	}
	for code := range texts {
		r := Reason{Code: code, N: 2}
		for _, lang := range []string{"en", "nl"} {
			if got, def := r.TextWords(lang, "", Words{}), r.TextIn(lang, ""); got != def {
				t.Errorf("%s %s without words: %q, want %q", code, lang, got, def)
			}
		}
		got := r.TextWords("en", "", own)
		if w, ok := want[code]; ok {
			if got != w {
				t.Errorf("%s: %q, want %q", code, got, w)
			}
		} else if def := r.TextIn("en", ""); got != def {
			t.Errorf("%s changed with the case's words: %q, want %q", code, got, def)
		}
	}
	if got := (Reason{Code: CodeNoCore}).TextWords("nl", "", Words{CoreOne: "hulpdienst"}); got != "geen hulpdienst neemt deel" {
		t.Errorf("nl no_core: %q", got)
	}
}

package measures

import (
	"strings"
	"testing"
)

// A cut point's sentence names the core group as the caller words it
// (TextIn), GBO's by default (Text), and the code and RestCore say the same
// in every wording; a reason that names no core is the same in any.
func TestBrokerReasonNamesTheCoreGroupAsTold(t *testing.T) {
	cut := BrokerReason{Code: ReasonCutPoint, Parts: []CutPart{{Partners: []string{"Night shelter"}, Sectors: []string{"Housing"}}}, RestCore: true}
	for _, c := range []struct{ lang, core, want, not string }{
		{"en", "", "the only link between Night shelter and the core partners", ""},
		{"nl", "", "de enige verbinding tussen Night shelter en de kernpartners", ""},
		{"en", "responding agencies", "the only link between Night shelter and the responding agencies", "core partners"},
		{"nl", "hulpdiensten", "de enige verbinding tussen Night shelter en de hulpdiensten", "kernpartners"},
	} {
		got := cut.TextIn(c.lang, c.core)
		if got != c.want || (c.not != "" && strings.Contains(got, c.not)) {
			t.Errorf("TextIn(%s, %q) = %q, want %q", c.lang, c.core, got, c.want)
		}
		if c.core == "" && cut.Text(c.lang) != got {
			t.Errorf("Text(%s) = %q, TextIn with GBO's words %q", c.lang, cut.Text(c.lang), got)
		}
	}
	// The rest without core partners (or a part holding them): no core is
	// named, whatever the caller's word.
	rest := cut
	rest.RestCore = false
	if got := rest.TextIn("en", "responding agencies"); got != "the only link between Night shelter and the rest of the network" {
		t.Errorf("rest without core: %q", got)
	}
	between := BrokerReason{Code: ReasonBetweenness, Value: 0.25}
	if between.TextIn("nl", "hulpdiensten") != between.Text("nl") {
		t.Errorf("a reason without the core changes with the core's name")
	}
}

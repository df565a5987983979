// The report view's words for method, numbers, dates and kinds, and the analysis of a hand-filled model.

package report

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"gbo/graph/locale"
)

// analysisFromModel is the analysis of a model filled by hand (tests, or
// a caller without the command line): the fields of Report that carry the
// same facts.
func analysisFromModel(r Report) Analysis {
	var a Analysis
	if r.AsOf != "" {
		d := r.AsOf
		a.Case.AsOf = &d
	}
	a.Case.Name, a.Case.Since = r.CaseName, r.Since
	f := r.Figures
	cut := []string{}
	for _, p := range r.Partners {
		if p.Articulation {
			cut = append(cut, p.ID)
		}
		a.Partners = append(a.Partners, PartnerDoc{ID: p.ID, Name: p.Name, Sector: p.Sector, Core: p.Core, Degree: p.Degree,
			Betweenness: p.Betweenness, ArticulationPoint: p.Articulation})
	}
	a.Network = NetworkDoc{Partners: f.Partners, Ties: f.Ties, Density: f.Density, Components: f.Components, MeanDepth: f.MeanDepth,
		DepthProfile: r.DepthProfile[1:], DegreeCentralization: f.Centralization, ArticulationPoints: cut}
	for _, w := range r.Weak {
		a.Weak = append(a.Weak, WeakDoc{A: w.A, B: w.B, Depth: w.Depth, Reasons: w.Reasons})
	}
	a.IsolatedExternals = r.IsolatedExternals
	for _, c := range r.Fragility {
		a.Fragility = append(a.Fragility, FragilityDoc{ID: c.ID, Kind: c.Kind, DeepTiesLost: c.DeepTiesLost,
			TiesWeakened: c.TiesWeakened, PairsDisconnected: c.PairsDisconnected})
	}
	a.PeopleUnknown = r.PeopleUnknown
	a.Survey = r.Survey
	for _, b := range r.Brokers {
		bd := BrokerDoc{ID: b.ID, Name: b.Name, Sector: b.Sector}
		for _, t := range b.Reasons {
			bd.Reasons = append(bd.Reasons, BrokerWhy{Code: "text", Text: t})
		}
		a.Brokers = append(a.Brokers, bd)
	}
	for _, o := range r.Objects {
		od := ObjectDoc{ID: o.ID, Name: o.Name, Verdict: o.Verdict, Partners: o.Partners, Blau: o.Blau, MaxRung: o.MaxRung}
		for i := 0; i < o.Sectors; i++ {
			od.Sectors = append(od.Sectors, fmt.Sprint(i))
		}
		for _, t := range o.Reasons {
			od.Reasons = append(od.Reasons, struct {
				Text string `json:"text"`
			}{t})
		}
		a.Objects = append(a.Objects, od)
	}
	a.Inputs = InputsDoc{MinDepth: max(f.MinDepth, 1), Faded: r.DepthProfile[0], Objects: r.ObjectsKnown || len(r.Objects) > 0,
		People: !r.PeopleUnknown, Coordinator: f.Coordinator}
	if r.Method.HalfLifeDays > 0 || len(r.Method.Kinds) > 0 {
		a.Inputs.Events = 1 // the model explains event scoring: a hand-filled model says no more
	}
	if r.Method.Combine != "" {
		a.Inputs.Ratings = 1 // the model names how ratings combine; a hand-filled model says no more
	}
	return a
}

// methodLines explain in plain words how depth was scored.
func methodLines(lang string, r Report, a *Analysis) []claim {
	t := func(key string, args ...any) claim { return claim{Text: trw(a.words, lang, key, args...)} }
	m := r.Method
	hl := m.HalfLifeDays
	if hl <= 0 {
		hl = 365
	}
	th := m.Threshold
	if th <= 0 {
		th = 0.5
	}
	var lines []claim
	add := func(c *claim) {
		if c != nil {
			lines = append(lines, *c)
		}
	}
	// Events, half-life and thresholds only where there are events.
	evidence := "method_evidence"
	if a.words.own() { // GBO's example kinds do not fit the case's own words
		evidence = "method_evidence_own"
	}
	add(say(lang, a, evidence, number(hl, 0, lang)))
	if th <= 1 {
		days := hl * math.Log2(1/th)
		add(say(lang, a, "method_threshold_1", number(th, 2, lang), number(days, 0, lang)))
	} else {
		add(say(lang, a, "method_threshold_n", number(th, 2, lang), int(math.Ceil(th))))
	}
	add(say(lang, a, "method_score", number(2.6, 1, lang)))
	if c := m.Combine; c == "min" || c == "max" || c == "mean" {
		if s := say(lang, a, "method_survey", tr(lang, "combine_"+c)); s != nil {
			lines = append(lines, *s)
		}
	}
	md := max(a.Inputs.MinDepth, 1)
	lines = append(lines, t("method_min_depth", md, a.words.rung(md, lang)))
	lines = append(lines, t("method_brokers"))
	if r.AsOf != "" {
		if s := say(lang, a, "method_as_of", date(lang, r.AsOf)); s != nil {
			lines = append(lines, *s)
		}
	}
	if r.Since != "" {
		lines = append(lines, t("method_since", date(lang, r.Since)))
	}
	switch m.People {
	case "pseudonyms", "names":
		add(say(lang, a, "people_"+m.People))
	case "none":
		lines = append(lines, t("people_none"))
	}
	return lines
}

// groupDigits writes the digits of s (a count of days, as the reader
// wrote it) grouped by thousands in the reader's way (locale.Group): 6.821
// in Dutch, 6,821 in English, 6 821 (a narrow no-break space) in French.
func groupDigits(lang, s string) string {
	var d []byte
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			d = append(d, s[i])
		}
	}
	if len(d) == 0 {
		return s
	}
	sep := locale.Group(lang)
	var b strings.Builder
	for i, c := range d {
		if i > 0 && (len(d)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteByte(c)
	}
	return b.String()
}

// DateText is an ISO date (2025-06-30) as the report writes it in lang:
// "30 June 2025", "30 juni 2025", "1er juin 2025"; anything else as given.
// The map a report embeds dates itself this way (its subtitle), so page
// and map agree.
func DateText(lang, iso string) string { return date(normLang(lang), iso) }

// date writes an ISO date (2025-06-30) the way a reader says it: "30 juni
// 2025", "30 June 2025", "30 juin 2025" ("1er juin 2025"). Anything else
// is shown as given.
func date(lang, iso string) string {
	d, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	months := strings.Fields(tr(lang, "months"))
	if len(months) != 12 {
		return iso
	}
	day := fmt.Sprint(d.Day())
	if d.Day() == 1 {
		day = tr(lang, "day_first") // "1er" in French
	}
	return fmt.Sprintf("%s %s %d", day, months[d.Month()-1], d.Year())
}

// kindName is the name of kind k in lang when k is a kind of GBO's
// default depth model: the catalogue's analysis.kind.<kind>, if that name is
// the kind or one of its aliases in the model in force (so it reads back);
// else k.Kind. A kind of the case's own keeps its own name.
func kindName(k KindRow, lang string) string {
	if key := "analysis.kind." + k.Kind; locale.Has(key) {
		if n := locale.T(lang, key); n == k.Kind || slices.Contains(k.Aliases, n) {
			return n
		}
	}
	return k.Kind
}

// gboAliases is the set of aliases of GBO's default depth model
// (MethodInfo.DefaultAliases, docs/depth-model.md): Dutch names a case
// with words of its own does not show beside its kinds.
func gboAliases(aliases []string) map[string]bool {
	out := make(map[string]bool, len(aliases))
	for _, a := range aliases {
		out[a] = true
	}
	return out
}

// distinctNames drops from the names list ("a, b, c") those that differ
// from the kind's own name or from another name only by accents, case,
// hyphens or apostrophes ("reunion de reseau" beside "réunion de réseau"),
// as graph's foldName matches them on input: of each such set it keeps one,
// at the place of the first, the one with the most accents.
func distinctNames(kind, list string) string {
	if list == "" {
		return ""
	}
	names := strings.Split(list, ", ")
	var out []string
	at := map[string]int{foldKind(kind): -1}
	for _, n := range names {
		k := foldKind(n)
		i, seen := at[k]
		switch {
		case !seen:
			at[k] = len(out)
			out = append(out, n)
		case i >= 0 && accents(n) > accents(out[i]):
			out[i] = n
		}
	}
	return strings.Join(out, ", ")
}

// foldKind is a name without accents, case, hyphens or underscores, and
// with typographic apostrophes made plain.
func foldKind(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\u2019':
			r = '\''
		case r == '-' || r == '_':
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

// accents counts the letters of s beyond ASCII.
func accents(s string) int {
	n := 0
	for _, r := range s {
		if r > 0x7f {
			n++
		}
	}
	return n
}

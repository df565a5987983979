package report

import (
	"fmt"
	"strings"

	"golang.org/x/text/feature/plural"

	"gbo/graph/locale"
)

// The report's and the compare page's words are the "report" area of the
// catalogue, gbo/graph/locale: graph/locale/messages/report.LANG.toml, one
// message per key "report.<key>" (title, kf_partners, cmpx_footer …), in
// English, Dutch (Flemish usage: kernpartner, stuurgroep, doorverwijzing,
// afstemming, basiswerker) and French (Belgian usage: partenaire clé,
// CPAS, concertation, travailleur social). Arguments follow fmt verbs, the
// same verbs in every language; {placeholders} are the case's own words
// (Words.fill). This package chooses which message to say; the words are
// in those files only.
const area = "report."

// has reports whether the catalogue has the report's message key.
func has(key string) bool { return locale.Has(area + key) }

// tr returns message key in lang with args filled in. A missing key shows
// as [[key]], which the tests look for.
func tr(lang, key string, args ...any) string { return trw(nil, lang, key, args...) }

// trw is tr with the case's own words (nil: GBO's) in place of the
// message's placeholders (Words.fill). A case with words of its own
// ([labels]) gets key+"_own" where the catalogue has it: the same
// statement without GBO's welfare examples.
func trw(w *Words, lang, key string, args ...any) string {
	k := area + key
	if w.own() && locale.Has(k+"_own") {
		k += "_own" // a case with [labels]: neutral wording instead of GBO's examples
	}
	s, ok := locale.Raw(lang, k)
	if !ok {
		return "[[" + key + "]]"
	}
	s = w.fill(lang, s)
	if len(args) == 0 && !strings.Contains(s, "%") {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// trn is tr for a sentence about n things: it takes key + "_one" where the
// catalogue has that form and CLDR's plural rule for lang puts n in the
// form "one" (locale.Form: n = 1 in English and Dutch, n = 0 or 1 in
// French). The report keeps this "_one" key convention rather than
// go-i18n plural tables for its sentences because the page marks each
// sentence with its key (data-claim) and needs guards each key; counted
// nouns (n_*) are plural tables (count).
func trn(lang, key string, n int, args ...any) string {
	return tr(lang, oneKey(lang, key, n), args...)
}

// oneKey is key, or key + "_one" when n takes the form "one" in lang and
// the catalogue has that message.
func oneKey(lang, key string, n int) string {
	if locale.Form(lang, int64(n)) == plural.One && has(key+"_one") {
		return key + "_one"
	}
	return key
}

// normLang is the language the page is written in: lang when the
// catalogue has it ("nl", "FR", "nl-BE" …), else English.
func normLang(l string) string { return locale.Or(l) }

// needs names, for each statement about the data, the fact that must hold
// for it to be printed; holds (view.go) decides it from the embedded
// analysis, and the tests decide it again from the page's JSON.
var needs = map[string]string{
	"kf_partners_core": "core_partners", "kf_partners_nocore": "no_core_partners", "kf_partners_one": "one_partner",
	"kf_ties_some": "ties", "kf_ties_some_one": "one_tie", "kf_ties_none": "no_ties",
	"kf_density_pairs": "pairs", "kf_mean_between": "ties", "kf_mean_at": "ties", "kf_deep_s": "ties",
	"kf_parts_one": "connected", "kf_parts_many": "parts",
	"kf_central_high": "central_high", "kf_central_mid": "central_mid", "kf_central_low": "central_low",
	"kf_brokers_cut": "cut_points", "kf_brokers_cut_one": "one_cut_point",
	"kf_brokers_nocut": "brokers_no_cut", "kf_brokers_nocut_one": "one_broker_no_cut", "kf_brokers_none": "no_brokers",
	"kf_objects_some": "boundary_object", "kf_objects_some_one": "boundary_object", "kf_objects_nobo": "objects_no_boundary",
	"kf_weak_some": "weak", "kf_weak_some_one": "one_weak", "kf_weak_zero": "ties_no_weak", "kf_coord_s": "coordinator", "kf_coordinator_s": "coordinator_named",
	"depth_summary": "ties", "depth_empty": "no_ties", "depth_faded": "events_decayed", "depth_faded_one": "events_decayed",
	"depth_rated_zero": "rated_no_contact", "depth_rated_zero_one": "rated_no_contact", "depth_events_rung0": "events_rung_0", "depth_events_rung0_one": "events_rung_0",
	"depth_rung0": "below_rung_1_unsplit", "depth_rung0_one": "below_rung_1_unsplit", "depth_below_min": "below_min_depth", "depth_below_min_one": "below_min_depth",
	"depth_one_sided_noev": "one_sided_deep_no_events", "depth_one_sided_noev_one": "one_sided_deep_no_events",
	"depth_one_sided_lower": "one_sided_deep_lower_events", "depth_one_sided_lower_one": "one_sided_deep_lower_events", "depth_one_sided_mixed": "one_sided_deep_mixed",
	"brokers_intro_cut": "cut_point", "brokers_intro_nocut": "brokers_no_cut", "brokers_none": "no_brokers",
	"objects_unknown": "no_objects", "objects_none": "objects_unused",
	"fam_fragile_s": "fragile", "fam_thin_s": "thin", "fam_fragile_none": "no_fragile", "fam_thin_none": "no_thin",
	"weak_none": "no_weak",
	"missing_s": "missing_core_pairs", "missing_none": "no_missing_core_pairs",
	"isolated_some":  "isolated",
	"people_unknown": "people_unknown", "frag_costs": "frag_costs_people", "frag_costs_partners": "frag_costs_no_people", "frag_nothing": "no_frag_costs",
	"coord_s": "coordinator", "coord_s_own": "coordinator", "method_evidence_own": "events", "depth_target": "core_partners",
	"rec_acq": "stuck_acquaintance", "rec_single": "single_carrier", "rec_candidate": "candidate_object",
	"rec_boundary": "boundary_object", "rec_isolated": "isolated", "rec_coord": "coordinator",
	"notes_none": "no_notes", "notes_no_warnings": "no_warnings",
	"method_survey": "ratings",
	"asof_warning":  "asof_far_beyond", "kf_people_cut": "people_cut", "kf_missing_core": "missing_core_pairs", "kf_missing_core_one": "missing_core_pairs",
	"rec_missing": "missing_core_pairs", "frag_person_more": "frag_costs_people",
	"method_evidence": "events", "method_threshold_1": "events", "method_threshold_n": "events", "method_score": "events",
	"people_pseudonyms": "people", "people_names": "people", "method_as_of": "as_of", "footer": "as_of", "footer_no_date": "no_as_of",
	"survey_answered": "survey_some_silent", "survey_answered_one": "survey_some_silent", "survey_answered_all": "survey_all", "survey_answered_all_one": "survey_all",
	"survey_silent": "survey_some_silent", "survey_silent_one": "survey_some_silent",
	"survey_one_side_some": "survey_one_side_some", "survey_one_side_silent": "survey_one_side_silent", "survey_one_side_silent_one": "survey_one_side_silent",
	"survey_one_side_answered": "survey_one_side_answered", "survey_one_side_answered_one": "survey_one_side_answered",
	"survey_no_one_side": "survey_no_one_side", "survey_gap": "survey_both", "survey_gap_one": "survey_both",
	"survey_differ": "survey_differ", "survey_agree": "survey_agree",
}

// count writes n with the noun of key, a plural table of the catalogue
// ([report.n_tie] one = "%d tie", other = "%d ties"), in the form CLDR
// gives n in lang. A noun whose forms hold different placeholders ("%d
// {core1}", "%d {core}") is a pair of messages instead, key and key_one,
// chosen as trn chooses.
func count(lang, key string, n int) string { return countw(nil, lang, key, n) }

// countw is count with the case's own words (nil: GBO's).
func countw(w *Words, lang, key string, n int) string {
	key = oneKey(lang, key, n)
	if !has(key) {
		return "[[" + key + "]]"
	}
	return w.fill(lang, locale.N(lang, area+key, int64(n), n))
}

// Needs returns a copy of the conditions of the guarded sentences (key →
// condition), for tests that check a page against its embedded analysis.
func Needs() map[string]string {
	out := make(map[string]string, len(needs))
	for k, v := range needs {
		out[k] = v
	}
	return out
}

package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"gbo/graph/locale"
)

func TestPluralsPickTheFormAfterEachCount(t *testing.T) {
	for in, want := range map[string]string{
		"1 {fout|fouten}":                        "1 fout",
		"0 {fout|fouten}":                        "0 fouten",
		"2 {error|errors}, 1 {warning|warnings}": "2 errors, 1 warning",
		"11 {rij|rijen}":                         "11 rijen",
		"21 {rij|rijen}":                         "21 rijen",
		"1.000 {rij|rijen}":                      "1.000 rijen",
		"case 1: 1 {cijfer gaat|cijfers gaan}":   "case 1: 1 cijfer gaat",
		"x1 {a|b}":                               "x1 {a|b}", // not a count
	} {
		if got := locale.Plurals("nl", in); got != want {
			t.Errorf("Plurals(nl, %q) = %q, want %q", in, got, want)
		}
	}
	if got := tr("nl", "errors_found", 1, "x"); got != "1 fout in x: er is niets geschreven" {
		t.Errorf("tr errors_found 1: %q", got)
	}
	if got := tr("en", "valid", "x", 1, 2, 0, 1, 1, 1, 0); !strings.Contains(got, "1 partner, 2 events, 0 ratings, 1 object, 1 person; 1 error, 0 warnings") {
		t.Errorf("tr valid: %q", got)
	}
	if got := tr("fr", "errors_found", 0, "x"); !strings.HasPrefix(got, "0 erreur ") {
		t.Errorf("tr fr errors_found 0 (CLDR: 0 is singular in French): %q", got)
	}
}

// dutchSlips finds, in a Dutch text, the words for the data set that GBO
// readers misread ("casus" is a client situation; "case" is English) and
// plural forms written as "(s)", "(en)" or "naam/namen". File and sheet
// names (case.toml, the sheet case) are names, not words.
var dutchSlips = regexp.MustCompile(`(?i)\b(cases?|casus\w*)\b|\((s|en|n)\)|\bnaam/namen\b|\{[^{}]*\|[^{}]*\}`)

func dutchSlip(s string) string {
	s = strings.NewReplacer("case.toml", "", "--case", "", "blad case", "", "blad `case`", "", "blad \"case\"", "").Replace(s)
	return dutchSlips.FindString(locale.Plurals("nl", strings.ReplaceAll(s, "%d", "2")))
}

// TestDutchCataloguesSayGegevensAndPluralsRight walks every Dutch text of
// the command line (messages, flag help, command help) for "case",
// "casus…" and "(s)"-style plurals.
func TestDutchCataloguesSayGegevensAndPluralsRight(t *testing.T) {
	n := 0
	for _, k := range locale.Keys("nl") {
		if !strings.HasPrefix(k, "cli.") {
			continue
		}
		n++
		nl, _ := locale.Raw("nl", k)
		en, _ := locale.Raw("en", k)
		if w := dutchSlip(nl); w != "" {
			t.Errorf("%s (nl) says %q: %s", k, w, nl)
		}
		if strings.Contains(en, "(s)") {
			t.Errorf("%s (en) says (s): %s", k, en)
		}
	}
	if n < 100 {
		t.Errorf("only %d cli.* messages in the Dutch catalogue", n)
	}
	for _, k := range locale.Keys("nl") { // the help: flags, commands, usage
		if v, _ := locale.Raw("nl", k); strings.HasPrefix(k, "help.") && dutchSlip(v) != "" {
			t.Errorf("%s (nl) says %q: %s", k, dutchSlip(v), v)
		}
	}
}

func helpOf(t *testing.T, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(append([]string{"gbo"}, args...), &out, &errb); code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errb.String())
	}
	return out.String()
}

// TestDutchHelpIsDutch: for gbo and every command, the Dutch help carries
// none of the English help's option texts, description or urfave/cli's
// English words, and names every option the English help names.
func TestDutchHelpIsDutch(t *testing.T) {
	cmds := []string{""}
	for _, c := range newApp(&env{}, "en").Commands {
		cmds = append(cmds, c.Name)
	}
	optLine := regexp.MustCompile(`^\s+(-{1,2}[\w-]+)[^\t]*?\s{2,}(\S.*)$`)
	for _, c := range cmds {
		args := []string{"--help"}
		if c != "" {
			args = []string{c, "--help"}
		}
		en := helpOf(t, args...)
		nl := helpOf(t, append([]string{"--lang", "nl"}, args...)...)
		localiseHelp(newApp(&env{}, "en"), "en")
		for _, w := range []string{"(default:", "show help", "Examples:", "[command options]", "DESCRIPTION", "OPTIONS", "USAGE", " value", "Shows a list"} {
			if strings.Contains(nl, w) {
				t.Errorf("gbo --lang nl %s --help says %q:\n%s", c, w, nl)
			}
		}
		if w := dutchSlip(nl); w != "" {
			t.Errorf("gbo --lang nl %s --help says %q", c, w)
		}
		n := 0
		for _, line := range strings.Split(en, "\n") {
			m := optLine.FindStringSubmatch(line)
			if m == nil || !strings.HasPrefix(strings.TrimSpace(line), "-") {
				continue
			}
			n++
			usage := strings.TrimSpace(m[2])
			if i := strings.Index(usage, " (default:"); i > 0 {
				usage = usage[:i]
			}
			if strings.Contains(nl, usage) {
				t.Errorf("gbo --lang nl %s --help keeps the English %s: %q", c, m[1], usage)
			}
			if !strings.Contains(nl, m[1]) {
				t.Errorf("gbo --lang nl %s --help lacks option %s", c, m[1])
			}
		}
		if n == 0 {
			t.Errorf("%s: no option lines read from the English help:\n%s", c, en)
		}
		// Every sentence of the English description is gone.
		for _, line := range strings.Split(en, "\n") {
			line = strings.TrimSpace(line)
			if len(line) > 30 && strings.Count(line, " ") > 4 && !strings.HasPrefix(line, "gbo ") && !strings.HasPrefix(line, "-") && strings.Contains(nl, line) {
				t.Errorf("gbo --lang nl %s --help keeps the English line %q", c, line)
			}
		}
	}
	if strings.Contains(helpOf(t, "map", "--help"), "standaard") {
		t.Error("English help is Dutch after a Dutch run")
	}
}

// TestDutchUsageError: a command line urfave/cli cannot parse is answered
// in Dutch, with exit status 2.
func TestDutchUsageError(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"gbo", "--lang", "nl", "ties", "--bogus", "sample:grensobject"}, &out, &errb)
	all := out.String() + errb.String()
	if code != 2 || !strings.Contains(all, "Onjuist gebruik") || strings.Contains(all, "Incorrect Usage") || strings.Contains(all, "not defined") {
		t.Errorf("exit %d: %s", code, all)
	}
}

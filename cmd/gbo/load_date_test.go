package main

import (
	"strings"
	"testing"
)

// A date flag written in a date's form that names no day says so (and
// why), not that the form is wrong; text that is no date keeps the flag's
// not-a-date message. Both are usage errors.
func TestDateFlagImpossibleDay(t *testing.T) {
	_, err := parseFlagDate("31/02/2025", "as-of", "fr")
	if err == nil || !strings.Contains(err.Error(), "--as-of\u00a0: la date \"31/02/2025\" n'existe pas (février 2025 a 28 jours)") {
		t.Errorf("as-of 31/02/2025: %v", err)
	}
	_, err = parseFlagDate("2024-13-01", "since", "en")
	if err == nil || !strings.Contains(err.Error(), "there is no month 13") {
		t.Errorf("since 2024-13-01: %v", err)
	}
	_, err = parseFlagDate("gisteren", "since", "en")
	if err == nil || strings.Contains(err.Error(), "calendar") || !strings.Contains(err.Error(), "gisteren") {
		t.Errorf("since gisteren: %v", err)
	}
	if d, err := parseFlagDate("29/02/2024", "as-of", "en"); err != nil || d.Day() != 29 {
		t.Errorf("29/02/2024: %v %v", d, err)
	}
}

// TestPeriodsImpossibleDay: a --periods date of the right form that names
// no day says why, as --as-of does; another text keeps the period message.
func TestPeriodsImpossibleDay(t *testing.T) {
	_, stderr, code := runGBO(t, "--lang", "fr", "compare", "sample:kennismaking", "--periods", "2024-01-01..31/02/2024")
	if code != 2 || !strings.Contains(stderr, "n'existe pas (février 2024 a 29 jours)") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	_, stderr, code = runGBO(t, "compare", "sample:kennismaking", "--periods", "2024-01-01..x")
	if code != 2 || !strings.Contains(stderr, "is not START..END") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

package casedata

import (
	"strings"
	"testing"
)

// TestCoreFamily: the one rule of core sectors takes the names a Brussels
// or Flemish partnership writes, in French, Dutch or English, in any case,
// with or without accents (composed or not), dots and extra spaces, and
// nothing else: SSM (a mental health service), a sector that only
// contains a family's name, or a huge name.
func TestCoreFamily(t *testing.T) {
	for in, want := range map[string]string{
		"OCMW": "OCMW", "ocmw": "OCMW", "O.C.M.W.": "OCMW", "CPAS": "OCMW", "c.p.a.s": "OCMW", " Cpas ": "OCMW",
		"CAW": "CAW", "caw": "CAW",
		"DMW": "DMW", "Mutualité": "DMW", "mutualites": "DMW", "MUTUALITÉS": "DMW", "mutualiteit": "DMW",
		"Ziekenfonds": "DMW", "dienst maatschappelijk werk": "DMW",
		"Dienst Maatschappelijk Werk van het ziekenfonds": "DMW",
		"Service social des mutualités":                   "DMW",
		"service  social de la mutualité":                 "DMW",
		"Service social - mutualité":                      "DMW",
		"Mutualite\u0301":                                 "DMW", // a decomposed accent
		"SSM":                                             "",
		"service de santé mentale":                        "",
		"logement":                                        "",
		"OCMW Gent":                                       "",
		"":                                                "",
		"cpas" + strings.Repeat(" ", 300):                 "",
		strings.Repeat("caw", 1000):                       "",
	} {
		got, ok := CoreFamily(in)
		if got != want || ok != (want != "") {
			t.Errorf("CoreFamily(%q) = %q, %v; want %q", in, got, ok, want)
		}
		if IsCore(in) != ok {
			t.Errorf("IsCore(%q) = %v", in, !ok)
		}
	}
	for _, f := range CoreFamilies {
		if got, ok := CoreFamily(f); !ok || got != f {
			t.Errorf("family %s is not its own: %q", f, got)
		}
	}
}

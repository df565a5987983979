package graph

import (
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time // zero: refused
	}{
		{"2024-03-15", day(2024, 3, 15)},
		{"15/03/2024", day(2024, 3, 15)},
		{"15-03-2024", day(2024, 3, 15)},
		{"5/3/2024", day(2024, 3, 5)},
		{"5-3-2024", day(2024, 3, 5)},
		{"2024-3-5", day(2024, 3, 5)},
		{" 15/03/2024 ", day(2024, 3, 15)},
		{"15.03.2024", day(2024, 3, 15)},
		{"15/03/2024 10:30", day(2024, 3, 15)},
		{"2024-03-15T10:30:00Z", day(2024, 3, 15)},
		{"29/02/2024", day(2024, 2, 29)},
		{"29/02/2023", time.Time{}},
		{"31/04/2024", time.Time{}},
		{"2024/03/15", time.Time{}}, // year first only with dashes, as ISO
		{"15/03/24", time.Time{}},   // two-digit years are ambiguous
		{"03/15/2024", time.Time{}}, // no month 15: American order is refused
		{"15/03-2024", time.Time{}},
		{"2024-03-15 morgen", time.Time{}},
		{"", time.Time{}},
		{"45366", time.Time{}}, // a serial only counts in a workbook
		{"0/1/2024", time.Time{}},
		{"1/1/0999", time.Time{}},
	}
	for _, tc := range tests {
		got, ok := parseDate(tc.in)
		if ok != !tc.want.IsZero() || !got.Equal(tc.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", tc.in, got, ok, tc.want)
		}
		if ok && got.Location() != time.UTC {
			t.Errorf("parseDate(%q) not in UTC", tc.in)
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"12,5", 12.5, true},
		{"12.5", 12.5, true},
		{"1.234,5", 1234.5, true},
		{"1,234.5", 1234.5, true},
		{"1.234.567", 1234567, true},
		{"1,234,567", 1234567, true},
		{"1.234.567,25", 1234567.25, true},
		{"1 234,5", 1234.5, true},
		{"1\u00a0234,5", 1234.5, true},
		{"1,234", 1.234, true}, // a lone comma is a decimal comma
		{"1.234", 1.234, true}, // a lone dot is a decimal point
		{"-0,5", -0.5, true},
		{"2", 2, true},
		{"1e3", 1000, true},
		{"1,2,3", 0, false},
		{"1.2.3", 0, false},
		{"1,234,5", 0, false},
		{"1.23,4.5", 0, false},
		{"NaN", 0, false},
		{"inf", 0, false},
		{"0x10", 0, false},
		{"", 0, false},
		{"twaalf", 0, false},
		{"1e999", 0, false},
	}
	for _, tc := range tests {
		got, ok := parseNumber(tc.in)
		if ok != tc.ok || got != tc.want {
			t.Errorf("parseNumber(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
	for in, want := range map[string]int{"3": 3, "3,0": 3, "3.0": 3, " 12 ": 12, "1.000": 1} {
		if got, ok := parseWhole(in); !ok || got != want {
			t.Errorf("parseWhole(%q) = %d, %v", in, got, ok)
		}
	}
	for _, in := range []string{"3,5", "", "x", "1e12"} {
		if _, ok := parseWhole(in); ok {
			t.Errorf("parseWhole(%q) accepted", in)
		}
	}
}

func TestParseBoolAndCore(t *testing.T) {
	for _, s := range []string{"yes", "Y", "ja", "J", "true", "WAAR", "1"} {
		if b, ok := parseBool(s); !ok || !b {
			t.Errorf("parseBool(%q) = %v %v", s, b, ok)
		}
	}
	for _, s := range []string{"no", "n", "Nee", "false", "onwaar", "0"} {
		if b, ok := parseBool(s); !ok || b {
			t.Errorf("parseBool(%q) = %v %v", s, b, ok)
		}
	}
	if _, ok := parseBool("misschien"); ok {
		t.Error("misschien is not yes/no")
	}
	for s, want := range map[string]bool{"CAW": true, "ocmw": true, " Dmw ": true, "OCMW-vereniging": false, "buurtwerk": false} {
		if isCoreSector(s) != want {
			t.Errorf("isCoreSector(%q) != %v", s, want)
		}
	}
}

func TestSplitList(t *testing.T) {
	var got []string
	splitList(" a | b||c |", func(s string) { got = append(got, s) })
	if strings.Join(got, ",") != "a,b,c" {
		t.Errorf("got %q", got)
	}
}

func TestDetectSeparator(t *testing.T) {
	tests := map[string]rune{
		"id;naam;sector\n":          ';',
		"id,name,sector\n":          ',',
		"id\tname\tsector\n":        '\t',
		"\n\nid;\"a,b,c\";sector\n": ';',
		"\"x;y;z\",b\n":             ',',
		"id\n":                      ',',
		"a;b,c,d;e;f\n":             ';',
	}
	for in, want := range tests {
		if got := detectSeparator([]byte(in)); got != want {
			t.Errorf("detectSeparator(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"UTF-8", []byte("Zoë"), "Zoë"},
		{"UTF-8 with BOM", []byte("\xef\xbb\xbfZoë"), "Zoë"},
		{"Windows-1252", []byte("Ge\xefntegreerd caf\xe9 Zo\xeb \x80"), "Geïntegreerd café Zoë €"},
		{"UTF-16LE with BOM", []byte("\xff\xfeZ\x00o\x00\xeb\x00"), "Zoë"},
		{"old Mac line ends", []byte("a\rb\r"), "a\nb\n"},
		{"CRLF kept for csv", []byte("a\r\nb"), "a\r\nb"},
	}
	for _, tc := range tests {
		if got := string(decodeText(tc.in)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	ids := []string{"OCMW-Gent", "caw-oost", "CAW-West", "DMW-CM", "Buurtwerk 't Punt", "A", "Café-Zoë"}
	tests := map[string]string{
		"ocmw-gent":        "OCMW-Gent", // case
		"OCMW Gent":        "OCMW-Gent", // space for dash
		"caw_oost":         "caw-oost",  // underscore for dash
		"CAW-Oost":         "caw-oost",
		"OCMW-Gnet":        "OCMW-Gent", // transposition
		"DMW-CMM":          "DMW-CM",    // one extra letter
		"Cafe-Zoe":         "Café-Zoë",  // diacritics
		"buurtwerk t punt": "Buurtwerk 't Punt",
		"B":                "A", // one letter apart, and short: distance 1
		"XY":               "",
		"OCMW-Brugge":      "",
		"zzzzzzzz":         "",
		"":                 "",
	}
	for in, want := range tests {
		if got := suggest(in, ids); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
	long := strings.Repeat("x", 70000)
	if got := suggest(long, []string{long[:69999]}); got != "" {
		t.Errorf("a huge id is compared by folding only, got %q", got[:10])
	}
	if d := osaDistance([]rune("abcd"), []rune("acbd")); d != 1 {
		t.Errorf("transposition distance %d", d)
	}
	if d := osaDistance([]rune("kitten"), []rune("sitting")); d != 3 {
		t.Errorf("kitten/sitting distance %d", d)
	}
}

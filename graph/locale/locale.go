package locale

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

//go:embed messages/*.toml
var files embed.FS

// Default is the language used when none is asked for or a case names none.
const Default = "en"

// message is one message of one language: Other is its text; the other
// forms are set for a plural table (N).
type message struct {
	forms map[plural.Form]string
}

// catalogue holds every language's messages, loaded once from messages/.
type catalogue struct {
	langs []string                       // sorted language codes
	tags  map[string]language.Tag        // code → tag for the plural rules
	msgs  map[string]map[string]*message // lang → key → message
	files map[string]map[string]string   // lang → key → file it came from
}

var (
	loadOnce sync.Once
	loaded   *catalogue
)

// cat returns the catalogue, loading it on first use. A catalogue that does
// not parse is a fault of the build, caught by this package's tests; it
// panics so that no binary ships with a broken one.
func cat() *catalogue {
	loadOnce.Do(func() {
		c, err := load(files)
		if err != nil {
			panic("locale: " + err.Error())
		}
		loaded = c
	})
	return loaded
}

// load reads every messages/AREA.LANG.toml of fsys with go-i18n's parser.
// Errors: a file go-i18n cannot parse, a file whose messages are not all
// under its AREA table, or a key defined twice in one language.
func load(fsys fs.FS) (*catalogue, error) {
	names, err := fs.Glob(fsys, "messages/*.toml")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	c := &catalogue{tags: map[string]language.Tag{}, msgs: map[string]map[string]*message{}, files: map[string]map[string]string{}}
	unmarshal := map[string]i18n.UnmarshalFunc{"toml": toml.Unmarshal}
	for _, name := range names {
		base := path.Base(name)
		parts := strings.Split(base, ".")
		if len(parts) != 3 {
			return nil, fmt.Errorf("%s: a message file is named AREA.LANG.toml", name)
		}
		area := parts[0]
		buf, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		mf, err := i18n.ParseMessageFileBytes(buf, base, unmarshal)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		lang := strings.ToLower(mf.Tag.String())
		if lang != parts[1] {
			return nil, fmt.Errorf("%s: %q is not a language tag", name, parts[1])
		}
		if c.msgs[lang] == nil {
			c.msgs[lang] = map[string]*message{}
			c.files[lang] = map[string]string{}
			c.tags[lang] = mf.Tag
			c.langs = append(c.langs, lang)
		}
		for _, m := range mf.Messages {
			if !strings.HasPrefix(m.ID, area+".") {
				return nil, fmt.Errorf("%s: key %q is not under [%s]", name, m.ID, area)
			}
			if prev, dup := c.files[lang][m.ID]; dup {
				return nil, fmt.Errorf("%s: key %q is already in %s", name, m.ID, prev)
			}
			forms := map[plural.Form]string{plural.Other: m.Other}
			for f, s := range map[plural.Form]string{plural.Zero: m.Zero, plural.One: m.One, plural.Two: m.Two, plural.Few: m.Few, plural.Many: m.Many} {
				if s != "" {
					forms[f] = s
				}
			}
			c.msgs[lang][m.ID] = &message{forms: forms}
			c.files[lang][m.ID] = name
		}
	}
	slices.Sort(c.langs)
	if c.msgs[Default] == nil {
		return nil, fmt.Errorf("no messages in %s", Default)
	}
	return c, nil
}

// Languages lists the languages of the catalogue, sorted: ["en" "fr" "nl"].
func Languages() []string { return slices.Clone(cat().langs) }

// Valid reports whether lang (as Norm gives it) has a catalogue.
func Valid(lang string) bool {
	_, ok := cat().msgs[Norm(lang)]
	return ok
}

// Norm is lang in the catalogue's spelling: trimmed and lower-cased, with
// a region dropped ("NL", "nl-BE" and "nl_be" are "nl"). It does not check
// that the language exists (Valid does).
func Norm(lang string) string {
	l := strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	return l
}

// Or is lang if the catalogue has it, else Default: the language messages
// are printed in when a case or a flag names one gbo does not speak.
func Or(lang string) string {
	if l := Norm(lang); Valid(l) {
		return l
	}
	return Default
}

// List is the languages as a user types them, joined for a message in
// lang: "en, fr or nl" ("en, fr of nl").
func List(lang string) string {
	ls := Languages()
	if len(ls) == 1 {
		return ls[0]
	}
	return strings.Join(ls[:len(ls)-1], ", ") + " " + T(lang, "lang.or") + " " + ls[len(ls)-1]
}

// lookup finds key's message in lang, falling back to Default (a key
// missing in one language is a test failure, not a runtime one).
func lookup(lang, key string) (*message, bool) {
	c := cat()
	if m, ok := c.msgs[Or(lang)][key]; ok {
		return m, true
	}
	m, ok := c.msgs[Default][key]
	return m, ok
}

// Has reports whether the catalogue has key (in Default, which every
// language must match).
func Has(key string) bool {
	_, ok := cat().msgs[Default][key]
	return ok
}

// Raw is key's text in lang as the file has it, unformatted (its "other"
// form); ok is false when no language has key.
func Raw(lang, key string) (string, bool) {
	m, ok := lookup(lang, key)
	if !ok {
		return "", false
	}
	return m.forms[plural.Other], true
}

// Missing is how a key the catalogue lacks is shown: "[[key]]", which
// tests look for, so a missing message is seen and never silently empty.
func Missing(key string) string { return "[[" + key + "]]" }

// T is key's message in lang with args filled in by fmt and each
// "%d {one|other}" resolved by the language's plural rules (Plurals). A key
// no language has gives Missing(key).
func T(lang, key string, args ...any) string {
	s, ok := Raw(lang, key)
	if !ok {
		return Missing(key)
	}
	if len(args) > 0 || strings.Contains(s, "%%") {
		s = fmt.Sprintf(s, args...)
	}
	return Plurals(lang, s)
}

// N is key's plural table in lang, the form CLDR gives n in that language
// (one, few, many, other …; a form the table lacks falls back to other),
// with args filled in by fmt as T does.
func N(lang, key string, n int64, args ...any) string {
	m, ok := lookup(lang, key)
	if !ok {
		return Missing(key)
	}
	s, ok := m.forms[Form(lang, n)]
	if !ok {
		s = m.forms[plural.Other]
	}
	if len(args) > 0 || strings.Contains(s, "%%") {
		s = fmt.Sprintf(s, args...)
	}
	return Plurals(lang, s)
}

// Form is CLDR's cardinal plural form of the whole number n in lang
// (golang.org/x/text/feature/plural): One for 1 in English and Dutch, for
// 0 and 1 in French.
func Form(lang string, n int64) plural.Form {
	if n < 0 {
		n = -n
	}
	return formOf(lang, strconv.FormatInt(n, 10))
}

// formOf is the plural form of a number written with digits, a decimal
// point and no grouping ("2", "1.5").
func formOf(lang, digits string) plural.Form {
	tag, ok := cat().tags[Or(lang)]
	if !ok {
		tag = language.English
	}
	ip, fp, _ := strings.Cut(digits, ".")
	i, err := strconv.Atoi(ip)
	if err != nil {
		return plural.Other
	}
	v := len(fp)
	ft := strings.TrimRight(fp, "0")
	f, _ := strconv.Atoi("0" + fp)
	t, _ := strconv.Atoi("0" + ft)
	return plural.Cardinal.MatchPlural(tag, i, v, len(ft), f, t)
}

// pluralForm is a count followed by its noun's two forms in braces:
// "%d {fout|fouten}" once formatted: "3 {fout|fouten}". The count may be
// grouped in the language's way ("1.000", "1 000", "1,5").
var pluralForm = regexp.MustCompile(`(^|[^\p{L}\p{N}_.,])(\d(?:[\d.,\x{a0}\x{202f}]*\d)?) \{([^|{}]*)\|([^|{}]*)\}`)

// Plurals resolves, in a formatted message, each count's "{one|other}":
// the first form when CLDR's rule for lang says "one" for that count, the
// second otherwise. Counts written with the language's grouping and
// decimal mark are read back with them.
func Plurals(lang, s string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	dec, grp := Decimal(lang), Group(lang)
	return pluralForm.ReplaceAllStringFunc(s, func(m string) string {
		g := pluralForm.FindStringSubmatch(m)
		digits := g[2]
		if grp != "" {
			digits = strings.ReplaceAll(digits, grp, "")
		}
		if dec != "." {
			digits = strings.ReplaceAll(digits, ".", "")
			digits = strings.ReplaceAll(digits, dec, ".")
		} else {
			digits = strings.ReplaceAll(digits, ",", "")
		}
		if formOf(lang, digits) == plural.One {
			return g[1] + g[2] + " " + g[3]
		}
		return g[1] + g[2] + " " + g[4]
	})
}

// Decimal is lang's decimal mark (lang.decimal in lang.LANG.toml): "."
// in English, "," in Dutch and French.
func Decimal(lang string) string {
	s, _ := Raw(lang, "lang.decimal")
	if s == "" {
		return "."
	}
	return s
}

// Group is lang's thousands separator (lang.group): "," in English, "."
// in Dutch, a narrow no-break space in French.
func Group(lang string) string {
	s, _ := Raw(lang, "lang.group")
	return s
}

// englishNumber is a number as gbo writes it before localising: digits
// grouped by thousands with commas, an optional decimal part, and an
// optional unit ("1,000,000", "0.000001", "1.5 MiB").
var englishNumber = regexp.MustCompile(`^(-?)(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?( [A-Za-z]+)?$`)

// IsEnglishNumber reports whether s is a number as gbo writes it before
// localising ("1,000,000", "1234", "-0.000001", "1.5 MiB"): the text
// Number rewrites in a language's notation; any other text it returns as
// it is.
func IsEnglishNumber(s string) bool { return englishNumber.MatchString(s) }

// Number writes a number gbo wrote in English notation ("1,000,000.5",
// "1.5 MiB") with lang's marks ("1.000.000,5" in Dutch, "1 000 000,5" in
// French). Other text is returned as it is.
func Number(lang, s string) string {
	g := englishNumber.FindStringSubmatch(s)
	if g == nil {
		return s
	}
	dec, grp := Decimal(lang), Group(lang)
	if dec == "." && grp == "," {
		return s
	}
	out := g[1] + strings.ReplaceAll(g[2], ",", grp)
	if g[3] != "" {
		out += dec + g[3][1:]
	}
	return out + g[4]
}

// Keys lists every key of lang's catalogue, sorted.
func Keys(lang string) []string {
	m := cat().msgs[Norm(lang)]
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// File is the message file that holds key in lang ("messages/cli.fr.toml"),
// for tests and for a translator's report; "" if lang lacks key.
func File(lang, key string) string { return cat().files[Norm(lang)][key] }

package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"gbo/graph/locale"
)

// helpTexts walks app: every command's and step's path with its usage,
// description and arguments, and every flag's help line as printed.
func helpTexts(app *cli.App) map[string]string {
	out := map[string]string{"gbo usage": app.Usage, "gbo desc": app.Description}
	for _, f := range app.Flags {
		out["gbo --"+f.Names()[0]] = cli.FlagStringer(f)
	}
	var walk func(path string, c *cli.Command)
	walk = func(path string, c *cli.Command) {
		out[path+" usage"], out[path+" desc"], out[path+" args"] = c.Usage, c.Description, c.ArgsUsage
		for _, f := range c.Flags {
			out[path+" --"+f.Names()[0]] = cli.FlagStringer(f)
		}
		for _, s := range c.Subcommands {
			walk(path+" "+s.Name, s)
		}
	}
	for _, c := range app.Commands {
		walk(c.Name, c)
	}
	return out
}

// TestHelpInEveryLanguage: every command, step and flag has its help in
// every language of the catalogue: no text is empty or a missing key, and
// every flag's help key exists.
func TestHelpInEveryLanguage(t *testing.T) {
	defer localiseHelp(newApp(&env{}, "en"), "en")
	for _, lang := range locale.Languages() {
		app := newApp(&env{}, lang)
		texts := helpTexts(app)
		if len(texts) < 100 {
			t.Fatalf("%s: only %d help texts", lang, len(texts))
		}
		for what, s := range texts {
			if strings.TrimSpace(s) == "" && !strings.HasSuffix(what, " args") {
				t.Errorf("%s: %s has no help", lang, what)
			}
			if strings.Contains(s, "[[") || strings.Contains(s, "%!") {
				t.Errorf("%s: %s is %q", lang, what, s)
			}
		}
		var walk func(path string, flags []cli.Flag, subs []*cli.Command)
		walk = func(path string, flags []cli.Flag, subs []*cli.Command) {
			for _, f := range flags {
				if locale.File(lang, helpKey(flagHelpKey(path, f.Names()[0]))) == "" {
					t.Errorf("%s: %s --%s: no help.flag key", lang, path, f.Names()[0])
				}
			}
			for _, s := range subs {
				if p := "cmd." + cmdPath(path+" "+s.Name); locale.File(lang, helpKey(p+".usage")) == "" || locale.File(lang, helpKey(p+".desc")) == "" {
					t.Errorf("%s: %s %s: no help.cmd keys", lang, path, s.Name)
				}
				walk(path+" "+s.Name, s.Flags, s.Subcommands)
			}
		}
		for _, c := range app.Commands {
			if locale.File(lang, helpKey("cmd."+c.Name+".usage")) == "" || locale.File(lang, helpKey("cmd."+c.Name+".desc")) == "" {
				t.Errorf("%s: %s: no help.cmd keys", lang, c.Name)
			}
			walk(c.Name, c.Flags, c.Subcommands)
		}
	}
}

// englishSentences are the English help texts of the catalogue cut into
// pieces a translation cannot keep by chance: a line's clauses of four
// words or more, without example command lines, file names, flags and
// values that stay as they are in every language.
func englishSentences() []string {
	var out []string
	keep := regexp.MustCompile(`^[A-Za-z][a-z']+( [a-z'(),]+){3,}`)
	for _, k := range locale.Keys("en") {
		if !strings.HasPrefix(k, "help.") {
			continue
		}
		en, _ := locale.Raw("en", k)
		for _, line := range strings.Split(en, "\n") {
			line = strings.TrimSpace(line)
			if strings.HasPrefix(line, "gbo ") {
				continue
			}
			for _, part := range regexp.MustCompile(`[:;.]\s|, `).Split(line, -1) {
				if m := keep.FindString(strings.TrimSpace(part)); len(m) > 20 {
					out = append(out, m)
				}
			}
		}
	}
	return out
}

// TestFrenchHelpHasNoEnglish: the French help of gbo, of two commands and
// of a step carries no English sentence of the catalogue's help and none
// of urfave/cli's English words.
func TestFrenchHelpHasNoEnglish(t *testing.T) {
	defer localiseHelp(newApp(&env{}, "en"), "en")
	en := englishSentences()
	if len(en) < 100 {
		t.Fatalf("only %d English sentences: %q", len(en), en)
	}
	for _, args := range [][]string{{"--help"}, {"ties", "--help"}, {"report", "--help"}, {"survey", "make", "--help"}} {
		fr := helpOf(t, append([]string{"--lang", "fr"}, args...)...)
		english := helpOf(t, args...)
		for _, s := range en {
			if strings.Contains(english, s) && strings.Contains(fr, s) {
				t.Errorf("gbo --lang fr %v keeps the English %q", args, s)
			}
		}
		for _, w := range []string{"NAME:", "USAGE:", "DESCRIPTION:", "OPTIONS:", "(default:", "show help", " value", "[command options]", "Examples:", "COMMANDS:"} {
			if strings.Contains(fr, w) {
				t.Errorf("gbo --lang fr %v says %q:\n%s", args, w, fr)
			}
		}
		if !strings.Contains(fr, "OPTIONS") || !strings.Contains(fr, "\u00a0:") || !strings.Contains(fr, "afficher cette aide") {
			t.Errorf("gbo --lang fr %v is not the French help:\n%s", args, fr)
		}
	}
}

// TestFrenchHelpAndUsageError: gbo --lang fr --help works (exit 0, French
// headings and commands); a flag gbo lacks is answered in French with exit
// status 2, and so is a value that is not a number.
func TestFrenchHelpAndUsageError(t *testing.T) {
	defer localiseHelp(newApp(&env{}, "en"), "en")
	fr := helpOf(t, "--lang", "fr", "--help")
	for _, w := range []string{"NOM\u00a0:", "UTILISATION\u00a0:", "gbo [options générales] commande [options]", "COMMANDES\u00a0:", "--lang valeur", "en, fr ou nl", "partenariat"} {
		if !strings.Contains(fr, w) {
			t.Errorf("gbo --lang fr --help lacks %q:\n%s", w, fr)
		}
	}
	for args, want := range map[string]string{
		"ties --bogus sample:grensobject":            "cette option n'existe pas\u00a0: -bogus",
		"ties --min-depth x sample:grensobject":      `valeur "x" non valable pour l'option -min-depth` + "\u00a0: ce n'est pas un nombre valable",
		"survey make --bogus":                        "cette option n'existe pas\u00a0: -bogus",
		"map --radius 99999999999999999999 sample:x": "valeur hors limites",
	} {
		var out, errb bytes.Buffer
		code := run(append([]string{"gbo", "--lang", "fr"}, strings.Fields(args)...), &out, &errb)
		if code != 2 || !strings.Contains(errb.String(), want) || !strings.Contains(out.String(), "Utilisation incorrecte\u00a0: ") {
			t.Errorf("gbo --lang fr %s: exit %d\nstdout %s\nstderr %s\nwant %q", args, code, out.String(), errb.String(), want)
		}
		if strings.Contains(out.String()+errb.String(), "Incorrect Usage") || strings.Contains(out.String(), "OPTIONS:") {
			t.Errorf("gbo --lang fr %s answers in English:\n%s", args, out.String())
		}
	}
}

// TestHelpDefaults: a flag's default is printed in the language's words,
// and not where its help already says it: the limits' defaults in words
// (English and French), Dutch that says "standaard" itself, a switch's
// "false" only in English.
func TestHelpDefaults(t *testing.T) {
	defer localiseHelp(newApp(&env{}, "en"), "en")
	en, nl, fr := helpOf(t, "ties", "--help"), helpOf(t, "--lang", "nl", "ties", "--help"), helpOf(t, "--lang", "fr", "ties", "--help")
	for _, c := range []struct{ out, want string }{
		{en, "the most rows of one file (default: 10,000,000)"},
		{en, "only with --csv-sep ';' (default: false)"},
		{en, `output format: table, csv, json or md (default: "table")`},
		{nl, "van één bestand (standaard 10.000.000)\n"},
		{nl, "alleen met --csv-sep ';'\n"},
		{nl, "(standaard: \"table\")"},
		{fr, "d'un fichier (par défaut\u00a0: 10\u202f000\u202f000)\n"},
		{fr, "seulement avec --csv-sep ';'\n"},
		{fr, "ou tab\n"},
	} {
		if !strings.Contains(c.out, c.want) {
			t.Errorf("help lacks %q:\n%s", c.want, c.out)
		}
	}
}

package main

import (
	"regexp"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/graph/locale"
)

// The help of the command line comes from the catalogue's help area
// (graph/locale/messages/help.LANG.toml), in every language, English
// included: localiseHelp sets every text urfave/cli prints from it.
// Keys, with PATH a command's name and a step's path joined by dots
// ("ties", "survey.make") and "gbo" for the app itself:
//
//	help.cmd.PATH.usage   the one-line usage (NAME and the COMMANDS list)
//	help.cmd.PATH.desc    the description, with its examples
//	help.cmd.PATH.args    the arguments of the usage line (CASE)
//	help.flag.PATH.NAME   a flag's help in one command, else help.flag.NAME
//	help.default.NAME     a flag's default in words, where the code's value
//	                      is not what the user should read (the max-* limits)
//	help.word.*           urfave/cli's own words: headings, usage lines,
//	                      "value", "(default: …)", the help flag
//	help.flag_error.*     Go's flag package's complaints about a command line

// helpKey is key of the help area.
func helpKey(key string) string { return "help." + key }

// helpT is the help message key in lang (locale.T).
func helpT(lang, key string, args ...any) string { return locale.T(lang, helpKey(key), args...) }

// cmdPath is a command's path in the catalogue's keys: "survey make" is
// "survey.make".
func cmdPath(path string) string { return strings.ReplaceAll(path, " ", ".") }

// flagHelpKey is the key of flag name's help in the command at path: the
// command's own if the catalogue has one, else the flag's shared one.
func flagHelpKey(path, name string) string {
	if k := "flag." + cmdPath(path) + "." + name; locale.Has(helpKey(k)) {
		return k
	}
	return "flag." + name
}

// flagHelpArgs are the arguments of a flag's help that only a run knows:
// the languages gbo speaks, the user's pseudonym key file.
func flagHelpArgs(lang, name string) []any {
	switch name {
	case "lang":
		return []any{locale.List(lang)}
	case "pseudonym-key":
		return []any{shownKeyPath()}
	}
	return nil
}

// localiseHelp sets every help text of app in lang (a language the
// catalogue lacks is English): the usage, description, arguments and usage
// line of gbo, of each command and of each step, every flag's help and
// default, urfave/cli's headings and words (through templates of app's own,
// and its flag printer and help flag, which are urfave's globals: the last
// app made sets them), and the answer to a command line that does not
// parse.
func localiseHelp(app *cli.App, lang string) {
	lang = locale.Or(lang)
	cli.FlagStringer = flagStringer(lang)
	cli.HelpFlag.(*cli.BoolFlag).Usage = helpT(lang, "word.help_flag")
	app.Usage = helpT(lang, "cmd.gbo.usage")
	app.Description = helpT(lang, "cmd.gbo.desc")
	app.UsageText = helpT(lang, "word.usage_app", app.Name)
	app.CustomAppHelpTemplate = helpTemplate(lang, cli.AppHelpTemplate)
	app.OnUsageError = usageError(lang)
	localiseFlags(lang, "gbo", app.Flags)
	for _, cmd := range app.Commands {
		localiseCommand(lang, cmd.Name, cmd)
	}
}

// localiseCommand sets the help of the command (or step) at path and of
// its steps.
func localiseCommand(lang, path string, cmd *cli.Command) {
	p := cmdPath(path)
	cmd.Usage = helpT(lang, "cmd."+p+".usage")
	cmd.Description = helpT(lang, "cmd."+p+".desc")
	cmd.ArgsUsage = helpT(lang, "cmd."+p+".args")
	cmd.UsageText = helpT(lang, "word.usage_command", "gbo "+path, cmd.ArgsUsage)
	if len(cmd.Subcommands) > 0 {
		cmd.CustomHelpTemplate = helpTemplate(lang, cli.SubcommandHelpTemplate)
	} else {
		cmd.CustomHelpTemplate = helpTemplate(lang, cli.CommandHelpTemplate)
	}
	cmd.OnUsageError = usageError(lang)
	localiseFlags(lang, path, cmd.Flags)
	for _, sub := range cmd.Subcommands {
		localiseCommand(lang, path+" "+sub.Name, sub)
	}
}

// localiseFlags sets the help of each flag of the command at path, and the
// default of a flag whose default the catalogue gives in words
// (help.default.NAME; flagStringer prints it).
func localiseFlags(lang, path string, flags []cli.Flag) {
	for _, f := range flags {
		name := f.Names()[0]
		usage := helpT(lang, flagHelpKey(path, name), flagHelpArgs(lang, name)...)
		def := ""
		if locale.Has(helpKey("default." + name)) {
			def = helpT(lang, "default."+name)
		}
		switch x := f.(type) {
		case *cli.StringFlag:
			x.Usage = usage
		case *cli.IntFlag:
			x.Usage = usage
		case *cli.BoolFlag:
			x.Usage = usage
		case *cli.UintFlag:
			x.Usage = usage
			if def != "" {
				x.DefaultText = def
			}
		case *cli.Uint64Flag:
			x.Usage = usage
			if def != "" {
				x.DefaultText = def
			}
		}
	}
}

// helpTemplate is urfave/cli's help template tmpl with its headings in
// lang. The usage lines are each command's UsageText.
func helpTemplate(lang, tmpl string) string {
	for _, w := range [][2]string{
		{"GLOBAL OPTIONS:", "word.global_options"}, // before OPTIONS:
		{"NAME:", "word.name"}, {"USAGE:", "word.usage"}, {"VERSION:", "word.version"},
		{"DESCRIPTION:", "word.desc"}, {"COMMANDS:", "word.commands"}, {"OPTIONS:", "word.options"},
		{"CATEGORY:", "word.category"}, {"COPYRIGHT:", "word.copyright"},
	} {
		tmpl = strings.ReplaceAll(tmpl, "\n"+w[0], "\n"+helpT(lang, w[1]))
		if strings.HasPrefix(tmpl, w[0]) {
			tmpl = helpT(lang, w[1]) + tmpl[len(w[0]):]
		}
	}
	return tmpl
}

// urfaveFlagStringer is urfave/cli's own flag printer, whose line
// flagStringer rewords.
var urfaveFlagStringer = cli.FlagStringer

// flagStringer prints a flag's help line as urfave/cli does, in lang: the
// value's placeholder is help.word.value, and the default is shown as
// help.word.default, except where the flag's help already says it (it
// contains help.word.default_said) and for a switch that is off where
// help.word.switch_off, the default of a switch, is empty.
func flagStringer(lang string) cli.FlagStringFunc {
	value := " " + helpT(lang, "word.value")
	said := helpT(lang, "word.default_said")
	off := helpT(lang, "word.switch_off")
	return func(f cli.Flag) string {
		s := urfaveFlagStringer(f)
		names, usage, ok := strings.Cut(s, "\t")
		df, isDoc := f.(cli.DocGenerationFlag)
		if !ok || !isDoc {
			return s
		}
		names = strings.ReplaceAll(names, " value", value)
		def := df.GetDefaultText()
		if suffix := " (default: " + def + ")"; def != "" && strings.HasSuffix(usage, suffix) {
			usage = strings.TrimSuffix(usage, suffix)
			if b, ok := f.(*cli.BoolFlag); ok && !b.Value && b.DefaultText == "" {
				def = off
			}
			if def != "" && (said == "" || !strings.Contains(df.GetUsage(), said)) {
				usage += " " + helpT(lang, "word.default", def)
			}
		}
		return names + "\t" + usage
	}
}

// usageError answers a command line urfave/cli cannot parse, as urfave/cli
// does but in lang: help.word.incorrect_usage with Go's complaint in lang,
// a blank line and the help of the app or command, on the app's Writer.
// The error carries the complaint in lang (printed by run) and exit status
// 2.
func usageError(lang string) cli.OnUsageErrorFunc {
	return func(c *cli.Context, err error, isSubcommand bool) error {
		msg := flagError(lang, err.Error())
		_, _ = c.App.Writer.Write([]byte(helpT(lang, "word.incorrect_usage", msg) + "\n\n"))
		if !c.Command.HideHelp {
			if lineage := c.Lineage(); isSubcommand && len(lineage) > 1 {
				_ = cli.ShowCommandHelp(lineage[1], c.Command.Name)
			} else {
				_ = cli.ShowAppHelp(c)
			}
		}
		return flagParseErr(msg, err)
	}
}

// goFlagErrors are the complaints of Go's flag package (its own English,
// which gbo reads, not writes) and the catalogue's key of each.
var goFlagErrors = []struct {
	re  *regexp.Regexp
	key string
}{
	{regexp.MustCompile(`^flag provided but not defined: (.*)$`), "flag_error.not_defined"},
	{regexp.MustCompile(`^flag needs an argument: (.*)$`), "flag_error.needs_argument"},
	{regexp.MustCompile(`^invalid value (".*") for flag (\S+): (.*)$`), "flag_error.invalid_value"},
	{regexp.MustCompile(`^invalid boolean value (".*") for (\S+): (.*)$`), "flag_error.invalid_bool"},
}

// goFlagReasons are the flag package's reasons a value is invalid.
var goFlagReasons = map[string]string{
	"parse error":        "flag_error.not_a_number",
	"invalid syntax":     "flag_error.not_a_number",
	"value out of range": "flag_error.out_of_range",
}

// flagError says in lang what Go's flag package said; a complaint it does
// not know is left as it is.
func flagError(lang, msg string) string {
	for _, e := range goFlagErrors {
		m := e.re.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		args := make([]any, len(m)-1)
		for i, a := range m[1:] {
			args[i] = a
		}
		if len(m) == 4 {
			if k, ok := goFlagReasons[m[3]]; ok {
				args[2] = helpT(lang, k)
			}
		}
		return helpT(lang, e.key, args...)
	}
	return msg
}

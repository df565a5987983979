// Package locale is gbo's one catalogue of words: every sentence a user
// reads — the CLI's messages and help, the reader's problems, the report,
// the compare page, maps, charts, workbooks and the samples' descriptions —
// is a message here, in one catalogue per language.
//
// # Where the words are
//
// The messages are TOML files in messages/, named AREA.LANG.toml
// (cli.nl.toml, problems.fr.toml, report.en.toml …), in the file format of
// github.com/nicksnyder/go-i18n (its goi18n tool can merge and list what a
// translation lacks). All files of one language make its catalogue; a
// message's key is AREA.NAME (one TOML table per area). A translator edits
// these files and never reads Go. To add a language, copy every *.en.toml
// to *.LANG.toml, translate the texts, and set lang.decimal and
// lang.group in lang.LANG.toml; TestEveryKeyInEveryLanguage fails until
// every key exists in every language with the same verbs.
//
// # What a message holds
//
//   - fmt verbs for its arguments (%s, %d, %q, %[2]s …): the same verbs,
//     in any order with explicit indexes, in every language;
//   - a count's noun in braces right after the count: "%d {error|errors}".
//     The first form is CLDR's "one", the second every other form, chosen
//     for the language by golang.org/x/text/feature/plural (so French says
//     "0 erreur" and English "0 errors");
//   - or, for a message about one count, go-i18n's plural table
//     (one = "…", other = "…", and few/many where a language has them),
//     chosen by N with the same CLDR rules.
//
// It imports the standard library, go-i18n (parsing the files),
// golang.org/x/text (language tags, plural rules) and BurntSushi/toml only;
// every package that prints words may import it, and it imports no gbo
// package.
package locale

package main

import "gbo/graph/locale"

// texts only receives the range checks' messages that i18n_flags.go (the
// help's file) still adds in its init; nothing reads it: those messages,
// like every message the CLI prints, are in the catalogue
// (graph/locale/messages/cli.LANG.toml). It goes once that init is gone.
var texts = map[string][2]string{}

// tr is the CLI's message key in lang: the catalogue's "cli."+key with
// args filled in by fmt and each "%d {one|other}" chosen by the language's
// plural rules (locale.T). A key the catalogue lacks prints "[[cli.key]]".
func tr(lang, key string, args ...any) string {
	return locale.T(lang, "cli."+key, args...)
}

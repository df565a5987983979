package main

import "gbo/graph/locale"

// tr is the CLI's message key in lang: the catalogue's "cli."+key with
// args filled in by fmt and each "%d {one|other}" chosen by the language's
// plural rules (locale.T). A key the catalogue lacks prints "[[cli.key]]".
func tr(lang, key string, args ...any) string {
	return locale.T(lang, "cli."+key, args...)
}

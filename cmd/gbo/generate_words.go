package main

import (
	"errors"
	"strings"

	"gbo/samples"
)

// generateRefusal words in lang what samples.GenerateOptions.Validate or
// samples.Generate refused (RangeError, LimitError, joined): the samples
// package returns codes and numbers; the words are the catalogue's
// cli.generate_range_* and cli.generate_limit_*.
func generateRefusal(lang string, err error) string {
	var parts []string
	var walk func(error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var re *samples.RangeError
		var le *samples.LimitError
		switch {
		case errors.As(err, &re):
			parts = append(parts, tr(lang, "generate_range_"+re.Option, thousandsIn(lang, re.Min), thousandsIn(lang, re.Max), thousandsIn(lang, re.Got)))
		case errors.As(err, &le):
			args := make([]any, len(le.Args))
			for i, n := range le.Args {
				args[i] = thousandsIn(lang, n)
			}
			parts = append(parts, tr(lang, "generate_limit_"+le.Limit, args...))
		default:
			parts = append(parts, err.Error())
		}
	}
	walk(err)
	return tr(lang, "generate_refused", strings.Join(parts, tr(lang, "generate_refused_sep")))
}

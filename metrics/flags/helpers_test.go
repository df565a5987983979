package flags

import "gbo/metrics/internal/testcase"

// The hand-made cases' helpers, shared with metrics' other tests.
var (
	day      = testcase.Day
	ev       = testcase.Event
	partners = testcase.Partners
)

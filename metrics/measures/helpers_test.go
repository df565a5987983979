package measures

import "gbo/metrics/internal/testcase"

// The hand-made cases' helpers, shared with the sub-packages' tests.
var (
	day      = testcase.Day
	ev       = testcase.Event
	partners = testcase.Partners
	near     = testcase.Near
)

//go:build unix

package report

import "gbo/render/browsertest"

// cdp is the DevTools client of the browser tests (gbo/render/browsertest,
// shared with gbo serve's browser test).
type cdp = browsertest.Client

//go:build unix

package main

import "gbo/render/browsertest"

// cdp is the DevTools client of the browser tests (gbo/render/browsertest,
// shared with the report's browser tests).
type cdp = browsertest.Client

package main

import (
	"io"

	"gbo/graph/output"
)

// safeWriter passes text to a terminal with every control character shown
// (\x1b) rather than obeyed, and bidirectional overrides dropped
// (output.SafeText): whatever a message quotes — a case's folder name, an -o
// path, an unknown flag as typed, a value from a file — can neither move the
// cursor, retitle the window, clear the screen nor write the clipboard (OSC
// 52). Every message gbo prints on standard error goes through one. Each
// Write is one message (fmt.Fprintln), so no character is split.
type safeWriter struct{ w io.Writer }

func (s safeWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(s.w, output.SafeText(string(p), true)); err != nil {
		return 0, err
	}
	return len(p), nil
}

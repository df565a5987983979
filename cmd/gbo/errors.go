package main

import "errors"

// Exit statuses of docs/guarantees.md#exit-status (the signals' are in
// signal.go).
const (
	exitOK      = 0
	exitFailure = 1 // anything but bad input: a write that failed, a bug
	exitBadUse  = 2 // bad input, including a bad command line
)

// exitError is every failure a command reports: the exit status
// docs/guarantees.md#exit-status gives (exitBadUse for bad input or a bad
// command line, exitFailure for any other failure) and a message already in
// the user's language, printed by run as "gbo: msg" (an empty msg prints
// nothing: the command has said everything already). err, when set, is the
// cause (a parse error of Go's flag package, say), kept for errors.Is/As and
// never shown. run chooses the status by errors.As on this type alone,
// never by an error's text.
type exitError struct {
	code int
	msg  string
	err  error
}

func (e *exitError) Error() string { return e.msg }

// Unwrap returns the cause, or nil.
func (e *exitError) Unwrap() error { return e.err }

// inputErr is bad input (a case, a sample name, a file): exit status 2.
func inputErr(msg string) error { return &exitError{code: exitBadUse, msg: msg} }

// usageErr is a bad command line (a flag out of range, an unknown command):
// exit status 2.
func usageErr(msg string) error { return &exitError{code: exitBadUse, msg: msg} }

// failErr is any other failure (an output that cannot be written): exit
// status 1.
func failErr(msg string) error { return &exitError{code: exitFailure, msg: msg} }

// flagParseErr is a command line urfave/cli (Go's flag package) could not
// parse: a flag not defined, a flag without its value, a value that is not
// a number. msg is what the user reads (in the language of --lang, by
// usageError); cause is the parse error. Exit status 2.
func flagParseErr(msg string, cause error) error {
	return &exitError{code: exitBadUse, msg: msg, err: cause}
}

// exitStatus is the exit status of err, which a command line's run
// returned: 0 for nil, the code of the *exitError it wraps, else 1 (an
// error gbo did not classify is not the user's fault).
func exitStatus(err error) int {
	if err == nil {
		return exitOK
	}
	var xe *exitError
	if errors.As(err, &xe) {
		return xe.code
	}
	return exitFailure
}

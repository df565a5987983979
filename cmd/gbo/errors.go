package main

// exitError carries the exit status docs/guarantees.md#exit-status gives: 2 for bad input, 1 for
// any other failure. Its message is already in the user's language.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func inputErr(msg string) error { return &exitError{2, msg} }

func usageErr(msg string) error { return &exitError{2, msg} }

func failErr(msg string) error { return &exitError{1, msg} }

package core

import (
	"errors"
	"strconv"
)

// InputError is a problem with one input, like csv.ParseError: it names the
// file and, when known, the 1-based line.
type InputError struct {
	Path string
	// Line is the 1-based line of Path, 0 when the problem has no line.
	Line int
	// Warning marks a problem that did not stop the input from yielding
	// articles (invalid UTF-8 decoded, a directory entry skipped, an
	// article without text, a renamed duplicate id).
	Warning bool
	Err     error
}

// Error returns "path:line: message", or "path: message" when Line is 0.
func (e *InputError) Error() string {
	msg := "<nil>"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	if e.Line > 0 {
		return e.Path + ":" + strconv.Itoa(e.Line) + ": " + msg
	}
	return e.Path + ": " + msg
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

// Errors reported by the readers; test for them with errors.Is.
var (
	ErrEmpty     = errors.New("empty input: no text")
	ErrBinary    = errors.New("binary input: not text")
	ErrNoArticle = errors.New("no articles found")
)

package read

import "github.com/crosscheck-news/crosscheck/claims/core"

// SplitSentences is claims.SplitSentences, which extract_test.go (package
// read_test) sets before any test runs: the tests of the HTML layout check
// what the segmenter makes of it, and package read may not import claims.
var SplitSentences func(text string) []core.Span

package figure

import "github.com/crosscheck-news/crosscheck/claims/lang/english"

// englishLexicon is the English lexicon of the tests, and englishFinder a Finder
// of it with the default options.
var (
	englishLexicon = english.Lexicon()
	englishFinder  = New(defaultOptions(), &englishLexicon)
)

// ParseNumber is the English Finder's ParseNumber.
func ParseNumber(s string) (float64, int, bool) { return englishFinder.ParseNumber(s) }

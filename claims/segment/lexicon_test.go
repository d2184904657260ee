package segment

import (
	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang/english"
)

// englishLexicon is the English lexicon of the tests, and englishSegmenter
// its Segmenter.
var (
	englishLexicon   = english.Lexicon()
	englishSegmenter = New(&englishLexicon)
)

// Split is the English Segmenter's Split.
func Split(text string) []core.Span { return englishSegmenter.Split(text) }

// Sentences is the English Segmenter's Sentences.
func Sentences(a *core.Article) []core.Sentence { return englishSegmenter.Sentences(a) }

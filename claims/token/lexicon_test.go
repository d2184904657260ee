package token_test

import (
	"github.com/crosscheck-news/crosscheck/claims/lang/english"
	"github.com/crosscheck-news/crosscheck/claims/token"
)

// en is the English lexicon the tests tokenize with.
var en = english.Lexicon()

// newTokenizer returns an English Tokenizer.
func newTokenizer() *token.Tokenizer { return token.New(&en) }

package claims

import (
	"fmt"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/figure"
	"github.com/crosscheck-news/crosscheck/claims/lang"
	"github.com/crosscheck-news/crosscheck/claims/lang/english"
)

// languages are the languages an Extractor reads ([ExtractOptions].Language),
// by name, each with the constructor of its lexicon (package claims/lang): a
// second language is a folder claims/lang/<name> and one row here.
var languages = []struct {
	name    string
	lexicon func() lang.Lexicon
}{
	{"en", english.Lexicon},
}

// defaultLexicon is the English lexicon of the functions that take no
// Extractor ([NewTokenizer], [Tokens], [EventKinds], [ParseNumber]), and
// defaultFinder its figure finder; both are built once and never modified.
var (
	defaultLexicon = english.Lexicon()
	defaultFinder  = figure.New(figure.Options{Tolerance: 0.1}, &defaultLexicon)
)

// Languages returns the names of the languages an Extractor reads.
func Languages() []string {
	names := make([]string, len(languages))
	for i, l := range languages {
		names[i] = l.name
	}
	return names
}

// lexiconOf returns the lexicon of the language name ("" is English), or
// an error naming the known languages.
func lexiconOf(name string) (lang.Lexicon, error) {
	if name == "" {
		name = "en"
	}
	for _, l := range languages {
		if l.name == name {
			return l.lexicon(), nil
		}
	}
	return lang.Lexicon{}, fmt.Errorf("unknown language %q (known: %s)", name, strings.Join(Languages(), ", "))
}

// Package lang defines the seam between the passes of claims and a
// language: a [Lexicon] is every word list and word function the passes
// read (numbers, qualifiers, calendar, units and currencies, stemming and
// stop words, abbreviations, reporting verbs, the measure vocabulary). A
// language is a subpackage (lang/english) whose constructor fills one. Each
// pass builds what it reads from the Lexicon once, in its constructor
// (figure.New, segment.New, token.New, when.New; qualify.New from the
// qualifier wordings, unit.New from the currencies, measure.New from the
// measure vocabulary), and never imports a language: only package claims's
// table of languages does.
package lang

// Package lang defines the seam between the passes of claims and a
// language: a [Lexicon] is every word list and word function the passes
// read (numbers, qualifiers, calendar, units and currencies, stemming and
// stop words, abbreviations, reporting verbs, the measure vocabulary). A
// language is a subpackage (lang/english) whose constructor fills one; the
// passes take it from their constructors and never import a language.
package lang

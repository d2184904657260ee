// Package english holds every English word list of claims, and the
// Snowball stemming of English words: the vocabulary the passes of claims
// read, in one place, so that a list is typed once and the sets built from
// it never drift apart. [Lexicon] gives them to the passes as a
// lang.Lexicon; a second language is a sibling folder with a constructor
// of its own and one row in the table of claims/language.go.
package english

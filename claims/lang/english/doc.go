// Package english holds every English word list of claims, and the
// Snowball stemming of English words: the vocabulary the passes of claims
// read, in one place, so that a list is typed once and the sets built from
// it never drift apart. A second language is a sibling folder with the
// same names.
package english

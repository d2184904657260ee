// Package unit is the vocabulary of units: one row a unit (its symbol,
// dimension, factor to the base unit of the dimension and spellings, in
// units.go), and the Table of a language (table.go), which adds the
// currencies of its lexicon (lang.Lexicon.Currencies) and converts a
// figure's interval into base units (convert.go: Dimension, Normalise,
// Comparable). It reads no text: package claims/figure tokenizes the
// spellings and attaches units to figures. Adding a unit is adding a row
// to units.go.
package unit

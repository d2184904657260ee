// Package qualify says what the wording around a number says of its value:
// the qualifier wordings before a number (phrase.go, a Table of the rows of
// a lang.Lexicon), the interval a qualifier gives a value (interval.go) and
// the merging of a lower and an upper bound stated together into one range
// (merge.go). Package claims/figure reads the wordings in a sentence's
// tokens; this package reads no text but the gap between two bounds.
package qualify

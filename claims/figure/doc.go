// Package figure finds the figures of one sentence: it tokenizes the
// sentence (tokenize.go, lexicon.go), reads numbers in digits and in words
// (number.go, words.go), the qualifier and range wordings around them
// (qualify.go, ranges.go; what a wording means is package claims/qualify), decides their kind (kind.go, sequence.go) and
// tells look-alikes apart (lookalike.go: times, scores, names), then
// attaches units and currencies (units.go, currency.go, unitpass.go,
// unitjoin.go), whose table and conversions are package claims/unit.
//
// All rules read one parser: the tokens of the sentence and the facts of
// the whole sentence (sentfacts.go), read once when a rule first asks.
// Package claims wraps it as claims.Extractor.
package figure

// Package token splits a sentence into its content words, the tokens that
// the comparison of sentences reads: each with its span, its lower-cased
// form, its Snowball stem, whether it is capitalised, and the attribution
// marks around it ("the health ministry said", "according to"). Split is
// the one splitter of a sentence into words, numbers and symbols; Words,
// the words the measures' slot pass reads, and Tokenizer.Tokens, the
// tokens compare reads, are both derived from it, each with the patches
// its doc comment gives.
package token

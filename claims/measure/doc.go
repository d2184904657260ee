// Package measure says what a figure of a sentence counts and which fact it
// states: its measure and subject (Vocab.Of, from the words around the
// figure), then the rest of its slot (Slotter): a measure the clause gives,
// who is counted, the count it is a part of, the place, whether it is a
// projection or a denial, and whether it belongs to an earlier event.
//
// The words both passes read are a Vocab, built once by New from the
// measure vocabulary of a language's lexicon (package claims/lang): the
// package imports no language. Of reads the pieces of package token around
// the figure (token.Split), and the slot pass its words (token.Words), so
// that one tokenizer serves the whole extraction.
package measure

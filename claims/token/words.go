package token

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// placePrepositions introduce a place: "in Iran", "at Kabul University".
var placePrepositions = []string{"in", "at", "near", "outside"}

// placeBefore reports whether one of the two words before offset pos is a
// preposition of place. Each word is lower-cased into the Tokenizer's
// buffer, which the comparisons read without copying.
func (tk *Tokenizer) placeBefore(s string, pos int) bool {
	to := min(pos, len(s))
	for range 2 {
		var w string
		if w, to = lastField(s, to); w == "" {
			return false
		}
		tk.low = appendLower(tk.low[:0], trimPlaceMarks(w))
		for _, p := range placePrepositions {
			if string(tk.low) == p {
				return true
			}
		}
	}
	return false
}

// trimPlaceMarks trims the punctuation and quotes around a word, as
// strings.Trim(w, ",.;:()\"'") does, without building a cutset.
func trimPlaceMarks(w string) string {
	for w != "" && isPlaceMark(w[0]) {
		w = w[1:]
	}
	for w != "" && isPlaceMark(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

// isPlaceMark reports whether trimPlaceMarks trims the byte b.
func isPlaceMark(b byte) bool {
	switch b {
	case ',', '.', ';', ':', '(', ')', '"', '\'':
		return true
	}
	return false
}

// EventKinds returns, sorted and each once, the kinds of event a text
// names ("explosion", "quake", …): a word of an event not followed by a
// word of a service ("the fire department"). The event a superlative
// compares the text's with ("the deadliest in Pakistan since the 2014
// massacre at a school") is not named by it.
func (tk *Tokenizer) EventKinds(text string) []string {
	var out []string
	pending, kind, prev := false, "", "" // the word before is an event's, of kind
	sup := -comparisonReach - 1          // the index of the last superlative
	n := 0
	for w := range fieldsOf(strings.ToLower(text), notLetter) {
		if pending && !tk.lex.IsServiceWord(w) {
			out = append(out, kind)
		}
		if tk.superlative(w) {
			sup = n
		}
		if n-sup <= comparisonReach && slices.Contains(tk.lex.Measures.ComparisonWords, w) {
			pending = false
			break // what follows is the event compared with
		}
		n++
		before := prev
		prev = w
		if kind, pending = tk.lex.EventKind(w); kind == "fire" && tk.lex.FiringVerb != nil && tk.lex.FiringVerb(before) {
			kind = "shooting" // "gunmen opened fire"
		}
	}
	if pending {
		out = append(out, kind)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// CapitalWords returns, lower-cased and in order, the words of a text that
// start with an upper-case letter: runs of letters and hyphens.
func CapitalWords(text string) []string {
	var out []string
	for w := range fieldsOf(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

// notLetter reports whether r is no letter.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// fieldsOf yields the fields of s that strings.FieldsFunc(s, sep) returns,
// in order, without making the slice of them.
func fieldsOf(s string, sep func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			switch {
			case !sep(r):
				if start < 0 {
					start = i
				}
			case start >= 0:
				if !yield(s[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// comparisonReach is how many words after a superlative its "since" may
// stand.
const comparisonReach = 4

// superlative reports whether the lower-case word w compares an event with
// those before it ("deadliest", "worst").
func (tk *Tokenizer) superlative(w string) bool {
	return strings.HasSuffix(w, "iest") || slices.Contains(tk.lex.Measures.Superlatives, w)
}

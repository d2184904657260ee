package measure

import "strings"

// Word is one word or number of a sentence, as the slot pass reads it. The
// caller splits the sentence (NewWord builds each word), so that the slot
// pass and the rest of the extraction read the same words.
type Word struct {
	low        string // lower case, possessive "'s" and dots of "U.S." kept
	start, end int    // byte offsets in the sentence
	capital    bool   // starts with an upper-case letter
	mark       rune   // the clause mark that follows the word (, ; : — ( ) quotes ! ?), or 0
}

// NewWord returns the word low (lower case) at bytes [start, end) of its
// sentence; capital tells that it starts with an upper-case letter, mark is
// the clause mark that follows it, or 0.
func NewWord(low string, start, end int, capital bool, mark rune) Word {
	return Word{low: low, start: start, end: end, capital: capital, mark: mark}
}

// wordAt returns the index of the first word that ends after offset off,
// or len(ws).
func wordAt(ws []Word, off int) int {
	for i, w := range ws {
		if w.end > off {
			return i
		}
	}
	return len(ws)
}

// stripPossessive drops a final "'s" or "’s".
func stripPossessive(w string) string {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is one piece of a sentence: a word or number, or for Split a
// symbol too. Words gives every word, stop words and numbers included,
// with the clause mark after it; Split gives the pieces the measures read.
type Word struct {
	Low        string // lower case, possessive "'s" and dots of "U.S." kept
	Start, End int    // byte offsets in the sentence
	Capital    bool   // starts with an upper-case letter
	Mark       rune   // the clause mark that follows the word (, ; : — ( ) quotes ! ?), or 0
	Kind       Kind   // what the piece is: a word (Alnum) or which symbol
}

// Words splits a sentence into words: the words of Split, but a comma
// followed by a digit always joins ("Article,5" too), and an abbreviation
// loses its last dot ("U.S"). Punctuation marks the word before it as
// ending a clause.
func Words(s string) []Word {
	// A word a space, about: the slice is made once rather than grown.
	out := make([]Word, 0, strings.Count(s, " ")+1)
	stripped := false // the last word lost its last dot
	for i := 0; ; {
		p, j, ok := next(s, i, len(s))
		if !ok {
			if len(out) == 0 {
				return nil // as when nothing was appended
			}
			return out
		}
		i = j
		n := len(out)
		switch {
		case p.Kind != Alnum:
			if r, _ := utf8.DecodeRuneInString(s[p.Start:]); n > 0 && clauseMark(r) && out[n-1].Mark == 0 {
				out[n-1].Mark = r
			}
			continue
		case n > 0 && !stripped && out[n-1].End == p.Start-1 && s[p.Start-1] == ',' && startsWithDigit(s[p.Start:]):
			// "Article,5": the comma was taken for the word's mark.
			w := &out[n-1]
			w.End, w.Mark = p.End, 0
			w.Low = strings.ToLower(s[w.Start:w.End])
		default:
			out = append(out, p)
		}
		w := &out[len(out)-1]
		if stripped = s[w.End-1] == '.'; stripped {
			w.End--
			w.Low = w.Low[:len(w.Low)-1]
		}
	}
}

// startsWithDigit reports whether w starts with a digit.
func startsWithDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// innerJoin reports whether a dot, comma, apostrophe or hyphen joins the
// word before it with what follows ("U.S.", "1,301", "Haj's", "al-Arouri").
func innerJoin(r rune, rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	if r == ',' {
		return unicode.IsDigit(next)
	}
	return wordRune(next)
}

func clauseMark(r rune) bool {
	switch r {
	case ',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '!', '?':
		// Not '.': the text is one sentence already, and its inner dots
		// end abbreviations ("U.S. service members").
		return true
	}
	return false
}

// TrimPossessive drops a final "'s" or "’s".
func TrimPossessive(w string) string {
	n := len(w)
	if n < 2 || w[n-1] != 's' {
		return w
	}
	if w[n-2] == '\'' {
		return w[:n-2]
	}
	if n >= 4 && w[n-4:n-1] == "’" {
		return w[:n-4]
	}
	return w
}

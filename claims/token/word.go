package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is one word or number of a sentence as the measures read it: every
// word, stop words and numbers included, with the clause mark after it.
// It is the second view of a sentence's words, beside the content words
// of [Tokenizer.Tokens].
type Word struct {
	Low        string // lower case, possessive "'s" and dots of "U.S." kept
	Start, End int    // byte offsets in the sentence
	Capital    bool   // starts with an upper-case letter
	Mark       rune   // the clause mark that follows the word (, ; : — ( ) quotes ! ?), or 0
}

// Words splits a sentence into words: runs of letters, digits,
// apostrophes, hyphens and inner dots. Punctuation marks the word before
// it as ending a clause.
func Words(s string) []Word {
	var out []Word
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !wordRune(r) {
			if len(out) > 0 && clauseMark(r) && out[len(out)-1].Mark == 0 {
				out[len(out)-1].Mark = r
			}
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if wordRune(r2) || ((r2 == '.' || r2 == ',' || r2 == '\'' || r2 == '’' || r2 == '-') && j+n2 < len(s) && innerJoin(r2, s[j+n2:])) {
				j += n2
				continue
			}
			break
		}
		out = append(out, Word{Low: strings.ToLower(s[i:j]), Start: i, End: j, Capital: unicode.IsUpper(r)})
		i = j
	}
	return out
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
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

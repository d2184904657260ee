package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// camelCase reports whether a word that starts in lower case has a capital
// after: iPhone, eBay, which can open a sentence.
func camelCase(w string) bool {
	_, sz := utf8.DecodeRuneInString(w)
	return strings.IndexFunc(w[sz:], unicode.IsUpper) >= 0
}

// isUpperWord reports whether w has two or more letters, all upper case.
func isUpperWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// dottedAbbrev reports whether w (without its final period) is made of
// one- or two-letter parts joined by periods: U.S, a.m, Ph.D.
func dottedAbbrev(w string) bool {
	for part := range strings.SplitSeq(w, ".") {
		n := 0
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		}
		if n == 0 || n > 2 {
			return false
		}
	}
	return true
}

// isSpaceBefore reports whether white space ends t[:i].
func isSpaceBefore(t string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return unicode.IsSpace(r)
}

// isTerminal reports whether r can end a sentence.
func isTerminal(r rune) bool {
	switch r {
	case '.', '?', '!', '…', '‽', '‼', '⁇', '⁈', '⁉', '？', '！', '。':
		return true
	}
	return false
}

// isCloser reports whether r closes a quotation or a parenthesis.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}':
		return true
	}
	return false
}

// isOpener reports whether r opens a quotation or a parenthesis.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '(', '[', '{', '„', '‚':
		return true
	}
	return false
}

// trimSpace narrows [s, e) to exclude surrounding white space.
func trimSpace(t string, s, e int) (int, int) {
	for s < e {
		r, sz := utf8.DecodeRuneInString(t[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += sz
	}
	for e > s {
		r, sz := utf8.DecodeLastRuneInString(t[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= sz
	}
	return s, e
}

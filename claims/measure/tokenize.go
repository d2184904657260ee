package measure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/token"
)

// mTokKind is the kind of a token of Of's tokenizer.
type mTokKind uint8

const (
	tWord  mTokKind = iota // letters, possibly with digits, hyphens, apostrophes
	tNum                   // digits or a number word
	tComma                 // ,
	tBound                 // clause boundary: ; : — ( ) quotes . ! ?
	tPunct                 // any other symbol (% $ £ € …)
)

// mtok is a token of Of's tokenizer: a piece of token.Split, with the
// kind Of reads.
type mtok struct {
	Low, text  string // lower case, and as written
	Start, End int    // byte offsets in the sentence
	kind       mTokKind
}

// isNumberWord reports whether w is a number word, hyphenated ones
// included ("forty-two").
func (v *Vocab) isNumberWord(w string) bool {
	if v.numberWords[w] {
		return true
	}
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	for w != "" {
		part := w
		k := strings.IndexByte(w, '-')
		if k >= 0 {
			part, w = w[:k], w[k+1:]
		} else {
			w = ""
		}
		if !v.numberWords[part] {
			return false
		}
	}
	return true
}

// isLetterByte reports whether b is an ASCII letter or a byte of a
// multi-byte character.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// measureTokenize returns the tokens of s[from:to] (token.Split) in buf,
// an empty slice whose capacity bounds them. With keepLast, a full buffer
// drops its oldest half and goes on (the left context wants the tokens
// nearest the figure); without, tokenizing stops when buf is full. It
// writes by index, never appends, so that the callers' arrays stay on the
// stack.
func (v *Vocab) measureTokenize(s string, from, to int, buf []mtok, keepLast bool) []mtok {
	var wbuf [maxTokens]token.Word
	ws := token.Split(s, from, to, wbuf[:0:min(cap(buf), maxTokens)], keepLast)
	buf = buf[:len(ws)]
	for i, w := range ws {
		buf[i] = v.newMtok(s, w)
	}
	return buf
}

// newMtok is the token of Of of a piece of token.Split of s.
func (v *Vocab) newMtok(s string, w token.Word) mtok {
	text := s[w.Start:w.End]
	return mtok{Low: w.Low, text: text, Start: w.Start, End: w.End, kind: v.kindOf(w, text)}
}

// kindOf is the kind of a piece of token.Split, written text, as Of
// reads it.
func (v *Vocab) kindOf(w token.Word, text string) mTokKind {
	switch w.Kind {
	case token.Comma:
		return tComma
	case token.Boundary:
		return tBound
	case token.Punct:
		return tPunct
	}
	if r, _ := utf8.DecodeRuneInString(text); unicode.IsDigit(r) || v.isNumberWord(w.Low) {
		return tNum
	}
	return tWord
}

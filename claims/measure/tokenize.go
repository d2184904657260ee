package measure

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

// mtok is a token of Of's tokenizer.
type mtok struct {
	text       string // as written
	low        string // lower case
	start, end int    // byte offsets in the sentence
	kind       mTokKind
}

// isNumberWord reports whether w is a number word, hyphenated ones
// included ("forty-two").
func isNumberWord(w string) bool {
	if numberWords[w] {
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
		if !numberWords[part] {
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

// measureTokenize appends the tokens of s[from:to] to buf. With keepLast, a full
// buffer drops its oldest half and goes on (the left context wants the
// tokens nearest the figure); without, tokenizing stops when buf is full.
func measureTokenize(s string, from, to int, buf []mtok, keepLast bool) []mtok {
	i := from
	for i < to {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:to])
		}
		if r == ' ' || unicode.IsSpace(r) {
			i += n
			continue
		}
		if len(buf) == cap(buf) {
			if !keepLast {
				return buf
			}
			h := len(buf) / 2
			copy(buf, buf[h:])
			buf = buf[:len(buf)-h]
		}
		if isAlnum(r) {
			j := wordEnd(s, i, to)
			t := mtok{text: s[i:j], start: i, end: j, kind: tWord}
			t.low = lower(t.text)
			if unicode.IsDigit(r) || isNumberWord(t.low) {
				t.kind = tNum
			}
			buf = append(buf, t)
			i = j
			continue
		}
		t := mtok{text: s[i : i+n], low: s[i : i+n], start: i, end: i + n, kind: tPunct}
		switch r {
		case ',':
			t.kind = tComma
		case ';', ':', '—', '(', ')', '[', ']', '"', '“', '”', '«', '»', '!', '?', '…', '‘', '’', '\'':
			t.kind = tBound
		case '.':
			t.kind = tBound
		case '–', '-', '‒', '―':
			// A dash between spaces separates clauses; a hyphen glued to
			// a word does not.
			if i > 0 && i+n < len(s) && s[i-1] == ' ' && s[i+n] == ' ' || r != '-' {
				t.kind = tBound
			}
		}
		buf = append(buf, t)
		i += n
	}
	return buf
}

// isAlnum reports whether r is a letter or a digit, ASCII first.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by . , ' ’ - when a letter or digit follows (1,674  1.5  U.S.
// IS-K  Afghanistan’s  forty-two).
func wordEnd(s string, i, to int) int {
	j := i
	dotted := false
	for j < to {
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:to])
		}
		if isAlnum(r) {
			j += n
			continue
		}
		if r == '.' || r == ',' || r == '\'' || r == '’' || r == '-' {
			if j+n < to {
				r2, _ := utf8.DecodeRuneInString(s[j+n : to])
				if r == ',' {
					if unicode.IsDigit(r2) && j > i && s[j-1] >= '0' && s[j-1] <= '9' {
						j += n
						continue
					}
					break
				}
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					if r == '.' {
						dotted = true
					}
					j += n
					continue
				}
			}
			// "U.S." keeps its last dot.
			if r == '.' && dotted {
				j += n
			}
			break
		}
		break
	}
	return j
}

// lower lower-cases s, without allocating when s has no upper case ASCII
// letter and is ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

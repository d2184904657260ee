package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a piece of a sentence is, as Split gives it.
type Kind uint8

// The kinds of Split.
const (
	Alnum    Kind = iota // letters and digits, possibly joined by . , ' ’ -
	Comma                // ,
	Boundary             // a clause boundary: ; : — ( ) quotes . ! ? and a spaced dash
	Punct                // any other symbol (% $ £ € …)
)

// Split appends the pieces of s[from:to] to buf: its words and numbers
// (Alnum) and each of its other symbols, white space left out; it is the
// one place that splits a sentence. A word is a run of letters and digits
// joined by a dot, an apostrophe or a hyphen when a letter or digit
// follows (1.5 U.S. IS-K Afghanistan’s forty-two), or by a comma between
// two digits (1,674); an abbreviation with inner dots keeps its last one
// ("U.S."). Nothing past to is read but the characters around a dash.
//
// With keepLast, a full buf drops its oldest half and goes on (a left
// context wants the pieces nearest its end); without, splitting stops
// when buf is full.
func Split(s string, from, to int, buf []Word, keepLast bool) []Word {
	for i := from; ; {
		w, j, ok := next(s, i, to)
		if !ok {
			return buf
		}
		if len(buf) == cap(buf) {
			if !keepLast {
				return buf
			}
			h := len(buf) / 2
			copy(buf, buf[h:])
			buf = buf[:len(buf)-h]
		}
		buf = append(buf, w)
		i = j
	}
}

// next returns the piece of Split at or after offset i of s[:to] and the
// offset just after it; ok is false when none is left.
func next(s string, i, to int) (w Word, end int, ok bool) {
	start, end, kind, ok := span(s, i, to)
	if !ok {
		return Word{}, to, false
	}
	if kind != Alnum {
		return Word{Low: s[start:end], Start: start, End: end, Kind: kind}, end, true
	}
	r, _ := utf8.DecodeRuneInString(s[start:end])
	return Word{Low: lower(s[start:end]), Start: start, End: end, Capital: unicode.IsUpper(r)}, end, true
}

// span returns the bounds and the kind of the piece of Split at or after
// offset i of s[:to]; ok is false when none is left. It is next without
// the lower-cased form, for Tokens, which lower-cases parts of a piece.
func span(s string, i, to int) (start, end int, kind Kind, ok bool) {
	for i < to {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:to])
		}
		if r == ' ' || unicode.IsSpace(r) {
			i += n
			continue
		}
		if isAlnum(r) {
			return i, alnumEnd(s, i, to), Alnum, true
		}
		return i, i + n, symbolKind(s, i, n, r), true
	}
	return to, to, Punct, false
}

// symbolKind is the kind of the symbol r at s[i:i+n].
func symbolKind(s string, i, n int, r rune) Kind {
	switch r {
	case ',':
		return Comma
	case ';', ':', '—', '(', ')', '[', ']', '"', '“', '”', '«', '»', '!', '?', '…', '‘', '’', '\'', '.':
		return Boundary
	case '–', '-', '‒', '―':
		// A dash between spaces separates clauses; a hyphen glued to a
		// word does not.
		if i > 0 && i+n < len(s) && s[i-1] == ' ' && s[i+n] == ' ' || r != '-' {
			return Boundary
		}
	}
	return Punct
}

// isAlnum reports whether r is a letter or a digit, ASCII first.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiAlnum reports whether the ASCII byte c is a letter or a digit;
// small enough to be inlined into the loops over a word.
func asciiAlnum(c byte) bool { return (c|0x20)-'a' < 26 || c-'0' < 10 }

// alnumEnd returns the end of the word of Split starting at i.
func alnumEnd(s string, i, to int) int {
	j := i
	dotted := false
	for j < to {
		if c := s[j]; c < utf8.RuneSelf && asciiAlnum(c) {
			j++
			continue
		}
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:to])
		}
		if r >= utf8.RuneSelf && isAlnum(r) {
			j += n
			continue
		}
		if r != '.' && r != ',' && r != '\'' && r != '’' && r != '-' {
			break
		}
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
				dotted = dotted || r == '.'
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

package token

import (
	"unicode"
	"unicode/utf8"
)

// isLowerASCII reports whether s is ASCII without an upper-case letter:
// its own lower-case form.
func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendLower appends s lower-cased to b, byte for byte as
// strings.ToLower(s) spells it: each rune mapped by unicode.ToLower, an
// invalid byte written as utf8.RuneError.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
	}
	return b
}

// upperLead reports whether w starts with an upper-case letter, ASCII
// first.
func upperLead(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

package outlet

import (
	"strings"
	"unicode"
)

// isSpaceRune reports white space, including the no-break and zero-width
// spaces pages use.
func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x2007, 0x202F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200B || unicode.IsSpace(r)
}

// cleanTitle collapses runs of white space and trims.
func cleanTitle(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpaceRune), " ")
}

// hasPrefixFold reports whether s starts with prefix, ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// splitAny splits s at every separator.
func splitAny(s string, seps []string) []string {
	parts := []string{s}
	for _, sep := range seps {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	return parts
}

// asciiLower lower-cases ASCII letters only, so byte offsets in the result
// are offsets in s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

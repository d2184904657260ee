package token

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// lowerCases are inputs whose lower-case form strings.ToLower and
// appendLower must agree on.
var lowerCases = []string{
	"", "said", "Ministry", "ÉCOLE", "İstanbul", "\u212Aelvin", "ǅemal",
	"ΣΟΦΙΑ", "\xff\xfeA", "said\xe2\x80", "\ufffd", "straße", "ＡＢＣ",
}

func TestAppendLower(t *testing.T) {
	for _, s := range lowerCases {
		assert.Equal(t, strings.ToLower(s), string(appendLower(nil, s)), "%q", s)
		assert.Equal(t, s == strings.ToLower(s) && isASCII(s), isLowerASCII(s), "%q", s)
		lead, _ := utf8.DecodeRuneInString(s)
		assert.Equal(t, s != "" && unicode.IsUpper(lead), upperLead(s), "%q", s)
	}
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// FuzzLower holds appendLower to strings.ToLower, and isLowerASCII and
// upperLead to their definitions, on any input.
func FuzzLower(f *testing.F) {
	for _, s := range lowerCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := string(appendLower([]byte("x"), s)); got != "x"+strings.ToLower(s) {
			t.Fatalf("appendLower(%q) = %q, strings.ToLower gives %q", s, got[1:], strings.ToLower(s))
		}
		if isLowerASCII(s) != (s == strings.ToLower(s) && isASCII(s)) {
			t.Fatalf("isLowerASCII(%q) = %v", s, isLowerASCII(s))
		}
		lead, _ := utf8.DecodeRuneInString(s)
		if upperLead(s) != (s != "" && unicode.IsUpper(lead)) {
			t.Fatalf("upperLead(%q) = %v", s, upperLead(s))
		}
	})
}

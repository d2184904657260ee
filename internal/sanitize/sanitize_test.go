package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestLine(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "bbc/sport/199.txt", "bbc/sport/199.txt"},
		{"unicode kept", "Reuters — Kraków ½", "Reuters — Kraków ½"},
		{"newline command", "a\n::error file=x::forged", `a\n:\:error file=x:\:forged`},
		{"crlf", "a\r\nb", `a\r\nb`},
		{"unicode separators", "a\u2028b\u2029c\u0085d", `a\u2028b\u2029c\x85d`},
		{"vt ff", "a\vb\fc", `a\vb\fc`},
		{"ansi", "\x1b[41mred\x1b[0m", `\x1b[41mred\x1b[0m`},
		{"legacy command", "id ##[stop-commands]tok", `id ##\[stop-commands]tok`},
		{"legacy command at start", "##[error]x", `##\[error]x`},
		{"triple colon", ":::", `:\:\:`},
		{"single colons kept", "a:1:2: b", "a:1:2: b"},
		{"bidi override", "abc\u202edcba", `abc\u202edcba`},
		{"invalid utf8", "a\xffb", `a\xffb`},
		{"tab", "a\tb", `a\tb`},
		{"del and c1", "a\x7fb\u009bc", `a\x7fb\x9bc`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Line(tt.in))
		})
	}
}

// FuzzLine checks that no input yields a line break, a control character,
// "::" or "##[".
func FuzzLine(f *testing.F) {
	for _, s := range []string{"a\n::error::x", "##[stop-commands]", "\x1b[41m", "\u2028", ":#:#[", "\xff::"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Line(s)
		assert.True(t, utf8.ValidString(out))
		assert.NotContains(t, out, "::")
		assert.NotContains(t, out, "##[")
		for _, r := range out {
			assert.False(t, unsafeRune(r), "rune %U in %q", r, out)
		}
		if clean(s) {
			assert.Equal(t, s, out)
		}
		assert.False(t, strings.ContainsAny(out, "\n\r"))
	})
}

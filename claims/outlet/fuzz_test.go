package outlet

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// FuzzDetect checks that detection never panics, says how it found every
// outlet, and returns a clean name: a registry name, or one that names
// itself again (canonical, title-cased, no decoration).
func FuzzDetect(f *testing.F) {
	for _, c := range detectCases {
		f.Add(c.text)
	}
	for _, c := range formCases {
		f.Add(c.text)
	}
	reg := DefaultRegistry()
	hows := []string{HowByline, HowDateline, HowSite, HowCredit, HowInterview}
	f.Fuzz(func(t *testing.T, text string) {
		got, how := reg.Detect(text)
		if got == "" {
			require.Empty(t, how)
			return
		}
		require.Contains(t, hows, how)
		require.Equal(t, cleanTitle(got), got, "outlet %q is trimmed, one space between words", got)
		require.NotContains(t, got, "\n")
		require.LessOrEqual(t, len(got), 2*maxNameLen)
		if utf8.ValidString(text) {
			require.True(t, utf8.ValidString(got))
		}
		if c, ok := reg.Canonical(got); ok {
			require.Equal(t, c, got, "a registry outlet comes out canonical")
			return
		}
		require.Equal(t, got, reg.name(got), "an unknown outlet %q names itself", got)
		require.False(t, strings.HasPrefix(strings.ToLower(got), "by "))
	})
}

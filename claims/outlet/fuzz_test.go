package outlet

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func FuzzDetect(f *testing.F) {
	for _, c := range detectCases {
		f.Add(c.text)
	}
	reg := DefaultRegistry()
	f.Fuzz(func(t *testing.T, text string) {
		got, rule := reg.Detect(text)
		if got == "" {
			require.Empty(t, rule)
			return
		}
		require.NotEmpty(t, rule)
		c, ok := reg.Canonical(got)
		require.True(t, ok, "detected outlet %q is a registry name", got)
		require.Equal(t, got, c)
	})
}

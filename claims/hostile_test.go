package claims

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHostileNumbers: numbers too long for float64 are one figure each, of
// kind other with no usable value, never dropped and never cut into parts.
func TestHostileNumbers(t *testing.T) {
	ex, err := NewExtractor(DefaultExtractOptions())
	require.NoError(t, err)
	tests := []struct {
		name, number string
	}{
		{"400 digits", strings.Repeat("9", 400)},
		{"exponent beyond range", "1e309"},
		{"120 digit groups", "1," + strings.Repeat("000,", 119) + "000"},
		{"120 groups of 123", strings.TrimSuffix(strings.Repeat("123,", 120), ",")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := "Police said " + tt.number + " people were arrested on Monday."
			figs := ex.Figures(s)
			require.Len(t, figs, 1, "%v", figs)
			assert.Equal(t, tt.number, figs[0].Text)
			assert.Equal(t, Other, figs[0].Kind)
			assert.True(t, math.IsInf(figs[0].Value, 1))
		})
	}
}

// TestHostileEscapes: terminal escape sequences are blanked, keeping
// offsets and lines, so "\x1b[41m" is not 41 million.
func TestHostileEscapes(t *testing.T) {
	ex, err := NewExtractor(DefaultExtractOptions())
	require.NoError(t, err)
	tests := []struct{ name, in string }{
		{"text", "Colour\n\nOfficials said \x1b[41m12\x1b[0m people were killed.\n"},
		{"json lines", `{"id":"a","text":"Officials said \u001b[41m12\u001b[0m people were killed."}` + "\n"},
		{"osc link", "Link\n\nOfficials said \x1b]8;;http://x/41m\x0712\x1b]8;;\x07 people were killed.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "a.md"
			if tt.name == "json lines" {
				name = "a.jsonl"
			}
			arts, errs := Parse(name, []byte(tt.in), LoadOptions{})
			require.Empty(t, errs)
			require.Len(t, arts, 1)
			assert.NotContains(t, arts[0].Text, "\x1b")
			var values []float64
			for _, c := range ex.Extract(arts[0]) {
				for _, f := range c.Figures {
					values = append(values, f.Value)
				}
			}
			assert.Equal(t, []float64{12}, values)
		})
	}
}

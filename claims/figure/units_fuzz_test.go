package figure

import (
	"math"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/stretchr/testify/require"
)

// FuzzUnits runs the extractor, with its unit and look-alike passes, over
// untrusted text: no panic, spans that cut the sentence at the figure's
// text, in order and apart, and a unit of a known dimension on every
// figure that has one.
func FuzzUnits(f *testing.F) {
	for _, c := range unitCases {
		f.Add(c.sentence)
	}
	for _, s := range []string{"10 $ 30 $", "usd$ 15", "5 ft 2 in", "2019-09-01T", "1.5e", "3 x 10^",
		"Row", "32m2 m2", "MUSD", "£", "6-3 4-6 6-1", "10.45pm GMT", "1 m x 1 m", "a quarter million usd"} {
		f.Add(s)
	}
	ex, err := newFinder(defaultOptions())
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, fig := range ex.Figures(s) {
			require.LessOrEqual(t, last, fig.Start, "figures in order and apart in %q", s)
			require.LessOrEqual(t, fig.Start, fig.End)
			require.LessOrEqual(t, fig.End, len(s))
			require.Equal(t, fig.Text, s[fig.Start:fig.End])
			last = fig.End
			require.False(t, strings.HasPrefix(ex.v.units.Dimension(fig.Unit), "unit:"), "unit %q of %q is in the tables", fig.Unit, fig.Text)
			if fig.Kind == core.Measurement {
				require.NotEmpty(t, fig.Unit, "a measurement has a unit: %q", fig.Text)
			}
			iv, _ := ex.v.units.Normalise(fig)
			require.False(t, math.IsNaN(iv.Lo) || math.IsNaN(iv.Hi) || math.IsNaN(fig.Value), "%q", fig.Text)
			require.True(t, ex.v.units.Comparable(fig, fig))
		}
	})
}

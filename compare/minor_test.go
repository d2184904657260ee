package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims"
)

func TestSplitMinor(t *testing.T) {
	// fig is a count of the dead of article art.
	fig := func(art int, v float64) *item {
		return &item{art: art, fig: &claims.Figure{Kind: claims.Count, Measure: claims.MeasureKilled, Value: v, Interval: claims.Interval{Lo: v, Hi: v}}}
	}
	tests := []struct {
		name   string
		items  []*item
		keep   []int
		minors []int
	}{
		{"a small count beside its article's toll", []*item{fig(0, 289), fig(0, 21), fig(1, 289), fig(2, 258)}, []int{0, 2, 3}, []int{1}},
		{"an article's only count stays, however small", []*item{fig(0, 289), fig(1, 27), fig(2, 258)}, []int{0, 1, 2}, nil},
		{"close counts stay", []*item{fig(0, 88), fig(0, 72), fig(1, 80)}, []int{0, 1, 2}, nil},
		{"too few counts to tell", []*item{fig(0, 289), fig(0, 21)}, []int{0, 1}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := make([]int, len(tt.items))
			for i := range c {
				c[i] = i
			}
			buckets := map[string][]int{"k": c}
			keys, minors := splitMinor(tt.items, buckets, []string{"k"})
			assert.Equal(t, tt.keep, buckets["k"])
			assert.Equal(t, tt.minors, minors)
			assert.Len(t, keys, 1+len(tt.minors))
		})
	}
}

func TestSplitMinorGathersOneValue(t *testing.T) {
	fig := func(art int, v float64) *item {
		return &item{art: art, fig: &claims.Figure{Kind: claims.Count, Measure: claims.MeasureKilled, Value: v, Interval: claims.Interval{Lo: v, Hi: v}}}
	}
	items := []*item{fig(0, 289), fig(0, 21), fig(1, 289), fig(1, 21), fig(2, 258), fig(2, 30)}
	buckets := map[string][]int{"k": {0, 1, 2, 3, 4, 5}}
	keys, _ := splitMinor(items, buckets, []string{"k"})
	assert.Equal(t, []string{"k", "k|minor 21", "k|minor 30"}, keys)
	assert.Equal(t, []int{1, 3}, buckets["k|minor 21"], "two outlets' 21 are one minor fact")
	assert.Equal(t, []int{0, 2, 4}, buckets["k"])
}

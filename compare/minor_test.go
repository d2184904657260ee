package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims"
)

func TestSplitMinor(t *testing.T) {
	// fig is a count of the dead of article art, by outlet "o<art>".
	fig := func(art int, v float64) *item {
		return &item{art: art, source: string(rune('a' + art)), fig: &claims.Figure{Kind: claims.Count, Measure: claims.MeasureKilled, Value: v, Interval: claims.Interval{Lo: v, Hi: v}}}
	}
	early := func(it *item) *item { it.fig.Earlier = true; return it }
	vague := func(it *item) *item { it.fig.Qualifier = claims.Vague; return it }
	dated := func(it *item) *item { it.sib = []claims.Figure{{Kind: claims.Year, Value: 2013}}; return it }
	published := func(it *item, day string) *item { it.stmt.Article = &claims.Article{Published: day}; return it }
	tests := []struct {
		name   string
		items  []*item
		fact   []int
		minors [][]int
		lone   []int
	}{
		{"a small count beside its article's toll", []*item{fig(0, 289), fig(0, 21), fig(1, 289), fig(2, 258)}, []int{0, 2, 3}, nil, []int{1}},
		{"an article's only count stays, however small", []*item{fig(0, 289), fig(1, 27), fig(2, 258)}, []int{0, 1, 2}, nil, nil},
		{"close counts stay", []*item{fig(0, 88), fig(0, 72), fig(1, 80)}, []int{0, 1, 2}, nil, nil},
		{"too few counts to tell", []*item{fig(0, 289), fig(0, 21)}, []int{0, 1}, nil, nil},
		{"an earlier report stays", []*item{fig(0, 2000), early(fig(0, 500)), fig(1, 2000), fig(2, 2400)}, []int{0, 1, 2, 3}, nil, nil},
		{"a vague count weighs nothing", []*item{vague(fig(0, 200)), fig(0, 93), fig(1, 114), fig(2, 94), fig(3, 13), fig(3, 111)}, []int{0, 1, 2, 3, 5}, nil, []int{4}},
		{"a vague count is no article's toll", []*item{vague(fig(0, 200)), fig(0, 40), fig(1, 114), fig(2, 94)}, []int{0, 1, 2, 3}, nil, nil},
		{"a count its sentence dates is no article's toll", []*item{dated(fig(0, 36)), fig(0, 15), fig(1, 30), fig(2, 37), fig(3, 30)}, []int{0, 1, 2, 3, 4}, nil, nil},
		{"a count dated by its article's own year weighs", []*item{published(dated(fig(0, 36)), "2013-02-10"), published(fig(0, 15), "2013-02-10"), fig(1, 30), fig(2, 37), fig(3, 30)}, []int{0, 2, 3, 4}, nil, []int{1}},
		{"two outlets' minor count of one value is one fact", []*item{fig(0, 289), fig(0, 21), fig(1, 289), fig(1, 21), fig(2, 258), fig(2, 30)}, []int{0, 2, 4}, [][]int{{1, 3}}, []int{5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := make([]int, len(tt.items))
			for i := range c {
				c[i] = i
			}
			fact, minors, lone := splitMinor(tt.items, c)
			assert.Equal(t, tt.fact, fact)
			assert.Equal(t, tt.minors, minors)
			assert.Equal(t, tt.lone, lone)
		})
	}
}

package qualify

import (
	"math"
	"testing"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang/english"
	"github.com/stretchr/testify/assert"
)

func TestInterval(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		q    core.Qualifier
		v    float64
		want core.Interval
	}{
		{core.Exact, 139, core.Point(139)},
		{core.AtLeast, 133, core.Interval{Lo: 133, Hi: inf}},
		{core.MoreThan, 140, core.Interval{Lo: 140, Hi: inf, LoOpen: true}},
		{core.Nearly, 100, core.Interval{Lo: 90, Hi: 100, HiOpen: true}},
		{core.About, 200, core.Interval{Lo: 180, Hi: 220}},
		{core.About, -200, core.Interval{Lo: -220, Hi: -180}},
		{core.UpTo, 700, core.Interval{Lo: -inf, Hi: 700}},
		{core.FewerThan, 1000, core.Interval{Lo: -inf, Hi: 1000, HiOpen: true}},
	}
	for _, tt := range tests {
		t.Run(string(tt.q), func(t *testing.T) {
			assert.Equal(t, tt.want, Interval(tt.q, tt.v, 0.1, 0.1))
		})
	}
	assert.True(t, math.IsInf(Interval(core.Nearly, 100, 0.1, 0).Lo, -1), "no lower end without NearlyLower")
}

func TestPhrases(t *testing.T) {
	tb := New(english.Qualifiers(), english.FigureRuleWords())
	got := tb.Phrases("at")
	assert.NotEmpty(t, got)
	for i := 1; i < len(got); i++ {
		assert.GreaterOrEqual(t, len(got[i-1].Words), len(got[i].Words), "longest first")
	}
	between := tb.Phrases("between")
	assert.Equal(t, IntroBetween, between[0].Intro)
	assert.Equal(t, IntroFrom, tb.Phrases("from")[0].Intro)
	assert.Contains(t, tb.Starts(), "nearly")
	assert.Contains(t, tb.Words(), "least")
}

func TestMergeBounds(t *testing.T) {
	s := "more than 10 and fewer than 20"
	figs := []core.Figure{
		{Text: "more than 10", Span: core.Span{Start: 0, End: 12}, Value: 10, Qualifier: core.MoreThan,
			Interval: core.Interval{Lo: 10, Hi: math.Inf(1), LoOpen: true}, Kind: core.Count},
		{Text: "fewer than 20", Span: core.Span{Start: 17, End: 30}, Value: 20, Qualifier: core.FewerThan,
			Interval: core.Interval{Lo: math.Inf(-1), Hi: 20, HiOpen: true}, Kind: core.Count},
	}
	got := MergeBounds(s, figs)
	assert.Len(t, got, 1)
	assert.Equal(t, core.Range, got[0].Qualifier)
	assert.Equal(t, core.Interval{Lo: 10, Hi: 20, LoOpen: true, HiOpen: true}, got[0].Interval)
	assert.Equal(t, s, got[0].Text)
}

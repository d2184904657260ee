package compare

import (
	"github.com/crosscheck-news/crosscheck/claims"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClusterAverageLinkage(t *testing.T) {
	items := func(sources ...string) []*item {
		var out []*item
		for i, s := range sources {
			out = append(out, &item{art: i, source: s})
		}
		return out
	}
	tests := []struct {
		name    string
		items   []*item
		sims    map[uint64]float64
		minLink float64
		want    [][]int
	}{
		{
			name:  "no chaining through one member",
			items: items("Reuters", "AP", "BBC"),
			// 0~1 strongly, 1~2 enough alone, 0 and 2 unrelated: the average of 2
			// to {0,1} is 0.3, below the linkage.
			sims:    map[uint64]float64{pairKey(0, 1): 0.9, pairKey(1, 2): 0.6},
			minLink: 0.45,
			want:    [][]int{{0, 1}},
		},
		{
			name:    "a member close to the whole group joins",
			items:   items("Reuters", "AP", "BBC"),
			sims:    map[uint64]float64{pairKey(0, 1): 0.9, pairKey(1, 2): 0.6, pairKey(0, 2): 0.5},
			minLink: 0.45,
			want:    [][]int{{0, 1, 2}},
		},
		{
			name: "one article never holds two members",
			items: []*item{
				{art: 0, source: "Reuters"}, {art: 1, source: "AP"}, {art: 1, source: "AP"},
			},
			sims:    map[uint64]float64{pairKey(0, 1): 0.9, pairKey(0, 2): 0.8},
			minLink: 0.45,
			want:    [][]int{{0, 1}},
		},
		{
			name: "two articles of one outlet are not compared with each other",
			items: []*item{
				{art: 0, source: "Reuters"}, {art: 1, source: "AP"}, {art: 2, source: "AP"},
			},
			sims:    map[uint64]float64{pairKey(0, 1): 0.9, pairKey(0, 2): 0.8},
			minLink: 0.45,
			want:    [][]int{{0, 1, 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pairs []uint64
			for p := range tt.sims {
				pairs = append(pairs, p)
			}
			slices.Sort(pairs)
			sims := make([]score, len(pairs))
			for k, p := range pairs {
				sims[k] = score{tt.sims[p], tt.sims[p]}
			}
			assert.Equal(t, tt.want, cluster(tt.items, pairs, sims, tt.minLink, tt.minLink, tt.minLink, func(i, j int) score { s := tt.sims[pairKey(i, j)]; return score{s, s} }))
		})
	}
}

func TestJoinAgreeing(t *testing.T) {
	fig := func(v float64, measure string) *claims.Figure {
		return &claims.Figure{Value: v, Interval: claims.Point(v), Kind: claims.Count, Measure: measure}
	}
	items := []*item{
		{art: 0, source: "AP", fig: fig(104, "survivor")},
		{art: 1, source: "BBC", fig: fig(104, "survivor")},
		{art: 2, source: "Reuters", fig: fig(104, "survivor")},
		{art: 3, source: "CNN", fig: fig(105, "survivor")},
		{art: 4, source: "NPR", fig: fig(104, "passenger")},
		{art: 0, source: "AP", fig: fig(104, "survivor")},
	}
	sim := func(s float64) func(i, j int) score {
		return func(i, j int) score { return score{s, s} }
	}
	// A group {0,1} and a lone figure 2 of the same value and measure are
	// gathered; 3 (another value), 4 (another measure) and 5 (the article
	// of 0) are not.
	assert.Equal(t, [][]int{{0, 1, 2}}, joinAgreeing(items, [][]int{{0, 1}}, 0.2, sim(0.25)))
	assert.Equal(t, [][]int{{0, 1}}, joinAgreeing(items, [][]int{{0, 1}}, 0.2, sim(0.1)), "too little in common")
}

package compare

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims"
)

func iv(lo, hi float64, loOpen, hiOpen bool) claims.Figure {
	return claims.Figure{Interval: claims.Interval{Lo: lo, Hi: hi, LoOpen: loOpen, HiOpen: hiOpen}}
}

func TestJudge(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name     string
		figs     []claims.Figure
		want     Verdict
		disjoint [][2]int
	}{
		{"same exact value", []claims.Figure{iv(13, 13, false, false), iv(13, 13, false, false)}, Agree, [][2]int{}},
		{"exact inside at least", []claims.Figure{iv(182, 182, false, false), iv(100, inf, true, false)}, Consistent, [][2]int{}},
		{"exact below more than", []claims.Figure{iv(139, 139, false, false), iv(140, inf, true, false)}, Conflict, [][2]int{{0, 1}}},
		{"open end touching", []claims.Figure{iv(140, 140, false, false), iv(140, inf, true, false)}, Conflict, [][2]int{{0, 1}}},
		{"closed end touching", []claims.Figure{iv(133, 133, false, false), iv(133, inf, false, false)}, Consistent, [][2]int{}},
		{"nearly and at least", []claims.Figure{iv(math.Inf(-1), 100, false, true), iv(84, inf, false, false), iv(90, inf, true, false)}, Consistent, [][2]int{}},
		{"two disjoint of three", []claims.Figure{iv(139, 139, false, false), iv(133, inf, false, false), iv(140, inf, true, false)}, Conflict, [][2]int{{0, 2}}},
		{"different exact values", []claims.Figure{iv(170, 170, false, false), iv(175, 175, false, false)}, Conflict, [][2]int{{0, 1}}},
		{"same lower bound, same words", []claims.Figure{iv(1000, inf, true, false), iv(1000, inf, true, false)}, Agree, [][2]int{}},
		{"same approximate value", []claims.Figure{iv(45000, 55000, false, false), iv(45000, 55000, false, false)}, Agree, [][2]int{}},
		{"at least and more than", []claims.Figure{iv(1000, inf, false, false), iv(1000, inf, true, false)}, Consistent, [][2]int{}},
		{"ranges overlapping", []claims.Figure{iv(20, 30, false, false), iv(25, 40, false, false)}, Consistent, [][2]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, d := Judge(tt.figs)
			assert.Equal(t, tt.want, v)
			assert.Equal(t, tt.disjoint, d)
		})
	}
}

func TestRelation(t *testing.T) {
	inf := math.Inf(1)
	// The new figure agrees with one reference; the references conflict among
	// themselves: the new figure is not to blame.
	figs := []claims.Figure{iv(139, 139, false, false), iv(133, inf, false, false), iv(140, inf, true, false)}
	assert.Equal(t, Conflict, relation(figs))
	figs = []claims.Figure{iv(133, inf, false, false), iv(139, 139, false, false), iv(140, inf, true, false)}
	assert.Equal(t, Consistent, relation(figs))
	figs = []claims.Figure{iv(27, 27, false, false), iv(27, 27, false, false)}
	assert.Equal(t, Agree, relation(figs))
}

func TestOptionsValidate(t *testing.T) {
	assert.NoError(t, DefaultOptions().Validate())
	tests := []struct {
		name string
		edit func(*Options)
		want string
	}{
		{"negative weight", func(o *Options) { o.ValueWeight = -1 }, "ValueWeight"},
		{"zero weights", func(o *Options) { o.ContextWeight, o.StringWeight, o.ValueWeight, o.SubjectWeight = 0, 0, 0, 0 }, "sum to zero"},
		{"threshold above one", func(o *Options) { o.MinLinkage = 1.5 }, "MinLinkage"},
		{"name boost below one", func(o *Options) { o.NameBoost = 0.5 }, "NameBoost"},
		{"value ratio", func(o *Options) { o.ValueRatio = 1 }, "ValueRatio"},
		{"distance", func(o *Options) { o.MaxDistance = 0 }, "MaxDistance"},
		{"blocking", func(o *Options) { o.MaxPostings = 1 }, "MaxPostings"},
		{"NaN threshold", func(o *Options) { o.MinSimilarity = math.NaN() }, "MinSimilarity"},
		{"NaN weight", func(o *Options) { o.ContextWeight = math.NaN() }, "ContextWeight"},
		{"infinite ratio", func(o *Options) { o.ValueRatio = math.Inf(1) }, "ValueRatio"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := DefaultOptions()
			tt.edit(&o)
			assert.ErrorContains(t, o.Validate(), tt.want)
		})
	}
}

func TestMakeGroupVague(t *testing.T) {
	fig := func(outlet string, lo, hi float64, q claims.Qualifier) *item {
		a := &claims.Article{ID: outlet, Outlet: outlet}
		return &item{source: outlet, stmt: Statement{Article: a}, fig: &claims.Figure{Interval: claims.Interval{Lo: lo, Hi: hi}, Qualifier: q}}
	}
	tests := []struct {
		name  string
		items []*item
		want  Verdict
	}{
		{"a vague word refutes no number", []*item{fig("A", 24, 99, claims.Vague), fig("B", 22, 22, claims.Exact)}, Consistent},
		{"two numbers that differ conflict", []*item{fig("A", 24, 24, claims.Exact), fig("B", 22, 22, claims.Exact)}, Conflict},
		{"beside a vague word, two numbers still conflict", []*item{fig("A", 24, 99, claims.Vague), fig("B", 22, 22, claims.Exact), fig("C", 30, 30, claims.Exact)}, Conflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := makeGroup(tt.items, []int{0, 1, 2}[:len(tt.items)])
			assert.Equal(t, tt.want, g.Verdict)
		})
	}
}

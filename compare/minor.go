package compare

import (
	"slices"

	"github.com/crosscheck-news/crosscheck/claims"
)

// Minor counts: an article that states a fact's toll may also give, with
// the same slot, a much smaller count that its clause does not mark as a
// part: the toll of one of two sites ("21 perished in a fire in Lahore"
// beside 289 in Karachi), of a class the clause leaves unnamed, or of an
// earlier event told without its date. Such a count is kept apart from the
// fact, and gathered only with counts of the same value.

// minorRatio is how many times smaller than the slot's middle value a
// count must be to be minor; majorRatio is how close to that middle value
// a count of the same article must come to be its toll (a vague count,
// "hundreds", never is).
const (
	minorRatio = 2.0
	majorRatio = 1.5
)

// minCountsForMinor is the fewest counts a slot needs before its middle
// value tells a minor count.
const minCountsForMinor = 3

// splitMinor splits the minor counts out of part c of a slot of a
// running total: fact keeps the rest, minors gathers the minor counts of
// one value that two or more outlets give, and lone holds the others,
// compared with nothing (the context of a share of a toll says too little
// to pair it).
func splitMinor(items []*item, c []int) (fact []int, minors [][]int, lone []int) {
	if len(c) < minCountsForMinor {
		return c, nil, nil
	}
	weigh := make([]bool, len(c))
	for n, i := range c {
		weigh[n] = weighs(items[i])
	}
	mid := middleValue(items, c, weigh)
	// The articles that give the bucket a count near its middle value.
	major := map[int]bool{}
	for n, i := range c {
		if weigh[n] && items[i].fig.Value*majorRatio >= mid {
			major[items[i].art] = true
		}
	}
	byValue := map[float64][]int{}
	var values []float64
	for _, i := range c {
		if !major[items[i].art] || !minor(items[i].fig, mid) {
			fact = append(fact, i)
			continue
		}
		v := items[i].fig.Value
		if _, seen := byValue[v]; !seen {
			values = append(values, v)
		}
		byValue[v] = append(byValue[v], i)
	}
	for _, v := range values {
		if sources(items, byValue[v]) >= 2 {
			minors = append(minors, byValue[v])
		} else {
			lone = append(lone, byValue[v]...)
		}
	}
	return fact, minors, lone
}

// minor reports whether count f, in an article that gives its bucket a
// count near the middle value mid, is minor: its number at most
// 1/minorRatio of mid, and not given as an earlier report of the toll
// ("Earlier on Sunday, the Red Crescent said 500 people had been killed").
func minor(f *claims.Figure, mid float64) bool {
	return f.Value > 0 && f.Value*minorRatio <= mid && !f.Earlier
}

// weighs reports whether a count of a slot tells its size: not vague
// ("Hundreds feared dead"), and not dated by a year its sentence names
// before its article's own ("in 2013, at least 36 pilgrims died"; any
// year when the article is undated), which the news of the day seldom is:
// such a count may be an earlier event's that the year did not tell apart.
func weighs(it *item) bool {
	if it.fig.Qualifier == claims.Vague {
		return false
	}
	own := 0
	if it.stmt.Article != nil {
		own = claims.PublishedYear(it.stmt.Article.Published)
	}
	return !slices.ContainsFunc(it.sib, func(f claims.Figure) bool { return f.Kind == claims.Year && (own == 0 || int(f.Value) < own) })
}

// middleValue is the median of the values of bucket c (the lower bound of
// a range). Only the counts that weigh (weigh[n] for c[n]) count, unless
// the bucket holds nothing else.
func middleValue(items []*item, c []int, weigh []bool) float64 {
	var vs []float64
	for n, i := range c {
		if weigh[n] {
			vs = append(vs, items[i].fig.Value)
		}
	}
	if len(vs) == 0 {
		for _, i := range c {
			vs = append(vs, items[i].fig.Value)
		}
	}
	slices.Sort(vs)
	return vs[len(vs)/2]
}

package compare

import (
	"slices"
	"strconv"
)

// Minor counts: an article that states a fact's toll may also give, with
// the same slot, a much smaller count that its clause does not mark as a
// part: the toll of one of two sites ("21 perished in a fire in Lahore"
// beside 289 in Karachi), of a class the clause leaves unnamed, or of an
// earlier event told without its date. Such a count is kept apart from the
// fact, and gathered only with counts of the same value.

// minorRatio is how many times smaller than the slot's middle value a
// count must be to be minor; majorRatio is how close to that middle value
// a count of the same article must come to be its toll.
const (
	minorRatio = 2.0
	majorRatio = 1.5
)

// minCountsForMinor is the fewest counts a slot needs before its middle
// value tells a minor count.
const minCountsForMinor = 3

// splitMinor moves the minor counts of each bucket of a cumulative measure
// to buckets of their own, one for each value, and returns the keys with
// the new ones after those they came from, and the minor counts: a minor
// count no other outlet's count of its value joins is compared with
// nothing (the context of a share of the toll says too little to pair it).
func splitMinor(items []*item, buckets map[string][]int, keys []string) ([]string, []int) {
	var minors []int
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, k)
		c := buckets[k]
		if len(c) < minCountsForMinor || !cumulative(items[c[0]].fig.Measure) {
			continue
		}
		mid := middleValue(items, c)
		var keep []int
		var moved []string
		for _, i := range c {
			if !minor(items, c, i, mid) {
				keep = append(keep, i)
				continue
			}
			mk := k + "|minor " + strconv.FormatFloat(items[i].fig.Value, 'g', -1, 64)
			if _, seen := buckets[mk]; !seen {
				moved = append(moved, mk)
			}
			buckets[mk] = append(buckets[mk], i)
			minors = append(minors, i)
		}
		buckets[k] = keep
		out = append(out, moved...)
	}
	return out, minors
}

// minor reports whether count i of bucket c is minor: its number at
// most 1/minorRatio of the middle value mid, in an article that gives the
// bucket a count near mid.
func minor(items []*item, c []int, i int, mid float64) bool {
	f := items[i].fig
	if f.Value <= 0 || f.Value*minorRatio > mid {
		return false
	}
	return slices.ContainsFunc(c, func(j int) bool {
		return items[j].art == items[i].art && items[j].fig.Value*majorRatio >= mid
	})
}

// middleValue is the median of the values of bucket c (the lower bound of
// a range).
func middleValue(items []*item, c []int) float64 {
	vs := make([]float64, len(c))
	for n, i := range c {
		vs[n] = items[i].fig.Value
	}
	slices.Sort(vs)
	return vs[len(vs)/2]
}

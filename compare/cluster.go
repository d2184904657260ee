package compare

import (
	"container/heap"
	"slices"

	"github.com/crosscheck-news/crosscheck/claims"
)

// cluster groups items by average linkage. pairs are the candidate pairs,
// sorted, and sims their similarities. Pairs scoring at least minSim link
// items into components; within each component the two clusters with the
// highest average similarity over their cross-source pairs (a pair that
// was not a candidate counts 0) merge first, as long as that average
// reaches minLink and they share no article. A merge that would put two
// disjoint intervals in one group (a conflict) needs an average of at
// least conflictLink: a false conflict alarm costs more than a missed
// group, and that average is taken over the pairs' local scores (the
// sentences' own evidence). It returns the clusters of two or more items,
// each sorted.
//
// Pairs of two items out of focus (reference articles under Check) are not
// candidates; sim scores those that fall in one component.
func cluster(items []*item, pairs []uint64, sims []score, minSim, minLink, conflictLink float64, sim func(i, j int) score) [][]int {
	// Components of the graph of strong pairs, by union-find.
	parent := make([]int, len(items))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for k, p := range pairs {
		if sims[k].all < minSim {
			continue
		}
		a, b := find(int(p>>32)), find(int(uint32(p)))
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	comps := make(map[int][]int)
	for i := range items {
		r := find(i)
		comps[r] = append(comps[r], i)
	}
	// Every scored pair inside a component feeds its linkage sums.
	inner := make(map[int][]int) // component root -> indices into pairs
	for k, p := range pairs {
		if sims[k].all <= 0 {
			continue
		}
		if r := find(int(p >> 32)); r == find(int(uint32(p))) {
			inner[r] = append(inner[r], k)
		}
	}
	roots := make([]int, 0, len(comps))
	for r, c := range comps {
		if len(c) > 1 {
			roots = append(roots, r)
		}
	}
	slices.Sort(roots)
	var out [][]int
	for _, r := range roots {
		ag := newAgglomeration(items, comps[r])
		scored := make(map[uint64]bool, len(inner[r]))
		for _, k := range inner[r] {
			ag.link(int(pairs[k]>>32), int(uint32(pairs[k])), sims[k])
			scored[pairs[k]] = true
		}
		var out0 []int
		for _, i := range comps[r] {
			if !items[i].focus {
				out0 = append(out0, i)
			}
		}
		for x, i := range out0 {
			for _, j := range out0[x+1:] {
				if scored[pairKey(i, j)] {
					continue
				}
				if s := sim(i, j); s.all > 0 {
					ag.link(i, j, s)
				}
			}
		}
		out = append(out, ag.run(minLink, conflictLink)...)
	}
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}

// group is one cluster during agglomeration.
type group struct {
	members []int
	arts    map[int]bool
	sources map[string]int
	// loMax and hiMin are the members' intervals with the highest lower
	// end and the lowest upper end: two clusters hold disjoint intervals
	// exactly when one's loMax and the other's hiMin are disjoint.
	loMax, hiMin *claims.Interval
	links        map[int]score // other cluster -> sums of similarities
}

// agglomeration merges the items of one component, best pair of clusters
// first, keeping for each pair of clusters the sum of their similarities,
// so that no pair of items is scored twice.
type agglomeration struct {
	// mayConflict is false for counted nouns ("45,000 police", "367
	// passengers"): what they count depends on a scope the sentence rarely
	// gives (in Paris or nationwide, on which night), so two different
	// numbers of them are kept apart rather than called a conflict. Tolls,
	// injuries, arrests and the other event measures, and percents, may
	// conflict.
	mayConflict bool
	items       []*item
	groups      map[int]*group // by the cluster's first item
	of          map[int]int    // item -> cluster
}

func newAgglomeration(items []*item, comp []int) *agglomeration {
	ag := &agglomeration{items: items, groups: make(map[int]*group, len(comp)), of: make(map[int]int, len(comp))}
	if f := items[comp[0]].fig; f != nil {
		ag.mayConflict = claims.IsEventMeasure(f.Measure) || f.Kind == claims.Percent
	}
	for _, i := range comp {
		g := &group{members: []int{i}, arts: map[int]bool{items[i].art: true},
			sources: map[string]int{items[i].source: 1}, links: map[int]score{}}
		if f := items[i].fig; f != nil {
			g.loMax, g.hiMin = &f.Interval, &f.Interval
		}
		ag.groups[i] = g
		ag.of[i] = i
	}
	return ag
}

// link adds the similarity of items i and j of different sources.
func (ag *agglomeration) link(i, j int, s score) {
	if ag.items[i].source == ag.items[j].source {
		return
	}
	a, b := ag.of[i], ag.of[j]
	ag.groups[a].links[b] = ag.groups[a].links[b].add(s)
	ag.groups[b].links[a] = ag.groups[b].links[a].add(s)
}

func (s score) add(o score) score { return score{s.all + o.all, s.local + o.local} }

// pairsBetween counts the cross-source pairs of two clusters.
func pairsBetween(a, b *group) int {
	n := len(a.members) * len(b.members)
	for s, k := range a.sources {
		n -= k * b.sources[s]
	}
	return n
}

// sharesArticle reports whether two clusters hold figures of one article.
func sharesArticle(a, b *group) bool {
	if len(a.arts) > len(b.arts) {
		a, b = b, a
	}
	for x := range a.arts {
		if b.arts[x] {
			return true
		}
	}
	return false
}

// disjoint reports whether some interval of a and some interval of b have
// no common value.
func (a *group) disjoint(b *group) bool {
	if a.loMax == nil || b.loMax == nil {
		return false
	}
	_, ok1 := a.loMax.Intersect(*b.hiMin)
	_, ok2 := b.loMax.Intersect(*a.hiMin)
	return !ok1 || !ok2
}

// run merges clusters until no pair reaches its linkage threshold, and
// returns the clusters of two or more items.
func (ag *agglomeration) run(minLink, conflictLink float64) [][]int {
	// A heap of candidate merges, best first; an entry is stale once either
	// cluster has changed since it was pushed (its version moved on).
	version := make(map[int]int, len(ag.groups))
	h := &candidates{}
	push := func(a, b int) {
		if a > b {
			a, b = b, a
		}
		if l, ok := ag.linkage(a, b, minLink, conflictLink); ok {
			heap.Push(h, candidate{l: l, a: a, b: b, va: version[a], vb: version[b]})
		}
	}
	for a, ga := range ag.groups {
		for b := range ga.links {
			if b > a {
				push(a, b)
			}
		}
	}
	for h.Len() > 0 {
		c := heap.Pop(h).(candidate)
		if ag.groups[c.a] == nil || ag.groups[c.b] == nil || version[c.a] != c.va || version[c.b] != c.vb {
			continue
		}
		ag.merge(c.a, c.b)
		version[c.a]++
		delete(version, c.b)
		for other := range ag.groups[c.a].links {
			push(c.a, other)
		}
	}
	var out [][]int
	for _, g := range ag.groups {
		if len(g.members) > 1 {
			slices.Sort(g.members)
			out = append(out, g.members)
		}
	}
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}

// linkage is the average similarity of clusters a and b over their
// cross-source pairs, and whether they may merge: the average reaches
// minLink, they share no article, and a merge that would hold disjoint
// intervals reaches conflictLink on the sentences' own evidence and is of
// a measure that may conflict.
func (ag *agglomeration) linkage(a, b int, minLink, conflictLink float64) (float64, bool) {
	ga, gb := ag.groups[a], ag.groups[b]
	n := pairsBetween(ga, gb)
	if n == 0 {
		return 0, false
	}
	sum := ga.links[b]
	l := sum.all / float64(n)
	if l < minLink || sharesArticle(ga, gb) {
		return 0, false
	}
	if (sum.local/float64(n) < conflictLink || !ag.mayConflict) && ga.disjoint(gb) {
		return 0, false
	}
	return l, true
}

// candidate is a possible merge of clusters a < b with linkage l, pushed
// when their versions were va and vb.
type candidate struct {
	l      float64
	a, b   int
	va, vb int
}

// candidates is a max-heap of merges: the highest linkage first, then the
// lowest cluster ids, so that the order of merges is deterministic.
type candidates []candidate

func (h candidates) Len() int { return len(h) }
func (h candidates) Less(i, j int) bool {
	if h[i].l != h[j].l {
		return h[i].l > h[j].l
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}
func (h candidates) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *candidates) Push(x any)   { *h = append(*h, x.(candidate)) }
func (h *candidates) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// merge moves cluster b into cluster a.
func (ag *agglomeration) merge(a, b int) {
	ga, gb := ag.groups[a], ag.groups[b]
	for _, i := range gb.members {
		ag.of[i] = a
	}
	ga.members = append(ga.members, gb.members...)
	for x := range gb.arts {
		ga.arts[x] = true
	}
	for s, k := range gb.sources {
		ga.sources[s] += k
	}
	if gb.loMax != nil {
		if gb.loMax.Lo > ga.loMax.Lo || (gb.loMax.Lo == ga.loMax.Lo && gb.loMax.LoOpen) {
			ga.loMax = gb.loMax
		}
		if gb.hiMin.Hi < ga.hiMin.Hi || (gb.hiMin.Hi == ga.hiMin.Hi && gb.hiMin.HiOpen) {
			ga.hiMin = gb.hiMin
		}
	}
	delete(ga.links, b)
	for c, s := range gb.links {
		if c == a {
			continue
		}
		ga.links[c] = ga.links[c].add(s)
		gc := ag.groups[c]
		gc.links[a] = gc.links[a].add(s)
		delete(gc.links, b)
	}
	delete(ag.groups, b)
}

package compare

import (
	"cmp"
	"fmt"
	"slices"
	"sync"

	"github.com/adrg/strutil/metrics"

	"github.com/crosscheck-news/crosscheck/claims"
)

// Compare groups the figures that two or more outlets give for one fact,
// judges each group, and groups the figure-free sentences that several
// outlets state. docs are the articles with their claims, as
// [claims.Extractor.Docs] gives them. The result does not depend on the
// order of docs: the articles are compared, and listed in Result.Articles,
// sorted by source path, line, id and content.
func Compare(docs []Doc, opts Options) (*Result, error) {
	arts, known := splitDocs(docs)
	return run(canonical(arts), known, nil, opts, nil)
}

// Check compares new articles against reference articles: only groups
// holding a figure of a new article are formed, and every figure of a new
// article in such a group becomes a Finding. Figure-free facts are not
// grouped. The result's articles are the references, then the new ones,
// each sorted as Compare sorts them.
func Check(ref, new []Doc, opts Options) (*Result, []Finding, error) {
	return CheckDocs(ref, new, nil, opts)
}

// check is Check on the articles ref and new, whose claims are in known.
func check(ref, new []*claims.Article, known map[*claims.Article][]claims.Claim, rest *Corpus, opts Options) (*Result, []Finding, error) {
	isNew := make(map[*claims.Article]bool, len(new))
	for _, a := range new {
		isNew[a] = true
	}
	all := append(canonical(ref), canonical(new)...)
	res, err := run(all, known, rest, opts, func(a *claims.Article) bool { return isNew[a] })
	if err != nil {
		return nil, nil, err
	}
	return res, Findings(res, func(a *claims.Article) bool { return isNew[a] }), nil
}

// run compares articles (in canonical order) with their claims in known.
func run(articles []*claims.Article, known map[*claims.Article][]claims.Claim, rest *Corpus, opts Options, focus func(*claims.Article) bool) (*Result, error) {
	if err := opts.Validate(); err != nil {
		return nil, fmt.Errorf("compare options: %w", err)
	}
	cls := make([][]claims.Claim, len(articles))
	for i, a := range articles {
		cls[i] = known[a]
	}
	res := compareClaims(articles, cls, opts, focus, rest)
	res.Uncompared = uncompared(res, cls)
	return res, nil
}

// compareClaims does the work of Compare on claims already extracted.
//
// rest, when not nil, counts the story terms of the articles of an archive
// left out of the comparison: the stories are weighed as if they were in.
func compareClaims(arts []*claims.Article, cls [][]claims.Claim, opts Options, focus func(*claims.Article) bool, rest *Corpus) *Result {
	e := &engine{opts: opts, voc: newVocabWith(rest), tk: claims.NewTokenizer(), dice: metrics.NewSorensenDice()}
	e.dice.CaseSensitive = true
	// The figures' contexts and the stories read the same tokens and
	// nothing the other writes: they are built side by side, the stories
	// with a tokenizer of their own.
	e.toks = sentenceTokens(cls)
	var stories []Story
	var storyOf []int
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		stories, storyOf = buildStories(arts, cls, e.toks, opts, claims.NewTokenizer(), rest)
	}()
	e.build(arts, cls, focus)
	wg.Wait()

	res := &Result{Articles: arts, Groups: []Group{}, Facts: []Fact{}, Single: []Member{}}

	// Then the facts of each story.
	byStory := make([][]int, len(stories))
	for i, it := range e.figs {
		byStory[storyOf[it.art]] = append(byStory[storyOf[it.art]], i)
	}
	storyArts := make([][]int, len(stories))
	for a := range arts {
		storyArts[storyOf[a]] = append(storyArts[storyOf[a]], a)
	}
	// The stories are grouped on both cores, each worker with a tokenizer
	// of its own: nothing else a story's grouping touches is written.
	groups := make([][]Group, len(stories))
	shareOut(len(stories), 8, func(w, workers int) {
		tk := claims.NewTokenizer()
		for s := w; s < len(stories); s += workers {
			groups[s] = e.storyFacts(arts, cls, storyArts[s], byStory[s], tk, focus)
		}
	})
	res.Stories, res.Groups = orderStories(stories, groups)
	grouped := make(map[*claims.Figure]bool)
	for _, g := range res.Groups {
		for _, m := range g.Members {
			grouped[m.fig] = true
		}
	}
	for _, it := range e.figs {
		if !grouped[it.fig] && it.focus && !repeats(it, res.Groups) {
			res.Single = append(res.Single, Member{Statement: it.stmt, Figure: *it.fig, fig: it.fig})
		}
	}

	res.Facts = e.figureFreeFacts(storyOf, len(stories))
	return res
}

// storyFacts forms the groups of one story: arts are its articles and idx
// its figures (indices into e.figs). Figures of an earlier event or of
// somewhere else, and those no slot holds with another outlet's, are
// grouped by their context (backgroundGroups); the rest by their slots.
// With focus, only groups holding a focus article are kept.
func (e *engine) storyFacts(arts []*claims.Article, cls [][]claims.Claim, storyArts, idx []int, tk *claims.Tokenizer, focus func(*claims.Article) bool) []Group {
	terms, titles := storyTerms(arts, cls, storyArts, tk)
	kinds := storyKinds(arts, storyArts)
	var main, back []int
	// Whether a sentence tells of another event is read once for all its
	// figures, which stand one after another.
	lastArt, lastSent, away := -1, -1, false
	for _, i := range idx {
		it := e.figs[i]
		if it.art != lastArt || it.sentNo != lastSent {
			lastArt, lastSent = it.art, it.sentNo
			away = elsewhere(it.toks, terms) || otherEvent(it.stmt.Sentence.Events, kinds)
		}
		if it.fig.Past || away {
			back = append(back, i)
		} else {
			main = append(main, i)
		}
	}
	found, held := storyGroups(e.figs, main, titles)
	// A figure that no slot holds with another outlet's is compared by its
	// context, with the background figures.
	inSlot := map[*claims.Figure]bool{}
	for _, i := range held {
		inSlot[e.figs[i].fig] = true
	}
	for _, g := range found {
		for _, m := range g.Members {
			inSlot[m.fig] = true
		}
	}
	for _, i := range main {
		if f := e.figs[i].fig; !inSlot[f] && f.PartOf == 0 {
			back = append(back, i)
		}
	}
	slices.Sort(back)
	found = append(found, e.backgroundGroups(back)...)
	sortGroups(found)
	var out []Group
	for _, g := range found {
		if focus == nil || slices.ContainsFunc(g.Members, func(m Member) bool { return focus(m.Article) }) {
			out = append(out, g)
		}
	}
	return out
}

// maxAgreeBucket is the most groups and lone figures of one exact value
// and measure that joinAgreeing weighs against each other.
const maxAgreeBucket = 24

// agreeKey is the exact value of one measure that the members of a unit
// all state.
type agreeKey struct {
	measure string
	kind    claims.Kind
	value   float64
}

// joinAgreeing merges groups, and lone figures, that all state one and the
// same exact value of one measure when their average similarity reaches
// agreeLink: such a merge raises no alarm, it gathers the outlets that
// corroborate a figure when their sentences share too little to pair
// directly ("104 survivors" told five ways). One article still gives at
// most one member.
func joinAgreeing(items []*item, clusters [][]int, agreeLink float64, sim func(i, j int) score) [][]int {
	units := withLoneFigures(items, clusters)
	buckets := make(map[agreeKey][]int) // key -> indices into units
	var keys []agreeKey
	for u, unit := range units {
		if k, ok := pointOf(items, unit); ok {
			if _, seen := buckets[k]; !seen {
				keys = append(keys, k)
			}
			buckets[k] = append(buckets[k], u)
		}
	}
	for _, k := range keys {
		if len(buckets[k]) > maxAgreeBucket {
			// A value this common ("2 people") says little by itself, and
			// weighing every pair would grow with the square of the corpus.
			continue
		}
		mergeBucket(items, units, buckets[k], agreeLink, sim)
	}
	var out [][]int
	for _, u := range units {
		if len(u) > 1 {
			slices.Sort(u)
			out = append(out, u)
		}
	}
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}

// withLoneFigures returns the clusters followed by one unit for every item
// that no cluster holds.
func withLoneFigures(items []*item, clusters [][]int) [][]int {
	in := make(map[int]bool)
	for _, c := range clusters {
		for _, i := range c {
			in[i] = true
		}
	}
	units := slices.Clone(clusters)
	for i := range items {
		if !in[i] {
			units = append(units, []int{i})
		}
	}
	return units
}

// pointOf returns the exact value of one measure that every member of a
// unit states, if they do.
func pointOf(items []*item, u []int) (agreeKey, bool) {
	f0 := items[u[0]].fig
	for _, i := range u {
		f := items[i].fig
		if f == nil || !f.IsPoint() || f.Lo != f0.Lo || f.Measure != f0.Measure {
			return agreeKey{}, false
		}
	}
	return agreeKey{f0.Measure, f0.Kind, f0.Lo}, true
}

// mergeBucket merges, best pair first, the units of bucket b (indices
// into units) whose average similarity reaches agreeLink.
func mergeBucket(items []*item, units [][]int, b []int, agreeLink float64, sim func(i, j int) score) {
	for {
		bestX, bestY, best := -1, -1, agreeLink
		for x := range b {
			for y := x + 1; y < len(b); y++ {
				if l, ok := unitLink(items, units[b[x]], units[b[y]], sim); ok && l >= best && (l > best || bestX < 0) {
					bestX, bestY, best = x, y, l
				}
			}
		}
		if bestX < 0 {
			return
		}
		units[b[bestX]] = append(units[b[bestX]], units[b[bestY]]...)
		units[b[bestY]] = nil
		b = slices.Delete(b, bestY, bestY+1)
	}
}

// unitLink is the average similarity of the cross-source pairs of two
// units; ok is false when they share an article or have no such pair.
func unitLink(items []*item, a, b []int, sim func(i, j int) score) (float64, bool) {
	total, n := 0.0, 0
	for _, i := range a {
		for _, j := range b {
			if items[i].art == items[j].art {
				return 0, false
			}
			if items[i].source == items[j].source {
				continue
			}
			total += sim(i, j).all
			n++
		}
	}
	return total / float64(max(n, 1)), n > 0
}

// makeGroup turns a cluster of figure items into a judged group.
func makeGroup(items []*item, c []int) Group {
	g := Group{Measure: items[c[0]].fig.Measure}
	for _, i := range c {
		g.Members = append(g.Members, Member{Statement: items[i].stmt, Figure: *items[i].fig, fig: items[i].fig})
	}
	slices.SortStableFunc(g.Members, func(a, b Member) int {
		return cmp.Or(
			cmp.Compare(a.Outlet(), b.Outlet()),
			cmp.Compare(a.Article.ID, b.Article.ID),
			cmp.Compare(a.Figure.Start, b.Figure.Start),
		)
	})
	figs := make([]claims.Figure, len(g.Members))
	for i, m := range g.Members {
		figs[i] = m.Figure
	}
	g.Verdict, g.Disjoint = Judge(figs)
	// Two articles of one outlet that disagree (an update after a first
	// report) make no conflict on their own; two figures of one article
	// that cannot both hold (two authorities' tolls, a headline's "over 40"
	// beside the body's "as many as forty") do, as pairs of outlets do. A
	// vague word ("dozens", "hundreds") refutes no number: its range is a
	// manner of speaking ("dozens were hurt" beside "22 were treated").
	cross := g.Disjoint[:0]
	for _, d := range g.Disjoint {
		a, b := g.Members[d[0]].Article, g.Members[d[1]].Article
		if figs[d[0]].Qualifier == claims.Vague || figs[d[1]].Qualifier == claims.Vague {
			continue
		}
		if a == b || sourceOf(a) != sourceOf(b) {
			cross = append(cross, d)
		}
	}
	g.Disjoint = cross
	if g.Verdict == Conflict && len(cross) == 0 {
		g.Verdict = Consistent
	}
	stmts := make([]Statement, len(g.Members))
	for i, m := range g.Members {
		stmts[i] = m.Statement
	}
	g.Outlets = outletsOf(stmts)
	return g
}

// outletsOf lists the distinct outlets of statements, sorted; unattributed
// articles appear as "" once.
func outletsOf(st []Statement) []string {
	out := []string{}
	for _, s := range st {
		out = append(out, s.Outlet())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sortGroups orders groups: conflicts first, then consistent, then agreeing
// groups; within a verdict, groups with more outlets first, then by
// measure and the first member's article and position.
func sortGroups(gs []Group) {
	slices.SortStableFunc(gs, func(a, b Group) int {
		return cmp.Or(
			cmp.Compare(b.Verdict.Rank(), a.Verdict.Rank()),
			cmp.Compare(len(b.Members), len(a.Members)),
			cmp.Compare(a.Measure, b.Measure),
			cmp.Compare(a.Members[0].Article.ID, b.Members[0].Article.ID),
			cmp.Compare(a.Members[0].Figure.Start, b.Members[0].Figure.Start),
		)
	})
}

// repeats reports whether an ungrouped figure only repeats, in its own
// article, a figure that is already in a group: it counts once.
func repeats(it *item, gs []Group) bool {
	for _, g := range gs {
		if g.Measure != it.fig.Measure {
			continue
		}
		for _, m := range g.Members {
			if m.Article == it.stmt.Article && m.Figure.Interval == it.fig.Interval {
				return true
			}
		}
	}
	return false
}

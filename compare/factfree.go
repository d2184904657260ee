package compare

import (
	"fmt"
	"slices"
)

// figureFreeFacts groups the figure-free sentences that several outlets
// state, story by story (storyOf gives each article's story among n): the
// pairs come from an inverted index over each story's sentences, and the
// groups from average linkage at FactSimilarity. Facts are in story order,
// then in the order the clustering gives, with the IDs f1, f2, ….
func (e *engine) figureFreeFacts(storyOf []int, n int) []Fact {
	byStory := make([][]*item, n)
	for _, it := range e.facts {
		byStory[storyOf[it.art]] = append(byStory[storyOf[it.art]], it)
	}
	// The stories are shared out over the cores; their facts are joined
	// in story order.
	per := make([][]Fact, n)
	shareOut(n, 8, func(w, workers int) {
		for k := w; k < n; k += workers {
			per[k] = e.storyFreeFacts(byStory[k])
		}
	})
	facts := []Fact{}
	for _, fs := range per {
		facts = append(facts, fs...)
	}
	for i := range facts {
		facts[i].ID = fmt.Sprintf("f%d", i+1)
	}
	return facts
}

// storyFreeFacts groups the figure-free sentences of one story that
// several outlets state.
func (e *engine) storyFreeFacts(all []*item) []Fact {
	var facts []Fact
	if len(all) < 2 || !slices.ContainsFunc(all, func(it *item) bool { return it.source != all[0].source }) {
		return nil
	}
	// A sentence several articles print word for word (wire copy) is
	// compared once, and stands for its copies.
	items, copies := uniqueSentences(all)
	prepare(items)
	sim := func(i, j int) score {
		s, shared := cosine(items[i].vec, items[j].vec)
		if shared < 2 {
			return score{}
		}
		return score{s, s}
	}
	pairs := e.candidates(items)
	sims := make([]score, len(pairs))
	for k, p := range pairs {
		sims[k] = sim(int(p>>32), int(uint32(p)))
	}
	clustered := map[int]bool{}
	emit := func(c []int) {
		f := Fact{Outlets: []string{}}
		for _, i := range c {
			for _, it := range copies[i] {
				f.Statements = append(f.Statements, it.stmt)
			}
		}
		f.Outlets = outletsOf(f.Statements)
		if len(f.Outlets) >= 2 {
			facts = append(facts, f)
		}
	}
	for _, c := range cluster(items, pairs, sims, e.opts.FactSimilarity, e.opts.FactSimilarity, 0, sim) {
		for _, i := range c {
			clustered[i] = true
		}
		emit(c)
	}
	for i := range items {
		if !clustered[i] && len(copies[i]) > 1 {
			emit([]int{i}) // copies of one sentence alone
		}
	}
	return facts
}

// uniqueSentences keeps the first of the sentences that have the same text,
// in order, and lists for each kept one its copies (itself first).
func uniqueSentences(all []*item) (items []*item, copies [][]*item) {
	first := map[string]int{}
	for _, it := range all {
		if k, ok := first[it.stmt.Sentence.Text]; ok {
			copies[k] = append(copies[k], it)
			continue
		}
		first[it.stmt.Sentence.Text] = len(items)
		items = append(items, it)
		copies = append(copies, []*item{it})
	}
	return items, copies
}

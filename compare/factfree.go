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
	facts := []Fact{}
	for _, items := range byStory {
		if len(items) < 2 || !slices.ContainsFunc(items, func(it *item) bool { return it.source != items[0].source }) {
			continue
		}
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
		for _, c := range cluster(items, pairs, sims, e.opts.FactSimilarity, e.opts.FactSimilarity, 0, sim) {
			f := Fact{Outlets: []string{}}
			for _, i := range c {
				f.Statements = append(f.Statements, items[i].stmt)
			}
			f.Outlets = outletsOf(f.Statements)
			facts = append(facts, f)
		}
	}
	for i := range facts {
		facts[i].ID = fmt.Sprintf("f%d", i+1)
	}
	return facts
}

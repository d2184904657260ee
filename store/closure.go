package store

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// closure is a check against the stored articles that can take part in
// the stories of the new articles: those joined to a new article by a
// chain of pairs the story clustering may merge.
type closure struct {
	s    Store
	o    Options
	news []compare.Doc
	// ref are the documents read, their keys in read; feats their story
	// features by key.
	ref   []compare.Doc
	read  map[string]bool
	feats map[string]compare.StoryFeatures
	// counts are what the sentences of the documents read count, by key.
	counts map[string]map[string]compare.TermCount
	// df are the counts of story terms in the comparison: the store's and
	// the new articles'; n its number of distinct articles.
	df map[string]int
	n  int
}

func newClosure(s Store, o Options, news []compare.Doc) *closure {
	return &closure{s: s, o: o, news: news, read: map[string]bool{}, feats: map[string]compare.StoryFeatures{},
		counts: map[string]map[string]compare.TermCount{}, df: map[string]int{}}
}

// check reads the articles joined to the new ones and compares them.
//
// Two clusters of articles merge into one story only when the average
// similarity of their pairs reaches the story linkage, so only when one of
// their pairs reaches it: a story lies within a component of the graph of
// such pairs, and the clustering of a component depends on its articles
// alone. The component of the new articles is read by a walk: from each
// article reached, the candidates that may pair with it (they share a
// rare story term whose products may reach what a pair needs) are read;
// those whose pair reaches the linkage are reached in turn. Weighed with
// the counts of the whole store, the pairs, and so the stories of the new
// articles, are those of a check against every stored article.
func (c *closure) check(ctx context.Context) (*compare.Result, []compare.Finding, []*claims.InputError, error) {
	feats := make([]compare.StoryFeatures, len(c.news))
	for i, d := range c.news {
		feats[i] = compare.Features(d, c.o.Compare)
	}
	for len(feats) > 0 {
		l, err := c.linker(ctx, feats)
		if err != nil {
			return nil, nil, nil, err
		}
		var terms []string
		for _, f := range feats {
			terms = slices.AppendSeq(terms, maps.Keys(f.Terms))
		}
		got, err := c.grow(ctx, l, terms)
		if err != nil {
			return nil, nil, nil, err
		}
		if feats, err = c.reached(ctx, l, got); err != nil {
			return nil, nil, nil, err
		}
	}
	ref, dups := dropDuplicates(c.ref)
	rest, err := c.rest(ctx, ref)
	if err != nil {
		return nil, nil, nil, err
	}
	res, findings, err := compare.CheckDocs(ref, c.news, rest, c.o.Compare)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("compare: %w", err)
	}
	return res, findings, dups, nil
}

// count makes sure df counts every term of feats.
func (c *closure) count(ctx context.Context, feats []compare.StoryFeatures) error {
	var missing []string
	for _, f := range feats {
		for t := range f.Terms {
			if _, ok := c.df[t]; !ok {
				missing = append(missing, t)
				c.df[t] = 0
			}
		}
	}
	if len(missing) == 0 && c.n > 0 {
		return nil
	}
	df, total, err := c.s.TermDF(ctx, missing)
	if err != nil {
		return err
	}
	fresh := map[string]bool{}
	for _, t := range missing {
		c.df[t], fresh[t] = df[t], true
	}
	// The new articles count in the comparison, not in the store.
	for _, d := range c.news {
		for _, t := range compare.StoryTerms(d) {
			if fresh[t] {
				c.df[t]++
			}
		}
	}
	c.n = total + len(c.news)
	return nil
}

// linker weighs the features of the articles whose candidates are to be
// looked up.
func (c *closure) linker(ctx context.Context, feats []compare.StoryFeatures) (*compare.StoryLinker, error) {
	if err := c.count(ctx, feats); err != nil {
		return nil, err
	}
	return compare.NewStoryLinker(feats, c.df, c.n, c.o.Compare.StoryLinkage), nil
}

// grow reads, and returns, the candidates not read yet that the story
// clustering may pair with one of targets (their terms).
func (c *closure) grow(ctx context.Context, l *compare.StoryLinker, terms []string) ([]Entry, error) {
	slices.Sort(terms)
	max := c.o.MaxPostings
	if max == 0 {
		max = DefaultMaxPostings
	}
	cands, err := c.s.Candidates(ctx, slices.Compact(terms), max)
	if err != nil {
		return nil, err
	}
	var keys []string
	for _, cd := range cands {
		if !c.read[cd.Key] && l.MayPair(cd.Shared, cd.Norm, cd.Published) {
			keys = append(keys, cd.Key)
			c.read[cd.Key] = true
		}
	}
	got, err := c.s.Docs(ctx, keys)
	if err != nil {
		return nil, err
	}
	for _, e := range got {
		c.feats[e.Key] = e.Features
		c.counts[e.Key] = e.Counts
		c.ref = append(c.ref, e.Doc)
	}
	return got, nil
}

// reached returns the features of the entries whose pair with one of the
// linker's targets reaches the story linkage.
func (c *closure) reached(ctx context.Context, l *compare.StoryLinker, got []Entry) ([]compare.StoryFeatures, error) {
	feats := make([]compare.StoryFeatures, len(got))
	for i, e := range got {
		feats[i] = e.Features
	}
	if err := c.count(ctx, feats); err != nil {
		return nil, err
	}
	var out []compare.StoryFeatures
	for _, f := range feats {
		if l.Pair(f) >= c.o.Compare.StoryLinkage {
			out = append(out, f)
		}
	}
	return out, nil
}

// rest counts the distinct stored articles that ref leaves out: their
// story terms and what their sentences count.
func (c *closure) rest(ctx context.Context, ref []compare.Doc) (*compare.Corpus, error) {
	holding := map[string]int{}
	for _, d := range ref {
		for t := range c.feats[Key(d.Article)].Terms {
			holding[t]++
		}
	}
	for _, d := range c.news {
		for _, t := range compare.StoryTerms(d) {
			holding[t]++
		}
	}
	rest := &compare.Corpus{Articles: c.n - len(ref) - len(c.news), StoryDF: make(map[string]int, len(holding))}
	for t, n := range holding {
		if d := c.df[t] - n; d > 0 {
			rest.StoryDF[t] = d
		}
	}
	// What the sentences read count, the new articles' (not stored) apart.
	local := map[string]compare.TermCount{}
	sentences := 0
	for _, d := range ref {
		sentences += len(d.Claims)
		for t, x := range c.counts[Key(d.Article)] {
			l := local[t]
			local[t] = compare.TermCount{Sentences: l.Sentences + x.Sentences, Capital: l.Capital + x.Capital, Lower: l.Lower + x.Lower}
		}
	}
	terms := slices.Collect(maps.Keys(local))
	for _, d := range c.news {
		counts, _ := compare.SentenceCounts(d)
		terms = slices.AppendSeq(terms, maps.Keys(counts))
	}
	slices.Sort(terms)
	stored, total, err := c.s.SentenceStats(ctx, slices.Compact(terms))
	if err != nil {
		return nil, err
	}
	rest.Sentences = total - sentences
	rest.SentenceTerms = make(map[string]compare.TermCount, len(stored))
	for t, x := range stored {
		l := local[t]
		if r := (compare.TermCount{Sentences: x.Sentences - l.Sentences, Capital: x.Capital - l.Capital, Lower: x.Lower - l.Lower}); r != (compare.TermCount{}) {
			rest.SentenceTerms[t] = r
		}
	}
	return rest, nil
}

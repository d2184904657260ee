package compare

import (
	"math"
	"time"

	"github.com/crosscheck-news/crosscheck/claims"
)

// StoryFeatures are what the story clustering weighs of an article: each
// story term ([StoryTerms]) with its frequency in the article (a term of
// the title counts StoryTitleWeight times) and the article's publication
// date. A store keeps them to find, without reading the articles, those a
// new article can share a story with.
type StoryFeatures struct {
	Terms     map[string]float64
	Published string
}

// Features returns the story features of a document.
func Features(d Doc, opts Options) StoryFeatures {
	f, _ := analyse(d, opts, claims.NewTokenizer())
	return f
}

// Analyse returns, for each document, its story features ([Features])
// and what its sentences count of each term ([SentenceCounts]), reading
// each sentence once, the documents shared out over the cores.
func Analyse(docs []Doc, opts Options) ([]StoryFeatures, []map[string]TermCount) {
	feats := make([]StoryFeatures, len(docs))
	counts := make([]map[string]TermCount, len(docs))
	shareOut(len(docs), 16, func(w, workers int) {
		tk := claims.NewTokenizer()
		for i := w; i < len(docs); i += workers {
			feats[i], counts[i] = analyse(docs[i], opts, tk)
		}
	})
	return feats, counts
}

// analyse is Analyse of one document with the tokenizer tk.
func analyse(d Doc, opts Options, tk *claims.Tokenizer) (StoryFeatures, map[string]TermCount) {
	tf := map[string]float64{}
	for _, t := range tk.Tokens(d.Article.Title) {
		tf[t.Stem] += opts.StoryTitleWeight
	}
	counts := map[string]TermCount{}
	seen := map[string]bool{}
	for _, c := range d.Claims {
		lead := c.Sentence.Index >= 0 && c.Sentence.Index < storyLeadSentences
		clear(seen)
		for _, t := range c.Sentence.Tokens {
			if lead || t.Name() {
				tf[t.Stem]++
			}
			tc := counts[t.Stem]
			switch {
			case t.Name():
				tc.Capital++
			case !t.Initial:
				tc.Lower++
			}
			if !seen[t.Stem] {
				seen[t.Stem] = true
				tc.Sentences++
			}
			counts[t.Stem] = tc
		}
	}
	return StoryFeatures{Terms: tf, Published: d.Article.Published}, counts
}

// StoryWeight is the weight of a story term of frequency tf in an
// article when df of the n articles compared hold it; 0 for a term of one
// article, which links it to none.
func StoryWeight(tf float64, df, n int) float64 {
	if df < 2 || tf <= 0 {
		return 0
	}
	return (1 + math.Log(tf)) * math.Log(1+float64(n)/float64(df))
}

// StoryNorm is the Euclidean norm of an article's story vector when df
// counts the articles holding each term among n.
func StoryNorm(f StoryFeatures, df map[string]int, n int) float64 {
	sum := 0.0
	for t, tf := range f.Terms {
		w := StoryWeight(tf, df[t], n)
		sum += w * w
	}
	return math.Sqrt(sum)
}

// storyMaySlack is the share of the rare terms' least similarity that
// MayPair asks for: it leaves room for a candidate's norm computed with
// counts that are off by the articles under check.
const storyMaySlack = 0.8

// storyLinkSlack is how far below a threshold Pair still counts a
// similarity: more than the rounding of a sum taken in another order.
const storyLinkSlack = 1e-9

// StoryLinker finds the articles that the story clustering may pair with
// one of a set of target articles, their story vectors weighed once.
type StoryLinker struct {
	df      map[string]int
	n       int
	linkage float64
	targets []storyVec
	// common is, by target, the norm of the part of its vector that
	// common terms (held by more than storyMaxPostings articles) make.
	common []float64
	// byTerm lists the targets holding each term.
	byTerm map[string][]int
}

// storyVec is a story vector normalised to length 1.
type storyVec struct {
	w         map[string]float64
	published string
}

// NewStoryLinker weighs the targets' story vectors when df counts the
// articles holding each term among the n compared; Pair and MayPair look
// for pairs whose similarity reaches linkage (Options.StoryLinkage).
func NewStoryLinker(targets []StoryFeatures, df map[string]int, n int, linkage float64) *StoryLinker {
	l := &StoryLinker{df: df, n: n, linkage: linkage, byTerm: map[string][]int{}}
	for i, f := range targets {
		l.targets = append(l.targets, l.vector(f))
		common := 0.0
		for t, w := range l.targets[i].w {
			l.byTerm[t] = append(l.byTerm[t], i)
			if df[t] > storyMaxPostings {
				common += w * w
			}
		}
		l.common = append(l.common, math.Sqrt(common))
	}
	return l
}

func (l *StoryLinker) vector(f StoryFeatures) storyVec {
	v := storyVec{w: make(map[string]float64, len(f.Terms)), published: f.Published}
	norm := StoryNorm(f, l.df, l.n)
	if norm == 0 {
		return v
	}
	for t, tf := range f.Terms {
		if w := StoryWeight(tf, l.df[t], l.n); w > 0 {
			v.w[t] = w / norm
		}
	}
	return v
}

// MayPair reports whether a candidate may pair with a target at the
// linkage: it holds the story terms of shared (with their frequencies), its
// story vector has norm norm, and it was published on published. For
// storyPairs to score a pair, the products of its rare terms (held by at
// most storyMaxPostings articles) must reach half the least similarity a
// story counts (storyMinPair); the common terms can add at most the norm of
// the target's common part (the candidate's vector has length 1). It errs
// on the side of yes: the norm may have been computed with slightly other
// counts, and a candidate of norm 0 (its terms all held by it alone then)
// may pair.
func (l *StoryLinker) MayPair(shared map[string]float64, norm float64, published string) bool {
	if norm == 0 {
		return true
	}
	acc := make([]float64, len(l.targets))
	for t, tf := range shared {
		d := l.df[t]
		if d > storyMaxPostings {
			continue
		}
		w := StoryWeight(tf, d, l.n) / norm
		for _, i := range l.byTerm[t] {
			acc[i] += l.targets[i].w[t] * w
		}
	}
	for i, rare := range acc {
		if rare < storyMaySlack*storyMinPair/2 {
			continue
		}
		bound := rare + l.common[i]
		if farApart(l.targets[i].published, published) {
			bound *= storyFarDates
		}
		if bound >= storyMaySlack*l.linkage {
			return true
		}
	}
	return false
}

// Pair returns the highest similarity the story clustering gives the
// article of features f with a target (storyPairs): the cosine of their
// story vectors, halved when they were published far apart, when they
// share a rare term whose products reach half the least similarity that
// counts and the result reaches it; else 0.
func (l *StoryLinker) Pair(f StoryFeatures) float64 {
	v := l.vector(f)
	rare := make([]float64, len(l.targets))
	all := make([]float64, len(l.targets))
	shared := make([]bool, len(l.targets))
	for t, w := range v.w {
		for _, i := range l.byTerm[t] {
			p := l.targets[i].w[t] * w
			all[i] += p
			if l.df[t] <= storyMaxPostings {
				rare[i] += p
				shared[i] = true
			}
		}
	}
	best := 0.0
	for i := range l.targets {
		if !shared[i] || rare[i] < storyMinPair/2-storyLinkSlack {
			continue
		}
		s := all[i]
		if farApart(l.targets[i].published, v.published) {
			s *= storyFarDates
		}
		if s >= storyMinPair-storyLinkSlack && s > best {
			best = s
		}
	}
	return best
}

// farApart reports whether two publication dates are further apart than
// a story spans at full weight.
func farApart(a, b string) bool {
	da, errA := time.Parse("2006-01-02", claims.PublishedDay(a))
	db, errB := time.Parse("2006-01-02", claims.PublishedDay(b))
	return errA == nil && errB == nil && math.Abs(da.Sub(db).Hours()) > 24*storyDays
}

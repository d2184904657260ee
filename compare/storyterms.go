package compare

import (
	"runtime"

	"github.com/crosscheck-news/crosscheck/claims"
)

// articleTerms returns the story terms of each article (its title's, at
// titleWeight, then its lead's and the names and places of its whole
// text) with their frequencies, numbering the terms in voc in the order
// they first occur over the articles in order.
//
// The articles are read in one contiguous share a core, each share's
// terms numbered on their own; the shares' terms are then numbered in voc
// in share order, which is the order a single pass would give, and each
// article's frequencies are summed, term by term, in the order of its
// occurrences as a single pass would sum them.
func articleTerms(arts []*claims.Article, cls [][]claims.Claim, toks [][][]token, tk *claims.Tokenizer, titleWeight float64, voc *vocab) []termFreqs {
	tfs := make([]termFreqs, len(arts))
	type share struct {
		lo, hi int
		terms  []string // the share's terms, in the order they first occur
	}
	// One share a worker, in order; a share no worker takes stays empty.
	shares := make([]share, runtime.GOMAXPROCS(0))
	shareOut(len(arts), 512, func(w, n int) {
		sh := &shares[w]
		sh.lo, sh.hi = w*len(arts)/n, (w+1)*len(arts)/n
		local := newVocab()
		wtk := tk
		if w > 0 {
			wtk = claims.NewTokenizer() // a Tokenizer serves one goroutine
		}
		var acc termAcc
		for a := sh.lo; a < sh.hi; a++ {
			acc.start(a)
			for _, t := range wtk.Tokens(arts[a].Title) {
				acc.add(local.id(t.Stem), titleWeight)
			}
			for s, c := range cls[a] {
				lead := c.Sentence.Index >= 0 && c.Sentence.Index < storyLeadSentences
				for _, t := range toks[a][s] {
					if lead || t.Name() {
						acc.add(local.id(t.Stem), 1)
					}
				}
			}
			tfs[a] = acc.done()
		}
		sh.terms = make([]string, len(local.ids))
		for term, id := range local.ids {
			sh.terms[id] = term
		}
	})
	for _, sh := range shares {
		ids := make([]int32, len(sh.terms))
		for k, term := range sh.terms {
			ids[k] = voc.id(term)
		}
		for a := sh.lo; a < sh.hi; a++ {
			for k, id := range tfs[a].ids {
				tfs[a].ids[k] = ids[id]
			}
		}
	}
	return tfs
}

// termFreqs are the terms of one article, in the order they first occur,
// and their frequencies.
type termFreqs struct {
	ids []int32
	f   []float64
}

// termAcc sums the term frequencies of one article at a time in arrays
// indexed by term, not in a map: each term's frequency is summed in the
// order of its occurrences, as a map's would be.
type termAcc struct {
	art  int32
	mark []int32 // by term: 1 + the last article that holds it
	pos  []int32 // by term: its index in cur, for the article marked
	cur  termFreqs
}

// start begins article a.
func (t *termAcc) start(a int) { t.art, t.cur = int32(a)+1, termFreqs{} }

// add adds w to the frequency of term id in the current article.
func (t *termAcc) add(id int32, w float64) {
	for int(id) >= len(t.mark) {
		t.mark, t.pos = append(t.mark, 0), append(t.pos, 0)
	}
	if t.mark[id] != t.art {
		t.mark[id], t.pos[id] = t.art, int32(len(t.cur.ids))
		t.cur.ids, t.cur.f = append(t.cur.ids, id), append(t.cur.f, 0)
	}
	t.cur.f[t.pos[id]] += w
}

// done returns the current article's frequencies.
func (t *termAcc) done() termFreqs { return t.cur }

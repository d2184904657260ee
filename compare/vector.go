package compare

import (
	"math"
	"slices"
	"strings"
)

// vocab numbers the terms of one comparison and counts, for each, the
// sentences it occurs in.
type vocab struct {
	ids map[string]int32
	df  []int32
	// capital and lower count the occurrences of a term written with a
	// capital inside a sentence and in lower case: a term mostly written
	// with a capital is a name or a place.
	capital, lower []int32
	n              int // sentences counted
	// rest, when not nil, holds the counts of the sentences of articles
	// left out of the comparison: every count starts from them.
	rest *Corpus
}

func newVocab() *vocab { return &vocab{ids: make(map[string]int32)} }

// newVocabWith is newVocab, counting the sentences of rest too.
func newVocabWith(rest *Corpus) *vocab {
	v := newVocab()
	if rest != nil {
		v.rest, v.n = rest, rest.Sentences
	}
	return v
}

// id returns the number of term, adding it when new.
func (v *vocab) id(term string) int32 {
	if id, ok := v.ids[term]; ok {
		return id
	}
	id := int32(len(v.df))
	v.ids[term] = id
	var c TermCount
	if v.rest != nil {
		c = v.rest.SentenceTerms[term]
	}
	v.df = append(v.df, int32(c.Sentences))
	v.capital = append(v.capital, int32(c.Capital))
	v.lower = append(v.lower, int32(c.Lower))
	return id
}

// count records one sentence's terms (each once) for the document
// frequencies.
func (v *vocab) count(toks []token, seen map[int32]bool) []int32 {
	clear(seen)
	ids := make([]int32, len(toks))
	for k, t := range toks {
		id := v.id(t.Stem)
		ids[k] = id
		switch {
		case t.Name():
			v.capital[id]++
		case !t.Initial:
			v.lower[id]++
		}
		if !seen[id] {
			seen[id] = true
			v.df[id]++
		}
	}
	v.n++
	return ids
}

// isName reports whether a term is mostly written with a capital inside
// sentences across the articles compared.
func (v *vocab) isName(id int32) bool { return v.capital[id] > v.lower[id] }

// idf is the inverse document frequency of a term: ln(1 + N/df).
func (v *vocab) idf(id int32) float64 {
	df := v.df[id]
	if df <= 0 {
		df = 1
	}
	return math.Log(1 + float64(v.n)/float64(df))
}

// entry is one weighted term of a sparse vector.
type entry struct {
	id int32
	w  float64
}

// vector is a sparse vector sorted by term id, with its Euclidean norm.
type vector struct {
	e    []entry
	norm float64
}

// vecBuilder accumulates weights, keeping the largest weight of each term.
type vecBuilder map[int32]float64

func (b vecBuilder) add(id int32, w float64) {
	if w > b[id] {
		b[id] = w
	}
}

func (b vecBuilder) build() vector {
	e := make([]entry, 0, len(b))
	for id, w := range b {
		e = append(e, entry{id, w})
	}
	return sortedVector(e)
}

// sortedVector sorts the entries e, one a term, by id and returns them as
// a vector with its norm.
func sortedVector(e []entry) vector {
	slices.SortFunc(e, func(a, b entry) int { return int(a.id - b.id) })
	v := vector{e: e}
	// Summed in id order: a map's order would change the last bits of the
	// norm from run to run, and with them a threshold's outcome.
	for _, x := range v.e {
		v.norm += x.w * x.w
	}
	v.norm = math.Sqrt(v.norm)
	return v
}

// eachShared calls f with the two weights of every term a and b share.
func eachShared(a, b vector, f func(wa, wb float64)) {
	for i, j := 0, 0; i < len(a.e) && j < len(b.e); {
		switch {
		case a.e[i].id < b.e[j].id:
			i++
		case a.e[i].id > b.e[j].id:
			j++
		default:
			f(a.e[i].w, b.e[j].w)
			i++
			j++
		}
	}
}

// cosine returns the cosine of two vectors and how many terms they share.
func cosine(a, b vector) (float64, int) {
	if a.norm == 0 || b.norm == 0 {
		return 0, 0
	}
	var dot float64
	shared := 0
	eachShared(a, b, func(wa, wb float64) {
		dot += wa * wb
		shared++
	})
	return dot / (a.norm * b.norm), shared
}

// overlap is the weighted overlap coefficient of two vectors: the sum over
// shared terms of the smaller weight, over the smaller of the two total
// weights. A short context wholly contained in a long one scores 1.
func overlap(a, b vector) float64 {
	var shared, ta, tb float64
	for _, x := range a.e {
		ta += x.w
	}
	for _, x := range b.e {
		tb += x.w
	}
	if ta == 0 || tb == 0 {
		return 0
	}
	eachShared(a, b, func(wa, wb float64) { shared += min(wa, wb) })
	return shared / min(ta, tb)
}

// stemText joins the stems of tokens with spaces: the text strutil compares.
func stemText(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Stem)
	}
	return b.String()
}

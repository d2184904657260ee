package compare

import (
	"math"
	"slices"

	"github.com/adrg/strutil/metrics"

	"github.com/crosscheck-news/crosscheck/claims"
)

// item is one thing to group: a comparable figure, or a figure-free
// sentence.
type item struct {
	art    int    // index of the article
	source string // outlet, or the article id when the article is unattributed
	stmt   Statement
	fig    *claims.Figure // nil for a figure-free sentence
	vec    vector         // content words (for a figure-free sentence: all words)
	names  vector         // names and places, for figures: this sentence's and the previous one's
	named  bool           // the figure's own sentence names someone or somewhere
	text   string         // stemmed text of the sentence, for strutil
	subj   []int32        // stems of the counted subject
	focus  bool           // belongs to an article under check
	sentNo int            // index of the sentence in its article
}

// comparable reports whether a figure takes part in cross-outlet groups:
// counts and percents with a known measure.
func comparable(f claims.Figure) bool {
	return (f.Kind == claims.Count || f.Kind == claims.Percent) && f.Measure != ""
}

// sourceOf is the key that tells outlets apart: the outlet, or for an
// unattributed article the article itself.
func sourceOf(a *claims.Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	// Ids are unique within one Load, not across the two loads of a check
	// (ref/story.md and new/story.md both have the id story.md): the
	// source file tells them apart.
	return "\x00" + a.Source + "\x00" + a.ID
}

// engine holds the state of one comparison.
type engine struct {
	opts  Options
	voc   *vocab
	stem  stemmer
	dice  *metrics.SorensenDice
	figs  []*item
	facts []*item
}

// build tokenises every sentence, counts document frequencies, then makes
// the items with their weighted context vectors.
func (e *engine) build(arts []*claims.Article, cls [][]claims.Claim, focus func(*claims.Article) bool) {
	toks := make([][][]token, len(cls))
	seen := make(map[int32]bool)
	for a, cs := range cls {
		toks[a] = make([][]token, len(cs))
		for s, c := range cs {
			toks[a][s] = tokenize(c.Sentence.Text, e.stem)
			e.voc.count(toks[a][s], seen)
		}
	}
	for a, cs := range cls {
		art := arts[a]
		isFocus := focus == nil || focus(art)
		title := tokenize(art.Title, e.stem)
		lastNamed := -1 // the latest sentence so far that names someone or somewhere
		for s, c := range cs {
			st := Statement{Article: art, Sentence: c.Sentence}
			around := e.around(toks[a], s, lastNamed, title)
			if e.hasName(toks[a][s]) {
				lastNamed = s
			}
			hasFigure := false
			for f := range c.Figures {
				fig := &c.Figures[f]
				if !comparable(*fig) {
					continue
				}
				hasFigure = true
				it := &item{
					art: a, source: sourceOf(art), stmt: st, fig: fig,
					text: stemText(toks[a][s]), subj: e.subjectStems(fig.Subject),
					focus: isFocus, sentNo: s,
				}
				it.vec, it.names, it.named = e.figureVectors(toks[a][s], around, *fig, c.Sentence.Start)
				e.figs = append(e.figs, it)
			}
			if !hasFigure && len(c.Figures) == 0 && len(toks[a][s]) >= 4 && focus == nil {
				e.facts = append(e.facts, &item{
					art: a, source: sourceOf(art), stmt: st,
					vec: e.sentenceVector(toks[a][s]), focus: true, sentNo: s,
				})
			}
		}
	}
}

// weighted is a sentence's words that count in a figure's context at a
// share w of their weight.
type weighted struct {
	toks []token
	w    float64
}

// around returns the context a figure of sentence s takes from around its
// sentence: the previous sentence's names at PreviousWeight and, when
// sentence s names no one and nowhere ("182 people were wounded in the
// attack"), the names of the latest sentence that did (within
// InheritSpan sentences) and of the title, at InheritWeight: such a
// sentence speaks of the event last named.
func (e *engine) around(toks [][]token, s, lastNamed int, title []token) []weighted {
	out := []weighted{{title, e.opts.InheritWeight}}
	if s > 0 {
		out = append(out, weighted{toks[s-1], e.opts.PreviousWeight})
	}
	if e.hasName(toks[s]) {
		return out
	}
	if lastNamed >= 0 && s-lastNamed <= e.opts.InheritSpan {
		out = append(out, weighted{toks[lastNamed], e.opts.InheritWeight})
	}
	return out
}

// hasName reports whether some token is a name.
func (e *engine) hasName(toks []token) bool {
	for _, t := range toks {
		if e.voc.isName(e.voc.id(t.term)) {
			return true
		}
	}
	return false
}

// weight is the IDF weight of a term, boosted when it is a name.
func (e *engine) weight(id int32) float64 {
	w := e.voc.idf(id)
	if e.voc.isName(id) {
		w *= e.opts.NameBoost
	}
	return w
}

// figureVectors builds a figure's context: its sentence's content words,
// weighted by their closeness to the figure, and the names and places of
// its sentence and, at their shares, of the sentences around it. named
// tells whether the figure's own sentence names anyone or anywhere.
func (e *engine) figureVectors(toks []token, around []weighted, f claims.Figure, sentStart int) (words, names vector, named bool) {
	wb, nb := vecBuilder{}, vecBuilder{}
	start, end := f.Start-sentStart, f.End-sentStart
	at := 0 // tokens before the figure
	for at < len(toks) && toks[at].pos < start {
		at++
	}
	for k, t := range toks {
		var d int
		switch {
		case t.pos < start:
			d = at - k
		case t.pos >= end:
			d = k - at + 1
		default:
			d = 1
		}
		prox := 1 - float64(d-1)/float64(e.opts.MaxDistance)
		prox = math.Max(prox, e.opts.MinProximity)
		id := e.voc.id(t.term)
		if e.voc.isName(id) {
			nb.add(id, e.weight(id)*math.Max(prox, 0.6))
			named = true
		} else {
			wb.add(id, e.weight(id)*prox)
		}
	}
	for _, c := range around {
		for _, t := range c.toks {
			if id := e.voc.id(t.term); e.voc.isName(id) {
				nb.add(id, e.weight(id)*c.w)
			}
		}
	}
	return wb.build(), nb.build(), named
}

// sentenceVector weighs every word of a sentence by IDF alone.
func (e *engine) sentenceVector(toks []token) vector {
	b := vecBuilder{}
	for _, t := range toks {
		id := e.voc.id(t.term)
		b.add(id, e.weight(id))
	}
	return b.build()
}

// subjectStems returns the sorted term ids of a subject's content words.
func (e *engine) subjectStems(subject string) []int32 {
	var ids []int32
	for _, t := range tokenize(subject, e.stem) {
		ids = append(ids, e.voc.id(t.term))
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// pairKey packs two item indices, smaller first.
func pairKey(i, j int) uint64 {
	if i > j {
		i, j = j, i
	}
	return uint64(i)<<32 | uint64(uint32(j))
}

// candidates returns the pairs of items that share a rare blocking word
// under the same key (the figure's measure and kind), come from different
// sources, and of which at least one is in focus. Words shared by more than
// MaxPostings items are skipped, so the count of pairs stays near linear.
func (e *engine) candidates(items []*item) []uint64 {
	type key struct {
		group string
		term  int32
	}
	post := make(map[key][]int)
	for i, it := range items {
		g := ""
		if it.fig != nil {
			g = it.fig.Measure + "\x00" + string(it.fig.Kind)
		}
		for _, v := range []vector{it.vec, it.names} {
			for _, x := range v.e {
				k := key{g, x.id}
				post[k] = append(post[k], i)
			}
		}
	}
	seen := make(map[uint64]bool)
	var out []uint64
	for _, list := range post {
		if len(list) < 2 || len(list) > e.opts.MaxPostings {
			continue
		}
		for x, i := range list {
			for _, j := range list[x+1:] {
				a, b := items[i], items[j]
				if a.source == b.source || a.art == b.art || (!a.focus && !b.focus) {
					continue
				}
				k := pairKey(i, j)
				if !seen[k] {
					seen[k] = true
					out = append(out, k)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// figureSimilarity scores two figures of the same measure and kind; it is 0
// when their contexts share too little.
func (e *engine) figureSimilarity(a, b *item) float64 {
	ctx := e.context(a, b)
	if ctx < e.opts.MinContext {
		return 0
	}
	o := e.opts
	str := 0.0
	if a.text != "" && b.text != "" {
		str = e.dice.Compare(a.text, b.text)
		if math.IsNaN(str) {
			str = 0
		}
	}
	sum := o.ContextWeight*ctx + o.StringWeight*str +
		o.ValueWeight*valueCloseness(a.fig.Value, b.fig.Value, o.ValueRatio) +
		o.SubjectWeight*subjectAgreement(a.subj, b.subj)
	return sum / (o.ContextWeight + o.StringWeight + o.ValueWeight + o.SubjectWeight)
}

// context is how much two figures' contexts say they speak of one event:
// the cosine of their content words, averaged with the weighted overlap of
// their names when both name someone or somewhere. Two sentences that each
// name people or places but share none speak of different events: 0.
func (e *engine) context(a, b *item) float64 {
	words, _ := cosine(a.vec, b.vec)
	if len(a.names.e) == 0 || len(b.names.e) == 0 {
		return words
	}
	names := overlap(a.names, b.names)
	if names == 0 && a.named && b.named {
		return 0
	}
	return (words + names) / 2
}

// valueCloseness is 1 for equal values and falls with the log of their
// ratio, reaching 0 at ratio.
func valueCloseness(x, y, ratio float64) float64 {
	if x == y {
		return 1
	}
	if x <= 0 || y <= 0 {
		return 0
	}
	c := 1 - math.Abs(math.Log(x/y))/math.Log(ratio)
	return math.Max(0, c)
}

// subjectAgreement is 1 when two subjects share a stem, 0.5 when either is
// unknown, 0 when both are known and differ.
func subjectAgreement(a, b []int32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0.5
	}
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			return 1
		}
	}
	return 0
}

// cluster groups items by average linkage. Pairs scoring at least
// minLink link items into components; within each component the two
// clusters with the highest average similarity over their cross-source
// pairs merge first, as long as that average reaches minLink and they share
// no article. sim scores any pair (it may be called for pairs that were not
// candidates). It returns the clusters of two or more items, each sorted.
//
// A merge that would put two disjoint intervals in one group (a conflict)
// needs an average of at least conflictLink: a false conflict alarm costs
// more than a missed group.
func cluster(items []*item, pairs []uint64, minLink, conflictLink float64, sim func(i, j int) float64) [][]int {
	// Components of the candidate graph, by union-find.
	parent := make([]int, len(items))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, p := range pairs {
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
	roots := make([]int, 0, len(comps))
	for r, c := range comps {
		if len(c) > 1 {
			roots = append(roots, r)
		}
	}
	slices.Sort(roots)
	var out [][]int
	for _, r := range roots {
		out = append(out, agglomerate(items, comps[r], minLink, conflictLink, sim)...)
	}
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}

// agglomerate merges the items of one component best pair of clusters
// first.
func agglomerate(items []*item, comp []int, minLink, conflictLink float64, sim func(i, j int) float64) [][]int {
	slices.Sort(comp)
	clusters := make([][]int, len(comp))
	for k, i := range comp {
		clusters[k] = []int{i}
	}
	for len(clusters) > 1 {
		bestA, bestB, best := -1, -1, minLink
		for a := range clusters {
			for b := a + 1; b < len(clusters); b++ {
				l, ok := linkage(items, clusters[a], clusters[b], sim)
				if !ok || l < best || (l == best && bestA >= 0) {
					continue
				}
				if l < conflictLink && disjoint(items, clusters[a], clusters[b]) {
					continue
				}
				bestA, bestB, best = a, b, l
			}
		}
		if bestA < 0 {
			break
		}
		clusters[bestA] = append(clusters[bestA], clusters[bestB]...)
		clusters = slices.Delete(clusters, bestB, bestB+1)
	}
	var out [][]int
	for _, c := range clusters {
		if len(c) > 1 {
			slices.Sort(c)
			out = append(out, c)
		}
	}
	return out
}

// disjoint reports whether some figure of a and some figure of b have no
// common value.
func disjoint(items []*item, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if items[i].fig == nil || items[j].fig == nil {
				continue
			}
			if _, ok := items[i].fig.Interval.Intersect(items[j].fig.Interval); !ok {
				return true
			}
		}
	}
	return false
}

// linkage is the average similarity of two clusters over their
// cross-source pairs; ok is false when they share an article or have no
// cross-source pair.
func linkage(items []*item, a, b []int, sim func(i, j int) float64) (float64, bool) {
	total, n := 0.0, 0
	for _, i := range a {
		for _, j := range b {
			if items[i].art == items[j].art {
				return 0, false
			}
			if items[i].source == items[j].source {
				continue
			}
			total += sim(i, j)
			n++
		}
	}
	if n == 0 {
		return 0, false
	}
	return total / float64(n), true
}

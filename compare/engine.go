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
	fig    *claims.Figure  // nil for a figure-free sentence
	sib    []claims.Figure // the figures of the figure's sentence
	toks   []token         // the tokens of the figure's sentence
	vec    vector          // content words (for a figure-free sentence: all words)
	names  vector          // names and places, for figures: this sentence's and the previous one's
	named  bool            // the figure's own sentence names someone or somewhere
	topic  vector          // for a figure in a sentence that names nothing: its article's title and lead
	when   anchors         // the times the figure's sentence gives
	text   string          // stemmed text of the sentence, for strutil
	subj   []int32         // stems of the counted subject
	focus  bool            // belongs to an article under check
	prep   func()          // fills vec, names, named, topic, text and subj; nil once done
	sentNo int             // index of the sentence in its article
}

// prepare weighs the context of items that the similarity engine is about
// to compare (once each).
func prepare(items []*item) {
	for _, it := range items {
		if it.prep != nil {
			it.prep()
			it.prep = nil
		}
	}
}

// comparable reports whether a figure takes part in cross-outlet groups:
// counts and percents with a known measure, and the durations between two
// of an event's happenings.
//
// A count of exactly one of a counted noun ("One passenger told…") is a
// determiner, not a reported total, and is not compared.
func comparable(f claims.Figure) bool {
	if f.Kind == claims.Count && f.Value == 1 && f.IsPoint() && !claims.IsEventMeasure(f.Measure) {
		return false
	}
	if f.Kind == claims.Duration {
		return f.Measure == claims.MeasureInterval // the time between two blasts
	}
	if f.Kind == claims.Money || f.Kind == claims.Measurement {
		// "2,750 tonnes of ammonium nitrate", "Rs 2 lakh to the kin of
		// each dead": compared by their exact value only (valueKey).
		return f.IsPoint() && f.Value > 0 && f.Unit != ""
	}
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
	tk    *claims.Tokenizer
	dice  *metrics.SorensenDice
	figs  []*item
	facts []*item
	toks  [][][]token // the tokens of every sentence of every article
}

// build reads the tokens of every sentence (e.toks, which the caller sets),
// numbers their terms and counts document frequencies, then makes
// the items with their weighted context vectors.
func (e *engine) build(arts []*claims.Article, cls [][]claims.Claim, focus func(*claims.Article) bool) {
	toks := e.toks
	// Each token's term is numbered once, here, while the sentences are
	// counted; everything after reads the numbers.
	seen := make(map[int32]bool)
	ids := make([][][]int32, len(cls))
	for a := range cls {
		ids[a] = make([][]int32, len(toks[a]))
		for s := range toks[a] {
			ids[a][s] = e.voc.count(toks[a][s], seen)
		}
	}
	for a, cs := range cls {
		art := arts[a]
		isFocus := focus == nil || focus(art)
		title := e.termIDs(e.tk.Tokens(art.Title))
		var topic vector
		if len(cs) > 0 {
			topic = e.sentenceVector(append(slices.Clip(title), ids[a][0]...))
		}
		lastNamed := -1 // the latest sentence so far that names someone or somewhere
		for s, c := range cs {
			st := Statement{Article: art, Sentence: c.Sentence}
			named := e.hasName(ids[a][s])
			around := e.around(ids[a], s, lastNamed, title, named)
			if named {
				lastNamed = s
			}
			var source []bool // the tokens naming who reported, not what happened
			for f := range c.Figures {
				fig := &c.Figures[f]
				if !comparable(*fig) {
					continue
				}
				it := &item{
					art: a, source: sourceOf(art), stmt: st, fig: fig, sib: c.Figures, toks: toks[a][s],
					focus: isFocus, sentNo: s,
				}
				// The subject's stems are found here, not in prep: prep
				// runs on both cores and only reads the vocabulary.
				it.subj = e.subjectStems(fig.Subject)
				sentToks, sentIDs, start := toks[a][s], ids[a][s], c.Sentence.Start
				it.prep = func() {
					// The context is weighed only for the figures that the
					// similarity engine compares (background figures).
					if source == nil {
						source = attribution(sentToks, sentIDs, e.voc.isName)
					}
					it.text = stemText(sentToks)
					it.vec, it.names, it.named = e.figureVectors(sentToks, sentIDs, source, around, *it.fig, start)
					it.topic = topic
				}
				it.when = anchorsOf(fig.When)
				e.figs = append(e.figs, it)
			}
			if len(c.Figures) == 0 && len(toks[a][s]) >= 4 && focus == nil {
				it := &item{art: a, source: sourceOf(art), stmt: st, focus: true, sentNo: s}
				sentIDs := ids[a][s]
				it.prep = func() { it.vec = e.sentenceVector(sentIDs) }
				e.facts = append(e.facts, it)
			}
		}
	}
}

// weighted is a sentence's terms that count in a figure's context at a
// share w of their weight.
type weighted struct {
	ids []int32
	w   float64
}

// around returns the context a figure of sentence s takes from around its
// sentence: the title's names at InheritWeight, the previous sentence's
// names at PreviousWeight and, when sentence s names no one and nowhere
// ("182 people were wounded in the attack"), the names of the latest
// sentence that did (within InheritSpan sentences) at InheritWeight: such
// a sentence speaks of the event last named.
func (e *engine) around(ids [][]int32, s, lastNamed int, title []int32, named bool) []weighted {
	out := []weighted{{title, e.opts.InheritWeight}}
	if s > 0 {
		out = append(out, weighted{ids[s-1], e.opts.PreviousWeight})
	}
	if named {
		return out
	}
	if lastNamed >= 0 && s-lastNamed <= e.opts.InheritSpan {
		out = append(out, weighted{ids[lastNamed], e.opts.InheritWeight})
	}
	return out
}

// hasName reports whether some term is a name.
func (e *engine) hasName(ids []int32) bool {
	return slices.ContainsFunc(ids, e.voc.isName)
}

// termIDs numbers the terms of toks.
func (e *engine) termIDs(toks []token) []int32 {
	ids := make([]int32, len(toks))
	for k, t := range toks {
		ids[k] = e.voc.id(t.Stem)
	}
	return ids
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
func (e *engine) figureVectors(toks []token, ids []int32, source []bool, around []weighted, f claims.Figure, sentStart int) (words, names vector, named bool) {
	wb, nb := vecBuilder{}, vecBuilder{}
	start, end := f.Start-sentStart, f.End-sentStart
	at := 0 // tokens before the figure
	for at < len(toks) && toks[at].Start < start {
		at++
	}
	for k, t := range toks {
		var d int
		switch {
		case t.Start < start:
			d = at - k
		case t.Start >= end:
			d = k - at + 1
		default:
			d = 1
		}
		prox := 1 - float64(d-1)/float64(e.opts.MaxDistance)
		prox = math.Max(prox, e.opts.MinProximity)
		id := ids[k]
		if source[k] {
			// Who said it is not what happened: sources are left out.
			continue
		}
		if e.voc.isName(id) {
			nb.add(id, e.weight(id)*math.Max(prox, 0.6))
			named = true
		} else {
			wb.add(id, e.weight(id)*prox)
		}
	}
	for _, c := range around {
		for _, id := range c.ids {
			if e.voc.isName(id) {
				nb.add(id, e.weight(id)*c.w)
			}
		}
	}
	return wb.build(), nb.build(), named
}

// sentenceVector weighs every word of a sentence by IDF alone.
func (e *engine) sentenceVector(ids []int32) vector {
	b := vecBuilder{}
	for _, id := range ids {
		b.add(id, e.weight(id))
	}
	return b.build()
}

// subjectStems returns the sorted term ids of a subject's content words.
func (e *engine) subjectStems(subject string) []int32 {
	var ids []int32
	for _, t := range e.tk.Tokens(subject) {
		ids = append(ids, e.voc.id(t.Stem))
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
	// A posting is keyed by the item's group (its measure and kind,
	// numbered here) in the high half and the term in the low half.
	groups := map[string]uint64{"": 0}
	post := make(map[uint64][]int)
	for i, it := range items {
		var g uint64
		if it.fig != nil {
			name := it.fig.Measure + "\x00" + string(it.fig.Kind)
			var ok bool
			if g, ok = groups[name]; !ok {
				g = uint64(len(groups))
				groups[name] = g
			}
		}
		vs := []vector{it.vec, it.names}
		if !it.named {
			vs = append(vs, it.topic)
		}
		for _, v := range vs {
			for _, x := range v.e {
				k := g<<32 | uint64(uint32(x.id))
				post[k] = append(post[k], i)
			}
		}
	}
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
				out = append(out, pairKey(i, j))
			}
		}
	}
	// A pair that shares several terms is listed once.
	slices.Sort(out)
	return slices.Compact(out)
}

// score is the similarity of a pair of items: all its evidence, and the
// evidence of the two sentences alone (without their articles' topics). A
// conflict must rest on the local evidence.
type score struct{ all, local float64 }

// figureSimilarity scores two figures of the same measure and kind; each
// part is 0 when the context it rests on shares too little.
func (e *engine) figureSimilarity(a, b *item) score {
	if a.when.apart(b.when) || !unitsAgree(a, b) {
		return score{} // different nights, days or years, or units that do not compare: different facts
	}
	local := e.localContext(a, b)
	return score{
		all:   e.similarityWith(a, b, max(local, e.topicContext(a, b))),
		local: e.similarityWith(a, b, local),
	}
}

// similarityWith is the weighted sum of the signals for a context ctx.
func (e *engine) similarityWith(a, b *item, ctx float64) float64 {
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

// topicContext stands in for the context of a figure whose sentence names
// no one and nowhere ("The confirmed death toll stands at 82."): such a
// sentence speaks of its article's main event, so the article's title and
// lead sentence are compared with the other figure's, at TopicWeight.
func (e *engine) topicContext(a, b *item) float64 {
	if a.named && b.named {
		return 0
	}
	t, _ := cosine(a.topic, b.topic)
	return e.opts.TopicWeight * t
}

// localContext compares the figures' own contexts.
func (e *engine) localContext(a, b *item) float64 {
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
	if math.IsNaN(c) {
		return 0
	}
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

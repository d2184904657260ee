package figure

import (
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang"
	"github.com/crosscheck-news/crosscheck/claims/qualify"
)

// Options are the widths the finder gives approximate wordings; package
// claims validates them (claims.ExtractOptions).
type Options struct {
	// Tolerance widens "about N" to [N·(1−Tolerance), N·(1+Tolerance)].
	Tolerance float64
	// NearlyLower, when > 0, gives "nearly N" the lower end N·(1−NearlyLower).
	NearlyLower float64
}

// Finder finds the figures of sentences: every number, spelled in digits,
// words or both, with the interval its wording allows (DESIGN.md, "Figures"):
//
//	139, killed 139 people                    exact       [139, 139]
//	at least / no fewer than / 133 or more    at_least    [133, ∞)
//	more than / over / above / exceeding      more_than   (140, ∞)
//	nearly / almost / just under / close to   nearly      (−∞, 100), or [100·(1−NearlyLower), 100)
//	about / around / some / an estimated      about       [200·(1−t), 200·(1+t)]
//	up to / as many as / at most              up_to       (−∞, 700]
//	fewer than / less than / under / below    fewer_than  (−∞, 1000)
//	between 20 and 30 / 20 to 30 / 20-30      range       [20, 30]
//	dozens / scores / hundreds / thousands    vague       see vagueWords
//
// A lower and an upper bound joined by "and" or "but" make one range ("more
// than 10 and less than 20" is (10, 20)). Each figure has a kind (count,
// percent, money, year, decade, date, age, duration, ordinal, time, score,
// measurement, other) so that only like figures are compared, and a unit
// (units.go). "one" as a pronoun ("one of", "no one", "one day") and a
// number that is part of a name ("iPhone 12", "Row 21") are no figures
// (lookalike.go). A Finder holds only its options and is safe for
// concurrent use.
type Finder struct {
	opts Options
	v    *vocab
	// bufs holds token buffers (*[]token) that Figures reuses from one
	// sentence to the next: nothing it returns points into them.
	bufs sync.Pool
}

// New returns a Finder with the given options, which the caller has
// validated, that reads the words of the lexicon lex: it builds its
// vocabulary from lex once, and keeps nothing of lex that it modifies.
func New(opts Options, lex *lang.Lexicon) *Finder {
	return &Finder{opts: opts, v: newVocab(lex)}
}

// maxPooledTokens is the largest token buffer Figures keeps for the next
// sentence: a huge one (a hostile input's) is left to the collector.
const maxPooledTokens = 1 << 14

// Figures returns every figure of one sentence, in order of position. Spans
// are byte offsets into sentence; Line is left 0 (the caller fills it).
// Measure and Subject are left empty. A sentence is read up to its first
// 2 GiB.
func (e *Finder) Figures(sentence string) []core.Figure {
	sentence = capLen(sentence)
	buf, _ := e.bufs.Get().(*[]token)
	if buf == nil {
		buf = new([]token)
	}
	p := parser{s: sentence, v: e.v, ts: tokenize(e.v.index, sentence, (*buf)[:0], 0)}
	defer func() {
		if cap(p.ts) <= maxPooledTokens {
			*buf = p.ts[:0]
			e.bufs.Put(buf)
		}
	}()
	var figs []core.Figure
	for i := 0; i < len(p.ts); {
		next := e.at(&p, i, &figs)
		if next <= i {
			next = i + 1
		}
		i = next
	}
	// Digits beyond float64's range ("1" and 400 zeros, "1e309") state no
	// usable value: such a figure is kept, of kind Other with an infinite
	// value, so that it is counted (and never compared), but takes no part
	// in ranges and units.
	kept := figs[:0]
	var huge []core.Figure
	for _, f := range figs {
		if !math.IsInf(f.Value, 0) && !math.IsNaN(f.Value) && !math.IsNaN(f.Lo) && !math.IsNaN(f.Hi) &&
			!math.IsInf(f.Lo, 1) && !math.IsInf(f.Hi, -1) {
			kept = append(kept, f)
			continue
		}
		huge = append(huge, overflowed(f))
	}
	out := e.units(&p, qualify.MergeBounds(p.s, kept))
	if len(huge) == 0 {
		return out
	}
	out = append(out, huge...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// overflowed is f, whose value is beyond float64's range, as a figure of
// kind Other whose value and bounds are +Inf (-Inf when negative).
func overflowed(f core.Figure) core.Figure {
	v := math.Inf(1)
	if f.Value < 0 || math.IsInf(f.Lo, -1) && math.IsInf(f.Hi, -1) {
		v = math.Inf(-1)
	}
	f.Value, f.Lo, f.Hi = v, v, v
	f.LoOpen, f.HiOpen = false, false
	f.Kind = core.Other
	f.Qualifier = core.Exact
	f.Measure, f.Unit = "", ""
	return f
}

// at looks for a figure beginning at token i, appends what it finds and
// returns the token to continue from.
func (e *Finder) at(p *parser, i int, figs *[]core.Figure) int {
	t := &p.ts[i]
	switch t.kind {
	case tkNum:
		if next, ok := e.lookalike(p, i, figs); ok {
			return next
		}
		if next, ok := e.sequence(p, i, figs); ok {
			return next
		}
		if next, ok := e.figure(p, i, i, qualify.Phrase{}, figs); ok {
			return next
		}
	case tkWord:
		fl := p.v.info[t.wi].flags
		if fl&(fVagueStart|fPhraseStart|fNumStart|fFraction) == 0 {
			return i + 1
		}
		if fl&fVagueStart != 0 {
			if next, ok := e.vague(p, i, figs); ok {
				return next
			}
		}
		if fl&fPhraseStart != 0 {
			for _, ph := range p.v.quals.Phrases(p.v.info[t.wi].word) {
				j, ok := p.matchWords(i, ph.Words)
				if !ok {
					continue
				}
				if next, ok := e.figure(p, i, j, ph, figs); ok {
					return next
				}
			}
		}
		if next, ok := e.fractionFigure(p, i, i, qualify.Phrase{}, figs); ok {
			return next
		}
		if next, ok := e.figure(p, i, i, qualify.Phrase{}, figs); ok {
			return next
		}
	case tkSym:
		if ph, j, ok := p.symComparator(i); ok {
			if next, ok := e.figure(p, i, j, ph, figs); ok {
				return next
			}
		}
		if isCurrencySym(t.r) {
			if next, ok := e.figure(p, i, i, qualify.Phrase{}, figs); ok {
				return next
			}
		}
	}
	return i + 1
}

func isCurrencySym(r rune) bool {
	switch r {
	case '$', '£', '€', '¥', '₹', '₽', '₩', '₺', '₦', '₴', '₪', '₱', '₫', '฿':
		return true
	}
	return false
}

// currencyBefore returns the first token of a currency prefix that ends right
// before token k ("$", "US$", "£"), or -1.
func (p *parser) currencyBefore(k int) int {
	c := k - 1
	if c < 0 || p.ts[c].kind != tkSym || !isCurrencySym(p.ts[c].r) || p.ts[k].start-p.ts[c].end > 1 {
		if c >= 0 && p.ts[c].kind == tkWord && p.ts[k].start-p.ts[c].end <= 1 {
			w := p.info(c).word
			if p.v.currencyCodesBefore[w] {
				return c
			}
		}
		return -1
	}
	if c > 0 && p.adj(c) && p.ts[c-1].kind == tkWord && p.ts[c-1].end-p.ts[c-1].start <= 2 && p.ts[c-1].upper {
		return c - 1 // US$, A$, HK$
	}
	return c
}

// numberAt skips a currency prefix and, after a qualifier, "the" before an
// ordinal; it returns the token where the number itself begins and whether a
// currency was seen.
func (p *parser) numberAt(k int, qualified bool) (int, bool) {
	if k >= len(p.ts) {
		return k, false
	}
	money := false
	t := &p.ts[k]
	if t.kind == tkWord && k+1 < len(p.ts) && p.adj(k+1) && p.isSym(k+1, '$') {
		k++ // US$
		t = &p.ts[k]
	}
	if t.kind == tkSym && isCurrencySym(t.r) && k+1 < len(p.ts) && p.ts[k+1].start-t.end <= 1 {
		return k + 1, true
	}
	if t.kind == tkWord && k+1 < len(p.ts) {
		w := p.info(k).word
		if p.v.currencyCodesOpening[w] && p.ts[k+1].kind == tkNum {
			return k + 1, true
		}
		if qualified && w == "the" {
			if c := p.info(k + 1).class; c == wOrdUnit || c == wOrdTeen || c == wOrdTens {
				return k + 1, false
			}
			if p.ts[k+1].kind == tkNum {
				if n, ok := p.parse(k + 1); ok && n.ordinal {
					return k + 1, false
				}
			}
		}
	}
	return k, money
}

// figure reads a figure whose text begins at token start and whose number
// begins at token k (after the qualifier ph, if any).
func (e *Finder) figure(p *parser, start, k int, ph qualify.Phrase, figs *[]core.Figure) (int, bool) {
	qualified := k > start
	nk, money := p.numberAt(k, qualified)
	if nk >= len(p.ts) {
		return 0, false
	}
	if qualified && p.ts[nk].kind == tkNum {
		if _, ok := p.sequenceKind(nk); ok {
			return 0, false
		}
	}
	n, ok := p.parse(nk)
	if !ok || n.j <= n.i {
		// A fraction after a qualifier: "more than half", "below a half".
		if p.ts[nk].kind == tkWord && (qualified || p.is(nk, "half")) {
			return e.fractionFigure(p, start, nk, ph, figs)
		}
		return 0, false
	}
	// numStart is where the number as written begins: its currency sign, the
	// apostrophe of "'90s", the "minus" of "minus five".
	numStart := min(nk, n.i)
	if c := p.currencyBefore(nk); c >= 0 {
		numStart, money = min(numStart, c), true
	}
	if !qualified || ph.Quiet {
		start = numStart
	}
	if next, ok := e.wordCases(p, start, nk, n, ph, qualified, figs); ok {
		return next, true
	}
	// A range: "between 20 and 30", "20 to 30", "20-30", "5k-20k", "1992-97".
	if f, next, ok := e.rangeFrom(p, start, n, ph, money); ok {
		*figs = append(*figs, f)
		return next, true
	}
	return e.single(p, start, numStart, n, ph, qualified, money, figs), true
}

// wordCases settles a number in words that makes no figure of its own ("one
// of them"), or makes a fraction ("one third"), and "10 second delay"; it
// reports whether it settled n and where to continue.
func (e *Finder) wordCases(p *parser, start, nk int, n num, ph qualify.Phrase, qualified bool, figs *[]core.Figure) (int, bool) {
	if !qualified && n.words && !n.ordinal && p.skipWord(n) {
		return n.j, true
	}
	if n.words && !n.ordinal && n.j == n.i+1 {
		if next, ok := e.fractionFigure(p, start, nk, ph, figs); ok {
			return next, true
		}
	}
	if n.ordinal && p.is(n.i, "second") && n.i > 0 && p.ts[n.i-1].kind == tkNum {
		return n.j, true // "10 second delay"
	}
	return 0, false
}

// single appends the figure of the one number n, with its qualifier before
// (ph) or after it ("133 or more"), and returns the token after it.
func (e *Finder) single(p *parser, start, numStart int, n num, ph qualify.Phrase, qualified, money bool, figs *[]core.Figure) int {
	q := ph.Q
	if q == "" || ph.Intro != qualify.IntroNone || ph.Quiet {
		q, start = core.Exact, numStart
	}
	end := n.j
	if p.isSym(end, '%') && p.adj(end) {
		end++ // "40%" is written with its sign
	}
	// Postfix wordings: "133 or more", "500 or less", "200 or so", "100+".
	if pq, pe, ok := p.postfix(end, q); ok {
		q, end = pq, pe
	}
	kind := p.kindOf(n, end, money)
	if kind == core.Count && p.percentAfterRange(end) {
		kind = core.Percent // "from 20 to 30 percent" read as a change
	}
	if kind == core.Duration && len(ph.Words) == 1 && ph.Words[0] == "over" {
		q, start = core.Exact, numStart // "over 3 years" is "during"
	}
	if kind == core.Year && qualified && (q == core.MoreThan || q == core.FewerThan) {
		// "over 2020", "well above 2004's average" are no bounds of a count.
		q, start = core.Exact, numStart
	}
	*figs = append(*figs, core.Figure{
		Text:      p.text2(start, end),
		Span:      p.span(start, end),
		Value:     n.val,
		Interval:  qualify.Interval(q, n.val, e.opts.Tolerance, e.opts.NearlyLower),
		Qualifier: q,
		Kind:      kind,
	})
	return end
}

// span returns the byte span from the start of token a to the end of token
// b-1.
func (p *parser) span(a, b int) core.Span {
	return core.Span{Start: int(p.ts[a].start), End: int(p.ts[b-1].end)}
}

// text2 returns the text from the start of token a to the end of token b-1.
func (p *parser) text2(a, b int) string { return p.s[p.ts[a].start:p.ts[b-1].end] }

// fractionFigure reads "a half", "a quarter", "two thirds", "one-fourth",
// "half" (after a qualifier or before "of") at token k.
func (e *Finder) fractionFigure(p *parser, start, k int, ph qualify.Phrase, figs *[]core.Figure) (int, bool) {
	var v float64
	end := 0
	switch {
	case (p.is(k, "half") || p.is(k, "quarter")) && (start < k || p.is(k+1, "of") || p.info(k+1).class == wBig):
		v, end = 1/p.info(k).val, k+1 // "half of", "half million", "quarter billion"
	case (p.is(k, "a") || p.is(k, "an")) && p.info(k+1).flags&fFraction != 0:
		d := p.info(k + 1)
		if d.word != "half" && d.word != "quarter" && !p.is(k+2, "of") {
			return 0, false
		}
		v, end = 1/d.val, k+2
	default:
		c := p.info(k)
		if c.class != wUnit && c.class != wTeen {
			return 0, false
		}
		d := k + 1
		if p.isSym(d, '-') && p.adj(d) && p.adj(d+1) {
			d++
		}
		di := p.info(d)
		if di.flags&fFraction == 0 || (c.val == 1) != !strings.HasSuffix(di.word, "s") || di.val <= 1 {
			return 0, false
		}
		if di.word == "half" || di.word == "halves" {
			return 0, false
		}
		v, end = c.val/di.val, d+1
	}
	q := ph.Q
	if q == "" || ph.Quiet || ph.Intro != qualify.IntroNone {
		q, start = core.Exact, k
	}
	*figs = append(*figs, core.Figure{
		Text:      p.text2(start, end),
		Span:      p.span(start, end),
		Value:     v,
		Interval:  qualify.Interval(q, v, e.opts.Tolerance, e.opts.NearlyLower),
		Qualifier: q,
		Kind:      core.Other,
	})
	return end, true
}

// skipWord reports whether the spelled number n is no figure: "one" as a
// pronoun or determiner ("one of", "no one", "one another", "one day").
func (p *parser) skipWord(n num) bool {
	if n.j != n.i+1 || !p.is(n.i, "one") {
		return false
	}
	k := n.i
	switch p.info(k - 1).word {
	case "no", "the", "any", "every", "each", "which", "this", "that", "another", "other", "someone", "anyone", "everyone", "only":
		if p.info(k-1).word != "only" || p.is(k+1, "of") {
			return true
		}
	}
	switch p.info(k + 1).word {
	case "of", "another", "day", "by", "hand", "after", "such", "time", "way":
		return true
	}
	if k+1 >= len(p.ts) {
		return true
	}
	nt := &p.ts[k+1]
	if nt.kind == tkSym {
		if isDash(nt.r) && p.adj(k+1) && p.ts[min(k+2, len(p.ts)-1)].kind == tkWord {
			return p.info(k+2).flags&(fTimeUnit|fCurrency|fUnit) == 0 // "one-off", but "one-year", "one-yen"
		}
		if nt.r == '\'' || nt.r == '’' {
			return true // one's
		}
		return nt.r != '%'
	}
	return false
}

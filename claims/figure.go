package claims

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/lang/english"
)

// ExtractOptions configures figure extraction. The zero value is not valid;
// start from [DefaultExtractOptions].
type ExtractOptions struct {
	// Tolerance widens an approximate figure: "about N" allows
	// [N·(1−Tolerance), N·(1+Tolerance)]. It must lie in [0, 1). Default 0.1.
	Tolerance float64
	// NearlyLower, when > 0, gives "nearly N" (almost, just under, close to)
	// the lower end N·(1−NearlyLower), closed: [N·(1−NearlyLower), N). When 0
	// the lower end is unbounded (−∞). It must lie in [0, 1). Default 0.
	NearlyLower float64
}

// DefaultExtractOptions returns the defaults: Tolerance 0.1, NearlyLower 0.
func DefaultExtractOptions() ExtractOptions {
	return ExtractOptions{Tolerance: 0.1}
}

// Validate reports whether the options are usable.
func (o ExtractOptions) Validate() error {
	if math.IsNaN(o.Tolerance) || o.Tolerance < 0 || o.Tolerance >= 1 {
		return fmt.Errorf("extract options: tolerance %v outside [0, 1)", o.Tolerance)
	}
	if math.IsNaN(o.NearlyLower) || o.NearlyLower < 0 || o.NearlyLower >= 1 {
		return fmt.Errorf("extract options: nearly-lower %v outside [0, 1)", o.NearlyLower)
	}
	return nil
}

// Extractor finds the figures of sentences: every number, spelled in digits,
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
// (lookalike.go). An Extractor holds only its options and is safe for
// concurrent use.
type Extractor struct {
	opts ExtractOptions
}

// NewExtractor returns an Extractor with the given options, or an error when
// they are invalid.
func NewExtractor(opts ExtractOptions) (*Extractor, error) {
	if err := opts.Validate(); err != nil {
		return nil, fmt.Errorf("new extractor: %w", err)
	}
	return &Extractor{opts: opts}, nil
}

// Vague plurals and the intervals they are taken to mean. "dozens" is at
// least two dozen and fewer than a hundred; "hundreds" at least two hundred
// and fewer than a thousand, and so on: the plural says "two or more", the
// next larger word was not used. "scores" is two score (40) to 99. The same
// intervals serve "several hundred", "a few thousand" and the like:
//
//	dozens [24, 99]           scores [40, 99]
//	hundreds [200, 999]       thousands [2000, 9999]
//	millions [2e6, 9999999]   billions [2e9, 9999999999]
var vagueWords = map[string][2]float64{
	"dozens":    {24, 99},
	"scores":    {40, 99},
	"hundreds":  {200, 999},
	"thousands": {2000, 9999},
	"millions":  {2e6, 9999999},
	"billions":  {2e9, 9999999999},
}

// "tens of thousands" [20000, 99999], "hundreds of thousands" [200000,
// 999999] and their kin, by the same reasoning.
var vagueOf = map[[2]string][2]float64{
	{"tens", "thousands"}:     {20000, 99999},
	{"hundreds", "thousands"}: {200000, 999999},
	{"tens", "millions"}:      {2e7, 99999999},
	{"hundreds", "millions"}:  {2e8, 999999999},
	{"tens", "billions"}:      {2e10, 99999999999},
	{"hundreds", "billions"}:  {2e11, 999999999999},
	{"dozens", "thousands"}:   {24000, 99999},
	{"dozens", "millions"}:    {24e6, 99999999},
}

// "several hundred", "a few thousand": a singular scale after a vague
// quantifier means the same as the plural.
var vagueSingular = map[string]string{
	"dozen": "dozens", "hundred": "hundreds", "thousand": "thousands",
	"million": "millions", "billion": "billions", "score": "scores",
}

// qphrase is a wording before a number that qualifies it.
type qphrase struct {
	words []string
	q     Qualifier
	intro int  // introBetween or introFrom: the wording opens a range
	quiet bool // an "equal to" wording: not part of the figure's text
}

const (
	introNone = iota
	introBetween
	introFrom
)

var qualifierSpecs = []struct {
	q     Qualifier
	quiet bool
	list  string
}{
	{AtLeast, false, "at least|at least or equal to|no fewer than|no less than|not fewer than|not less than|" +
		"a minimum of|minimum of|at a minimum|greater than or equal to|more than or equal to|higher than or equal to|" +
		"larger than or equal to|bigger than or equal to|greater or equal than|higher or equal than|bigger or equal than|" +
		"larger or equal than|more or equal than|greater or equal to|more or equal to|equal to or more than|" +
		"equal to or greater than|equal or more than|equal or greater than|equal to or higher than|equal to or above|" +
		"no less than or equal to"},
	{MoreThan, false, "more than|greater than|larger than|bigger than|higher than|over|well over|just over|" +
		"above|well above|exceeding|exceed|exceeds|exceeded|in excess of|upwards of|upward of|surpass|surpassing|" +
		"surpasses|surpassed|topping|tops|topped|passes|passed|crosses|crossed|north of|well in excess of|beyond"},
	{Nearly, false, "nearly|almost|just under|close to|just short of|just below|nigh on|not quite|very nearly|" +
		"just shy of|shy of"},
	{About, false, "about|around|roughly|some|an estimated|estimated|approximately|approx|circa|" +
		"an approximate|approximate|somewhere around|more or less|in the region of|on the order of|" +
		"in the order of|something like|an average of|on average"},
	{UpTo, false, "up to|as many as|at most|at the most|no more than|not more than|a maximum of|maximum of|" +
		"less than or equal to|fewer than or equal to|smaller than or equal to|lower than or equal to|" +
		"less or equal than|smaller or equal than|lower or equal than|fewer or equal than|less or equal to|" +
		"equal to or less than|equal to or fewer than|equal to or lower than|equal to or smaller than|" +
		"as much as|as high as|no greater than|not exceeding|no higher than"},
	{FewerThan, false, "fewer than|less than|lower than|smaller than|under|below|well under|well below|beneath"},
	{Exact, true, "equal to|equals|equals to|equaling|equaling to|equalling|equalling to|exactly|precisely|" +
		"a total of|totalling|totaling|just|only"},
	{Range, false, "between|from|anywhere from|anywhere between|somewhere between"},
}

// qualifierPhrases maps the first word of each wording to its wordings,
// longest first.
var qualifierPhrases = buildPhrases()

// phraseWords are the words the figure rules spell out; the lexicon holds
// them so that a token can be compared by its lexicon entry.
var phraseWords = buildPhraseWords()

func buildPhrases() map[string][]qphrase {
	m := map[string][]qphrase{}
	for _, spec := range qualifierSpecs {
		for _, ph := range strings.Split(spec.list, "|") {
			words := strings.Fields(ph)
			qp := qphrase{words: words, q: spec.q, quiet: spec.quiet}
			if spec.q == Range {
				qp.intro = introBetween
				if words[len(words)-1] == "from" {
					qp.intro = introFrom
				}
			}
			m[words[0]] = append(m[words[0]], qp)
		}
	}
	for _, l := range m {
		sort.SliceStable(l, func(a, b int) bool { return len(l[a].words) > len(l[b].words) })
	}
	return m
}

var extraWords = []string{"a", "an", "and", "or", "to", "through", "thru", "the", "of", "than", "so",
	"plus", "equal", "aged", "age", "ages", "old", "minus", "negative", "point", "half",
	"no", "any", "every", "each", "which", "this", "that", "another", "other", "someone", "anyone",
	"everyone", "day", "by", "hand", "after", "several", "few", "couple", "many", "tens", "hundreds",
	"thousands", "millions", "billions", "scores", "score", "per", "cent", "clock", "his", "her", "their",
	"my", "your", "our", "its", "more", "less", "fewer", "greater", "higher", "lower", "above", "below",
	"over", "under", "older", "younger", "smaller", "larger", "bigger", "but", "us", "hk", "nz", "rs",
	"no", "number", "nos", "nr", "nrs", "version", "p", "m", "s", "st", "nd", "rd", "th", "points",
	"old", "long", "only", "off", "way", "sided", "time", "such", "on", "in", "top", "odd"}

func buildPhraseWords() []string {
	var out []string
	for _, spec := range qualifierSpecs {
		for _, ph := range strings.Split(spec.list, "|") {
			out = append(out, strings.Fields(ph)...)
		}
	}
	return append(out, extraWords...)
}

// Figures returns every figure of one sentence, in order of position. Spans
// are byte offsets into sentence; Line is left 0 (the caller fills it).
// Measure and Subject are left empty. A sentence is read up to its first
// 2 GiB.
func (e *Extractor) Figures(sentence string) []Figure {
	sentence = capLen(sentence)
	p := parser{s: sentence, ts: tokenize(sentence, make([]token, 0, len(sentence)/5+8), 0)}
	var figs []Figure
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
	var huge []Figure
	for _, f := range figs {
		if !math.IsInf(f.Value, 0) && !math.IsNaN(f.Value) && !math.IsNaN(f.Lo) && !math.IsNaN(f.Hi) &&
			!math.IsInf(f.Lo, 1) && !math.IsInf(f.Hi, -1) {
			kept = append(kept, f)
			continue
		}
		huge = append(huge, overflowed(f))
	}
	out := e.units(&p, e.mergeBounds(&p, kept))
	if len(huge) == 0 {
		return out
	}
	out = append(out, huge...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// overflowed is f, whose value is beyond float64's range, as a figure of
// kind Other whose value and bounds are +Inf (-Inf when negative).
func overflowed(f Figure) Figure {
	v := math.Inf(1)
	if f.Value < 0 || math.IsInf(f.Lo, -1) && math.IsInf(f.Hi, -1) {
		v = math.Inf(-1)
	}
	f.Value, f.Lo, f.Hi = v, v, v
	f.LoOpen, f.HiOpen = false, false
	f.Kind = Other
	f.Qualifier = Exact
	f.Measure, f.Unit = "", ""
	return f
}

// at looks for a figure beginning at token i, appends what it finds and
// returns the token to continue from.
func (e *Extractor) at(p *parser, i int, figs *[]Figure) int {
	t := &p.ts[i]
	switch t.kind {
	case tkNum:
		if next, ok := e.lookalike(p, i, figs); ok {
			return next
		}
		if next, ok := e.sequence(p, i, figs); ok {
			return next
		}
		if next, ok := e.figure(p, i, i, qphrase{}, figs); ok {
			return next
		}
	case tkWord:
		fl := t.flags()
		if fl&(fVagueStart|fPhraseStart|fNumStart|fFraction) == 0 {
			return i + 1
		}
		if fl&fVagueStart != 0 {
			if next, ok := e.vague(p, i, figs); ok {
				return next
			}
		}
		if fl&fPhraseStart != 0 {
			for _, ph := range qualifierPhrases[lexiconInfo[t.wi].word] {
				j, ok := p.matchWords(i, ph.words)
				if !ok {
					continue
				}
				if next, ok := e.figure(p, i, j, ph, figs); ok {
					return next
				}
			}
		}
		if next, ok := e.fractionFigure(p, i, i, qphrase{}, figs); ok {
			return next
		}
		if next, ok := e.figure(p, i, i, qphrase{}, figs); ok {
			return next
		}
	case tkSym:
		if ph, j, ok := p.symComparator(i); ok {
			if next, ok := e.figure(p, i, j, ph, figs); ok {
				return next
			}
		}
		if isCurrencySym(t.r) {
			if next, ok := e.figure(p, i, i, qphrase{}, figs); ok {
				return next
			}
		}
	}
	return i + 1
}

// matchWords reports whether the words of a phrase follow from token i, and
// the token after them.
func (p *parser) matchWords(i int, words []string) (int, bool) {
	for _, w := range words {
		if !p.is(i, w) {
			return 0, false
		}
		i++
	}
	return i, true
}

// symComparator reads ">", ">=", "< =", "≥", "≤", "~" before a number.
func (p *parser) symComparator(i int) (qphrase, int, bool) {
	r := p.ts[i].r
	prevCmp := i > 0 && p.adj(i) && p.ts[i-1].kind == tkSym && strings.ContainsRune("<=>", p.ts[i-1].r)
	switch r {
	case '>', '<':
		if prevCmp {
			return qphrase{}, 0, false
		}
		if p.adj(i+1) && (p.isSym(i+1, '>') || p.isSym(i+1, '<')) {
			return qphrase{}, 0, false
		}
		if p.isSym(i+1, '=') {
			if r == '>' {
				return qphrase{q: AtLeast}, i + 2, true
			}
			return qphrase{q: UpTo}, i + 2, true
		}
		if r == '>' {
			return qphrase{q: MoreThan}, i + 1, true
		}
		return qphrase{q: FewerThan}, i + 1, true
	case '≥':
		return qphrase{q: AtLeast}, i + 1, true
	case '≤':
		return qphrase{q: UpTo}, i + 1, true
	case '~', '≈':
		if !prevCmp {
			return qphrase{q: About}, i + 1, true
		}
	}
	return qphrase{}, 0, false
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
			if w == "rs" || w == "usd" || w == "eur" || w == "gbp" || w == "inr" {
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
		if (w == "rs" || w == "usd" || w == "eur" || w == "gbp") && p.ts[k+1].kind == tkNum {
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
func (e *Extractor) figure(p *parser, start, k int, ph qphrase, figs *[]Figure) (int, bool) {
	qualified := k > start
	nk, money := p.numberAt(k, qualified)
	if nk >= len(p.ts) {
		return 0, false
	}
	if p.ts[nk].kind == tkNum {
		if qualified {
			if _, ok := p.sequenceKind(nk); ok {
				return 0, false
			}
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
	if !qualified || ph.quiet {
		start = numStart
	}
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

	// A range: "between 20 and 30", "20 to 30", "20-30", "5k-20k", "1992-97".
	if f, next, ok := e.rangeFrom(p, start, n, ph, money); ok {
		*figs = append(*figs, f)
		return next, true
	}
	q := ph.q
	if q == "" || ph.intro != introNone || ph.quiet {
		q, start = Exact, numStart
	}
	end := n.j
	if p.isSym(end, '%') && p.adj(end) {
		end++ // "40%" is written with its sign
	}
	// Postfix wordings: "133 or more", "500 or less", "200 or so", "100+".
	k2 := end
	if pq, pe, ok := p.postfix(k2, q); ok {
		q, end = pq, pe
	}
	kind := p.kindOf(n, end, money)
	if kind == Count && p.percentAfterRange(end) {
		kind = Percent // "from 20 to 30 percent" read as a change
	}
	if kind == Duration && len(ph.words) == 1 && ph.words[0] == "over" {
		q, start = Exact, numStart // "over 3 years" is "during"
	}
	if kind == Year && qualified && (q == MoreThan || q == FewerThan) {
		// "over 2020", "well above 2004's average" are no bounds of a count.
		q, start = Exact, numStart
	}
	f := Figure{
		Text:      p.text2(start, end),
		Span:      p.span(start, end),
		Value:     n.val,
		Interval:  e.interval(q, n.val),
		Qualifier: q,
		Kind:      kind,
	}
	*figs = append(*figs, f)
	return end, true
}

// span returns the byte span from the start of token a to the end of token
// b-1.
func (p *parser) span(a, b int) Span {
	return Span{Start: int(p.ts[a].start), End: int(p.ts[b-1].end)}
}

// text2 returns the text from the start of token a to the end of token b-1.
func (p *parser) text2(a, b int) string { return p.s[p.ts[a].start:p.ts[b-1].end] }

// percentAfterRange reports whether "to N percent" or "-N%" follows token k:
// the first number of "from 20 to 30 percent" is a percent too.
func (p *parser) percentAfterRange(k int) bool {
	if !(p.is(k, "to") || (p.isSym(k, '-') && p.adj(k))) {
		return false
	}
	b, ok := p.parse(k + 1)
	return ok && p.percentAfter(b.j)
}

// fractionFigure reads "a half", "a quarter", "two thirds", "one-fourth",
// "half" (after a qualifier or before "of") at token k.
func (e *Extractor) fractionFigure(p *parser, start, k int, ph qphrase, figs *[]Figure) (int, bool) {
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
	q := ph.q
	if q == "" || ph.quiet || ph.intro != introNone {
		q, start = Exact, k
	}
	*figs = append(*figs, Figure{
		Text:      p.text2(start, end),
		Span:      p.span(start, end),
		Value:     v,
		Interval:  e.interval(q, v),
		Qualifier: q,
		Kind:      Other,
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

// vague reads "dozens", "scores of", "hundreds", "tens of thousands",
// "several hundred", "a few thousand" at token i.
func (e *Extractor) vague(p *parser, i int, figs *[]Figure) (int, bool) {
	w := p.info(i).word
	var iv [2]float64
	end := 0
	if w == "several" || w == "few" || (w == "a" && p.is(i+1, "few")) || (w == "a" && p.is(i+1, "couple") && p.is(i+2, "of")) {
		k := i + 1
		for k < len(p.ts) && k <= i+3 && (p.is(k, "few") || p.is(k, "couple") || p.is(k, "of")) {
			k++
		}
		pl, ok := vagueSingular[p.info(k).word]
		if !ok {
			return 0, false
		}
		iv, end = vagueWords[pl], k+1
	} else {
		if _, ok := vagueWords[w]; !ok && w != "tens" {
			return 0, false
		}
		if i > 0 && (p.ts[i-1].kind == tkNum || (p.info(i-1).class != wNone && p.info(i-1).class < wOrdUnit)) {
			return 0, false // "three hundreds": not vague
		}
		if p.is(i+1, "of") {
			if v, ok := vagueOf[[2]string{w, p.info(i + 2).word}]; ok {
				iv, end = v, i+3
			}
		}
		if end == 0 {
			v, ok := vagueWords[w]
			if !ok || (w == "scores" && !p.is(i+1, "of")) {
				return 0, false
			}
			iv, end = v, i+1
		}
	}
	kind := Count
	if p.is(end, "of") && p.info(end+1).flags&fCurrency != 0 {
		kind = Money
	}
	*figs = append(*figs, Figure{
		Text:      p.text2(i, end),
		Span:      p.span(i, end),
		Value:     iv[0],
		Interval:  Interval{Lo: iv[0], Hi: iv[1]},
		Qualifier: Vague,
		Kind:      kind,
	})
	return end, true
}

// postfix reads a wording after a number at token k: "or more", "and above",
// "or less", "or fewer", "or so", "or equal (to)", "+", "-plus". q is the
// qualifier seen before the number.
func (p *parser) postfix(k int, q Qualifier) (Qualifier, int, bool) {
	if k >= len(p.ts) {
		return "", 0, false
	}
	if p.isSym(k, '+') && p.adj(k) && !(k+1 < len(p.ts) && p.adj(k+1) && p.ts[k+1].kind == tkNum) {
		return AtLeast, k + 1, true
	}
	if p.isSym(k, '-') && p.adj(k) && p.is(k+1, "plus") {
		return AtLeast, k + 2, true
	}
	if p.isSym(k, '-') && p.adj(k) && p.is(k+1, "odd") && (q == Exact || q == "" || q == About) {
		return About, k + 2, true // "50-odd"
	}
	if !p.is(k, "or") && !p.is(k, "and") {
		return "", 0, false
	}
	w := p.info(k + 1).word
	numberNext := func(j int) bool {
		if j >= len(p.ts) {
			return false
		}
		if p.ts[j].kind == tkNum {
			return true
		}
		c := p.info(j).class
		return c != wNone && c < wOrdUnit
	}
	var r Qualifier
	switch w {
	case "more", "greater", "higher", "above", "over", "older", "larger", "bigger":
		r = AtLeast
	case "less", "fewer", "under", "below", "lower", "younger", "smaller":
		r = UpTo
	case "so":
		if p.is(k, "or") && (q == Exact || q == "") {
			return About, k + 2, true
		}
		return "", 0, false
	case "equal":
		switch q {
		case MoreThan:
			r = AtLeast
		case FewerThan:
			r = UpTo
		default:
			return "", 0, false
		}
		end := k + 2
		if p.is(end, "to") {
			if numberNext(end + 1) {
				return "", 0, false
			}
			end++
		}
		return r, end, true
	default:
		return "", 0, false
	}
	if q != Exact && q != "" && q != About {
		return "", 0, false
	}
	end := k + 2
	if p.is(end, "than") {
		if numberNext(end + 1) {
			return "", 0, false
		}
		end++
	}
	if numberNext(end) {
		return "", 0, false
	}
	return r, end, true
}

// rangeFrom reads the second number of a range that begins with n.
func (e *Extractor) rangeFrom(p *parser, start int, n num, ph qphrase, money bool) (Figure, int, bool) {
	c := n.j
	if p.isSym(c, '%') && p.adj(c) {
		c++
	}
	if c >= len(p.ts) || n.decade {
		return Figure{}, 0, false
	}
	ct := &p.ts[c]
	dash, orRange := false, false
	switch {
	case ph.intro == introBetween && p.is(c, "and"):
	case ph.intro == introFrom && (p.is(c, "to") || p.is(c, "through")):
	case p.is(c, "or") && ph.intro == introNone:
		orRange = true
	case p.is(c, "to") || p.is(c, "through") || p.is(c, "thru"):
	case ct.kind == tkSym && (ct.r == '~' || ct.r == '〜'):
	case ct.kind == tkSym && isDash(ct.r) && !n.words:
		before := ct.start == p.ts[c-1].end
		after := c+1 < len(p.ts) && p.ts[c+1].start == ct.end
		if before != after {
			return Figure{}, 0, false
		}
		dash = true
	default:
		return Figure{}, 0, false
	}
	bk, bmoney := p.numberAt(c+1, n.ordinal)
	if bk >= len(p.ts) {
		return Figure{}, 0, false
	}
	b, ok := p.parse(bk)
	if !ok || b.decade || b.ordinal != n.ordinal || b.fraction != n.fraction {
		return Figure{}, 0, false
	}
	if p.ts[bk].kind == tkNum && p.ts[bk].nf&nNeg != 0 && dash {
		return Figure{}, 0, false
	}
	lo, hi := n.val, b.val
	kindHint := Kind("")
	if dash && n.plain && n.nd == 4 && n.val >= 1000 && n.val <= 2100 && b.plain && b.nd == 2 && !b.lead0 {
		y := n.val - math.Mod(n.val, 100) + b.val
		if b.val > math.Mod(n.val, 100) {
			hi, kindHint = y, Year
		}
	} else if dash && n.plain && n.nd == 4 && b.plain && b.nd == 4 && n.val >= 1000 && n.val <= 2100 && b.val <= 2100 {
		kindHint = Year
	}
	if n.mult == 1 && b.mult > 1 && !n.words == !b.words && lo*b.mult < hi {
		lo *= b.mult
	}
	if !(hi > lo) {
		return Figure{}, 0, false
	}
	// "two or three", "10 or 12": neighbours, written alike.
	if orRange && (n.words != b.words || hi-lo > math.Max(1, lo/2) || b.mult != n.mult) {
		return Figure{}, 0, false
	}
	if ph.intro == introFrom && start > 0 && (p.info(start-1).flags&fChangeVerb != 0 || p.info(start-2).flags&fChangeVerb != 0) {
		return Figure{}, 0, false // "rose from 10 to 20": a change, not a range
	}
	if ph.intro == introNone && start > 0 && p.is(c, "to") && p.info(start-1).flags&fChangeVerb != 0 {
		return Figure{}, 0, false
	}
	if ph.intro == introNone && p.is(c, "to") && p.is(start-1, "from") {
		return Figure{}, 0, false
	}
	if ph.intro == introNone && !dash && !orRange {
		// "rose by 5% to £801m", "gained $1.32 to $44.45", "in 2003 to
		// £2.89bn": a change from one value to another, not a range.
		if p.is(start-1, "by") || p.info(start-2).flags&fChangeVerb != 0 {
			return Figure{}, 0, false
		}
		if p.isSym(n.j, '%') != p.isSym(b.j, '%') && p.isSym(n.j, '%') {
			return Figure{}, 0, false
		}
		if n.plain && n.nd == 4 && n.val >= 1900 && n.val <= 2100 && !(b.plain && b.nd == 4) {
			return Figure{}, 0, false
		}
		if money != bmoney && money {
			return Figure{}, 0, false
		}
	}
	end := b.j
	if p.isSym(end, '%') && p.adj(end) {
		end++
	}
	kind := kindHint
	if kind == "" {
		kind = p.kindOf(b, end, money || bmoney)
		if kind == Count || kind == Other {
			if k2 := p.kindOf(n, n.j, money); k2 != Count && k2 != Year && k2 != Date {
				kind = k2
			}
		}
		if kind == Date && !n.plain {
			kind = Count
		}
	}
	if ph.quiet {
		start = n.i
		if c := p.currencyBefore(n.i); c >= 0 {
			start = c
		}
	}
	return Figure{
		Text:      p.text2(start, end),
		Span:      p.span(start, end),
		Value:     lo,
		Interval:  Interval{Lo: lo, Hi: hi},
		Qualifier: Range,
		Kind:      kind,
	}, end, true
}

// sequenceKind recognises digit groups joined by separators without spaces:
// dates (5/17/2018, 2021-03-22, 1995-01), times (10:30), dotted numbers
// (192.168.1.2) and phone numbers (+1-222-2222-2222). It returns the kind of
// the parts; ok is false when token k starts no such sequence, or one that
// another rule reads (a range "20-30", a fraction "1/2").
func (p *parser) sequenceKind(k int) (Kind, bool) {
	parts, last := p.sequenceParts(k)
	if parts < 2 {
		return "", false
	}
	plus := k > 0 && p.isSym(k-1, '+') && p.adj(k)
	seps := map[rune]bool{}
	for j := k + 1; j < last; j += 2 {
		seps[p.ts[j].r] = true
	}
	a, b := &p.ts[k], &p.ts[k+2]
	if plus || len(seps) > 1 {
		return Other, true
	}
	switch {
	case seps['-']:
		if parts == 2 {
			if a.nd == 4 && a.val >= 1000 && a.val <= 2100 && b.nd == 2 && (b.nf&nLeadZero != 0 || b.val <= math.Mod(a.val, 100)) && b.val <= 12 && b.val >= 1 {
				return Date, true // 1995-01
			}
			return "", false
		}
		if a.nd == 4 && parts == 3 && b.nd <= 2 && p.ts[k+4].nd <= 2 {
			return Date, true
		}
		return Other, true
	case seps['/']:
		if parts == 2 {
			if _, ok := p.slashFraction(k); ok {
				return "", false
			}
			if a.val >= 1 && a.val <= 31 && b.val >= 1 && b.val <= 31 && (a.val <= 12 || b.val <= 12) {
				return Date, true
			}
			return Other, true
		}
		if parts == 3 && a.val <= 31 && b.val <= 31 {
			return Date, true
		}
		return Other, true
	case seps['.']:
		if parts == 3 && a.val <= 31 && b.val <= 12 && (p.ts[k+4].nd == 4 || p.ts[k+4].nd == 2) {
			return Date, true
		}
		return Other, true
	}
	return Other, true // times 10:30 and the like
}

// sequenceParts counts the digit groups of a sequence from token k and
// returns the token after its last group.
func (p *parser) sequenceParts(k int) (int, int) {
	parts := 1
	j := k
	for j+2 < len(p.ts) && p.ts[j].kind == tkNum && p.ts[j+1].kind == tkSym && p.adj(j+1) && p.adj(j+2) &&
		p.ts[j+2].kind == tkNum && p.ts[j+2].nf&(nNeg|nComma) == 0 {
		r := p.ts[j+1].r
		if r != '-' && r != '/' && r != '.' && r != ':' {
			break
		}
		parts++
		j += 2
	}
	return parts, j + 1
}

// sequence emits each part of a digit sequence as its own figure.
func (e *Extractor) sequence(p *parser, k int, figs *[]Figure) (int, bool) {
	kind, ok := p.sequenceKind(k)
	if !ok {
		return 0, false
	}
	_, last := p.sequenceParts(k)
	for j := k; j < last; j += 2 {
		t := &p.ts[j]
		if t.kind != tkNum {
			continue
		}
		*figs = append(*figs, Figure{
			Text:      p.s[t.start:t.end],
			Span:      Span{Start: int(t.start), End: int(t.end)},
			Value:     t.val,
			Interval:  Point(t.val),
			Qualifier: Exact,
			Kind:      kind,
		})
	}
	return last, true
}

// timeOfDayAt reports whether token k says a time of day: "pm", "a.m.",
// "o'clock", "GMT".
func (p *parser) timeOfDayAt(k int) bool {
	if k >= len(p.ts) || p.ts[k].kind != tkWord {
		return false
	}
	w := p.info(k)
	if w.flags&fTimeOfDay != 0 {
		if w.word == "o" {
			return (p.isSym(k+1, '\'') || p.isSym(k+1, '’')) && p.is(k+2, "clock")
		}
		return true
	}
	if (w.word == "a" || w.word == "p") && p.isSym(k+1, '.') && p.adj(k+1) && p.is(k+2, "m") && p.adj(k+2) {
		return true
	}
	return false
}

// kindOf classifies the number n whose figure ends before token end; money
// says a currency sign came before it.
func (p *parser) kindOf(n num, end int, money bool) Kind {
	prevW := p.info(n.i - 1)
	if n.decade {
		if w := prevW.word; w == "his" || w == "her" || w == "their" || w == "my" || w == "your" || w == "our" {
			return Age
		}
		return Decade
	}
	if money || p.currencyAfter(end) {
		return Money
	}
	if p.percentAfter(end) || p.isSym(end-1, '%') {
		return Percent
	}
	if p.dateContext(n, end) {
		return Date
	}
	if n.ordinal {
		return Ordinal
	}
	if n.fraction {
		return Other
	}
	if p.ageContext(n, end) {
		return Age
	}
	if p.durationAfter(end) && !(n.plain && n.nd == 4) {
		return Duration
	}
	if p.timeOfDayAt(end) || (p.timeOfDayAt(end+1) && p.adj(end)) {
		return Other
	}
	if p.unitAfter(end) {
		return Other
	}
	if p.codeContext(n) {
		return Other
	}
	if n.words && n.j == n.i+1 && p.ts[n.i].upper && n.i > 0 && p.ts[n.i-1].kind == tkWord && p.ts[n.i-1].upper &&
		prevW.flags&fMonth == 0 {
		return Other // "Formula One", "Channel Four"
	}
	if p.yearContext(n, end) {
		return Year
	}
	return Count
}

func (p *parser) currencyAfter(k int) bool {
	if k >= len(p.ts) {
		return false
	}
	w := p.info(k)
	if w.flags&fCurrency != 0 {
		return true
	}
	if w.word == "p" && p.adj(k) {
		return true // 50p
	}
	if (w.word == "us" || w.word == "hk" || w.word == "nz") && p.info(k+1).flags&fCurrency != 0 {
		return true
	}
	return false
}

func (p *parser) percentAfter(k int) bool {
	if k >= len(p.ts) {
		return false
	}
	if p.isSym(k, '%') || p.isSym(k, '٪') {
		return true
	}
	w := p.info(k)
	if w.flags&fPercent != 0 {
		return true
	}
	if w.word == "per" && p.is(k+1, "cent") {
		return true
	}
	return false
}

func (p *parser) isMonth(k int) bool {
	return k >= 0 && k < len(p.ts) && p.ts[k].kind == tkWord && p.ts[k].upper && p.info(k).flags&fMonth != 0
}

func (p *parser) dateContext(n num, end int) bool {
	if !(n.plain || n.ordinal) || n.val < 1 || n.val > 31 || n.val != math.Trunc(n.val) {
		return false
	}
	if n.plain && n.nd > 2 {
		return false
	}
	if p.isMonth(n.i-1) || (p.isSym(n.i-1, '.') && p.isMonth(n.i-2)) {
		return true
	}
	if p.isMonth(end) || (p.is(end, "of") && p.isMonth(end+1)) {
		return true
	}
	return false
}

func (p *parser) ageContext(n num, end int) bool {
	if n.val < 0 || n.val > 130 || n.val != math.Trunc(n.val) {
		if !(n.val > 0 && n.val < 130) {
			return false
		}
	}
	// 19-year-old, 25 years old, 6-month-old, 30 years of age
	k := end
	if p.isSym(k, '-') {
		k++
	}
	if w := p.info(k).word; w == "year" || w == "years" || w == "month" || w == "months" || w == "yr" || w == "week" || w == "day" {
		j := k + 1
		if p.isSym(j, '-') {
			j++
		}
		if p.is(j, "old") || (p.is(j, "of") && p.is(j+1, "age")) {
			return true
		}
	}
	if w := p.info(n.i - 1).word; w == "aged" || w == "age" || w == "ages" {
		return true
	}
	if p.is(n.i-2, "aged") && (p.is(n.i-1, "between") || p.is(n.i-1, "from") || p.is(n.i-1, "under") || p.is(n.i-1, "over")) {
		return true
	}
	// "the average age of those arrested was 17", "their ages were 19 and 22"
	if k := n.i - 1; k > 0 && p.ts[k].kind == tkWord {
		if w := strings.ToLower(p.text(k)); w == "was" || w == "is" || w == "were" || w == "are" {
			for k := n.i - 2; k >= 0 && k >= n.i-7; k-- {
				if p.ts[k].kind == tkWord {
					if w := strings.ToLower(p.text(k)); w == "age" || w == "ages" {
						return true
					}
				}
			}
		}
	}
	// "Mirzoyev, 32," and "Smith (45)": a name, then the age set off; also
	// "the suspect, 32," and "a nurse (45)" after a noun for a person (the
	// person nouns of measure.go).
	if !n.plain || n.nd > 3 || n.val < 1 {
		return false
	}
	open := n.i - 1
	if open < 1 || p.ts[open].kind != tkSym {
		return false
	}
	name := open - 1
	if p.ts[name].kind != tkWord || p.isMonth(name) || p.info(name).class != wNone {
		return false
	}
	if !p.ts[name].upper && !english.PersonNoun(strings.ToLower(p.text(name))) {
		return false
	}
	switch p.ts[open].r {
	case ',':
		if !p.adj(open) {
			return false
		}
		if end >= len(p.ts) {
			return true
		}
		r := p.ts[end]
		return r.kind == tkSym && (r.r == ',' || r.r == ';' || r.r == ')' || (r.r == '.' && end == len(p.ts)-1))
	case '(':
		return p.isSym(end, ')')
	}
	return false
}

func (p *parser) durationAfter(k int) bool {
	if k >= len(p.ts) {
		return false
	}
	if p.isSym(k, '-') && p.adj(k) && p.adj(k+1) {
		k++
	}
	return p.info(k).flags&fTimeUnit != 0
}

func (p *parser) unitAfter(k int) bool {
	if k >= len(p.ts) {
		return false
	}
	if p.isSym(k, '°') || p.isSym(k, '℃') || p.isSym(k, '℉') {
		return true
	}
	if p.isSym(k, '-') && p.adj(k) && p.adj(k+1) {
		k++
	}
	if p.adj(k) && p.ts[k].kind == tkWord {
		if t := p.text(k); t == "C" || t == "F" {
			return true // 40C
		}
	}
	return p.info(k).flags&fUnit != 0
}

// codeContext: a number glued to letters is a code or a name ("G7", "MH17",
// "SCP-173", "COVID-19"), or follows "No." or "#".
func (p *parser) codeContext(n num) bool {
	i := n.i
	if i == 0 {
		return false
	}
	if p.adj(i) {
		prev := &p.ts[i-1]
		if prev.kind == tkWord {
			return true
		}
		if prev.kind == tkSym && prev.r == '#' {
			return true
		}
		if prev.kind == tkSym && isDash(prev.r) && i >= 2 && p.adj(i-1) && p.ts[i-2].kind == tkWord && !n.words &&
			!(i >= 3 && p.adj(i-2) && p.ts[i-3].kind == tkNum) { // but "5k-20k"
			return true
		}
	}
	if p.isSym(i-1, '.') && (p.is(i-2, "no") || p.is(i-2, "nos") || p.is(i-2, "nr") || p.is(i-2, "nrs")) {
		return true
	}
	if w := p.info(i - 1).word; w == "number" || w == "version" {
		return true
	}
	return false
}

func (p *parser) yearContext(n num, end int) bool {
	if !n.plain || n.nd != 4 || n.lead0 || n.val < 1000 || n.val > 2100 {
		return false
	}
	prev := p.info(n.i - 1)
	if prev.flags&(fYearPrep|fMonth) != 0 || p.isMonth(n.i-1) {
		return true
	}
	if p.isSym(n.i-1, ',') && (p.ts[max(n.i-2, 0)].kind == tkNum || p.isMonth(n.i-2)) {
		return true
	}
	if end < len(p.ts) && p.ts[end].kind == tkWord && !p.ts[end].upper {
		w := p.s[p.ts[end].start:p.ts[end].end]
		if strings.HasSuffix(w, "s") && len(w) > 3 && p.info(end).flags&(fTimeUnit) == 0 {
			return false // "1500 soldiers"
		}
	}
	return n.val >= 1900
}

// interval returns the interval qualifier q allows around v.
func (e *Extractor) interval(q Qualifier, v float64) Interval {
	inf := math.Inf(1)
	switch q {
	case AtLeast:
		return Interval{Lo: v, Hi: inf}
	case MoreThan:
		return Interval{Lo: v, Hi: inf, LoOpen: true}
	case Nearly:
		lo := math.Inf(-1)
		if e.opts.NearlyLower > 0 {
			lo = tidy(v * (1 - e.opts.NearlyLower))
			if v < 0 {
				lo = tidy(v * (1 + e.opts.NearlyLower))
			}
		}
		return Interval{Lo: lo, Hi: v, HiOpen: true}
	case About:
		a, b := tidy(v*(1-e.opts.Tolerance)), tidy(v*(1+e.opts.Tolerance))
		if a > b {
			a, b = b, a
		}
		return Interval{Lo: a, Hi: b}
	case UpTo:
		return Interval{Lo: math.Inf(-1), Hi: v}
	case FewerThan:
		return Interval{Lo: math.Inf(-1), Hi: v, HiOpen: true}
	}
	return Point(v)
}

// tidy rounds away the binary noise of a product such as 1.5e6·1.1 at the
// sixth decimal.
func tidy(x float64) float64 {
	if math.Abs(x) < 1e12 {
		return math.Round(x*1e6) / 1e6
	}
	return x
}

// mergeBounds joins a lower and an upper bound stated together into one
// range: "more than 10 and fewer than 20" is (10, 20).
func (e *Extractor) mergeBounds(p *parser, figs []Figure) []Figure {
	if len(figs) < 2 {
		return figs
	}
	out := figs[:0]
	for i := 0; i < len(figs); i++ {
		if i+1 < len(figs) {
			if m, ok := mergePair(p.s, figs[i], figs[i+1]); ok {
				out = append(out, m)
				i++
				continue
			}
		}
		out = append(out, figs[i])
	}
	return out
}

func lowerBound(f Figure) bool { return f.Qualifier == AtLeast || f.Qualifier == MoreThan }
func upperBound(f Figure) bool {
	return f.Qualifier == UpTo || f.Qualifier == FewerThan || f.Qualifier == Nearly
}

func mergePair(s string, a, b Figure) (Figure, bool) {
	var lo, hi Figure
	switch {
	case lowerBound(a) && upperBound(b):
		lo, hi = a, b
	case upperBound(a) && lowerBound(b):
		lo, hi = b, a
	default:
		return Figure{}, false
	}
	if a.End > b.Start || lo.Value >= hi.Value {
		return Figure{}, false
	}
	gap := strings.Trim(s[a.End:b.Start], " \t\n,")
	if gap != "" && !strings.EqualFold(gap, "and") && !strings.EqualFold(gap, "but") {
		return Figure{}, false
	}
	iv := Interval{Lo: lo.Lo, LoOpen: lo.LoOpen, Hi: hi.Hi, HiOpen: hi.HiOpen}
	kind := a.Kind
	if kind == Count {
		kind = b.Kind
	}
	return Figure{
		Text:      s[a.Start:b.End],
		Span:      Span{Start: a.Start, End: b.End},
		Value:     iv.Lo,
		Interval:  iv,
		Qualifier: Range,
		Kind:      kind,
	}, true
}

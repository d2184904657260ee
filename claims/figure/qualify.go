package figure

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/qualify"
)

// This file holds the qualifier table (the wordings before and after a
// number and what they say of its value), the vague plurals, and the
// interval a qualifier gives a value.

// The vague plurals and the intervals they are taken to mean are those of
// the lexicon (lang.NumberLexicon: VaguePlurals, VagueOf, VagueSingular):
// "dozens" is [24, 99], "hundreds" [200, 999], "tens of thousands" [20000,
// 99999]; "several hundred" and "a few thousand" mean the same as the
// plural.

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
func (p *parser) symComparator(i int) (qualify.Phrase, int, bool) {
	r := p.ts[i].r
	prevCmp := i > 0 && p.adj(i) && p.ts[i-1].kind == tkSym && strings.ContainsRune("<=>", p.ts[i-1].r)
	switch r {
	case '>', '<':
		if prevCmp {
			return qualify.Phrase{}, 0, false
		}
		if p.adj(i+1) && (p.isSym(i+1, '>') || p.isSym(i+1, '<')) {
			return qualify.Phrase{}, 0, false
		}
		if p.isSym(i+1, '=') {
			if r == '>' {
				return qualify.Phrase{Q: core.AtLeast}, i + 2, true
			}
			return qualify.Phrase{Q: core.UpTo}, i + 2, true
		}
		if r == '>' {
			return qualify.Phrase{Q: core.MoreThan}, i + 1, true
		}
		return qualify.Phrase{Q: core.FewerThan}, i + 1, true
	case '≥':
		return qualify.Phrase{Q: core.AtLeast}, i + 1, true
	case '≤':
		return qualify.Phrase{Q: core.UpTo}, i + 1, true
	case '~', '≈':
		if !prevCmp {
			return qualify.Phrase{Q: core.About}, i + 1, true
		}
	}
	return qualify.Phrase{}, 0, false
}

// vague reads "dozens", "scores of", "hundreds", "tens of thousands",
// "several hundred", "a few thousand" at token i.
func (e *Finder) vague(p *parser, i int, figs *[]core.Figure) (int, bool) {
	w := p.info(i).word
	var iv [2]float64
	end := 0
	if w == "several" || w == "few" || (w == "a" && p.is(i+1, "few")) || (w == "a" && p.is(i+1, "couple") && p.is(i+2, "of")) {
		k := i + 1
		for k < len(p.ts) && k <= i+3 && (p.is(k, "few") || p.is(k, "couple") || p.is(k, "of")) {
			k++
		}
		pl, ok := p.v.numbers.VagueSingular[p.info(k).word]
		if !ok {
			return 0, false
		}
		iv, end = p.v.numbers.VaguePlurals[pl], k+1
	} else {
		if _, ok := p.v.numbers.VaguePlurals[w]; !ok && w != "tens" {
			return 0, false
		}
		if i > 0 && (p.ts[i-1].kind == tkNum || (p.info(i-1).class != wNone && p.info(i-1).class < wOrdUnit)) {
			return 0, false // "three hundreds": not vague
		}
		if p.is(i+1, "of") {
			if v, ok := p.v.numbers.VagueOf[[2]string{w, p.info(i + 2).word}]; ok {
				iv, end = v, i+3
			}
		}
		if end == 0 {
			v, ok := p.v.numbers.VaguePlurals[w]
			if !ok || (w == "scores" && !p.is(i+1, "of")) {
				return 0, false
			}
			iv, end = v, i+1
		}
	}
	kind := core.Count
	if p.is(end, "of") && p.info(end+1).flags&fCurrency != 0 {
		kind = core.Money
	}
	*figs = append(*figs, core.Figure{
		Text:      p.text2(i, end),
		Span:      p.span(i, end),
		Value:     iv[0],
		Interval:  core.Interval{Lo: iv[0], Hi: iv[1]},
		Qualifier: core.Vague,
		Kind:      kind,
	})
	return end, true
}

// postfix reads a wording after a number at token k: "or more", "and above",
// "or less", "or fewer", "or so", "or equal (to)", "+", "-plus". q is the
// qualifier seen before the number.
func (p *parser) postfix(k int, q core.Qualifier) (core.Qualifier, int, bool) {
	if k >= len(p.ts) {
		return "", 0, false
	}
	if r, end, ok := p.signPostfix(k, q); ok {
		return r, end, true
	}
	if !p.is(k, "or") && !p.is(k, "and") {
		return "", 0, false
	}
	switch w := p.info(k + 1).word; w {
	case "so":
		if p.is(k, "or") && (q == core.Exact || q == "") {
			return core.About, k + 2, true
		}
		return "", 0, false
	case "equal":
		return p.orEqual(k, q)
	default:
		r, ok := postfixBound[w]
		if !ok || q != core.Exact && q != "" && q != core.About {
			return "", 0, false
		}
		end := k + 2
		if p.is(end, "than") {
			if p.numberNext(end + 1) {
				return "", 0, false
			}
			end++
		}
		if p.numberNext(end) {
			return "", 0, false
		}
		return r, end, true
	}
}

// postfixBound are the words after "or" that make a bound of the number
// before: "133 or more", "500 or less".
var postfixBound = map[string]core.Qualifier{
	"more": core.AtLeast, "greater": core.AtLeast, "higher": core.AtLeast, "above": core.AtLeast, "over": core.AtLeast,
	"older": core.AtLeast, "larger": core.AtLeast, "bigger": core.AtLeast,
	"less": core.UpTo, "fewer": core.UpTo, "under": core.UpTo, "below": core.UpTo, "lower": core.UpTo, "younger": core.UpTo, "smaller": core.UpTo,
}

// signPostfix reads a postfix written with a sign at token k: "100+",
// "50-plus", "50-odd".
func (p *parser) signPostfix(k int, q core.Qualifier) (core.Qualifier, int, bool) {
	if p.isSym(k, '+') && p.adj(k) && !(k+1 < len(p.ts) && p.adj(k+1) && p.ts[k+1].kind == tkNum) {
		return core.AtLeast, k + 1, true
	}
	if p.isSym(k, '-') && p.adj(k) && p.is(k+1, "plus") {
		return core.AtLeast, k + 2, true
	}
	if p.isSym(k, '-') && p.adj(k) && p.is(k+1, "odd") && (q == core.Exact || q == "" || q == core.About) {
		return core.About, k + 2, true // "50-odd"
	}
	return "", 0, false
}

// orEqual reads "or equal (to)" after a strict bound: "more than 10 or
// equal to" is at least 10.
func (p *parser) orEqual(k int, q core.Qualifier) (core.Qualifier, int, bool) {
	var r core.Qualifier
	switch q {
	case core.MoreThan:
		r = core.AtLeast
	case core.FewerThan:
		r = core.UpTo
	default:
		return "", 0, false
	}
	end := k + 2
	if p.is(end, "to") {
		if p.numberNext(end + 1) {
			return "", 0, false
		}
		end++
	}
	return r, end, true
}

// numberNext reports whether a number begins at token j.
func (p *parser) numberNext(j int) bool {
	if j >= len(p.ts) {
		return false
	}
	if p.ts[j].kind == tkNum {
		return true
	}
	c := p.info(j).class
	return c != wNone && c < wOrdUnit
}

package figure

import (
	"math"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/unit"
)

// This file holds the unit pass: once the figures of a sentence are read,
// each is given its unit from the words around its number (units.go,
// currency.go), and figures that are one quantity written in two units
// ("5 ft 2 in", "3 dollars 50 cents", "10 1/2 miles") are joined.

// units gives every figure its unit and kind (a count followed by a
// physical unit is a measurement, by a currency sign or word money).
func (e *Finder) units(p *parser, figs []core.Figure) []core.Figure {
	if len(figs) == 0 {
		return figs
	}
	figs = p.mixedFractions(figs)
	ends := make([]int, len(figs))
	for i := range figs {
		ends[i] = p.unitOf(&figs[i])
	}
	figs, ends = p.compounds(figs, ends)
	// A number inside the unit of the figure before it ("32m2") is no figure.
	out := figs[:0]
	last := -1
	for i, f := range figs {
		if f.Start < last {
			continue
		}
		out = append(out, f)
		last = max(ends[i], f.End)
	}
	return out
}

// tokIndex returns the index of the first token that begins at or after
// byte offset off.
func (p *parser) tokIndex(off int) int {
	return sort.Search(len(p.ts), func(k int) bool { return int(p.ts[k].start) >= off })
}

// unitOf sets the unit of f (and its kind, when the unit says more) and
// returns the byte offset where its unit ends (f.End when it has none
// after the number).
func (p *parser) unitOf(f *core.Figure) int {
	a, b := p.tokIndex(f.Start), p.tokIndex(f.End)
	switch f.Kind {
	case core.Percent:
		f.Unit = "%"
		return f.End
	case core.Money:
		return p.moneyUnit(f, a, b)
	case core.Duration, core.Age:
		return p.timeUnit(f, b)
	case core.Count, core.Other, core.Year:
	default:
		return f.End
	}
	nk := p.numberStart(a, b)
	pre, deferred := p.currencyPrefix(nk)
	if pre != nil && !deferred {
		f.Kind, f.Unit = core.Money, p.currencyCode(pre)
		return f.End
	}
	if code, ok := p.megaCode(nk-1, nk); ok {
		f.Kind, f.Unit = core.Money, code
		p.scale(f, 1e6)
		return f.End
	}
	if end, ok := p.gluedMetre(f, b); ok {
		return end
	}
	if f.Kind == core.Other && (p.timeOfDayAt(b) || (p.adj(b) && p.timeOfDayAt(b+1))) {
		f.Kind = core.Time // "about 10pm"
		return f.End
	}
	sp, end, ok := p.unitAt(b)
	if !ok {
		if code, ok := p.megaCode(b, b-1); ok {
			f.Kind, f.Unit = core.Money, code
			p.scale(f, 1e6)
			return int(p.ts[b].end)
		}
		if pre != nil {
			f.Kind, f.Unit = core.Money, p.currencyCode(pre)
		}
		return f.End
	}
	switch {
	case sp.def.Dim == unit.DimMoney:
		f.Kind, f.Unit = core.Money, p.currencyCode(sp)
		return p.scaleAfter(f, end)
	case sp.def.Dim == unit.DimTime:
		if f.Kind != core.Year {
			f.Kind = core.Duration
			return p.timeUnit(f, b)
		}
		return f.End
	case f.Kind == core.Year && sp.def.Dim == unit.DimDegree:
		return f.End // "in 2019 degrees were awarded": a year
	case !p.adj(b) && p.plainInt(nk, 4) && p.ts[nk].nd == 4 && f.IsPoint() && f.Value >= 1900 && f.Value <= 2100 &&
		p.info(nk-1).flags&(fYearPrep|fMonth) != 0:
		f.Kind = core.Year // "in 2019 tonnes of waste piled up"
		return f.End
	}
	f.Kind, f.Unit = core.Measurement, sp.def.Symbol
	if rate, rend, ok := p.rateAfter(end); ok {
		f.Unit += "/" + rate
		end = rend
	}
	return int(p.ts[end-1].end)
}

// numberStart returns the first token of the number of a figure whose
// tokens are [a, b): after its qualifier and currency sign.
func (p *parser) numberStart(a, b int) int {
	nk := a
	for nk < b && p.ts[nk].kind != tkNum && p.info(nk).class == wNone && !p.is(nk, "half") {
		nk++
	}
	return nk
}

// scale multiplies a figure's value and interval by m > 0.
func (p *parser) scale(f *core.Figure, m float64) {
	f.Value *= m
	f.Lo, f.Hi = f.Lo*m, f.Hi*m
}

// megaCode reads a currency code in millions at token k, next to the
// number at token n: "30 MUSD", "MEUR 120".
func (p *parser) megaCode(k, n int) (string, bool) {
	if k < 0 || k >= len(p.ts) || n < 0 || n >= len(p.ts) || p.ts[k].kind != tkWord {
		return "", false
	}
	if lo, hi := min(k, n), max(k, n); p.ts[hi].start-p.ts[lo].end > 1 {
		return "", false
	}
	w := p.text(k)
	if len(w) != 4 || w[0] != 'M' || strings.ToUpper(w) != w {
		return "", false
	}
	if d := p.v.units.BySymbol(w[1:]); d != nil && d.Dim == unit.DimMoney {
		return d.Symbol, true
	}
	return "", false
}

// rateAfter reads the time of a rate after a unit: "per hour", "/s", "a
// day". It returns the time's symbol and the token after it.
func (p *parser) rateAfter(k int) (string, int, bool) {
	if !(p.is(k, "per") || p.is(k, "a") || p.is(k, "an") || (p.isSym(k, '/') && p.adj(k) && p.adj(k+1))) {
		return "", 0, false
	}
	sp, end, ok := p.spellingAt(k+1, p.isSym(k, '/'))
	if !ok || sp.def.Dim != unit.DimTime {
		return "", 0, false
	}
	return unit.RateSymbol(sp.def.Symbol), end, unit.RateSymbol(sp.def.Symbol) != ""
}

// unitAt matches a unit written at token k, right after a number: glued
// ("10km"), after one space ("10 km"), after a hyphen ("3-inch") or in
// brackets ("20 (kg)"). It returns the spelling and the token after it.
func (p *parser) unitAt(k int) (*spelling, int, bool) {
	if k <= 0 || k >= len(p.ts) {
		return nil, 0, false
	}
	glued := p.adj(k)
	if !glued && p.ts[k].start-p.ts[k-1].end > 2 {
		return nil, 0, false
	}
	t := &p.ts[k]
	if t.kind == tkSym && isDash(t.r) && glued && p.adj(k+1) && p.ts[k+1].kind == tkWord {
		sp, end, ok := p.spellingAt(k+1, false)
		return sp, end, ok
	}
	if t.kind == tkSym && strings.ContainsRune("([{<", t.r) && k+1 < len(p.ts) && p.adj(k+1) {
		sp, end, ok := p.spellingAt(k+1, false)
		if ok && end < len(p.ts) && p.adj(end) && p.ts[end].kind == tkSym && strings.ContainsRune(")]}>", p.ts[end].r) {
			return sp, end + 1, true
		}
		return nil, 0, false
	}
	sp, end, ok := p.spellingAt(k, glued)
	if ok && sp.def.Dim == unit.DimMoney && p.prefixOfNext(k, end) {
		return nil, 0, false // "10 $30": the sign is the prefix of 30
	}
	return sp, end, ok
}

// prefixOfNext reports whether the currency spelled by tokens [k, end) is
// the prefix of a number after it rather than the unit of the one before:
// a sign before a number ("10 $ 30"), a code glued to one ("3 USD50").
func (p *parser) prefixOfNext(k, end int) bool {
	if end >= len(p.ts) || p.ts[end].kind != tkNum {
		return false
	}
	if p.adj(end) {
		return true
	}
	return end == k+1 && p.ts[k].kind == tkSym && p.ts[end].start-p.ts[k].end <= 1
}

// spellingAt matches the longest unit spelling that begins at token k.
func (p *parser) spellingAt(k int, glued bool) (*spelling, int, bool) {
	if k >= len(p.ts) {
		return nil, 0, false
	}
	list := p.v.spellings[strings.ToLower(p.text(k))]
	for i := range list {
		sp := &list[i]
		if sp.glued && !glued {
			continue
		}
		if end, ok := p.spells(k, sp); ok {
			return sp, end, true
		}
	}
	return nil, 0, false
}

// spells reports whether the tokens from k spell sp, at most one space
// apart, and returns the token after them.
func (p *parser) spells(k int, sp *spelling) (int, bool) {
	for j, want := range sp.toks {
		t := k + j
		if t >= len(p.ts) || (j > 0 && p.ts[t].start-p.ts[t-1].end > 1) {
			return 0, false
		}
		if j > 0 && (sp.glued || sp.joined[j]) && !p.adj(t) {
			return 0, false
		}
		got := p.text(t)
		if !sp.sensitive {
			got = strings.ToLower(got)
		}
		if got != want {
			return 0, false
		}
	}
	end := k + len(sp.toks)
	// "5 m" is metres, but not the "m" of "m.p.h." or of a word cut short.
	if end < len(p.ts) && p.adj(end) && p.ts[end].kind == tkWord {
		return 0, false
	}
	return end, true
}

// timeUnit gives a duration or an age its time unit ("three weeks old" is
// an age of weeks; "87 yo" an age of years) and returns where it ends.
func (p *parser) timeUnit(f *core.Figure, b int) int {
	k := b
	if p.isSym(k, '-') && p.adj(k) {
		k++
	}
	if k < len(p.ts) && p.ts[k].kind == tkWord {
		for _, sp := range p.v.spellings[strings.ToLower(p.text(k))] {
			if sp.def.Dim != unit.DimTime {
				continue
			}
			if end, ok := p.spells(k, &sp); ok {
				f.Unit = sp.def.Symbol
				j := end
				if p.isSym(j, '-') {
					j++
				}
				if p.is(j, "old") || (p.is(j, "of") && p.is(j+1, "age")) || strings.EqualFold(p.text(k), "yo") {
					f.Kind = core.Age
				}
				return int(p.ts[end-1].end)
			}
		}
	}
	if f.Kind == core.Age {
		f.Unit = "year" // "aged 32", "Mirzoyev, 32,"
	}
	return f.End
}

// moneyUnit finds the currency of a money figure: a sign or code before its
// number ("$", "US$", "Rs", "USD"), else a currency word after it
// ("euros", "Swiss francs", "of dollars").
func (p *parser) moneyUnit(f *core.Figure, a, b int) int {
	nk := p.numberStart(a, b)
	pre, deferred := p.currencyPrefix(nk)
	if pre != nil && !deferred {
		f.Unit = p.currencyCode(pre)
		return f.End
	}
	if code, ok := p.megaCode(nk-1, nk); ok {
		f.Unit = code
		p.scale(f, 1e6)
		return f.End
	}
	k := b
	if p.is(k, "of") {
		k++ // "millions of dollars"
	}
	sp, end, ok := p.unitAt(k)
	if ok && sp.def.Dim == unit.DimMoney {
		if sp.def.Symbol == "GBP" && p.massPounds(k) {
			f.Kind, f.Unit = core.Measurement, "lb"
			return int(p.ts[end-1].end)
		}
		f.Unit = p.currencyCode(sp)
		return p.scaleAfter(f, end)
	}
	if pre != nil {
		f.Unit = p.currencyCode(pre)
	}
	return f.End
}

// currencyPrefix matches a currency written before the number at token nk,
// glued or one space apart: "$", "US$", "c $", "Rs", "USD", "KSh". A code
// written right after another number ("10 rmb 20 usd") is deferred: it is
// more likely that number's unit, and this number's only when nothing
// follows it.
func (p *parser) currencyPrefix(nk int) (sp *spelling, deferred bool) {
	last := nk - 1
	if last < 0 || nk >= len(p.ts) || p.ts[nk].start-p.ts[last].end > 1 {
		return nil, false
	}
	list := p.v.currencyBefore[strings.ToLower(p.text(last))]
	for i := range list {
		sp := &list[i]
		first := last - len(sp.toks) + 1
		if first < 0 || (sp.glued && !p.adj(nk)) {
			continue
		}
		if p.spellsBefore(first, nk, sp) {
			word := p.ts[first].kind == tkWord
			return sp, word && first > 0 && p.ts[first-1].kind == tkNum && p.ts[first].start-p.ts[first-1].end <= 1
		}
	}
	return nil, false
}

// spellsBefore is spells for a prefix, whose last token is followed by the
// number itself rather than a space or a word.
func (p *parser) spellsBefore(first, nk int, sp *spelling) bool {
	for j, want := range sp.toks {
		t := first + j
		if j > 0 && (p.ts[t].start-p.ts[t-1].end > 1 || ((sp.glued || sp.joined[j]) && !p.adj(t))) {
			return false
		}
		got := p.text(t)
		if !sp.sensitive {
			got = strings.ToLower(got)
		}
		if got != want {
			return false
		}
	}
	return first+len(sp.toks) == nk
}

// currencyCode resolves a currency spelling to its code.
func (p *parser) currencyCode(sp *spelling) string {
	return p.resolveFamily(sp.def)
}

// scaleAfter applies a scale word after a currency code ("75 USD million")
// and returns where the figure's unit ends.
func (p *parser) scaleAfter(f *core.Figure, end int) int {
	if end < len(p.ts) && p.info(end).class == wBig && f.Value != 0 && math.Abs(f.Value) < 1e6 {
		m := p.info(end).val
		f.Value *= m
		f.Lo, f.Hi = f.Lo*m, f.Hi*m
		return int(p.ts[end].end)
	}
	return int(p.ts[end-1].end)
}

// massPounds reports whether "pounds" at token k weighs: "pounds of
// cocaine", a sentence about weight.
func (p *parser) massPounds(k int) bool {
	if p.is(k+1, "of") && p.info(k+2).flags&fCurrency == 0 {
		return true
	}
	for j := max(0, k-4); j < k; j++ {
		switch p.info(j).word {
		case "lose", "lost", "losing", "drop", "dropped", "shed", "gain", "gained", "gaining":
			return true // "to drop 25 pounds"
		}
	}
	return p.sentence().mass
}

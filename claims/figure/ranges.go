package figure

import (
	"math"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/qualify"
)

// This file holds the ranges ("between 20 and 30", "20-30", "from 10 to
// 12") and the merging of a lower and an upper bound into one range.

// percentAfterRange reports whether "to N percent" or "-N%" follows token k:
// the first number of "from 20 to 30 percent" is a percent too.
func (p *parser) percentAfterRange(k int) bool {
	if !(p.is(k, "to") || (p.isSym(k, '-') && p.adj(k))) {
		return false
	}
	b, ok := p.parse(k + 1)
	return ok && p.percentAfter(b.j)
}

// rangeFrom reads the second number of a range that begins with n.
func (e *Finder) rangeFrom(p *parser, start int, n num, ph qualify.Phrase, money bool) (core.Figure, int, bool) {
	j, ok := p.rangeJoin(n, ph)
	if !ok {
		return core.Figure{}, 0, false
	}
	b, bmoney, ok := p.rangeSecond(j, n)
	if !ok {
		return core.Figure{}, 0, false
	}
	lo, hi, kindHint := n.val, b.val, core.Kind("")
	if y, ok := yearSpan(j, n, b); ok {
		kindHint = core.Year
		if y > 0 {
			hi = y
		}
	}
	if n.mult == 1 && b.mult > 1 && !n.words == !b.words && lo*b.mult < hi {
		lo *= b.mult
	}
	if !(hi > lo) || !orNeighbours(j, n, b, lo, hi) || p.changeNotRange(start, j, n, b, ph, money, bmoney) {
		return core.Figure{}, 0, false
	}
	end := b.j
	if p.isSym(end, '%') && p.adj(end) {
		end++
	}
	kind := kindHint
	if kind == "" {
		kind = p.rangeKind(n, b, end, money, bmoney)
	}
	if ph.Quiet {
		start = n.i
		if c := p.currencyBefore(n.i); c >= 0 {
			start = c
		}
	}
	return core.Figure{
		Text:      p.text2(start, end),
		Span:      p.span(start, end),
		Value:     lo,
		Interval:  core.Interval{Lo: lo, Hi: hi},
		Qualifier: core.Range,
		Kind:      kind,
	}, end, true
}

// joint is the word or sign that joins the two numbers of a range: its
// token c, and whether it is a dash ("20-30") or "or" ("two or three").
type joint struct {
	c             int
	dash, orRange bool
}

// rangeJoin reads the joint after the first number n of a range.
func (p *parser) rangeJoin(n num, ph qualify.Phrase) (joint, bool) {
	c := n.j
	if p.isSym(c, '%') && p.adj(c) {
		c++
	}
	if c >= len(p.ts) || n.decade {
		return joint{}, false
	}
	ct := &p.ts[c]
	j := joint{c: c}
	switch {
	case ph.Intro == qualify.IntroBetween && p.is(c, "and"):
	case ph.Intro == qualify.IntroFrom && (p.is(c, "to") || p.is(c, "through")):
	case p.is(c, "or") && ph.Intro == qualify.IntroNone:
		j.orRange = true
	case p.is(c, "to") || p.is(c, "through") || p.is(c, "thru"):
	case ct.kind == tkSym && (ct.r == '~' || ct.r == '〜'):
	case ct.kind == tkSym && isDash(ct.r) && !n.words:
		before := ct.start == p.ts[c-1].end
		after := c+1 < len(p.ts) && p.ts[c+1].start == ct.end
		if before != after {
			return joint{}, false
		}
		j.dash = true
	default:
		return joint{}, false
	}
	return j, true
}

// rangeSecond reads the second number of a range after its joint: written
// as the first is (ordinal, fraction), no decade, and no negative number
// after a dash.
func (p *parser) rangeSecond(j joint, n num) (num, bool, bool) {
	bk, bmoney := p.numberAt(j.c+1, n.ordinal)
	if bk >= len(p.ts) {
		return num{}, false, false
	}
	b, ok := p.parse(bk)
	if !ok || b.decade || b.ordinal != n.ordinal || b.fraction != n.fraction {
		return num{}, false, false
	}
	if p.ts[bk].kind == tkNum && p.ts[bk].nf&nNeg != 0 && j.dash {
		return num{}, false, false
	}
	return b, bmoney, true
}

// yearSpan reports whether a dashed range is one of years: "2019-2020", or
// "1998-99", whose upper end it returns as a year (1999); y is 0 when the
// upper end is written in full or does not follow the first.
func yearSpan(j joint, n, b num) (y float64, ok bool) {
	if !j.dash || !n.plain || n.nd != 4 || !b.plain {
		return 0, false
	}
	if n.val >= 1000 && n.val <= 2100 && b.nd == 2 && !b.lead0 {
		if b.val > math.Mod(n.val, 100) {
			return n.val - math.Mod(n.val, 100) + b.val, true
		}
		return 0, false
	}
	return 0, b.nd == 4 && n.val >= 1000 && n.val <= 2100 && b.val <= 2100
}

// orNeighbours reports whether a range joined by "or" ("two or three", "10
// or 12") joins neighbours written alike; any other joint passes.
func orNeighbours(j joint, n, b num, lo, hi float64) bool {
	return !j.orRange || n.words == b.words && hi-lo <= math.Max(1, lo/2) && b.mult == n.mult
}

// changeNotRange reports whether the two numbers state a change from one
// value to another rather than a range: "rose from 10 to 20", "rose by 5%
// to £801m", "gained $1.32 to $44.45", "in 2003 to £2.89bn".
func (p *parser) changeNotRange(start int, j joint, n, b num, ph qualify.Phrase, money, bmoney bool) bool {
	c := j.c
	if ph.Intro == qualify.IntroFrom && start > 0 && (p.info(start-1).flags&fChangeVerb != 0 || p.info(start-2).flags&fChangeVerb != 0) {
		return true
	}
	if ph.Intro != qualify.IntroNone {
		return false
	}
	if start > 0 && p.is(c, "to") && p.info(start-1).flags&fChangeVerb != 0 {
		return true
	}
	if p.is(c, "to") && p.is(start-1, "from") {
		return true
	}
	if j.dash || j.orRange {
		return false
	}
	switch {
	case p.is(start-1, "by") || p.info(start-2).flags&fChangeVerb != 0:
		return true
	case p.isSym(n.j, '%') != p.isSym(b.j, '%') && p.isSym(n.j, '%'):
		return true
	case n.plain && n.nd == 4 && n.val >= 1900 && n.val <= 2100 && !(b.plain && b.nd == 4):
		return true
	}
	return money != bmoney && money
}

// rangeKind is the kind of a range: that of its second number, else of its
// first ("10%-20" is a percent); a date range of words is a count.
func (p *parser) rangeKind(n, b num, end int, money, bmoney bool) core.Kind {
	kind := p.kindOf(b, end, money || bmoney)
	if kind == core.Count || kind == core.Other {
		if k2 := p.kindOf(n, n.j, money); k2 != core.Count && k2 != core.Year && k2 != core.Date {
			kind = k2
		}
	}
	if kind == core.Date && !n.plain {
		kind = core.Count
	}
	return kind
}

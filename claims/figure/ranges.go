package figure

import (
	"math"
	"strings"
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
func (e *Finder) rangeFrom(p *parser, start int, n num, ph qphrase, money bool) (Figure, int, bool) {
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

// mergeBounds joins a lower and an upper bound stated together into one
// range: "more than 10 and fewer than 20" is (10, 20).
func (e *Finder) mergeBounds(p *parser, figs []Figure) []Figure {
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

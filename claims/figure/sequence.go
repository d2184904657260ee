package figure

import (
	"math"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

// This file holds digit sequences joined by separators without spaces:
// dates, times, dotted numbers and phone numbers.

// sequenceKind recognises digit groups joined by separators without spaces:
// dates (5/17/2018, 2021-03-22, 1995-01), times (10:30), dotted numbers
// (192.168.1.2) and phone numbers (+1-222-2222-2222). It returns the kind of
// the parts; ok is false when token k starts no such sequence, or one that
// another rule reads (a range "20-30", a fraction "1/2").
func (p *parser) sequenceKind(k int) (core.Kind, bool) {
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
		return core.Other, true
	}
	switch {
	case seps['-']:
		return p.dashSequence(k, parts)
	case seps['/']:
		return p.slashSequence(k, parts)
	case seps['.']:
		if parts == 3 && a.val <= 31 && b.val <= 12 && (p.ts[k+4].nd == 4 || p.ts[k+4].nd == 2) {
			return core.Date, true
		}
		return core.Other, true
	}
	return core.Other, true // times 10:30 and the like
}

// dashSequence is the kind of a sequence joined by dashes from token k:
// "1995-01" and "2021-03-22" are dates, "20-30" no sequence (a range).
func (p *parser) dashSequence(k, parts int) (core.Kind, bool) {
	a, b := &p.ts[k], &p.ts[k+2]
	if parts == 2 {
		if a.nd == 4 && a.val >= 1000 && a.val <= 2100 && b.nd == 2 && (b.nf&nLeadZero != 0 || b.val <= math.Mod(a.val, 100)) && b.val <= 12 && b.val >= 1 {
			return core.Date, true // 1995-01
		}
		return "", false
	}
	if a.nd == 4 && parts == 3 && b.nd <= 2 && p.ts[k+4].nd <= 2 {
		return core.Date, true
	}
	return core.Other, true
}

// slashSequence is the kind of a sequence joined by slashes from token k:
// "5/17/2018" and "17/5" are dates, "1/2" no sequence (a fraction).
func (p *parser) slashSequence(k, parts int) (core.Kind, bool) {
	a, b := &p.ts[k], &p.ts[k+2]
	if parts == 2 {
		if _, ok := p.slashFraction(k); ok {
			return "", false
		}
		if a.val >= 1 && a.val <= 31 && b.val >= 1 && b.val <= 31 && (a.val <= 12 || b.val <= 12) {
			return core.Date, true
		}
		return core.Other, true
	}
	if parts == 3 && a.val <= 31 && b.val <= 31 {
		return core.Date, true
	}
	return core.Other, true
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
func (e *Finder) sequence(p *parser, k int, figs *[]core.Figure) (int, bool) {
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
		*figs = append(*figs, core.Figure{
			Text:      p.s[t.start:t.end],
			Span:      core.Span{Start: int(t.start), End: int(t.end)},
			Value:     t.val,
			Interval:  core.Point(t.val),
			Qualifier: core.Exact,
			Kind:      kind,
		})
	}
	return last, true
}

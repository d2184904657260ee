package figure

import (
	"math"
)

// This file holds the reader of numbers spelled in words ("one hundred and
// six", "2.5 million", "a dozen"): the word-number state machine.

// Parser states of a spelled-out number.
const (
	stNone = iota
	stDigit
	stZero
	stUnit
	stTeen
	stTens
	stHundred
	stBig
	stDozen
	stA // "a" or "half a" before a scale
	stHalf
	stPoint
)

// acc accumulates a spelled-out number: total holds the part above the last
// big scale word, cur the part below it, seg the last group below a hundred.
type acc struct {
	total, cur, seg, lastBig float64
	state                    int
	ordinal                  bool
	digitLed                 bool // begun with digits: only scale words may follow
}

// value is the number accumulated so far.
func (a *acc) value() float64 { return a.total + a.cur }

// parseWords reads the number spelled in words from token i.
func (p *parser) parseWords(i int) (num, bool) {
	a := acc{lastBig: math.Inf(1), state: stNone}
	end, ok := p.words(&a, i)
	if !ok || end <= i {
		return num{}, false
	}
	return num{i: i, j: end, val: a.value(), mult: 1, words: true, ordinal: a.ordinal}, true
}

// words runs the spelled-number grammar from token k in state a and returns
// the end of the longest valid number.
//
// words is the word-number state machine: one switch over the class of each
// word (unit, teen, tens, hundred, scale, dozen, ordinal, "and", "a",
// "point", "half", a hyphen) against the state reached so far, with the
// last valid end committed as it goes. It is the one function of the
// package allowed over 80 lines and cyclomatic complexity 30: its states
// and transitions read as one table, and split into passes they would
// have to hand the accumulator and the committed end back and forth.
func (p *parser) words(a *acc, k int) (int, bool) {
	type commit struct {
		a   acc
		end int
	}
	var last, preAnd commit
	have := false
	andActive := false
	if a.state != stNone {
		last = commit{*a, k}
		have = true
	}
	accept := func(next int) {
		last = commit{*a, next}
		have = true
	}
	hyphen := false
loop:
	for k < len(p.ts) {
		t := &p.ts[k]
		if t.kind == tkSym && isDash(t.r) && a.state == stTens && !hyphen {
			nc := p.info(k + 1).class
			if nc == wUnit || nc == wOrdUnit {
				hyphen = true
				k++
				continue
			}
			break
		}
		if t.kind != tkWord || t.wi == 0 {
			break
		}
		wi := &p.v.info[t.wi]
		switch wi.class {
		case wZero:
			if a.state != stNone {
				break loop
			}
			a.state = stZero
			accept(k + 1)
		case wUnit:
			if a.digitLed {
				break loop
			}
			switch a.state {
			case stNone, stHundred, stBig:
				a.cur += wi.val
				a.seg = wi.val
			case stTens:
				a.cur += wi.val
				a.seg += wi.val
			default:
				break loop
			}
			a.state = stUnit
			accept(k + 1)
		case wTeen, wTens:
			if a.digitLed {
				break loop
			}
			switch a.state {
			case stNone, stHundred, stBig:
			default:
				break loop
			}
			a.cur += wi.val
			a.seg = wi.val
			if wi.class == wTeen {
				a.state = stTeen
			} else {
				a.state = stTens
			}
			accept(k + 1)
		case wHundred:
			if a.state == stNone && p.info(k+1).class == wBig {
				a.cur, a.seg, a.state = 1, 1, stA // "hundred thousand"
			}
			switch a.state {
			case stUnit, stTeen, stTens, stA:
				if a.cur >= 100 {
					break loop
				}
			case stDigit:
			default:
				break loop
			}
			if a.cur >= 100 && andActive {
				break loop
			}
			a.cur *= 100
			a.seg = 0
			a.state = stHundred
			accept(k + 1)
		case wBig:
			// "thousand million": a leading scale word counts one of itself
			// only before a larger scale word, never before an equal one.
			if next := p.info(k + 1); a.state == stNone && next.class == wBig && next.val > wi.val {
				a.cur, a.seg, a.state = 1, 1, stA
			}
			s := wi.val
			switch a.state {
			case stUnit, stTeen, stTens, stHundred, stA, stDigit, stHalf, stPoint, stDozen:
				if s < a.lastBig {
					a.total += a.cur * s
				} else if s > a.lastBig {
					a.total = (a.total + a.cur) * s
				} else {
					break loop
				}
			case stBig:
				if s <= a.lastBig || a.cur != 0 {
					break loop
				}
				a.total *= s
			default:
				break loop
			}
			a.lastBig = s
			a.cur, a.seg = 0, 0
			a.state = stBig
			andActive = false
			accept(k + 1)
		case wDozen:
			switch a.state {
			case stUnit, stTeen, stTens, stA, stDigit, stHalf:
			default:
				break loop
			}
			if a.seg == 0 {
				break loop
			}
			a.cur += a.seg * 11
			a.seg *= 12
			a.state = stDozen
			accept(k + 1)
		case wOrdUnit, wOrdTeen, wOrdTens:
			if a.digitLed {
				break loop
			}
			switch a.state {
			case stNone, stHundred, stBig:
			case stTens:
				if wi.class != wOrdUnit {
					break loop
				}
			default:
				break loop
			}
			// "second" after a number is a unit of time: "10 second".
			a.cur += wi.val
			a.ordinal = true
			accept(k + 1)
			break loop
		case wOrdScale:
			if a.state != stNone {
				break loop
			}
			a.cur = wi.val
			a.ordinal = true
			accept(k + 1)
			break loop
		default:
			switch wi.word {
			case "a", "an":
				if a.state == stNone {
					if c := p.info(k + 1).class; c == wHundred || c == wBig || c == wDozen {
						a.cur, a.seg, a.state = 1, 1, stA
						k++
						continue
					}
				}
			case "half":
				if a.state == stNone && (p.is(k+1, "a") || p.is(k+1, "an")) {
					if c := p.info(k + 2).class; c == wHundred || c == wBig || c == wDozen {
						a.cur, a.seg, a.state = 0.5, 0.5, stA
						k += 2
						continue
					}
				}
			case "and":
				if (a.state == stUnit || a.state == stTeen || a.state == stTens) && (p.is(k+1, "a") || p.is(k+1, "an")) && p.is(k+2, "half") {
					a.cur += 0.5
					a.seg += 0.5
					a.state = stHalf
					accept(k + 3)
					k += 3
					continue
				}
				if (a.state == stHundred || a.state == stBig) && !a.digitLed {
					if c := p.info(k + 1).class; c == wUnit || c == wTeen || c == wTens || c == wOrdUnit || c == wOrdTeen || c == wOrdTens {
						preAnd = last
						andActive = true
						k++
						continue
					}
				}
			case "point":
				if a.state != stNone && a.state != stDigit && a.state != stPoint && a.state != stA {
					if f, end, ok := p.pointDigits(k + 1); ok {
						a.cur += f
						a.state = stPoint
						accept(end)
						k = end
						continue
					}
				}
			}
			break loop
		}
		hyphen = false
		k++
	}
	if !have {
		return 0, false
	}
	// A scale word that cannot follow an "and" group means the "and" joined
	// two numbers: "between two hundred and three hundred".
	if andActive && k < len(p.ts) && last.end == k {
		if c := p.info(k).class; c == wHundred || c == wBig || c == wDozen {
			if preAnd.end > 0 {
				last = preAnd
			}
		}
	}
	*a = last.a
	return last.end, true
}

// pointDigits reads the words after "point": digit words ("zero three") or
// one number ("seventy-one") whose digits follow the point.
func (p *parser) pointDigits(k int) (float64, int, bool) {
	c := p.info(k).class
	if c == wZero || c == wUnit {
		v, scale := 0.0, 1.0
		j := k
		for j < len(p.ts) && scale < 1e15 {
			wi := p.info(j)
			if wi.class != wZero && wi.class != wUnit {
				break
			}
			v = v*10 + wi.val
			scale *= 10
			j++
		}
		return v / scale, j, true
	}
	if c == wTeen || c == wTens {
		a := acc{lastBig: math.Inf(1)}
		end, ok := p.words(&a, k)
		if !ok {
			return 0, 0, false
		}
		// Only the sub-hundred group belongs after the point.
		v := a.value()
		if v >= 100 {
			return 0, 0, false
		}
		scale := 10.0
		for v >= scale {
			scale *= 10
		}
		return v / scale, end, true
	}
	return 0, 0, false
}

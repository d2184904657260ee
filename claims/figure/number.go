package figure

import (
	"math"
)

// This file holds the number reader: the parser that turns the tokens of
// one sentence (tokenize.go, lexicon.go) in digits,
// words or a mix of both ("1,674", "1.5 million", "forty-two", "one hundred and
// six", "a dozen", "10M") into a value. figure.go builds figures on top of it.

// parser reads numbers and figures over the tokens of one sentence.
type parser struct {
	s     string
	v     *vocab // the finder's vocabulary
	ts    []token
	facts *sentenceFacts // what the whole sentence says, read once when a rule asks (sentence.go)
}

func (p *parser) info(k int) *wordInfo {
	if k < 0 || k >= len(p.ts) || p.ts[k].kind != tkWord {
		return &p.v.info[0]
	}
	return &p.v.info[p.ts[k].wi]
}

// is reports whether token k is the word w (lower case).
func (p *parser) is(k int, w string) bool {
	return k >= 0 && k < len(p.ts) && p.ts[k].kind == tkWord && p.ts[k].wi != 0 && p.v.info[p.ts[k].wi].word == w
}

// isSym reports whether token k is the symbol r.
func (p *parser) isSym(k int, r rune) bool {
	return k >= 0 && k < len(p.ts) && p.ts[k].kind == tkSym && p.ts[k].r == r
}

// text returns the source text of token k.
func (p *parser) text(k int) string { return p.s[p.ts[k].start:p.ts[k].end] }

// adj reports whether token k begins where token k-1 ends.
func (p *parser) adj(k int) bool {
	return k > 0 && k < len(p.ts) && p.ts[k].start == p.ts[k-1].end
}

// num is a number read from tokens [i, j).
type num struct {
	i, j     int
	val      float64
	mult     float64 // the multiplier a suffix or scale word applied (1 when none)
	words    bool    // spelled with number words
	ordinal  bool
	decade   bool
	fraction bool
	plain    bool // one bare digit run: no sign, separators, point or suffix
	nd       int  // digits of a plain run
	lead0    bool
}

// Number suffixes written right after digits, case-sensitive: "10k", "3bn",
// "£15.8m", "1MM". "mm" (millimetres) and "g" (grams) are not among them.
var numSuffix = map[string]float64{
	"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "MN": 1e6, "mln": 1e6, "mil": 1e6,
	"MM": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "BN": 1e9, "bln": 1e9, "G": 1e9,
	"tn": 1e12, "trn": 1e12, "tln": 1e12,
}

// Suffixes that may also follow the digits after one space ("2.33 k").
var spacedSuffix = map[string]float64{"k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9, "B": 1e9}

// parse reads the number that begins at token i.
func (p *parser) parse(i int) (num, bool) {
	if i < 0 || i >= len(p.ts) {
		return num{}, false
	}
	t := &p.ts[i]
	if t.kind == tkNum {
		return p.parseDigits(i)
	}
	if t.kind != tkWord || t.wi == 0 {
		return num{}, false
	}
	w := p.v.info[t.wi].word
	if (w == "minus" || w == "negative") && i+1 < len(p.ts) && !p.is(i+1, "minus") && !p.is(i+1, "negative") {
		n, ok := p.parse(i + 1)
		if ok && !n.ordinal && n.val > 0 {
			n.i = i
			n.val = -n.val
			return n, true
		}
		return num{}, false
	}
	return p.parseWords(i)
}

func (p *parser) parseDigits(i int) (num, bool) {
	t := &p.ts[i]
	n := num{i: i, j: i + 1, val: t.val, mult: 1, nd: int(t.nd), lead0: t.nf&nLeadZero != 0}
	n.plain = t.nf&(nComma|nDecimal|nNeg|nSpaced) == 0
	k := i + 1
	if v, ok := p.slashFraction(i); ok {
		n.val, n.fraction, n.j, n.plain = v, true, i+3, false
		return n, true
	}
	if k < len(p.ts) && p.adj(k) && p.glued(&n, t, k) {
		return n, true
	}
	if k < len(p.ts) && p.ts[k].kind == tkWord {
		if m, ok := spacedSuffix[p.text(k)]; ok {
			n.scaled(m, k+1)
			return n, true
		}
	}
	// Scale words: "3 million", "322 hundred", "three dozens", "1 crore".
	a := acc{cur: n.val, seg: n.val, lastBig: math.Inf(1), state: stDigit, digitLed: true}
	end, ok := p.words(&a, k)
	if ok && end > k {
		if n.val != 0 {
			n.mult = a.value() / n.val
		}
		n.val = a.value()
		n.j = end
		n.plain = false
	}
	return n, true
}

// scaled multiplies n by the scale m written up to token j.
func (n *num) scaled(m float64, j int) {
	n.val *= m
	n.mult = m
	n.j = j
	n.plain = false
}

// glued reads what is written right after the digits t of n, at token k: a
// decade ("1990s", "90's"), an ordinal suffix ("21st"), a scale ("10M",
// "5bn"); it reports whether n ends there (also after a code: "G7").
func (p *parser) glued(n *num, t *token, k int) bool {
	integer := t.nf&nDecimal == 0
	decadeLike := integer && (n.nd == 2 || n.nd == 4) && int64(t.val)%10 == 0 && t.val > 0
	nt := &p.ts[k]
	if nt.kind == tkWord {
		txt := p.text(k)
		switch {
		case txt == "s" && decadeLike:
			n.decade, n.j, n.plain = true, k+1, false
			p.decadeStart(n)
			return true
		case ordinalSuffix[txt] && integer && t.val >= 0:
			n.ordinal, n.j, n.plain = true, k+1, false
			return true
		}
		// "5G" and "4G" name mobile networks, not five billion.
		if m, ok := numSuffix[txt]; ok && !(txt == "G" && n.plain && n.nd == 1) {
			n.scaled(m, k+1)
			return true
		}
	}
	if nt.kind == tkSym && (nt.r == '\'' || nt.r == '’') && k+1 < len(p.ts) && p.adj(k+1) && p.text(k+1) == "s" && decadeLike {
		n.decade, n.j, n.plain = true, k+2, false
		p.decadeStart(n)
		return true
	}
	return nt.kind == tkWord || nt.kind == tkNum // "G7" style codes end here
}

// ordinalSuffix are the suffixes of an ordinal in digits: "21st", "3RD".
var ordinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true, "ST": true, "ND": true, "RD": true, "TH": true}

// decadeStart takes in the apostrophe of "'90s" and makes a two-digit decade
// a year of the 1900s.
func (p *parser) decadeStart(n *num) {
	if n.nd != 2 {
		return
	}
	switch p.info(n.i - 1).word {
	case "his", "her", "their", "my", "your", "our", "mid", "early", "late":
		return // "in his 30s": an age
	}
	if i := n.i; i > 0 && p.adj(i) && (p.isSym(i-1, '\'') || p.isSym(i-1, '’')) {
		n.i = i - 1
	}
	n.val += 1900
}

// slashFraction reads "1/2", "3/4": a small proper fraction written with a
// slash, not part of a longer sequence such as a date ("9/11" is not one: its
// denominator is above ten).
func (p *parser) slashFraction(i int) (float64, bool) {
	if i+2 >= len(p.ts) || !p.isSym(i+1, '/') || !p.adj(i+1) || !p.adj(i+2) || p.ts[i+2].kind != tkNum {
		return 0, false
	}
	a, b := &p.ts[i], &p.ts[i+2]
	if a.nf&^nInSeq != 0 || b.nf != 0 || a.val < 1 || b.val > 10 || a.val >= b.val {
		return 0, false
	}
	if i > 0 && p.adj(i) && p.ts[i-1].kind == tkSym && (p.ts[i-1].r == '/' || isDash(p.ts[i-1].r) || p.ts[i-1].r == '+') {
		return 0, false
	}
	if i+3 < len(p.ts) && p.adj(i+3) && p.ts[i+3].kind == tkSym && (p.ts[i+3].r == '/' || isDash(p.ts[i+3].r)) {
		return 0, false
	}
	return a.val / b.val, true
}

// ParseNumber parses the number written at the start of s (digits, words or
// mixed: "1,674", "2.5", "10M", "forty-two", "one hundred and six", "a dozen",
// "3 million", "minus five") and returns its value and the byte length
// consumed. Leading white space is skipped and counted in n. Ordinals
// ("21st", "sixth") give their position; vague plurals ("dozens") and text
// that does not begin with a number give ok == false.
func (e *Finder) ParseNumber(s string) (value float64, n int, ok bool) {
	s = capLen(s)
	var buf [48]token
	ts := tokenize(e.v.index, s, buf[:0], len(buf))
	if len(ts) == 0 {
		return 0, 0, false
	}
	if int(ts[0].start) != len(s)-len(trimLeftSpace(s)) {
		return 0, 0, false
	}
	p := parser{s: s, v: e.v, ts: ts}
	r, ok := p.parse(0)
	if !ok || r.j <= r.i {
		return 0, 0, false
	}
	if math.IsNaN(r.val) || math.IsInf(r.val, 0) {
		return 0, 0, false
	}
	return r.val, int(ts[r.j-1].end), true
}

package figure

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/qualify"
)

// This file holds the numbers that look like counts and are not: times of
// day and timestamps ("10.45pm", "5:55 AM", "2019-09-01T10:38:07Z"), kind
// time; sports scores and tallies ("2-0 down", "tied at 89-89", "a 9-2
// lead"), kind score, never a range; scientific notation ("1.99×10−30"),
// one number; and numbers that are part of a name ("iPhone 12", "FTSE 100",
// "S&P 500", "Row 21", "Flight 370", "TA-125"), no figure at all.

// lookalike reads a time, a score, a number in scientific notation or a
// number that is part of a name at number token i. It appends what it
// finds (nothing for a name) and returns the token to continue from.
func (e *Finder) lookalike(p *parser, i int, figs *[]core.Figure) (int, bool) {
	if f, next, ok := p.timeAt(i); ok {
		*figs = append(*figs, f)
		return next, true
	}
	if f, next, ok := p.scoreAt(i); ok {
		*figs = append(*figs, f)
		return next, true
	}
	if f, next, ok := p.scientificAt(i); ok {
		*figs = append(*figs, f)
		return next, true
	}
	if p.address(i) || p.inName(i) || p.codeAfter(i) {
		return i + 1, true
	}
	return 0, false
}

// point returns an exact figure of kind k over tokens [a, b).
func (p *parser) point(a, b int, v float64, k core.Kind) core.Figure {
	return core.Figure{Text: p.text2(a, b), Span: p.span(a, b), Value: v, Interval: core.Point(v), Qualifier: core.Exact, Kind: k}
}

// plainInt reports whether token k is a bare run of at most n digits.
func (p *parser) plainInt(k, n int) bool {
	return k >= 0 && k < len(p.ts) && p.ts[k].kind == tkNum && p.ts[k].nf&^nLeadZero == 0 && int(p.ts[k].nd) <= n
}

// timeAt reads a time of day or a timestamp at token i. Its value is the
// hour on a 24-hour clock, minutes as a fraction.
func (p *parser) timeAt(i int) (core.Figure, int, bool) {
	if end, ok := isoTimestamp(p.s, int(p.ts[i].start)); ok {
		at := int(p.ts[i].start) + len("dddd-dd-ddT")
		h := qualify.Tidy(digitsValue(p.s, at, at+2) + digitsValue(p.s, at+3, at+5)/60)
		f := core.Figure{Text: p.s[p.ts[i].start:end], Span: core.Span{Start: int(p.ts[i].start), End: end},
			Value: h, Interval: core.Point(h), Qualifier: core.Exact, Kind: core.Time}
		return f, p.tokIndex(end), true
	}
	h, end, ok := p.clockAt(i)
	if !ok {
		return core.Figure{}, 0, false
	}
	switch ap := p.ampm(end); {
	case ap == "pm" && h < 12:
		h += 12
	case ap == "am" && h >= 12 && h < 13:
		h -= 12
	}
	if n := p.timeWordLen(end); n > 0 {
		end += n
	}
	return p.point(i, end, qualify.Tidy(h), core.Time), end, true
}

// clockAt reads a time of day written from token i, before any "am" or
// "pm": "10:30", "10:30:15", "10.45pm", "9 am", "1400 GMT". It returns the
// hour (with its minutes as a fraction) and the token after it.
func (p *parser) clockAt(i int) (float64, int, bool) {
	t := &p.ts[i]
	h, end := t.val, i+1
	switch {
	case p.plainInt(i, 2) && h <= 24 && p.isSym(i+1, ':') && p.adj(i+1) && p.adj(i+2) && p.plainInt(i+2, 2) && p.ts[i+2].nd == 2 && p.ts[i+2].val < 60:
		h += p.ts[i+2].val / 60
		end = i + 3
		if p.isSym(end, ':') && p.adj(end) && p.adj(end+1) && p.plainInt(end+1, 2) && p.ts[end+1].nd == 2 {
			end += 2 // seconds
		}
	case t.nf == nDecimal && t.nd <= 2 && t.end-t.start == int32(t.nd)+3 && h < 13 && p.timeOfDayAt(i+1):
		frac := math.Round((h - math.Trunc(h)) * 100)
		if frac >= 60 {
			return 0, 0, false
		}
		h = math.Trunc(h) + frac/60 // "10.45pm"
	case p.plainInt(i, 2) && h >= 1 && h <= 12 && p.ampm(i+1) != "":
	case p.plainInt(i, 4) && t.nd == 4 && h <= 2400 && math.Mod(h, 100) < 60 && p.zoneAt(i+1):
		h = math.Trunc(h/100) + math.Mod(h, 100)/60 // "1400 GMT"
	default:
		return 0, 0, false
	}
	return h, end, true
}

// ampm returns "am" or "pm" when token k says one ("pm", "PM", "p.m."),
// else "".
func (p *parser) ampm(k int) string {
	if w := p.info(k).word; w == "am" || w == "pm" {
		return w
	}
	if (p.is(k, "a") || p.is(k, "p")) && p.isSym(k+1, '.') && p.adj(k+1) && p.is(k+2, "m") && p.adj(k+2) {
		return p.info(k).word + "m"
	}
	return ""
}

// zoneAt reports whether token k names a time zone or o'clock.
func (p *parser) zoneAt(k int) bool {
	w := p.info(k).word
	return w != "am" && w != "pm" && p.timeOfDayAt(k)
}

// timeWordLen returns how many tokens from k write a time's am/pm, zone or
// o'clock: "pm", "a.m.", "GMT", "o'clock".
func (p *parser) timeWordLen(k int) int {
	n := 0
	if (p.is(k, "a") || p.is(k, "p")) && p.isSym(k+1, '.') && p.is(k+2, "m") {
		n = 3
		if p.isSym(k+3, '.') && p.adj(k+3) && k+4 < len(p.ts) {
			n = 4
		}
	} else if p.is(k, "o") && p.timeOfDayAt(k) {
		n = 3
	} else if p.timeOfDayAt(k) {
		n = 1
	}
	if n > 0 && p.zoneAt(k+n) && p.info(k+n).word != "o" {
		n++ // "10pm GMT"
	}
	return n
}

// isoTimestamp reports whether an ISO 8601 date and time begins at byte i
// ("2019-09-01T10:38:07.190Z", "2024-03-22T18:05+03:00") and where it ends.
func isoTimestamp(s string, i int) (int, bool) {
	const shape = "dddd-dd-ddTdd:dd"
	if len(s) < i+len(shape) {
		return 0, false
	}
	for k := 0; k < len(shape); k++ {
		c := s[i+k]
		if (shape[k] == 'd' && !isDigit(c)) || (shape[k] != 'd' && c != shape[k]) {
			return 0, false
		}
	}
	j := i + len(shape)
	if j+2 < len(s) && s[j] == ':' && isDigit(s[j+1]) && isDigit(s[j+2]) {
		j += 3
		if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
			j = scanDigits(s, j+1)
		}
	}
	switch {
	case j < len(s) && s[j] == 'Z':
		j++
	case j+6 <= len(s) && (s[j] == '+' || s[j] == '-') && isDigit(s[j+1]) && isDigit(s[j+2]) && s[j+3] == ':':
		j += 6
	}
	return j, true
}

// scoreWords are the words around a score that say a game or a vote.
var scoreWords = map[string]bool{
	"won": true, "win": true, "wins": true, "winning": true, "lost": true, "lose": true, "loses": true, "beat": true,
	"beaten": true, "beating": true, "drew": true, "draw": true, "drawn": true, "tied": true, "tie": true, "led": true,
	"lead": true, "leading": true, "trailed": true, "trailing": true, "trail": true, "victory": true, "defeat": true,
	"defeated": true, "loss": true, "deficit": true, "scoreline": true, "thrashing": true, "drubbing": true,
	"triumph": true, "aggregate": true, "score": true, "scored": true, "vote": true, "voted": true, "ruling": true,
	"decision": true, "verdict": true, "margin": true,
}

// scoreAt reads a score at token i: two bare numbers joined by a dash with
// no space, the second not above the first ("2-0", "89-89", "9-2"), or
// below it when a word next to it says a game ("won 1-3", "a 2-3 defeat").
func (p *parser) scoreAt(i int) (core.Figure, int, bool) {
	d, b := i+1, i+2
	if !p.plainInt(i, 3) || !p.plainInt(b, 3) || !p.adj(d) || !p.adj(b) || p.ts[d].kind != tkSym || !(p.ts[d].r == '-' || p.ts[d].r == '–') {
		return core.Figure{}, 0, false
	}
	if i > 0 && p.adj(i) && (p.ts[i-1].kind != tkSym || strings.ContainsRune("-–/.:,", p.ts[i-1].r)) {
		return core.Figure{}, 0, false // "A-1-2", "1.2-0"
	}
	if p.adj(b+1) && (p.ts[b+1].kind != tkSym || isDash(p.ts[b+1].r) || strings.ContainsRune("%/.:", p.ts[b+1].r) && p.adj(b+2)) {
		return core.Figure{}, 0, false // "4-3-3", "10-12%", "5-10km"
	}
	if p.isSym(b+1, '%') || (i > 0 && p.ts[i-1].kind == tkSym && isCurrencySym(p.ts[i-1].r)) {
		return core.Figure{}, 0, false
	}
	if _, _, ok := p.unitAt(b + 1); ok || p.durationAfter(b+1) || p.percentAfter(b+1) || p.currencyAfter(b+1) {
		return core.Figure{}, 0, false // "3-4 days", "5-10 km", "10-12 percent"
	}
	a, v := p.ts[i].val, p.ts[b].val
	if v > a && !p.scoreContext(i, b) {
		return core.Figure{}, 0, false
	}
	return p.point(i, b+1, a, core.Score), b + 1, true
}

// scoreContext reports whether a word just before or after tokens [i, b]
// says a game or a vote.
func (p *parser) scoreContext(i, b int) bool {
	for k := max(0, i-3); k < i; k++ {
		if scoreWords[p.info(k).word] || scoreWords[strings.ToLower(p.textOr(k))] {
			return true
		}
	}
	for k := b + 1; k < len(p.ts) && k <= b+2; k++ {
		if scoreWords[strings.ToLower(p.textOr(k))] {
			return true
		}
	}
	// A set of a tennis match among others: "6-3 4-6 6-1".
	return p.dashPair(i-3) || p.dashPair(b+1)
}

// dashPair reports whether tokens k, k+1, k+2 are two bare numbers joined
// by a dash.
func (p *parser) dashPair(k int) bool {
	return k >= 0 && p.plainInt(k, 3) && p.isSym(k+1, '-') && p.adj(k+1) && p.adj(k+2) && p.plainInt(k+2, 3)
}

// scientificAt reads a number written with a power of ten: "1.99×10−30",
// "3 x 10^8", "6.02e23", "1.5E-3".
func (p *parser) scientificAt(i int) (core.Figure, int, bool) {
	t := &p.ts[i]
	if t.nf&(nComma|nSpaced|nInSeq) != 0 || t.val == 0 {
		return core.Figure{}, 0, false
	}
	k, ok := p.exponentMark(i)
	if !ok {
		return core.Figure{}, 0, false
	}
	exp, k, ok := p.exponent(k)
	if !ok {
		return core.Figure{}, 0, false
	}
	v, err := strconv.ParseFloat(p.text(i)+"e"+exp, 64)
	if math.IsInf(v, 0) {
		// Beyond float64's range ("1e309"): one figure with no usable
		// value, not "1" and "309".
		err = nil
	}
	if err != nil || v == 0 {
		return core.Figure{}, 0, false
	}
	return p.point(i, k+1, v, core.Other), k + 1, true
}

// exponentMark reads what introduces the exponent after the digits at
// token i: a glued "e" ("1.5e9") or "× 10^" ("3 x 10^8"); it returns the
// token after it.
func (p *parser) exponentMark(i int) (int, bool) {
	t := &p.ts[i]
	k := i + 1
	switch {
	case k < len(p.ts) && p.adj(k) && (p.text(k) == "e" || p.text(k) == "E"):
		return k + 1, true
	case (p.isSym(k, '×') || strings.EqualFold(p.textOr(k), "x") || p.isSym(k, '*')) && p.ts[k].start-t.end <= 1 && p.plainInt(k+1, 2) && p.ts[k+1].val == 10 && p.ts[k+1].start-p.ts[k].end <= 1:
		k += 2
		if p.isSym(k, '^') && p.adj(k) {
			k++
		}
		return k, true
	}
	return 0, false
}

// exponent reads the signed exponent from token k and returns it as
// written for ParseFloat and its token.
func (p *parser) exponent(k int) (string, int, bool) {
	sign := 1.0
	if k < len(p.ts) && p.adj(k) && p.ts[k].kind == tkSym && (isDash(p.ts[k].r) || p.ts[k].r == '−' || p.ts[k].r == '+') {
		if p.ts[k].r != '+' {
			sign = -1
		}
		k++
	}
	if !p.adj(k) || !p.plainInt(k, 3) {
		if k < len(p.ts) && p.ts[k].kind == tkNum && p.adj(k) && p.ts[k].nf == nNeg && p.ts[k].nd <= 3 {
			sign = 1 // "e-3" read as one negative number
		} else {
			return "", 0, false
		}
	}
	exp := p.text(k)
	if sign < 0 && exp[0] != '-' {
		exp = "-" + exp
	}
	return exp, k, true
}

// nameNouns are the words a number after them names rather than counts:
// "Row 21", "flight 370", "section 427", "level 4"; nameWords the same in
// capitals only ("Area 51", "Windows 10", "the Big 12"), since in lower
// case they also begin a clause ("in the area 20 people died").
var nameNouns = setOf("row flight route chapter section article room gate platform terminal level category seat pier " +
	"apartment exit junction highway interstate bus page paragraph clause amendment proposition episode hole runway " +
	"hangar psalm grade tier unit channel")

var nameWords = setOf("area district camp station building floor court line track block zone ward sector tower " +
	"class stage phase division precinct battalion brigade squadron regiment reactor lane lot model series season " +
	"volume resolution formula windows apollo boeing airbus iphone galaxy pixel playstation xbox nasdaq ftse dax " +
	"nikkei cac stoxx russell fortune big ibex kospi hang war radio type title android ligue measure")

// streetWords end an address: "10 Downing Street", "221B Baker St".
var streetWords = setOf("street st road rd avenue ave lane drive boulevard blvd place square way terrace crescent close parkway")

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// inName reports whether the number at token i is part of a name: glued to
// a capitalised word ("S23", "MH17", "COVID-19", "TA-125"), after a noun
// that numbers things ("Row 21", "flight 370"), or after an index or
// product name ("FTSE 100", "S&P 500", "iPhone 12", "the Big 12").
func (p *parser) inName(i int) bool {
	t := &p.ts[i]
	if i == 0 || t.nf&(nComma|nSpaced|nNeg) != 0 || p.isMonth(i-1) || p.measureAt(i) {
		return false
	}
	k := i - 1
	if p.adj(i) && p.ts[k].kind == tkSym && isDash(p.ts[k].r) && k > 0 && p.adj(k) {
		k-- // "TA-125", "COVID-19"
	} else if !p.adj(i) && p.ts[k].kind == tkWord && p.namingNoun(k) {
		_, _, unit := p.unitAt(i + 1)
		return !unit && !p.percentAfter(i+1) && !p.currencyAfter(i+1) && p.ts[i].nd <= 4
	}
	if p.ts[k].kind != tkWord {
		return false
	}
	return p.nameWord(i, k)
}

// measureAt reports whether the number at token i is written as a measure
// rather than a name: an ordinal or unit suffix glued to it ("the Swiss
// 12th seed", "the AAA 800m title"), a currency before it, a mega code.
func (p *parser) measureAt(i int) bool {
	if i+1 < len(p.ts) && p.adj(i+1) && p.ts[i+1].kind == tkWord {
		switch w := p.text(i + 1); {
		case w == "st" || w == "nd" || w == "rd" || w == "th":
			return true
		case numSuffix[w] != 0 || p.v.spellings[strings.ToLower(w)] != nil:
			return true
		}
	}
	if pre, _ := p.currencyPrefix(i); pre != nil {
		return true
	}
	_, ok := p.megaCode(i-1, i)
	return ok
}

// nameWord reports whether the word at token k before the number at token
// i names something the number is part of: glued ("S23", "MH17",
// "iPhone12"), in capitals or mixed case ("FTSE 100", "iPhone 12", "S&P
// 500"), or a capitalised word after "the".
func (p *parser) nameWord(i, k int) bool {
	w := p.text(k)
	caps := isAllCaps(w) && len(w) >= 2
	mixed := hasInnerCap(w)
	if p.adj(k+1) || k < i-1 {
		if p.followsNumber(k) {
			return k == i-1 // "32m2": the 2 belongs to the unit
		}
		return p.ts[k].upper || mixed // not "mid-2020"
	}
	if p.shouting() || p.percentAfter(i+1) || p.currencyAfter(i+1) || p.info(i+1).class == wBig {
		return false // "a US 500 billion package" counts
	}
	if caps || mixed || (len(w) == 1 && p.ts[k].upper && p.isSym(k-1, '&')) {
		return k > 0 || !caps
	}
	return p.ts[k].upper && k > 0 && p.is(k-1, "the") && !p.pluralAfter(i+1)
}

// namingNoun reports whether word token k numbers what it names ("Row",
// "flight"), not glued to a number before it.
func (p *parser) namingNoun(k int) bool {
	w := strings.ToLower(p.text(k))
	return (nameNouns[w] || (nameWords[w] && p.ts[k].upper)) && !p.followsNumber(k) && !(k > 0 && p.ts[k-1].kind == tkNum)
}

// followsNumber reports whether word token k is glued to a number before
// it: a unit ("32m2"), not a name.
func (p *parser) followsNumber(k int) bool {
	return k > 0 && p.adj(k) && p.ts[k-1].kind == tkNum
}

// pluralAfter reports whether token k is a lower-case plural noun: then the
// number before it counts it ("the Afghan 20 soldiers" aside).
func (p *parser) pluralAfter(k int) bool {
	w := p.textOr(k)
	return len(w) > 3 && !p.ts[k].upper && strings.HasSuffix(w, "s")
}

// shouting reports whether the sentence is written in capitals, where a
// capitalised word says nothing.
func (p *parser) shouting() bool { return p.sentence().shout }

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// hasInnerCap reports whether w has a capital after a lower-case letter:
// "iPhone", "PlayStation", "McLaren".
func hasInnerCap(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsLower(r) {
			lower = true
		} else if unicode.IsUpper(r) && lower {
			return true
		}
	}
	return false
}

// address reports whether the number at token i is a house number: one or
// two capitalised words and a street word follow it ("10 Downing Street").
func (p *parser) address(i int) bool {
	if !p.plainInt(i, 4) {
		return false
	}
	for k := i + 1; k <= i+3 && k < len(p.ts); k++ {
		if p.ts[k].kind != tkWord || !p.ts[k].upper {
			return false
		}
		if k > i+1 && streetWords[strings.ToLower(p.text(k))] {
			return true
		}
	}
	return false
}

// codeAfter reports whether the number at token i is glued to one or two
// capitals that are no unit, scale or currency: a code ("5G", "3D").
func (p *parser) codeAfter(i int) bool {
	k := i + 1
	if k >= len(p.ts) || !p.adj(k) || p.ts[k].kind != tkWord || p.ts[k].end-p.ts[k].start > 2 {
		return false
	}
	w := p.text(k)
	if !isAllCaps(w) || (numSuffix[w] != 0 && !(w == "G" && p.ts[i].nd == 1)) || p.ts[i].nf&nDecimal != 0 {
		return false
	}
	if _, _, ok := p.spellingAt(k, true); ok {
		return false // "40C", "5MB"
	}
	return !p.timeOfDayAt(k) && !p.currencyAfter(k)
}

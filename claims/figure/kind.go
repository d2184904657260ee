package figure

import (
	"math"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

// This file holds the kind rules: what a plain number is (a year, a
// date, an age, a duration, a percent, money, a code) from the words
// around it.

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
func (p *parser) kindOf(n num, end int, money bool) core.Kind {
	switch {
	case n.decade:
		if w := p.info(n.i - 1).word; w == "his" || w == "her" || w == "their" || w == "my" || w == "your" || w == "our" {
			return core.Age
		}
		return core.Decade
	case money || p.currencyAfter(end):
		return core.Money
	case p.percentAfter(end) || p.isSym(end-1, '%'):
		return core.Percent
	case p.dateContext(n, end):
		return core.Date
	case n.ordinal:
		return core.Ordinal
	case n.fraction:
		return core.Other
	case p.ageContext(n, end):
		return core.Age
	case p.durationAfter(end) && !(n.plain && n.nd == 4):
		return core.Duration
	case p.otherContext(n, end):
		return core.Other
	case p.yearContext(n, end):
		return core.Year
	}
	return core.Count
}

// otherContext reports whether the words around n make it a number of
// kind Other: a time of day ("10 pm"), a unit after it, a code, or a name
// spelled in words ("Formula One", "Channel Four").
func (p *parser) otherContext(n num, end int) bool {
	if p.timeOfDayAt(end) || (p.timeOfDayAt(end+1) && p.adj(end)) || p.unitAfter(end) || p.codeContext(n) || p.scaleContext(n, end) {
		return true
	}
	return n.words && n.j == n.i+1 && p.ts[n.i].upper && n.i > 0 && p.ts[n.i-1].kind == tkWord && p.ts[n.i-1].upper &&
		p.info(n.i-1).flags&fMonth == 0
}

// scaleContext reports whether n grades a scale: a scale word right
// before it ("magnitude 7.2", "Category 5") or joined after it by a hyphen
// or a space ("a 7.2-magnitude quake", "a 6.1 magnitude tremor").
func (p *parser) scaleContext(n num, end int) bool {
	if n.i > 0 && p.ts[n.i-1].kind == tkWord && p.info(n.i-1).flags&fScale != 0 {
		return true
	}
	k := end
	if p.isSym(k, '-') && p.adj(k) && p.adj(k+1) {
		k++
	}
	return k < len(p.ts) && p.ts[k].kind == tkWord && p.info(k).flags&fScale != 0
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
	return p.ageAfter(end) || p.ageBefore(n) || p.ageLinked(n) || p.ageSetOff(n, end)
}

// ageAfter reports whether an age wording follows the number: "19-year-old",
// "25 years old", "6-month-old", "30 years of age".
func (p *parser) ageAfter(end int) bool {
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
	return false
}

// ageBefore reports whether "aged" or "age" comes right before the number
// ("aged 19", "aged between 18 and 25", "under the age of 12"), or an
// age's comparison ("the children were all younger than 12").
func (p *parser) ageBefore(n num) bool {
	if w := p.info(n.i - 1).word; w == "aged" || w == "age" || w == "ages" {
		return true
	}
	if p.is(n.i-1, "than") && (p.is(n.i-2, "younger") || p.is(n.i-2, "older")) || p.is(n.i-1, "of") && p.is(n.i-2, "age") {
		return true
	}
	if p.is(n.i-2, "aged") && (p.is(n.i-1, "between") || p.is(n.i-1, "from") || p.is(n.i-1, "under") || p.is(n.i-1, "over")) {
		return true
	}
	return p.agedList(n.i - 1)
}

// agedList reports whether token k ends a list of ages that "aged" opens,
// so that the number after it goes on the list: "aged eight, 12 and 13",
// "aged 3, 5 and 9". A list has one "and": in "aged seven, 10 and 14, and
// 12 adults" the 12 is no age.
func (p *parser) agedList(k int) bool {
	if !p.isSym(k, ',') && !p.is(k, "and") {
		return false
	}
	ands := 0
	if p.is(k, "and") {
		ands++
	}
	for step := 0; k > 0 && step < agedListReach; step++ {
		k--
		switch {
		case p.is(k, "aged") || p.is(k, "ages"):
			return step > 0
		case p.is(k, "and"):
			if ands++; ands > 1 {
				return false
			}
		case p.isSym(k, ','):
		case p.ts[k].kind == tkNum && p.ts[k].nd <= 3, p.info(k).class == wUnit || p.info(k).class == wTeen || p.info(k).class == wTens:
		default:
			return false
		}
	}
	return false
}

// agedListReach is how many tokens back a list of ages may reach "aged".
const agedListReach = 10

// ageLinked reports whether "age" shortly before a linking verb says the
// number: "the average age of those arrested was 17", "their ages were 19
// and 22".
func (p *parser) ageLinked(n num) bool {
	k := n.i - 1
	if k <= 0 || p.ts[k].kind != tkWord {
		return false
	}
	if w := strings.ToLower(p.text(k)); w != "was" && w != "is" && w != "were" && w != "are" {
		return false
	}
	for k := n.i - 2; k >= 0 && k >= n.i-7; k-- {
		if p.ts[k].kind == tkWord {
			if w := strings.ToLower(p.text(k)); w == "age" || w == "ages" {
				return true
			}
		}
	}
	return false
}

// ageSetOff reports whether the number is an age set off after a name:
// "Mirzoyev, 32," and "Smith (45)"; also "the suspect, 32," and "a nurse
// (45)" after a noun for a person (lang.Lexicon.PersonNoun).
func (p *parser) ageSetOff(n num, end int) bool {
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
	if !p.ts[name].upper && !p.v.personNoun(strings.ToLower(p.text(name))) {
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

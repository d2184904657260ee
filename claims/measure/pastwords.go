package measure

import (
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/token"
)

// This file holds the words that place a figure in an earlier event
// without a year: "last year", "years ago", "a previous attack", "the
// March bombing".

// pastWords reports whether two words of the sentence place it in an
// earlier event: "last year", "years ago", "a previous attack".
func (sl *Slotter) pastWords(ws []token.Word) bool {
	for k := 0; k+1 < len(ws); k++ {
		if sl.v.pastPair(ws[k].Low, ws[k+1].Low) || sl.pastMonth(ws[k].Low, ws[k+1]) || sl.v.earlierEvent(ws, k) || sl.monthEvent(ws, k) {
			return true
		}
		if sl.v.yearsSinceName(ws, k) || sl.v.spanTurn(ws, k) || sl.v.beforeNewsDay(ws, k) || sl.v.eventInMonth(ws, k) {
			return true
		}
		if k == 0 && len(sl.months) == 0 && ws[0].Low == "in" && sl.v.months[ws[1].Low] && ws[1].Capital && ws[1].Mark == ',' {
			// "In August, 13 people were killed when gunmen seized a
			// hotel": when the article's month is not known, a month
			// with no day that opens the sentence sets it apart from the
			// news, which is told by its days.
			return true
		}
		if k == 0 && len(ws) > 2 && ws[0].Low == "earlier" && ws[1].Low == "this" && (ws[2].Low == "month" || ws[2].Low == "year") {
			// "Earlier this month, at least 11 people were injured in a
			// blast". Told later in the sentence, it may date the news
			// itself: "detained 25 over the blast that killed 41 people
			// earlier this month".
			return true
		}
	}
	return false
}

// yearsSinceName reports whether words k and on count the years since an
// event its name tells: "three years since the Mariana dam disaster". An
// anniversary tells of the news's own event by a common noun ("a year
// since the disaster").
func (v *Vocab) yearsSinceName(ws []token.Word, k int) bool {
	if k+2 >= len(ws) || ws[k+1].Low != "since" || ws[k].Low != "years" && ws[k].Low != "decades" {
		return false
	}
	for j := k + 2; j < len(ws) && j <= k+4; j++ {
		if ws[j].Capital && v.nameWord(ws[j]) {
			return true
		}
		if ws[j].Mark != 0 {
			return false
		}
	}
	return false
}

// earlierEvent reports whether word k opens a noun phrase that names an
// earlier event with words between: "the previous major strike", "a
// similar deadly attack". ("An earlier explosion" may be the first blast
// of the day's twin attack, and "last week's assault" the day's news told
// a week on: neither is read so.)
func (v *Vocab) earlierEvent(ws []token.Word, k int) bool {
	switch ws[k].Low {
	case "previous", "similar":
	default:
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+3; j++ {
		if _, ok := v.eventKind(ws[j].Low); ok && j > k+1 || v.eventNouns[ws[j].Low] {
			return true
		}
		if ws[j].Mark != 0 {
			return false
		}
	}
	return false
}

// monthEvent reports whether the month at word k and the word after it
// name an event of another month than the article's ("their August
// assault on a hotel", "the March bombing", "a mid-October attack"). When
// the article's months are not known, a month that a determiner or
// "mid-" puts before an event's noun is read so: the day's own event is
// told by its day ("Saturday's attack"), a month names another.
func (sl *Slotter) monthEvent(ws []token.Word, k int) bool {
	if k+1 >= len(ws) || ws[k].Mark != 0 {
		return false
	}
	name, mid := strings.CutPrefix(ws[k].Low, "mid-")
	if !sl.v.months[name] || !mid && !ws[k].Capital {
		return false
	}
	if !sl.v.eventWord(ws[k+1].Low) {
		return false
	}
	if len(sl.months) > 0 {
		return !slices.Contains(sl.months, name)
	}
	return mid || k > 0 && sl.v.determiners[ws[k-1].Low]
}

// eventInMonth reports whether words k to k+3 name another event by its
// month: "an attack in July". The indefinite article tells an event
// that is not the news, which is "the attack", whatever the month.
func (v *Vocab) eventInMonth(ws []token.Word, k int) bool {
	if k+3 >= len(ws) || ws[k].Low != "a" && ws[k].Low != "an" {
		return false
	}
	if !v.eventWord(ws[k+1].Low) || ws[k+1].Mark != 0 || ws[k+2].Low != "in" {
		return false
	}
	m := ws[k+3]
	return v.months[m.Low] && m.Capital
}

// spanTurnReach is the most words "before" may stand from the event noun
// that makes its span point back ("two years before the Suruc attack").
const spanTurnReach = 3

// spanTurn reports whether words k and k+1 turn the sentence to another
// time by a span: "Two weeks before, ...", "three years before the
// attack". A span before an occasion that is no event dates the news
// itself ("killing at least 95 three weeks before an election"), and
// one after a noun phrase tells the news's own later days ("two days
// after the blast, the toll rose").
func (v *Vocab) spanTurn(ws []token.Word, k int) bool {
	if k+1 >= len(ws) || !v.timeSpans[ws[k].Low] || ws[k].Mark != 0 {
		return false
	}
	b := ws[k+1].Low
	if b != "before" && b != "after" {
		return false
	}
	if ws[k+1].Mark != 0 || k+2 == len(ws) {
		return true // "Two weeks before, a bomb killed 10"
	}
	if b == "after" {
		return false
	}
	for j := k + 2; j < len(ws) && j <= k+1+spanTurnReach; j++ {
		if v.eventWord(ws[j].Low) {
			return true
		}
		if ws[j].Mark != 0 {
			break
		}
	}
	return false
}

// beforeNewsDay reports whether words k and k+1 set what the sentence
// tells before the news by its day: "the deadliest bombing this year
// before Monday's", "before Sunday's attack". A weekday's possessive
// names the news event itself.
func (v *Vocab) beforeNewsDay(ws []token.Word, k int) bool {
	if k+1 >= len(ws) || ws[k].Low != "before" || ws[k].Mark != 0 {
		return false
	}
	w := ws[k+1].Low
	day := token.TrimPossessive(w)
	if day == w || !v.weekdayNames[day] {
		return false
	}
	// "before Monday's" with its noun left out, or before Monday's
	// attack; not "two days before Monday's vote", which dates the news
	return ws[k+1].Mark != 0 || k+2 == len(ws) || v.eventWord(ws[k+2].Low)
}

// pastPair reports whether the words a, b point to an earlier event:
// "years ago", "last year".
func (v *Vocab) pastPair(a, b string) bool {
	switch {
	case a == "last" && (b == "year" || b == "month"), b == "ago" && (a == "years" || a == "year" || a == "decades"),
		v.pastWords[a] && (b == "attack" || b == "attacks" || b == "bombing" || b == "blast" || b == "disaster"),
		(a == "following" || a == "previous") && (b == "year" || b == "month"),
		a == "that" && v.eventNouns[b], // "In that attack, ... at least 57 students were killed"
		v.timeSpans[a] && (b == "later" || b == "earlier"):
		return true
	}
	return false
}

// pastMonth reports whether the word a and the month next name a month
// other than the article's own: "in March", "Last March, a bomber attacked ...".
func (sl *Slotter) pastMonth(a string, next token.Word) bool {
	b := next.Low
	return (a == "in" || a == "last") && len(sl.months) > 0 && sl.v.months[b] && !slices.Contains(sl.months, b) && next.Capital ||
		a == "last" && sl.v.months[b] && next.Capital
}

// whenAfter reports whether the year at word at opens a clause that tells
// what happened then: "in 2020, when a flight overshot the runway", or
// after the place it names, "in 2014 in Soma, in the western province
// of Manisa, where a fire killed 301".
func (v *Vocab) whenAfter(ws []token.Word, at int) bool {
	if at+1 < len(ws) && ws[at+1].Low == "when" && (ws[at].Mark == ',' || ws[at].Mark == 0) {
		return true
	}
	placed := false // a name, the place's: "in Soma"
	for k := at + 1; k < len(ws) && k <= at+whereReach; k++ {
		if ws[k-1].Mark != 0 && ws[k-1].Mark != ',' {
			return false
		}
		if (ws[k].Low == "where" || ws[k].Low == "when") && ws[k-1].Mark == ',' {
			return placed
		}
		if ws[k].Capital && !v.months[ws[k].Low] && !v.weekdayNames[ws[k].Low] {
			placed = true
		}
	}
	return false
}

// whereReach is the most words a "where" or "when" clause may open after
// the year whose place it tells.
const whereReach = 12

// yearOpensClause reports whether the year at word at opens what the
// sentence tells next: by "when" or "where" (whenAfter), or set apart by
// commas (asideYear).
func (v *Vocab) yearOpensClause(ws []token.Word, at int) bool {
	return v.whenAfter(ws, at) || asideYear(ws, at)
}

// asideYear reports whether the year at word at is set apart by commas
// as "in" it, dating what the sentence goes on to tell: "On the same day
// of the last festival, in 2013, at least 36 pilgrims died".
func asideYear(ws []token.Word, at int) bool {
	return at >= 2 && ws[at-1].Low == "in" && ws[at-2].Mark == ',' && ws[at].Mark == ','
}

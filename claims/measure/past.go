package measure

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/token"
)

// past reports whether a figure's sentence places it in an earlier event:
// it names a year before the article's own ("in 2018"), or says "years
// ago", "last year", "a previous attack", "a similar attack".
func (sl *Slotter) past(ws []token.Word, figs []core.Figure, fi int) bool {
	return sl.pastYear(ws, figs, fi) || sl.pastWords(ws) || sl.v.cameAfter(ws, fi)
}

// cameAfter reports whether the figure at word fi tells of the earlier
// event that the news came after: "The raid came one week after militants
// killed 129 people in Paris", "It comes days after a bomber killed 12".
// The clause after "after" runs to the figure with no mark between.
func (v *Vocab) cameAfter(ws []token.Word, fi int) bool {
	for k := fi - 1; k >= 0 && k >= fi-cameAfterReach; k-- {
		if ws[k].Mark != 0 {
			return false
		}
		if ws[k].Low != "after" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if v.comeVerbs[ws[j].Low] {
				// "The new figure came hours after officials put the toll
				// at 65": an earlier report, not an earlier event.
				return !slices.ContainsFunc(ws[max(0, j-3):j], func(w token.Word) bool { return v.reportNouns[w.Low] })
			}
			if ws[j].Mark != 0 {
				return false
			}
		}
		return false
	}
	return false
}

// cameAfterReach is the most words "after" may stand before the figure of
// the earlier event it opens.
const cameAfterReach = 8

// Paragraph tells the pass that sentence idx opens a paragraph.
func (sl *Slotter) Paragraph(idx int) { sl.paraStart, sl.paraPast = idx, false }

// inPastParagraph reports whether sentence idx, of words ws, goes on a
// paragraph that opened under the heading of an earlier event ("Prayag
// Kumbh Mela, 1954: ... when a vast crowd stampeded. The Guardian put the
// dead at more than 800"). A sentence that names a day of the news, a date
// or a year not before the article's own turns the paragraph back to the
// news.
func (sl *Slotter) inPastParagraph(idx int, ws []token.Word, figs []core.Figure) bool {
	if !sl.paraPast || idx <= sl.paraStart {
		return false
	}
	if slices.ContainsFunc(figs, func(f core.Figure) bool {
		return f.Kind == core.Date || f.Kind == core.Year && (sl.year == 0 || int(f.Value) >= sl.year)
	}) || sl.v.namesNewsDay(ws) {
		sl.paraPast = false
		return false
	}
	return true
}

// namesNewsDay reports whether words ws name a day ("Monday") or the day
// of the news ("today", "now").
func (v *Vocab) namesNewsDay(ws []token.Word) bool {
	return slices.ContainsFunc(ws, func(w token.Word) bool { return v.weekdayNames[w.Low] || v.newsDays[w.Low] })
}

// headingYear reports whether a sentence opens with the heading of an
// earlier event: a name, a comma, its year and a colon within its first
// words ("Prayag Kumbh Mela, 1954: ...").
func headingYear(ws []token.Word, figs []core.Figure) bool {
	return slices.ContainsFunc(figs, func(f core.Figure) bool {
		at := wordAt(ws, f.Start)
		return f.Kind == core.Year && at > 0 && at <= headingReach && at < len(ws) && ws[at].Mark == ':' && ws[at-1].Mark == ','
	})
}

// headingReach is the most words a heading's name may take before its
// year.
const headingReach = 6

// notePast notes sentence idx, of words ws, as one that tells of an
// earlier event's scene: it names the year of an earlier event (see
// pastYearNamed) or the place of one named before ("Nimtoli lies barely a
// kilometre away").
func (sl *Slotter) notePast(idx int, ws []token.Word, figs []core.Figure) {
	if sl.pastYearNamed(ws, figs) || slices.ContainsFunc(ws, func(w token.Word) bool { return w.Capital && sl.pastNames[w.Low] }) {
		sl.markPast(idx, ws, figs)
	}
}

// markPast notes sentence idx, of words ws and figures figs, as one that
// tells of an earlier event, and its paragraph too when the sentence opens
// it under that event's heading ("Prayag Kumbh Mela, 1954: ...") and
// compares no news with it ("the worst since 2010").
func (sl *Slotter) markPast(idx int, ws []token.Word, figs []core.Figure) {
	sl.pastSent = idx
	if idx == sl.paraStart && headingYear(ws, figs) && !slices.ContainsFunc(ws, func(w token.Word) bool { return sl.v.comparisonWords[w.Low] }) {
		sl.paraPast = true
	}
}

// pastYearNamed reports whether the sentence of words ws names a year of
// an earlier event: before the article's own, or, when that year is only
// the latest the text names, a year that an event's noun holds ("the
// Nimtoli disaster of 2010", "the earthquake of January 2010", "the 2010
// fire"). It notes the name the
// event's noun takes, "Nimtoli", among the past names.
func (sl *Slotter) pastYearNamed(ws []token.Word, figs []core.Figure) bool {
	past := false
	for _, f := range figs {
		if f.Kind != core.Year {
			continue
		}
		if sl.year > 0 && int(f.Value) < sl.year {
			past = true // when the year is the latest the text names, any other is earlier
		}
		at := wordAt(ws, f.Start)
		if !sl.textYear && int(f.Value) >= sl.year || !sl.v.eventOfYear(ws, at) {
			continue
		}
		if sl.v.months[ws[at-1].Low] {
			at--
		}
		past = true // "the Nimtoli disaster of 2010"
		if at >= 3 && ws[at-3].Capital && ws[at-3].Mark == 0 && sl.v.nameWord(ws[at-3]) {
			if sl.pastNames == nil {
				sl.pastNames = map[string]bool{}
			}
			sl.pastNames[ws[at-3].Low] = true
		}
	}
	return past
}

// goesOnBack reports whether a sentence opens by pointing back at the
// scene of the sentence before: "There, a stove set off a fire", "Then,
// 124 died", "That fire killed 124".
func (v *Vocab) goesOnBack(ws []token.Word) bool {
	if len(ws) < 2 || v.namesNewsDay(ws) {
		return false // "Then, on Monday, 2,000 people drowned": the news
	}
	if v.backAdverbs[ws[0].Low] && ws[0].Mark == ',' {
		return true
	}
	return v.demonstratives[ws[0].Low] && ws[0].Low != "this" && v.eventWord(ws[1].Low)
}

// pastYear reports whether a year of the sentence dates the figure at word
// fi in an earlier event.
func (sl *Slotter) pastYear(ws []token.Word, figs []core.Figure, fi int) bool {
	for _, f := range figs {
		// "the deadliest since 2011" after a figure dates a comparison;
		// "since 1960, when a tremor killed 12,000" before it dates the figure.
		if f.Kind != core.Year {
			continue
		}
		at := wordAt(ws, f.Start)
		since := sinceBefore(ws, f.Start) || sl.v.sinceEventOf(ws, at)
		if since && at < fi {
			return true // "the deadliest since a 1978 arson attack that killed 377"
		}
		if since && at > fi && !sl.v.superlativeBetween(ws, fi, at) {
			return true // "3,000 miners have died in accidents since 1941": a history
		}
		if sl.year > 0 && int(f.Value) < sl.year && !(since && at > fi) && at-fi <= pastYearReach {
			return true
		}
		if (sl.textYear || int(f.Value) < sl.year) && !(since && at > fi) && sl.v.namesEvent(ws, at, fi) {
			return true
		}
		if (sl.year == 0 || sl.textYear || int(f.Value) < sl.year) && at < fi && sl.v.yearOpensClause(ws, at) {
			return true // "The last major crash was in 2020, when a flight overshot the runway, killing 21"
		}
		if sl.textYear && (sl.year == 0 || int(f.Value) < sl.year) && !since && abs(at-fi) <= pastYearReach && sl.v.inYear(ws, at) {
			return true // "Thelma, which killed more than 5,100 people in 1991"
		}
	}
	return false
}

// eventYear reports whether the year at word at names an event of its
// own: it qualifies the event's noun ("the 2018 Camp Fire", "the 1960
// tsunami", "a 2017 assault") or opens the sentence ("In 2015, an
// earthquake killed some 9,000 people"). Read when the article's year is
// not known from its date, or the year is before it: a year named so is
// not the date of the day's news.
func (v *Vocab) eventYear(ws []token.Word, at int) bool {
	if at == 1 && ws[0].Low == "in" && ws[at].Mark == ',' {
		return true
	}
	if at == 0 || !v.determiners[ws[at-1].Low] || ws[at].Mark != 0 {
		return false
	}
	for k := at + 1; k < len(ws) && k <= at+3; k++ {
		if _, ok := v.eventKind(ws[k].Low); ok {
			return true
		}
		if ws[k].Mark != 0 {
			return false
		}
	}
	return false
}

// namesEvent reports whether the year at word at names an event of its
// own, near enough to the figure at word fi when an event's noun holds it:
// "the 2018 Camp Fire", "the earthquake of January 2010, which left
// 200,000 dead".
func (v *Vocab) namesEvent(ws []token.Word, at, fi int) bool {
	return v.eventYear(ws, at) || abs(at-fi) <= pastYearReach && v.eventOfYear(ws, at)
}

// eventOfYear reports whether the year at word at is held by an event's
// noun: "the Nimtoli disaster of 2010", "the earthquake of January 2010".
func (v *Vocab) eventOfYear(ws []token.Word, at int) bool {
	if at >= 3 && v.months[ws[at-1].Low] && ws[at-1].Capital {
		at--
	}
	return at >= 2 && ws[at-1].Low == "of" && v.eventWord(ws[at-2].Low)
}

// inYear reports whether the year at word at is a date "in" it: "in
// 1991", "in July 2021".
//
// A whole date is one too: "on October 14, 2017", "on 14 February 2019".
func (v *Vocab) inYear(ws []token.Word, at int) bool {
	k := at - 1
	if k >= 0 && v.months[ws[k].Low] {
		k--
		if k >= 0 && dayNumber(ws[k].Low) {
			return k > 0 && ws[k-1].Low == "on" // "on 14 February 2019"
		}
	} else if k > 0 && dayNumber(ws[k].Low) && v.months[ws[k-1].Low] {
		return k > 1 && ws[k-2].Low == "on" // "on October 14, 2017"
	}
	return k >= 0 && ws[k].Low == "in"
}

// dayNumber reports whether w is the number of a day of a month: "14",
// "3rd".
func dayNumber(w string) bool {
	w = strings.TrimRight(w, "stndrh")
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31
}

// eventWord reports whether the lower-case word w names an event, by its
// kind ("blast", "fires") or as an event's noun ("attack", "raids").
func (v *Vocab) eventWord(w string) bool {
	_, kind := v.eventKind(w)
	return kind || v.eventNoun(w)
}

// pastYearReach is how many words after a figure an earlier year may stand
// and still date it ("killed 1,000 people in a mudslide in August 2017");
// further on it dates something else the sentence goes on to tell ("75
// bodies were buried in the cemetery where victims of the 2017 mudslide
// lie").
const pastYearReach = 16

// superlativeBetween reports whether a superlative stands among words
// [lo, hi): "killed 400, the deadliest since 1990" compares the event with
// the past; without one, "since 1990" sums the past.
func (v *Vocab) superlativeBetween(ws []token.Word, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		w := ws[k].Low
		if v.superlatives[w] || strings.HasSuffix(w, "iest") {
			return true
		}
	}
	return false
}

// ArticleMonth is the month of an article's event, or "" when it names
// none: the month it dates most often by a day ("on October 29", "29
// October"), else the month it names most often. A month that modifies an
// event's noun ("their August assault", "a mid-October attack") is
// another event's and is not counted. (A month that is another word too is
// left out: "May" is also a verb, lang.MeasureLexicon.AmbiguousMonths.)
func (v *Vocab) ArticleMonth(cs []core.Claim) string {
	score := map[string]int{}
	for _, c := range cs {
		for _, m := range v.monthNames {
			score[strings.ToLower(m)] += v.monthScore(c.Sentence.Text, m)
		}
		for a, m := range v.monthAbbrevs {
			score[m] += datedWeight * datedAbbrevs(c.Sentence.Text, a)
		}
	}
	best, most := "", 0
	for _, m := range v.monthOrder {
		if score[m] > most {
			best, most = m, score[m]
		}
	}
	return best
}

// datedAbbrevs counts the times text dates by a day with the month
// abbreviation a, a word of its own with or without a period: "Nov 20",
// "Nov. 20".
func datedAbbrevs(text, a string) int {
	n := 0
	eachIndex(text, a, func(at int) {
		after := strings.TrimLeft(strings.TrimPrefix(text[at+len(a):], "."), " ")
		if (at == 0 || !isAlnum(rune(text[at-1]))) && len(after) < len(text[at+len(a):]) && dayNumber(firstField(after)) {
			n++
		}
	})
	return n
}

// eachIndex calls fn with the offset of each occurrence of sub in text.
func eachIndex(text, sub string, fn func(at int)) {
	for off := 0; ; {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			return
		}
		fn(off + i)
		off += i + len(sub)
	}
}

// datedWeight is how many undated mentions of a month one dated by a day
// outweighs.
const datedWeight = 100

// monthScore counts the times text names month m, a mention dated by a day
// as datedWeight, one that modifies an event's noun not at all.
func (v *Vocab) monthScore(text, m string) int {
	n := 0
	eachIndex(text, m, func(at int) {
		before := strings.TrimRight(text[:at], " ")
		after := strings.TrimLeft(text[at+len(m):], " ")
		switch next := firstField(after); {
		case dayNumber(lastField(before)) || dayNumber(next):
			n += datedWeight
		case strings.HasSuffix(before, "mid-") || v.eventWord(strings.ToLower(next)):
			// "a mid-October attack", "their August assault": another event's
		case before == "In" && strings.HasPrefix(after, ","):
			// "In August, 13 people were killed ...": set apart from the
			// news, told by its days (Slotter.pastWords)
		default:
			n++
		}
	})
	return n
}

// lastField is the last run of letters and digits of s.
func lastField(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !isAlnum(r) })
	return s[i+1:]
}

// firstField is the first run of letters and digits of s.
func firstField(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !isAlnum(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

func isAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// PublishedMonths are the months an article's event may have happened in,
// by the day it was published ("2024-11-09", as claims.PublishedDay gives
// it): the month published, and the one before in the first ten days of a
// month ("in October" of an article of 3 November). None when day is not a
// day.
func (v *Vocab) PublishedMonths(day string) []string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil || len(v.monthOrder) != 12 {
		return nil
	}
	m := int(t.Month()) - 1
	out := []string{v.monthOrder[m]}
	if t.Day() <= publishedMonthDays {
		out = append(out, v.monthOrder[(m+11)%12])
	}
	return out
}

// publishedMonthDays is how many days into a month an article may still
// report an event of the month before.
const publishedMonthDays = 10

// sinceBefore reports whether "since" or "than" stands before offset off,
// across a determiner or a period word ("the deadliest since 2011", "since
// the 1979 revolution", "since the early 1990s" date the comparison, not
// the figure).
func sinceBefore(ws []token.Word, off int) bool {
	for k := wordAt(ws, off) - 1; k >= 0; k-- {
		switch ws[k].Low {
		case "since", "than":
			return true
		case "the", "its", "their", "a", "early", "late", "mid":
			continue
		}
		return false
	}
	return false
}

// sinceEventOf reports whether the year at word at dates an event named
// after "since": "since the Mumbai attacks of 2008", "since the siege in
// 1999". The year ends the event's noun phrase: what follows it ("in
// which more than 160 died") tells of that event.
func (v *Vocab) sinceEventOf(ws []token.Word, at int) bool {
	if at > 3 && v.months[ws[at-1].Low] {
		at-- // "since the floods of August 2018"
	}
	if at < 3 || (ws[at-1].Low != "of" && ws[at-1].Low != "in") {
		return false
	}
	for k := at - 2; k >= 0 && k >= at-6; k-- {
		if ws[k].Mark != 0 {
			return false
		}
		if ws[k].Low == "since" {
			return k < at-2
		}
	}
	return false
}

// YearOf reads the year of a published date ("2024-01-04", "4 Jan 2024"),
// or 0.
func YearOf(published string) int {
	for _, f := range strings.FieldsFunc(published, func(r rune) bool { return r < '0' || r > '9' }) {
		if len(f) == 4 {
			if y, err := strconv.Atoi(f); err == nil && y >= 1900 && y <= 2100 {
				return y
			}
		}
	}
	return 0
}

// earlierReport reports whether the words before the figure at word fi
// give it as an earlier report of the day's count: "Earlier on Sunday, the
// Red Crescent said 500 people had been killed", "initially killing 75",
// "the first reports spoke of 30 dead", "Late on Tuesday night, channels
// were still reporting fewer than 30 deaths", "At a briefing early Monday,
// he said 50 had died".
func (v *Vocab) earlierReport(ws []token.Word, fi int) bool {
	for k := 0; k < fi && k < len(ws); k++ {
		w, next := ws[k].Low, ""
		if k+1 < len(ws) {
			next = ws[k+1].Low
		}
		switch {
		case v.earlierWords[w]:
			if next != "this" && next != "that" && !v.timeSpans[next] && (k == 0 || !v.timeSpans[ws[k-1].Low]) {
				return true // not "earlier this month", "two years earlier"
			}
		case w == "first":
			if v.reportNouns[next] || k > 0 && ws[k-1].Low == "at" {
				return true // "the first reports", "at first"
			}
		case w == "since" && k+2 < fi && v.weekdayNames[next] && ws[k+1].Mark == ',' && ws[k+2].Low == "when":
			return true // "has climbed since Sunday, when an official put it at 24"
		case v.dayEdges[w]:
			if next == "on" || v.weekdayNames[next] {
				return true // "early on Wednesday", "late Tuesday"
			}
		}
	}
	return false
}

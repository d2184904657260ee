package compare

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/crosscheck-news/crosscheck/claims"
)

// anchors are the nights or days a sentence pins its figures to, by sort:
// the night, as a calendar date, from a day of the week with a part of the
// day ("on Thursday night") or "overnight", "last night", "the night
// before", read against the article's date, or as a number ("the fourth
// night"); and, without the article's date, the day's name itself. Years
// and dates in a sentence are no anchor: they often date something else
// than the figure.
// Two figures whose sentences give different times of the same sort report
// different facts: the arrests of one night are not those of the next. A
// calendar night and a numbered night ("#3") are of one sort and never
// equal: a sentence pinned to the third night and one pinned to a date are
// kept apart, since nothing says they are the same night; that may miss a
// pair, but never raises a false alarm.
type anchors map[byte][]string

var partsOfDay = map[string]bool{"night": true, "evening": true, "morning": true, "afternoon": true}

// relativeNight returns how many days before the article's date the
// night a sentence speaks of began: 1 for "overnight" or "last night", 2 for
// "the night before" or "the previous night" (said the morning after the
// next one), 0 when it names none.
func relativeNight(sentence string) int {
	l := strings.ToLower(sentence)
	switch {
	case strings.Contains(l, "overnight") || strings.Contains(l, "last night"):
		return 1
	case strings.Contains(l, "previous night") || strings.Contains(l, "night before"):
		return 2
	}
	return 0
}

// weekdays gives each day's number as time.Weekday does.
var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
	"friday": 5, "saturday": 6,
}

// timeAnchors reads the anchors of a sentence from its words and from its
// figures of kind year, date and ordinal.
func timeAnchors(sentence string, figs []claims.Figure, sentStart int, published string) anchors {
	a := anchors{}
	words := strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) })
	day, dated := time.Parse("2006-01-02", published)
	for k, w := range words {
		// "on Thursday night" dates what happened; "officials said
		// Tuesday" only dates the report, and is no anchor. With the
		// article's date, the night becomes a calendar date.
		lw := strings.ToLower(w)
		wd, isDay := weekdays[lw]
		if isDay && w[0] >= 'A' && w[0] <= 'Z' && k+1 < len(words) && partsOfDay[strings.ToLower(words[k+1])] {
			if dated == nil {
				back := (int(day.Weekday()) - wd + 7) % 7
				a.add('n', day.AddDate(0, 0, -back).Format("2006-01-02"))
			} else {
				a.add('w', lw)
			}
		}
	}
	if dated == nil {
		// "overnight", "last night": the night before the article's date;
		// "the night before", "the previous night": the one before that.
		if back := relativeNight(sentence); back > 0 {
			a.add('n', day.AddDate(0, 0, -back).Format("2006-01-02"))
		}
	}
	for _, f := range figs {
		switch f.Kind {
		case claims.Ordinal:
			rest := strings.ToLower(strings.TrimLeft(sentence[min(max(f.End-sentStart, 0), len(sentence)):], " "))
			if strings.HasPrefix(rest, "night") || strings.HasPrefix(rest, "day") {
				a.add('n', "#"+strconv.FormatFloat(f.Value, 'f', -1, 64))
			}
		}
	}
	return a
}

func (a anchors) add(sort byte, v string) {
	if !slices.Contains(a[sort], v) {
		a[sort] = append(a[sort], v)
	}
}

// apart reports whether two sentences give times of one sort and none in
// common.
func (a anchors) apart(b anchors) bool {
	for sort, xs := range a {
		ys, ok := b[sort]
		if !ok {
			continue
		}
		shared := false
		for _, x := range xs {
			if slices.Contains(ys, x) {
				shared = true
				break
			}
		}
		if !shared {
			return true
		}
	}
	return false
}

// publishedDay is the date part of a published timestamp ("2023-06-30"),
// or "" when there is none.
func publishedDay(p string) string {
	p = strings.TrimSpace(p)
	if len(p) >= 10 && p[4] == '-' && p[7] == '-' {
		return p[:10]
	}
	return p
}

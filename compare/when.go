package compare

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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

// partsOfDay follow a day's name when it dates an event ("Thursday night").
var partsOfDay = []string{"night", "evening", "morning", "afternoon"}

// relativeNight finds the nights a sentence names relative to the day it
// was written: 1 day back for "overnight" or "last night", 2 for "the night
// before" or "the previous night" (said the morning after the next one).
// It returns each with its offset in the sentence.
func relativeNight(sentence string) (back, at []int) {
	// Lower-case ASCII letters only, so that offsets stay those of the
	// sentence.
	l := strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, sentence)
	for _, m := range []struct {
		words string
		back  int
	}{{"overnight", 1}, {"last night", 1}, {"previous night", 2}, {"night before", 2}} {
		for from := 0; ; {
			i := strings.Index(l[from:], m.words)
			if i < 0 {
				break
			}
			back, at = append(back, m.back), append(at, from+i)
			from += i + len(m.words)
		}
	}
	return back, at
}

// weekdays gives each day's number as time.Weekday does.
var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
	"friday": 5, "saturday": 6,
}

// anchorAt is one time a sentence names, at byte offset at.
type anchorAt struct {
	sort  byte
	value string
	at    int
}

// sentenceAnchors reads the times a sentence names: days of the week with
// a part of the day, relative nights (both read against the article's
// date when it has one) and numbered nights or days.
func sentenceAnchors(sentence string, figs []claims.Figure, sentStart int, published string) []anchorAt {
	var out []anchorAt
	day, err := time.Parse("2006-01-02", published)
	dated := err == nil
	for i := 0; i < len(sentence); {
		r, size := utf8.DecodeRuneInString(sentence[i:])
		if !unicode.IsUpper(r) {
			i += size
			continue
		}
		j := i
		for j < len(sentence) {
			r, n := utf8.DecodeRuneInString(sentence[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		w := strings.ToLower(sentence[i:j])
		wd, isDay := weekdays[w]
		if !isDay {
			i = max(j, i+size)
			continue
		}
		next := strings.TrimLeft(sentence[j:], " ")
		next = strings.ToLower(next[:min(len(next), 12)])
		// "on Thursday night" dates what happened; "officials said
		// Tuesday" only dates the report, and is no anchor.
		if isDay && slices.ContainsFunc(partsOfDay, func(p string) bool { return strings.HasPrefix(next, p) }) {
			if dated {
				back := (int(day.Weekday()) - wd + 7) % 7
				out = append(out, anchorAt{'n', day.AddDate(0, 0, -back).Format("2006-01-02"), i})
			} else {
				out = append(out, anchorAt{'w', w, i})
			}
		}
		i = max(j, i+size)
	}
	if dated {
		backs, ats := relativeNight(sentence)
		for k, back := range backs {
			out = append(out, anchorAt{'n', day.AddDate(0, 0, -back).Format("2006-01-02"), ats[k]})
		}
	}
	for _, f := range figs {
		if f.Kind != claims.Ordinal {
			continue
		}
		end := min(max(f.End-sentStart, 0), len(sentence))
		rest := strings.TrimLeft(sentence[end:], " ")
		rest = strings.ToLower(rest[:min(len(rest), 8)])
		if strings.HasPrefix(rest, "night") || strings.HasPrefix(rest, "day") {
			out = append(out, anchorAt{'n', "#" + strconv.FormatFloat(f.Value, 'f', -1, 64), max(f.Start-sentStart, 0)})
		}
	}
	return out
}

// anchorsFor keeps, of each sort, the time named nearest to the figure at
// byte offset at: in "some 45,000 police will be deployed on Saturday
// night, after a fourth night in which 1,311 people were arrested", the
// arrests are the fourth night's.
func anchorsFor(all []anchorAt, at int) anchors {
	a := anchors{}
	best := map[byte]int{}
	for _, x := range all {
		d := x.at - at
		if d < 0 {
			d = -d
		}
		if b, ok := best[x.sort]; !ok || d < b {
			best[x.sort] = d
		}
	}
	for _, x := range all {
		d := x.at - at
		if d < 0 {
			d = -d
		}
		if d == best[x.sort] {
			a.add(x.sort, x.value)
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
		if !slices.ContainsFunc(xs, func(x string) bool { return slices.Contains(ys, x) }) {
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

package compare

import (
	"slices"

	"github.com/crosscheck-news/crosscheck/claims"
)

// anchors are the nights or days a figure's sentence pins it to, by sort,
// as claims reads them ([claims.Figure].When): the night, as a calendar
// date or as a number ("#3"), or, without the article's date, the day's
// name.
// Two figures whose sentences give different times of the same sort report
// different facts: the arrests of one night are not those of the next. A
// calendar night and a numbered night ("#3") are of one sort and never
// equal: a sentence pinned to the third night and one pinned to a date are
// kept apart, since nothing says they are the same night; that may miss a
// pair, but never raises a false alarm.
type anchors map[byte][]string

// anchorsOf groups the times of a figure by sort.
func anchorsOf(when []claims.Anchor) anchors {
	a := anchors{}
	for _, x := range when {
		a.add(x.Sort, x.Value)
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

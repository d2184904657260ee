package qualify

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

// MergeBounds joins a lower and an upper bound stated together into one
// range: "more than 10 and fewer than 20" is (10, 20). figs are the figures
// of sentence s, in order; the result reuses their array.
func MergeBounds(s string, figs []core.Figure) []core.Figure {
	if len(figs) < 2 {
		return figs
	}
	out := figs[:0]
	for i := 0; i < len(figs); i++ {
		if i+1 < len(figs) {
			if m, ok := mergePair(s, figs[i], figs[i+1]); ok {
				out = append(out, m)
				i++
				continue
			}
		}
		out = append(out, figs[i])
	}
	return out
}

// lowerBound reports whether f is a lower bound: "at least 10".
func lowerBound(f core.Figure) bool {
	return f.Qualifier == core.AtLeast || f.Qualifier == core.MoreThan
}

// upperBound reports whether f is an upper bound: "fewer than 20".
func upperBound(f core.Figure) bool {
	return f.Qualifier == core.UpTo || f.Qualifier == core.FewerThan || f.Qualifier == core.Nearly
}

// mergePair joins the bounds a and b, in order in s, when only "and",
// "but" or a comma stands between them.
func mergePair(s string, a, b core.Figure) (core.Figure, bool) {
	var lo, hi core.Figure
	switch {
	case lowerBound(a) && upperBound(b):
		lo, hi = a, b
	case upperBound(a) && lowerBound(b):
		lo, hi = b, a
	default:
		return core.Figure{}, false
	}
	if a.End > b.Start || lo.Value >= hi.Value {
		return core.Figure{}, false
	}
	gap := strings.Trim(s[a.End:b.Start], " \t\n,")
	if gap != "" && !strings.EqualFold(gap, "and") && !strings.EqualFold(gap, "but") {
		return core.Figure{}, false
	}
	iv := core.Interval{Lo: lo.Lo, LoOpen: lo.LoOpen, Hi: hi.Hi, HiOpen: hi.HiOpen}
	kind := a.Kind
	if kind == core.Count {
		kind = b.Kind
	}
	return core.Figure{
		Text:      s[a.Start:b.End],
		Span:      core.Span{Start: a.Start, End: b.End},
		Value:     iv.Lo,
		Interval:  iv,
		Qualifier: core.Range,
		Kind:      kind,
	}, true
}

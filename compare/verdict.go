package compare

import "github.com/crosscheck-news/crosscheck/claims"

// Judge returns the verdict on a set of figures and the pairs of indices
// (i < j) whose intervals are disjoint. Figures from one source should not
// be passed twice: the verdict is about how outlets relate.
//
//   - agree: every figure states the same exact value;
//   - consistent: every two intervals share a point (for intervals on a
//     line, then all of them share one) but the wording differs;
//   - conflict: some two intervals are disjoint.
func Judge(figs []claims.Figure) (Verdict, [][2]int) {
	disjoint := [][2]int{}
	for i := range figs {
		for j := i + 1; j < len(figs); j++ {
			if _, ok := figs[i].Interval.Intersect(figs[j].Interval); !ok {
				disjoint = append(disjoint, [2]int{i, j})
			}
		}
	}
	if len(disjoint) > 0 {
		return Conflict, disjoint
	}
	for _, f := range figs {
		if !f.IsPoint() || f.Lo != figs[0].Lo {
			return Consistent, disjoint
		}
	}
	return Agree, disjoint
}

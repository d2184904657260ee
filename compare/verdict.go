package compare

import "github.com/crosscheck-news/crosscheck/claims"

// Judge returns the verdict on a set of figures and the pairs of indices
// (i < j) whose intervals are disjoint. Figures from one source should not
// be passed twice: the verdict is about how outlets relate.
//
//   - agree: every figure states the same interval: the same exact value,
//     or the same bound in the same words ("more than 1,000" twice, "about
//     50,000" twice);
//   - consistent: every two intervals share a point (for intervals on a
//     line, then all of them share one) but they are not all the same;
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
		if f.Interval != figs[0].Interval {
			return Consistent, disjoint
		}
	}
	return Agree, disjoint
}

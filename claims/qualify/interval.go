package qualify

import (
	"math"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

// Interval returns the interval qualifier q allows around v: tolerance
// widens About, nearlyLower, when > 0, bounds Nearly below (claims.ExtractOptions).
func Interval(q core.Qualifier, v, tolerance, nearlyLower float64) core.Interval {
	inf := math.Inf(1)
	switch q {
	case core.AtLeast:
		return core.Interval{Lo: v, Hi: inf}
	case core.MoreThan:
		return core.Interval{Lo: v, Hi: inf, LoOpen: true}
	case core.Nearly:
		lo := math.Inf(-1)
		if nearlyLower > 0 {
			lo = Tidy(v * (1 - nearlyLower))
			if v < 0 {
				lo = Tidy(v * (1 + nearlyLower))
			}
		}
		return core.Interval{Lo: lo, Hi: v, HiOpen: true}
	case core.About:
		a, b := Tidy(v*(1-tolerance)), Tidy(v*(1+tolerance))
		if a > b {
			a, b = b, a
		}
		return core.Interval{Lo: a, Hi: b}
	case core.UpTo:
		return core.Interval{Lo: math.Inf(-1), Hi: v}
	case core.FewerThan:
		return core.Interval{Lo: math.Inf(-1), Hi: v, HiOpen: true}
	}
	return core.Point(v)
}

// Tidy rounds away the binary noise of a product such as 1.5e6·1.1 at the
// sixth decimal.
func Tidy(x float64) float64 {
	if math.Abs(x) < 1e12 {
		return math.Round(x*1e6) / 1e6
	}
	return x
}

package compare

import "github.com/crosscheck-news/crosscheck/claims"

// unitsAgree reports whether the figures of two items are stated in units
// that can be compared (claims.Comparable): a figure in miles and one in
// kilometres can, one in dollars and one in euros cannot, and a pair that
// cannot is never scored as one fact. Items without a figure agree.
func unitsAgree(a, b *item) bool {
	if a.fig == nil || b.fig == nil {
		return true
	}
	return claims.Comparable(*a.fig, *b.fig)
}

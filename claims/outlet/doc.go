// Package outlet names the news outlet an article states for itself.
//
// A [Registry] knows outlets by their names and maps every variant ("The
// Associated Press", "AP News") to one canonical name ("AP").
// [Registry.Detect] reads an article's text (plain strings: the package
// knows nothing of the claims types) and returns the outlet it states, and
// how it states it.
package outlet

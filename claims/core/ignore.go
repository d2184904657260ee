package core

import (
	"slices"
	"strings"
)

// Ignore is a crosscheck-ignore directive of a Markdown article, an HTML
// comment that silences the findings of `crosscheck check` on the measures
// it names, on the lines it spans and the line after it:
//
//	<!-- crosscheck-ignore: killed -->
//	<!-- crosscheck-ignore: killed, injured -->
//	<!-- crosscheck-ignore -->            (every measure)
type Ignore struct {
	// Line and EndLine are the first and last lines of the comment in the
	// file.
	Line, EndLine int
	// Measures are the measures silenced, lower case; empty for all.
	Measures []string
}

// Ignores reports whether a directive of the article silences a finding
// on measure at line.
func (a *Article) Ignores(measure string, line int) bool {
	if a == nil {
		return false
	}
	for _, ig := range a.Ignore {
		if line < ig.Line || line > ig.EndLine+1 {
			continue
		}
		if len(ig.Measures) == 0 || slices.Contains(ig.Measures, strings.ToLower(measure)) {
			return true
		}
	}
	return false
}

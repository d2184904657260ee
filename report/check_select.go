package report

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/crosscheck-news/crosscheck/compare"
)

// CheckOptions configure the check writers. The zero value prints every
// finding that is not suppressed.
type CheckOptions struct {
	// ToolVersion is the version of crosscheck named in SARIF output.
	ToolVersion string
	// MinSeverity leaves out findings below it: compare.Agree (notice, the
	// default), compare.Consistent (warning) or compare.Conflict (error).
	MinSeverity compare.Verdict
	// MaxFindings caps the findings printed, most severe first, when
	// greater than 0; a closing line says how many were left out.
	MaxFindings int
}

// Selection is what a check prints out of its findings, and what it
// left out.
type Selection struct {
	// Shown are the findings printed, sorted by file, line and column.
	Shown []compare.Finding
	// Suppressed counts the findings silenced by a crosscheck-ignore
	// comment in their article, Below those under MinSeverity and Omitted
	// those over MaxFindings.
	Suppressed, Below, Omitted int
}

// Select applies suppression comments, MinSeverity and MaxFindings to fs.
// Under the cap the most severe findings are kept (then the first in file
// order); the kept ones are in file order.
func Select(fs []compare.Finding, o CheckOptions) Selection {
	var s Selection
	var kept []finding
	for _, f := range prepare(fs) {
		switch {
		case f.Article.Ignores(f.Figure.Measure, f.line):
			s.Suppressed++
		case f.Severity.Rank() < o.MinSeverity.Rank():
			s.Below++
		default:
			kept = append(kept, f)
		}
	}
	if o.MaxFindings > 0 && len(kept) > o.MaxFindings {
		order := make([]int, len(kept))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int {
			return cmp.Compare(kept[b].Severity.Rank(), kept[a].Severity.Rank())
		})
		order = order[:o.MaxFindings]
		slices.Sort(order)
		s.Omitted = len(kept) - len(order)
		capped := make([]finding, len(order))
		for i, k := range order {
			capped[i] = kept[k]
		}
		kept = capped
	}
	s.Shown = make([]compare.Finding, len(kept))
	for i, f := range kept {
		s.Shown[i] = f.Finding
	}
	return s
}

// omittedLine is the closing line of a capped output.
func (s Selection) omittedLine(o CheckOptions) string {
	return fmt.Sprintf("crosscheck: %s left out (--max-findings %d)", plural(s.Omitted, "more finding"), o.MaxFindings)
}

package report

import (
	"bytes"
	"fmt"
	"io"

	"github.com/crosscheck-news/crosscheck/compare"
)

// CheckSummary writes the Markdown summary of a check that GitHub shows on
// a workflow run's page (the file named by GITHUB_STEP_SUMMARY): a heading,
// the number of findings of each severity, those suppressed by a
// crosscheck-ignore comment, below the minimum severity or over the cap,
// then a table of the errors and warnings printed, most severe first.
// Cells are escaped so that they render as their text.
type CheckSummary struct{ Options CheckOptions }

// maxSummaryRows caps the table: a summary is read, not searched.
const maxSummaryRows = 50

// WriteFindings renders the summary of fs.
func (c CheckSummary) WriteFindings(w io.Writer, fs []compare.Finding) error {
	sel := Select(fs, c.Options)
	shown := prepare(sel.Shown)
	count := map[string]int{}
	for _, f := range shown {
		count[f.severity]++
	}
	var b bytes.Buffer
	b.WriteString("## crosscheck\n\n")
	fmt.Fprintf(&b, "%s, %s, %s", plural(count["error"], "error"), plural(count["warning"], "warning"), plural(count["notice"], "notice"))
	if sel.Suppressed > 0 {
		fmt.Fprintf(&b, "; %d suppressed by crosscheck-ignore comments", sel.Suppressed)
	}
	if sel.Below > 0 {
		fmt.Fprintf(&b, "; %d below the minimum severity", sel.Below)
	}
	if sel.Omitted > 0 {
		fmt.Fprintf(&b, "; %d left out (--max-findings %d)", sel.Omitted, c.Options.MaxFindings)
	}
	b.WriteString(".\n\n")
	var rows [][]string
	for _, rank := range []int{2, 1} {
		for _, f := range shown {
			if f.Severity.Rank() == rank && len(rows) < maxSummaryRows {
				rows = append(rows, []string{f.severity, fmt.Sprintf("%s:%d", f.file, f.line), f.message})
			}
		}
	}
	if len(rows) > 0 {
		mdTable(&b, []string{"severity", "where", "finding"}, rows)
	}
	if n := count["error"] + count["warning"] - len(rows); n > 0 {
		fmt.Fprintf(&b, "%s more not listed.\n", plural(n, "finding"))
	}
	return emit(w, "check summary", b.Bytes())
}

package report

import (
	"bytes"
	"fmt"
	"io"

	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/internal/sanitize"
)

// Text renders findings one a line, in the form compilers and editors use:
//
//	file:line:col: severity: message
//
// sorted by file, line and column. The column is 1-based and counts runes
// (Unicode code points) from the start of the figure's line; it is 1 for
// an article whose text sits on one source line (JSON Lines). Severity is
// "error" for a conflict, "warning" for a consistent figure worded
// differently and "notice" for agreement. Line breaks inside a field
// become spaces, so a finding always takes exactly one line. Options select
// the findings (see Select); when some were capped, a last line says how
// many.
type Text struct{ Options CheckOptions }

// WriteFindings renders fs as text diagnostics.
func (t Text) WriteFindings(w io.Writer, fs []compare.Finding) error {
	var b bytes.Buffer
	sel := Select(fs, t.Options)
	for _, f := range prepare(sel.Shown) {
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s\n", sanitize.Line(f.file), f.line, f.col, f.severity, sanitize.Line(f.message))
	}
	if sel.Omitted > 0 {
		fmt.Fprintln(&b, sel.omittedLine(t.Options))
	}
	return emit(w, "text findings", b.Bytes())
}

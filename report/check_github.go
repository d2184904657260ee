package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/internal/sanitize"
)

// GitHub renders findings as GitHub Actions workflow commands, which the
// Actions runner turns into annotations on the files of a pull request:
//
//	::error file=F,line=L,col=C,title=crosscheck%3A killed conflict::MESSAGE
//
// "error" for a conflict, "warning" for a consistent figure worded
// differently, "notice" for agreement; one command a line, sorted by file,
// line and column. Columns are as in Text. Values are escaped as GitHub's
// actions/toolkit does: in the message % \r \n become %25 %0D %0A; in
// property values : and , also become %3A and %2C. Before that every
// value passes through sanitize.Line, so that control characters and
// escape sequences are shown escaped and no "::" or "##[" (a legacy
// command the runner honours anywhere in a line) comes from the input. Options select the
// findings (see Select); when some were capped, a last ::notice says how
// many (GitHub shows 10 annotations of each level per step).
type GitHub struct{ Options CheckOptions }

// WriteFindings renders fs as workflow commands.
func (g GitHub) WriteFindings(w io.Writer, fs []compare.Finding) error {
	var b bytes.Buffer
	sel := Select(fs, g.Options)
	for _, f := range prepare(sel.Shown) {
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,title=%s::%s\n",
			f.severity, ghProperty(f.file), f.line, f.col, ghProperty(f.title), ghData(f.message))
	}
	if sel.Omitted > 0 {
		fmt.Fprintf(&b, "::notice title=crosscheck::%s\n", ghData(sel.omittedLine(g.Options)))
	}
	return emit(w, "github findings", b.Bytes())
}

var (
	ghDataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// ghData escapes a workflow command's message.
func ghData(s string) string { return ghEscape(s, ghDataEscaper) }

// ghProperty escapes a workflow command's property value.
func ghProperty(s string) string { return ghEscape(s, ghPropertyEscaper) }

// ghEscape sanitises each line of s and escapes it with esc, keeping CR
// and LF as the escapes %0D and %0A the runner decodes into line breaks of
// the annotation.
func ghEscape(s string, esc *strings.Replacer) string {
	var b strings.Builder
	for {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			b.WriteString(esc.Replace(sanitize.Line(s)))
			return b.String()
		}
		b.WriteString(esc.Replace(sanitize.Line(s[:i])))
		b.WriteString(esc.Replace(s[i : i+1]))
		s = s[i+1:]
	}
}

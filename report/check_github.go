package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck-news/crosscheck/compare"
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
// property values : and , also become %3A and %2C.
type GitHub struct{}

// WriteFindings renders fs as workflow commands.
func (GitHub) WriteFindings(w io.Writer, fs []compare.Finding) error {
	var b bytes.Buffer
	for _, f := range prepare(fs) {
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,title=%s::%s\n",
			f.severity, ghProperty(f.file), f.line, f.col, ghProperty(f.title), ghData(f.message))
	}
	return emit(w, "github findings", b.Bytes())
}

var (
	ghDataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// ghData escapes a workflow command's message.
func ghData(s string) string { return ghDataEscaper.Replace(s) }

// ghProperty escapes a workflow command's property value.
func ghProperty(s string) string { return ghPropertyEscaper.Replace(s) }

package claims

import (
	"regexp"
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

// directivePattern matches a crosscheck-ignore comment; the submatch is the
// list of measures.
var directivePattern = regexp.MustCompile(`<!--\s*crosscheck-ignore(?:\s*:\s*([^>]*?))?\s*-->`)

// rawDirective is a directive found in a Markdown body: its byte range
// and its arguments.
type rawDirective struct {
	offset, end int
	args        string
}

// ignores turns the directives of a body that starts at byte base of
// content into Ignores with file lines.
func ignores(content string, base int, raw []rawDirective) []Ignore {
	var out []Ignore
	for _, d := range raw {
		ig := Ignore{
			Line:    1 + strings.Count(content[:min(base+d.offset, len(content))], "\n"),
			EndLine: 1 + strings.Count(content[:min(base+d.end, len(content))], "\n"),
		}
		for _, f := range strings.FieldsFunc(d.args, func(r rune) bool { return r == ',' || isSpaceRune(r) }) {
			ig.Measures = append(ig.Measures, strings.ToLower(f))
		}
		out = append(out, ig)
	}
	return out
}

package read

import (
	"regexp"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

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
func ignores(content string, base int, raw []rawDirective) []core.Ignore {
	var out []core.Ignore
	for _, d := range raw {
		ig := core.Ignore{
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

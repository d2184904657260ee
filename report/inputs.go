package report

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/internal/sanitize"
)

// newInputsJSON builds the "inputs" object of r.
func newInputsJSON(r *compare.Result) JSONInputs {
	in := JSONInputs{Problems: []JSONProblem{}, Uncompared: map[string]int{}}
	for _, p := range r.Problems {
		if p == nil {
			continue
		}
		level := "error"
		if p.Warning {
			level = "warning"
		}
		msg := "<nil>"
		if p.Err != nil {
			msg = p.Err.Error()
		}
		in.Problems = append(in.Problems, JSONProblem{Path: p.Path, Line: p.Line, Level: level, Error: msg})
		if isDuplicate(p) {
			in.Duplicates++
		}
	}
	for k, n := range r.Uncompared {
		in.Uncompared[k] = n
	}
	return in
}

// isDuplicate reports whether p is a copy of another article left out.
func isDuplicate(p *claims.InputError) bool {
	return p.Warning && p.Err != nil && strings.HasPrefix(p.Err.Error(), claims.ErrDuplicate.Error())
}

// mdInputs writes the Inputs section of the Markdown report: the inputs
// that failed, then those read with a warning (copies of other articles
// counted apart), then the figures in no group counted by why. Paths and
// messages are sanitised (sanitize.Line) and set in code spans.
func mdInputs(b *bytes.Buffer, r *compare.Result) {
	var errs, warns []*claims.InputError
	dups := 0
	for _, p := range r.Problems {
		switch {
		case p == nil:
		case isDuplicate(p):
			dups++
			warns = append(warns, p)
		case p.Warning:
			warns = append(warns, p)
		default:
			errs = append(errs, p)
		}
	}
	total := 0
	for _, n := range r.Uncompared {
		total += n
	}
	if len(errs)+len(warns) == 0 && total == 0 {
		return
	}
	b.WriteString("## Inputs\n\n")
	if len(errs) > 0 {
		fmt.Fprintf(b, "%s could not be read:\n\n", plural(len(errs), "input"))
		mdProblems(b, errs)
	}
	if len(warns) > 0 {
		copies := "copies of other articles"
		if dups == 1 {
			copies = "copy of another article"
		}
		fmt.Fprintf(b, "%s (%d %s left out):\n\n", plural(len(warns), "warning"), dups, copies)
		mdProblems(b, warns)
	}
	if total > 0 {
		keys := make([]string, 0, len(r.Uncompared))
		for k := range r.Uncompared {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, func(x, y string) int { return cmp.Or(cmp.Compare(r.Uncompared[y], r.Uncompared[x]), cmp.Compare(x, y)) })
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s %d", k, r.Uncompared[k])
		}
		fmt.Fprintf(b, "%s in no group: %s.\n\n", plural(total, "figure"), strings.Join(parts, ", "))
	}
}

// mdProblems writes problems as a list.
func mdProblems(b *bytes.Buffer, ps []*claims.InputError) {
	for _, p := range ps {
		fmt.Fprintf(b, "- %s\n", codeSpan(sanitize.Line(p.Error())))
	}
	b.WriteString("\n")
}

// codeSpan sets s in a Markdown code span, with a fence longer than any
// run of backticks in s.
func codeSpan(s string) string {
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

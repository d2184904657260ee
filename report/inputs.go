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

// inputsView is what the Inputs section of a report says.
type inputsView struct {
	// Errors and Warnings are the inputs that failed and those read with
	// a warning, each as its sanitised message (sanitize.Line).
	Errors, Warnings []string
	// ErrorsLine and WarningsLine introduce the two lists.
	ErrorsLine, WarningsLine string
	// Uncompared counts the figures in no group by why: "111 figures in
	// no group: one outlet 28, year 27." ("" when none).
	Uncompared string
}

// newInputsView builds the Inputs section of r: the inputs that failed,
// then those read with a warning (copies of other articles counted apart),
// then the figures in no group counted by why.
func newInputsView(r *compare.Result) inputsView {
	var v inputsView
	dups := 0
	for _, p := range r.Problems {
		switch {
		case p == nil:
		case p.Warning:
			if isDuplicate(p) {
				dups++
			}
			v.Warnings = append(v.Warnings, sanitize.Line(p.Error()))
		default:
			v.Errors = append(v.Errors, sanitize.Line(p.Error()))
		}
	}
	if len(v.Errors) > 0 {
		v.ErrorsLine = fmt.Sprintf("%s could not be read:", plural(len(v.Errors), "input"))
	}
	if len(v.Warnings) > 0 {
		copies := "copies of other articles"
		if dups == 1 {
			copies = "copy of another article"
		}
		v.WarningsLine = fmt.Sprintf("%s (%d %s left out):", plural(len(v.Warnings), "warning"), dups, copies)
	}
	total := 0
	for _, n := range r.Uncompared {
		total += n
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
		v.Uncompared = fmt.Sprintf("%s in no group: %s.", plural(total, "figure"), strings.Join(parts, ", "))
	}
	return v
}

// Empty reports whether the section has nothing to say.
func (v inputsView) Empty() bool {
	return len(v.Errors)+len(v.Warnings) == 0 && v.Uncompared == ""
}

// mdInputs writes the Inputs section of the Markdown report; paths and
// messages are set in code spans.
func mdInputs(b *bytes.Buffer, r *compare.Result) {
	v := newInputsView(r)
	if v.Empty() {
		return
	}
	b.WriteString("## Inputs\n\n")
	if len(v.Errors) > 0 {
		b.WriteString(v.ErrorsLine + "\n\n")
		mdProblems(b, v.Errors)
	}
	if len(v.Warnings) > 0 {
		b.WriteString(v.WarningsLine + "\n\n")
		mdProblems(b, v.Warnings)
	}
	if v.Uncompared != "" {
		b.WriteString(md(v.Uncompared) + "\n\n")
	}
}

// mdProblems writes problems as a list.
func mdProblems(b *bytes.Buffer, ps []string) {
	for _, p := range ps {
		fmt.Fprintf(b, "- %s\n", codeSpan(p))
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

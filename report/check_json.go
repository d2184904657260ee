package report

import (
	"fmt"
	"io"

	"github.com/crosscheck-news/crosscheck/compare"
)

// CheckSchema names the JSON check format and its version.
const CheckSchema = "crosscheck/check/v1"

// CheckJSON renders findings as JSON (schema "crosscheck/check/v1"):
//
//	{"schema": "crosscheck/check/v1", "findings": [{
//	  "file", "line", "column", "severity", "verdict", "unreferenced" (only when true),
//	  "measure", "group",
//	  "figure": {figure…},
//	  "others": [{figure…, "file", "disjoint"}],
//	  "message"}]}
//
// Findings are sorted as in Text; severity is "error", "warning" or
// "notice" and verdict how the figure relates to the others (the
// compare.Verdict of Finding.Relation); unreferenced is true when the
// others are new articles because no reference article states the fact. A figure is the
// figure object of the JSON report; an "other" adds its file and whether
// its interval is disjoint from the finding's figure. Lists are [] when
// empty. Output is indented by two spaces and ends with a newline.
//
// Options select the findings (see Select); "suppressed" and "omitted"
// count those silenced by a comment and those over the cap, and are left
// out when 0.
type CheckJSON struct{ Options CheckOptions }

// WriteFindings renders fs as the JSON check document.
func (c CheckJSON) WriteFindings(w io.Writer, fs []compare.Finding) error {
	b, err := marshal(NewJSONCheck(fs, c.Options))
	if err != nil {
		return fmt.Errorf("render json findings: %w", err)
	}
	return emit(w, "json findings", b)
}

// NewJSONCheck builds the JSON check document of the findings opts
// selects (see CheckJSON).
func NewJSONCheck(fs []compare.Finding, opts CheckOptions) JSONCheck {
	sel := Select(fs, opts)
	prepared := prepare(sel.Shown)
	doc := JSONCheck{Schema: CheckSchema, Findings: make([]JSONFinding, 0, len(prepared)),
		Suppressed: sel.Suppressed, Omitted: sel.Omitted}
	for _, f := range prepared {
		fj := JSONFinding{
			File:         f.file,
			Line:         f.line,
			Column:       f.col,
			Severity:     f.severity,
			Verdict:      string(f.relation),
			Unreferenced: f.Unreferenced,
			Measure:      f.Figure.Measure,
			Group:        f.GroupID,
			Figure:       newFigureJSON(f.Member).JSONFigure,
			Others:       make([]JSONOther, 0, len(f.Others)),
			Message:      f.message,
		}
		for j, o := range f.Others {
			fj.Others = append(fj.Others, JSONOther{
				JSONFigure: newFigureJSON(o).JSONFigure,
				File:       articleSource(o.Article),
				Disjoint:   f.disjoint[j],
			})
		}
		doc.Findings = append(doc.Findings, fj)
	}
	return doc
}

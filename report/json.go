package report

import (
	_ "embed"
	"fmt"
	"io"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// ReportSchema names the JSON report format and its version.
const ReportSchema = "crosscheck/report/v1"

// JSON renders a result as the JSON report, the stable contract for
// programs (schema "crosscheck/report/v1"):
//
//	{"schema", "articles": [{"id","outlet","outlet_from","title","source","published","url"}],
//	 "stories": [{"id","title","articles","outlets","first","last","groups"}],
//	 "groups": [{"id","story","measure","verdict","outlets","disjoint","figures"}],
//	 "facts": [{"id","outlets","statements": [{"article","outlet","sentence","line"}]}],
//	 "single": [figure…],
//	 "inputs": {"problems": [{"path","line","level","error"}], "duplicates", "uncompared": {reason: n}}}
//
// A figure is {"article","outlet","text","value","lo","hi","lo_open",
// "hi_open","qualifier","kind","unit","measure","sentence","line","source",
// "published","url"}, where line is the figure's line in its source and
// published and url (the article's) are left out when unknown. An unbounded end is null (and open); a
// value that is not a finite number is null. An unattributed outlet is "".
// "outlet_from" says how the outlet was found: "metadata", "flag",
// "folder", "file", "byline", "dateline", "site", "credit", "interview",
// or "" when unattributed.
// Lists are [] when empty, never null. "disjoint" holds the pairs of member
// indices of a group whose intervals have no common point. Output is
// indented by two spaces and ends with a newline; characters such as < and
// & are written as they are, not as \u escapes. "inputs" lists every input
// that failed ("level": "error") or was read with a warning, counts the
// copies of other articles left out, and counts the figures in no group by
// why (their kind, "no measure", "lone one", "one outlet").
type JSON struct{}

// Write renders r as the JSON report. A nil result renders as an empty one.
func (JSON) Write(w io.Writer, r *compare.Result) error {
	b, err := marshalReport(NewJSONReport(r))
	if err != nil {
		return fmt.Errorf("render json report: %w", err)
	}
	return emit(w, "json report", b)
}

// NewJSONReport builds the JSON report of r (see JSON). A nil result gives
// an empty report.
func NewJSONReport(r *compare.Result) JSONReport {
	if r == nil {
		r = &compare.Result{}
	}
	doc := JSONReport{
		Schema:   ReportSchema,
		Articles: make([]JSONArticle, 0, len(r.Articles)),
		Stories:  make([]JSONStory, 0, len(r.Stories)),
		Groups:   make([]JSONGroup, 0, len(r.Groups)),
		Facts:    make([]JSONFact, 0, len(r.Facts)),
		Single:   make([]JSONMember, 0, len(r.Single)),
		Inputs:   newInputsJSON(r),
	}
	for _, a := range r.Articles {
		if a == nil {
			continue
		}
		doc.Articles = append(doc.Articles, JSONArticle{ID: a.ID, Outlet: a.Outlet, OutletFrom: a.OutletFrom, Title: a.Title,
			Source: a.Source, Published: a.Published, URL: a.URL})
	}
	for _, st := range r.Stories {
		sj := JSONStory{ID: st.ID, Title: st.Title, Articles: make([]string, 0, len(st.Articles)),
			Outlets: strs(st.Outlets), First: st.First, Last: st.Last, Groups: strs(st.Groups)}
		for _, a := range st.Articles {
			sj.Articles = append(sj.Articles, articleID(a))
		}
		doc.Stories = append(doc.Stories, sj)
	}
	for _, g := range r.Groups {
		gj := JSONGroup{
			ID:       g.ID,
			Story:    g.Story,
			Measure:  g.Measure,
			Verdict:  string(g.Verdict),
			Outlets:  strs(g.Outlets),
			Disjoint: make([][2]int, 0, len(g.Disjoint)),
			Figures:  make([]JSONMember, 0, len(g.Members)),
		}
		gj.Disjoint = append(gj.Disjoint, g.Disjoint...)
		for _, m := range g.Members {
			gj.Figures = append(gj.Figures, newFigureJSON(m))
		}
		doc.Groups = append(doc.Groups, gj)
	}
	for _, f := range r.Facts {
		fj := JSONFact{ID: f.ID, Outlets: strs(f.Outlets), Statements: make([]JSONStatement, 0, len(f.Statements))}
		for _, s := range f.Statements {
			fj.Statements = append(fj.Statements, JSONStatement{
				Article:  articleID(s.Article),
				Outlet:   articleOutlet(s.Article),
				Sentence: s.Sentence.Text,
				Line:     s.Sentence.Line,
			})
		}
		doc.Facts = append(doc.Facts, fj)
	}
	for _, m := range r.Single {
		doc.Single = append(doc.Single, newFigureJSON(m))
	}
	return doc
}

// newFigureJSON converts a group member or single claim.
func newFigureJSON(m compare.Member) JSONMember {
	a := m.Article
	if a == nil {
		a = &claims.Article{}
	}
	r := Record(a, m.Sentence, m.Figure)
	r.Line = memberLine(m)
	return JSONMember{JSONFigure: r, Source: articleSource(a), Published: a.Published, URL: a.URL}
}

// strs returns a copy of ss that is never nil, so that it encodes as [].
func strs(ss []string) []string {
	return append(make([]string, 0, len(ss)), ss...)
}

// marshal encodes v indented by two spaces, without HTML escaping, with a
// trailing newline.
func marshal(v any) ([]byte, error) {
	compact, err := compactJSON(v)
	if err != nil {
		return nil, err
	}
	compact = append(compact, '\n')
	return appendIndented(make([]byte, 0, len(compact)*3/2), compact), nil
}

//go:embed report.schema.json
var reportSchema []byte

// ReportJSONSchema returns the JSON Schema (draft 2020-12) of the JSON
// report, as `crosscheck schema report` prints it. Each call returns a new
// copy.
func ReportJSONSchema() []byte {
	return append([]byte(nil), reportSchema...)
}

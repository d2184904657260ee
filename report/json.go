package report

import (
	"bytes"
	"encoding/json"
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
// "hi_open","qualifier","kind","unit","measure","sentence","line"}, where line is
// the figure's line in its source. An unbounded end is null (and open); a
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

type reportJSON struct {
	Schema   string        `json:"schema"`
	Articles []articleJSON `json:"articles"`
	Stories  []storyJSON   `json:"stories"`
	Groups   []groupJSON   `json:"groups"`
	Facts    []factJSON    `json:"facts"`
	Single   []figureJSON  `json:"single"`
	Inputs   inputsJSON    `json:"inputs"`
}

type articleJSON struct {
	ID     string `json:"id"`
	Outlet string `json:"outlet"`
	// OutletFrom says how the outlet was found (claims.Article.OutletFrom).
	OutletFrom string `json:"outlet_from"`
	Title      string `json:"title"`
	Source     string `json:"source"`
	Published  string `json:"published,omitempty"`
	URL        string `json:"url,omitempty"`
}

// storyJSON is one story: the articles that report one event.
type storyJSON struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Articles []string `json:"articles"`
	Outlets  []string `json:"outlets"`
	First    string   `json:"first,omitempty"`
	Last     string   `json:"last,omitempty"`
	Groups   []string `json:"groups"`
}

type groupJSON struct {
	ID       string       `json:"id"`
	Story    string       `json:"story"`
	Measure  string       `json:"measure"`
	Verdict  string       `json:"verdict"`
	Outlets  []string     `json:"outlets"`
	Disjoint [][2]int     `json:"disjoint"`
	Figures  []figureJSON `json:"figures"`
}

type factJSON struct {
	ID         string          `json:"id"`
	Outlets    []string        `json:"outlets"`
	Statements []statementJSON `json:"statements"`
}

type statementJSON struct {
	Article  string `json:"article"`
	Outlet   string `json:"outlet"`
	Sentence string `json:"sentence"`
	Line     int    `json:"line"`
}

// figureJSON is the figure object of the claims stream (claims.Record):
// one JSON shape for a figure in every output.
type figureJSON = claims.FigureRecord

// Write renders r as the JSON report. A nil result renders as an empty one.
func (JSON) Write(w io.Writer, r *compare.Result) error {
	if r == nil {
		r = &compare.Result{}
	}
	doc := reportJSON{
		Schema:   ReportSchema,
		Articles: make([]articleJSON, 0, len(r.Articles)),
		Stories:  make([]storyJSON, 0, len(r.Stories)),
		Groups:   make([]groupJSON, 0, len(r.Groups)),
		Facts:    make([]factJSON, 0, len(r.Facts)),
		Single:   make([]figureJSON, 0, len(r.Single)),
		Inputs:   newInputsJSON(r),
	}
	for _, a := range r.Articles {
		if a == nil {
			continue
		}
		doc.Articles = append(doc.Articles, articleJSON{ID: a.ID, Outlet: a.Outlet, OutletFrom: a.OutletFrom, Title: a.Title,
			Source: a.Source, Published: a.Published, URL: a.URL})
	}
	for _, st := range r.Stories {
		sj := storyJSON{ID: st.ID, Title: st.Title, Articles: make([]string, 0, len(st.Articles)),
			Outlets: strs(st.Outlets), First: st.First, Last: st.Last, Groups: strs(st.Groups)}
		for _, a := range st.Articles {
			sj.Articles = append(sj.Articles, articleID(a))
		}
		doc.Stories = append(doc.Stories, sj)
	}
	for _, g := range r.Groups {
		gj := groupJSON{
			ID:       g.ID,
			Story:    g.Story,
			Measure:  g.Measure,
			Verdict:  string(g.Verdict),
			Outlets:  strs(g.Outlets),
			Disjoint: make([][2]int, 0, len(g.Disjoint)),
			Figures:  make([]figureJSON, 0, len(g.Members)),
		}
		gj.Disjoint = append(gj.Disjoint, g.Disjoint...)
		for _, m := range g.Members {
			gj.Figures = append(gj.Figures, newFigureJSON(m))
		}
		doc.Groups = append(doc.Groups, gj)
	}
	for _, f := range r.Facts {
		fj := factJSON{ID: f.ID, Outlets: strs(f.Outlets), Statements: make([]statementJSON, 0, len(f.Statements))}
		for _, s := range f.Statements {
			fj.Statements = append(fj.Statements, statementJSON{
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
	b, err := marshal(doc)
	if err != nil {
		return fmt.Errorf("render json report: %w", err)
	}
	return emit(w, "json report", b)
}

// newFigureJSON converts a group member or single claim.
func newFigureJSON(m compare.Member) figureJSON {
	a := m.Article
	if a == nil {
		a = &claims.Article{}
	}
	r := claims.Record(a, m.Sentence, m.Figure)
	r.Line = memberLine(m)
	return r
}

// strs returns a copy of ss that is never nil, so that it encodes as [].
func strs(ss []string) []string {
	return append(make([]string, 0, len(ss)), ss...)
}

// marshal encodes v indented by two spaces, without HTML escaping, with a
// trailing newline.
func marshal(v any) ([]byte, error) {
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return appendIndented(make([]byte, 0, compact.Len()*3/2), compact.Bytes()), nil
}

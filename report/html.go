package report

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

//go:embed templates/report.html
var htmlTemplates embed.FS

// HTML renders a result as one self-contained HTML page (Go's
// html/template; inline CSS and SVG, no script, font, style sheet or image
// from outside the file): the same content as the Markdown report, with an
// SVG interval plot per group (outlets on rows, one shared axis, open ends
// as hollow circles, unbounded ends as arrows, the gap of a pair that
// cannot both be true in red) and, where the articles are dated, each
// outlet's figure over time. It reads on a phone (the tables scroll, the
// plots scale) and prints (no backgrounds, a group is not split across
// pages). Links to articles are plain anchors to their http(s) URL.
// Options apply as in Markdown.
type HTML struct{ Options Options }

// htmlFuncs are the template's functions: num writes a coordinate with
// at most one decimal, add adds two.
func htmlFuncs() template.FuncMap {
	return template.FuncMap{
		"num": func(v float64) string { return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64) },
		"add": func(a, b float64) float64 { return a + b },
	}
}

// htmlDoc is what the template writes.
type htmlDoc struct {
	Summary      string
	Legend       bool
	Compact      bool
	Stories      []htmlStory
	Quiet        string
	Facts        []htmlFact
	Single       []htmlMember
	Coverage     htmlTable
	Unattributed htmlTable
	Hint         string
	Inputs       inputsView
}

// htmlStory is a story section; a story of groups that name no known
// story is "Other groups", without an ID.
type htmlStory struct {
	ID, Title, Meta string
	Articles        []htmlArticle
	Sections        []htmlSection
}

// htmlTable is a table of plain-text cells.
type htmlTable struct {
	Head []string
	Rows [][]string
}

type htmlArticle struct{ Outlet, URL, Published string }

type htmlSection struct {
	Title  string
	Groups []htmlGroup
}

type htmlGroup struct {
	groupView
	Plot    intervalPlot
	Time    timePlot
	HasTime bool
	// Compact lists the figures on one line, in the compact report.
	Compact string
}

type htmlMember struct {
	memberView
	Measure string
}

type htmlFact struct {
	ID, Outlets string
	Rows        []htmlMember
}

// Write renders r as the HTML report. A nil result renders as an empty
// one.
func (h HTML) Write(w io.Writer, r *compare.Result) error {
	if r == nil {
		r = &compare.Result{}
	}
	t, err := template.New("report.html").Funcs(htmlFuncs()).ParseFS(htmlTemplates, "templates/report.html")
	if err != nil {
		return fmt.Errorf("html report template: %w", err)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, newHTMLDoc(r, h.Options)); err != nil {
		return fmt.Errorf("render html report: %w", err)
	}
	return emit(w, "html report", b.Bytes())
}

// newHTMLDoc builds the page of r.
func newHTMLDoc(r *compare.Result, o Options) htmlDoc {
	d := htmlDoc{Summary: summaryText(r), Legend: len(r.Groups) > 0, Compact: o.Compact, Hint: unattributedHint,
		Inputs: newInputsView(r)}
	sections, other, quiet := storySections(r, o)
	for _, sec := range sections {
		st := sec.Story
		hs := htmlStory{ID: st.ID, Title: flatten(storyName(st)), Meta: storyMeta(st), Sections: htmlSections(sec.Groups, o)}
		for _, a := range st.Articles {
			if a != nil {
				hs.Articles = append(hs.Articles, htmlArticle{Outlet: outletName(a.Outlet), URL: webURL(a.URL), Published: flatten(a.Published)})
			}
		}
		d.Stories = append(d.Stories, hs)
	}
	if len(other) > 0 {
		d.Stories = append(d.Stories, htmlStory{Title: "Other groups", Sections: htmlSections(other, o)})
	}
	d.Quiet = quietLine(quiet)
	if !o.Compact {
		d.Facts = htmlFacts(r.Facts, o)
		v := newGroupView(compare.Group{Members: r.Single}, o)
		for i, m := range v.Members {
			d.Single = append(d.Single, htmlMember{memberView: m, Measure: flatten(r.Single[i].Figure.Measure)})
		}
		if len(r.Groups) > 0 {
			d.Coverage = htmlTable{Head: coverageHeader, Rows: coverageRows(r)}
		}
	}
	d.Unattributed = htmlTable{Head: []string{"Article", "Title", "Source"}, Rows: unattributedRows(r.Articles, o)}
	return d
}

// htmlSections sorts groups into the verdict sections o keeps.
func htmlSections(gs []compare.Group, o Options) []htmlSection {
	var out []htmlSection
	for _, s := range verdictSections {
		if !o.keeps(s.verdict) {
			continue
		}
		sec := htmlSection{Title: s.title}
		for _, g := range gs {
			if g.Verdict.Rank() != s.verdict.Rank() {
				continue
			}
			v := newGroupView(g, o)
			hg := htmlGroup{groupView: v}
			if o.Compact {
				hg.Compact = compactFigures(v)
			} else {
				hg.Plot = newIntervalPlot(v)
				hg.Time, hg.HasTime = newTimePlot(v)
			}
			sec.Groups = append(sec.Groups, hg)
		}
		out = append(out, sec)
	}
	return out
}

// compactFigures lists a group's figures on one line, each outlet's
// figure once: "AP 139 ✗, Reuters more than 140 ✗".
func compactFigures(v groupView) string {
	var figs []string
	for _, m := range v.Members {
		f := m.Outlet + " " + m.Plain
		if m.Disjoint {
			f += " ✗"
		}
		if !slices.Contains(figs, f) {
			figs = append(figs, f)
		}
	}
	return strings.Join(figs, ", ")
}

// htmlFacts builds the corroborated facts.
func htmlFacts(facts []compare.Fact, o Options) []htmlFact {
	out := make([]htmlFact, 0, len(facts))
	for _, f := range facts {
		hf := htmlFact{ID: f.ID}
		for i, n := range f.Outlets {
			if i > 0 {
				hf.Outlets += ", "
			}
			hf.Outlets += outletName(n)
		}
		for _, s := range f.Statements {
			m := memberView{Outlet: outletName(articleOutlet(s.Article)), Before: shortenEnd(flatten(s.Sentence.Text)),
				Source: o.sourceLine(s.Article, s.Sentence.Line)}
			if s.Article != nil {
				m.URL = webURL(s.Article.URL)
			}
			hf.Rows = append(hf.Rows, htmlMember{memberView: m})
		}
		out = append(out, hf)
	}
	return out
}

// unattributedRows are the articles without an outlet: id, title, source.
func unattributedRows(arts []*claims.Article, o Options) [][]string {
	var rows [][]string
	for _, a := range arts {
		if a != nil && a.Outlet == "" {
			rows = append(rows, []string{flatten(a.ID), flatten(a.Title), o.sourceLine(a, a.Line)})
		}
	}
	return rows
}

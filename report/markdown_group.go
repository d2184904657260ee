package report

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/compare"
)

// mdGroup writes one figure group with a heading at level h: the
// headline, the pairs that cannot both be true, the text strip and the
// table.
func mdGroup(b *bytes.Buffer, v groupView, h string) {
	fmt.Fprintf(b, "%s %s — %s\n\n", h, md(v.ID), md(v.Headline))
	if len(v.Pairs) > 0 {
		pairs := make([]string, len(v.Pairs))
		for i, p := range v.Pairs {
			pairs[i] = md(p)
		}
		fmt.Fprintf(b, "Cannot both be true: %s.\n\n", strings.Join(pairs, "; "))
	}
	b.WriteString("```text\n")
	b.WriteString(textStrip(v))
	b.WriteString("```\n\n")
	header := []string{"Outlet", "Figure", "Quote", "Source"}
	if v.Dated {
		header = []string{"Outlet", "Figure", "Quote", "Published", "Source"}
	}
	rows := make([][]string, len(v.Members))
	for i, m := range v.Members {
		rows[i] = []string{mdLink(md(m.Outlet), m.URL), md(m.Plain), mdQuote(m), md(m.Source)}
		if v.Dated {
			rows[i] = []string{rows[i][0], rows[i][1], rows[i][2], md(m.Published), rows[i][3]}
		}
	}
	mdRawTable(b, header, rows)
}

// mdGroupLine writes a group as one list item, for the compact report:
// "- g1 — Killed: 139 to more than 140 across 4 outlets: AP 139 ✗, …".
func mdGroupLine(b *bytes.Buffer, v groupView) {
	fmt.Fprintf(b, "- %s — %s: %s\n", md(v.ID), md(v.Headline), md(compactFigures(v)))
}

// mdQuote writes a member's shortened quote with its figure in bold.
func mdQuote(m memberView) string {
	if m.Figure == "" {
		return md(m.Before)
	}
	// Escaped text keeps its edge spaces: md flattens, which trims them.
	before, after := md(m.Before), md(m.After)
	if strings.HasSuffix(m.Before, " ") {
		before += " "
	}
	if strings.HasPrefix(m.After, " ") {
		after = " " + after
	}
	return before + "**" + md(m.Figure) + "**" + after
}

// mdLink links text to u when u is an http(s) URL (see webURL), and
// returns text alone otherwise. In the address, spaces, control and
// non-ASCII bytes are percent-encoded and the punctuation that could end
// the link or a table cell, or start an entity, is backslash-escaped.
func mdLink(text, u string) string {
	u = webURL(u)
	if u == "" {
		return text
	}
	var dest strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c <= ' ' || c >= 0x7f:
			fmt.Fprintf(&dest, "%%%02X", c)
			continue
		case strings.IndexByte(mdURLSpecial, c) >= 0:
			dest.WriteByte('\\')
		}
		dest.WriteByte(c)
	}
	return "[" + text + "](" + dest.String() + ")"
}

// mdURLSpecial are the bytes escaped in a link's address.
const mdURLSpecial = "\\()<>[]|&`"

// mdFacts writes the corroborated facts.
func mdFacts(b *bytes.Buffer, facts []compare.Fact, o Options) {
	b.WriteString("## Corroborated facts\n\n")
	if len(facts) == 0 {
		b.WriteString("None.\n\n")
		return
	}
	for _, f := range facts {
		names := make([]string, len(f.Outlets))
		for i, n := range f.Outlets {
			names[i] = md(outletName(n))
		}
		fmt.Fprintf(b, "### %s — %s\n\n", md(f.ID), strings.Join(names, ", "))
		rows := make([][]string, len(f.Statements))
		for i, s := range f.Statements {
			url := ""
			if s.Article != nil {
				url = s.Article.URL
			}
			rows[i] = []string{
				mdLink(md(outletName(articleOutlet(s.Article))), url),
				md(shortenEnd(flatten(s.Sentence.Text))),
				md(o.sourceLine(s.Article, s.Sentence.Line)),
			}
		}
		mdRawTable(b, []string{"Outlet", "Sentence", "Source"}, rows)
	}
}

// mdSingle writes the single-outlet claims.
func mdSingle(b *bytes.Buffer, single []compare.Member, o Options) {
	b.WriteString("## Single-outlet claims\n\n")
	if len(single) == 0 {
		b.WriteString("None.\n\n")
		return
	}
	v := newGroupView(compare.Group{Members: single}, o)
	rows := make([][]string, len(v.Members))
	for i, m := range v.Members {
		rows[i] = []string{mdLink(md(m.Outlet), m.URL), md(single[i].Figure.Measure), md(m.Plain), mdQuote(m), md(m.Source)}
	}
	mdRawTable(b, []string{"Outlet", "Measure", "Figure", "Quote", "Source"}, rows)
}

// mdCoverage writes, per outlet, how many articles it has and the
// figures it gives in groups (see coverageRows).
func mdCoverage(b *bytes.Buffer, r *compare.Result) {
	b.WriteString("## Coverage\n\n")
	if len(r.Groups) == 0 {
		b.WriteString("None.\n\n")
		return
	}
	mdTable(b, coverageHeader, coverageRows(r))
}

// coverageHeader is the header of the coverage table.
var coverageHeader = []string{"Outlet", "Articles", "Figures in groups"}

// coverageRows are the rows of the coverage table: per outlet (sorted,
// "unattributed" last; outlets of articles that are in no group
// included), how many articles it has and the figures it gives in groups:
// "g1 killed 139; g4 injured 182".
func coverageRows(r *compare.Result) [][]string {
	articles := map[string]int{}
	figures := map[string][]string{}
	for _, a := range r.Articles {
		if a != nil {
			articles[a.Outlet]++
		}
	}
	for _, g := range r.Groups {
		for _, m := range g.Members {
			o := articleOutlet(m.Article)
			figures[o] = append(figures[o], fmt.Sprintf("%s %s %s", g.ID, g.Measure, plainFigure(m.Figure)))
		}
	}
	outlets := make([]string, 0, len(articles)+len(figures))
	for o := range articles {
		outlets = append(outlets, o)
	}
	for o := range figures {
		if _, ok := articles[o]; !ok {
			outlets = append(outlets, o)
		}
	}
	slices.SortFunc(outlets, func(x, y string) int {
		switch {
		case x == y:
			return 0
		case x == "":
			return 1
		case y == "":
			return -1
		}
		return strings.Compare(x, y)
	})
	rows := make([][]string, len(outlets))
	for i, o := range outlets {
		rows[i] = []string{outletName(o), fmt.Sprint(articles[o]), strings.Join(figures[o], "; ")}
	}
	return rows
}

package report

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	gmhtml "github.com/yuin/goldmark/renderer/html"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// parsed is what goldmark sees in a Markdown document.
type parsed struct {
	headings []string     // "## s1 — …", "### Conflicts", "#### g1 — killed (conflict)", …
	tables   [][][]string // table, row (header first), cell text
	// paragraphs holds the plain text of top-level paragraphs.
	paragraphs []string
	// markup lists inline nodes other than plain text found in table cells,
	// headings and paragraphs: emphasis, links, raw HTML, code, …
	markup []string
}

// parseMarkdown parses md as GitHub does (GFM tables and strikethrough) and
// collects its headings, tables and paragraphs as plain text.
func parseMarkdown(t testing.TB, md []byte) parsed {
	t.Helper()
	gm := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
	doc := gm.Parser().Parse(text.NewReader(md))
	var p parsed
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Heading:
			p.headings = append(p.headings, strings.Repeat("#", n.Level)+" "+inlineText(n, md, &p.markup))
		case *ast.Paragraph:
			p.paragraphs = append(p.paragraphs, inlineText(n, md, &p.markup))
		case *extast.Table:
			var rows [][]string
			for r := n.FirstChild(); r != nil; r = r.NextSibling() {
				var row []string
				for c := r.FirstChild(); c != nil; c = c.NextSibling() {
					require.IsType(t, &extast.TableCell{}, c)
					row = append(row, inlineText(c, md, &p.markup))
				}
				rows = append(rows, row)
			}
			p.tables = append(p.tables, rows)
		default:
			p.markup = append(p.markup, "block "+n.Kind().String())
		}
	}
	return p
}

// inlineText returns the text a browser shows for the inline children of
// n: escapes resolved, entities decoded. Any child that is not plain text
// is recorded in markup.
func inlineText(n ast.Node, src []byte, markup *[]string) string {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			gmhtml.DefaultWriter.Write(w, c.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				*markup = append(*markup, "line break")
			}
		case *ast.String:
			gmhtml.DefaultWriter.Write(w, c.Value)
		default:
			*markup = append(*markup, c.Kind().String())
		}
	}
	_ = w.Flush()
	return html.UnescapeString(buf.String())
}

func TestMarkdownParsesAsWritten(t *testing.T) {
	fx := newFixture()
	var b bytes.Buffer
	require.NoError(t, Markdown{}.Write(&b, fx.result))
	p := parseMarkdown(t, b.Bytes())

	assert.Empty(t, p.markup, "quoted text must not turn into markup")
	assert.Equal(t, []string{
		"# crosscheck report",
		"## s1 — Dam failure leaves valley under water",
		"### Conflicts",
		"#### g1 — killed (conflict)",
		"### Consistent",
		"#### g2 — injured (consistent)",
		"### Agreeing",
		"#### g3 — missing (agree)",
		"## Corroborated facts",
		"### f1 — AP, Reuters",
		"## Single-outlet claims",
		"## Coverage",
	}, p.headings)
	assert.Contains(t, p.paragraphs, "Disjoint: AP 139 vs Reuters more than 140.")
	assert.Contains(t, p.paragraphs, "4 articles from 4 outlets, published 2024-09-15 to 2024-09-16.")
	assert.Contains(t, p.paragraphs, "1 other story without figures that two outlets give.")

	// Expected tables, built from the fixture's own values: every cell must
	// come back from the parser exactly as the text it quotes (flattened).
	row := func(m compare.Member) []string {
		return []string{outletName(m.Article.Outlet), m.Figure.Text, m.Figure.Interval.String(),
			flatten(m.Sentence.Text), fmt.Sprintf("%s:%d", m.Article.Source, m.Figure.Line)}
	}
	var want [][][]string
	header := []string{"Outlet", "Figure", "Interval", "Sentence", "Source"}
	for _, g := range fx.result.Groups {
		tbl := [][]string{header}
		for _, m := range g.Members {
			tbl = append(tbl, row(m))
		}
		want = append(want, tbl)
	}
	facts := [][]string{{"Outlet", "Sentence", "Source"}}
	for _, s := range fx.result.Facts[0].Statements {
		facts = append(facts, []string{s.Article.Outlet, flatten(s.Sentence.Text), fmt.Sprintf("%s:%d", s.Article.Source, s.Sentence.Line)})
	}
	want = append(want, facts)
	single := [][]string{{"Outlet", "Figure", "Measure", "Interval", "Sentence", "Source"}}
	for _, m := range fx.result.Single {
		r := row(m)
		single = append(single, []string{r[0], r[1], m.Figure.Measure, r[2], r[3], r[4]})
	}
	want = append(want, single)
	want = append(want, [][]string{
		{"Outlet", "g1", "g2", "g3"},
		{"AP", "139", "About 200", ""},
		{"Reuters", "more than 140", "", "Forty"},
		{"The Guardian", "", "210", "40"},
		{"unattributed", "at least 130", "", ""},
	})
	require.Equal(t, want, p.tables)

	// The metacharacters really are in the cells, as text.
	all := fmt.Sprint(p.tables)
	for _, s := range []string{"|", "*badly*", "the_health_ministry", "`spillway`", "<script>alert(1)</script>",
		"[never](http://x.test)", "&", "~~so far~~", "$5 million", `\`, "#"} {
		assert.Contains(t, all, s)
	}
}

// cellCases are hostile strings for one table cell.
var cellCases = []string{
	"plain",
	"a | b || c",
	`back\slash\| and \\| pipes`,
	"*star* **bold** _under_ __twice__ snake_case_name",
	"`code` ``double`` ```",
	"<script>alert('x')</script> <b>bold</b> <!-- c --> <http://x.test>",
	"[link](http://x.test) ![img](x.png) [ref][1] [^note]",
	"&amp; &lt; &#60; &#x3C; &copy; AT&T",
	"~~gone~~ ~one~",
	"$x^2$ and $$y$$ cost $5",
	"line one\nline two\r\nline three\rfour",
	"  padded\t\ttabs  ",
	"# not a heading ##",
	"- not a list",
	"1. not a list",
	"> not a quote",
	"---",
	"===",
	"| --- |",
	":---:",
	"trailing backslash \\",
	"ends with pipe |",
	"|starts with pipe",
	"nul\x00byte and \x1b[31mansi\x1b[0m",
	"bad utf8 \xff\xfe here",
	"emoji 🌊 and Žilina — dash",
	"",
}

func TestMarkdownCellEscaping(t *testing.T) {
	for _, s := range cellCases {
		t.Run(fmt.Sprintf("%q", s), func(t *testing.T) { checkCell(t, s) })
	}
}

// checkCell writes s as the middle cell of a three-column table and checks
// that goldmark reads back one table of three cells with s's flattened
// text in the middle and no markup.
func checkCell(t *testing.T, s string) {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("# t\n\n")
	mdTable(&b, []string{"A", s, "C"}, [][]string{{"x", s, "y"}})
	p := parseMarkdown(t, b.Bytes())
	assert.Empty(t, p.markup, "markdown: %q", b.String())
	require.Len(t, p.tables, 1, "markdown: %q", b.String())
	want := flatten(s)
	assert.Equal(t, [][]string{{"A", want, "C"}, {"x", want, "y"}}, p.tables[0], "markdown: %q", b.String())
}

func FuzzMarkdownCell(f *testing.F) {
	for _, s := range cellCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkCell(t, s)
		assert.NotContains(t, md(s), "\n")
		fl := flatten(s)
		assert.Equal(t, fl, flatten(fl), "flatten is idempotent")
		assert.Equal(t, strings.TrimSpace(fl), fl)
		assert.NotContains(t, fl, "  ")
		assert.True(t, utf8.ValidString(fl))
		for _, r := range fl {
			assert.False(t, unicode.IsControl(r), "control %U in %q", r, fl)
		}
	})
}

func TestFlatten(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"a", "a"},
		{"  a  b  ", "a b"},
		{"a\nb", "a b"},
		{"a\r\n\r\nb", "a b"},
		{"a\tb\x00c", "a b c"},
		{"a\u2028b\u00a0c", "a b c"},
		{"x\xffy", "x\uFFFDy"},
		{"Žilina —\n139", "Žilina — 139"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, flatten(tt.in), "flatten(%q)", tt.in)
	}
}

func TestMD(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text, 139.", "plain text, 139."},
		{"a|b", `a\|b`},
		{"*_`", "\\*\\_\\`"},
		{`\`, `\\`},
		{"<a>", `\<a\>`},
		{"[x]", `\[x\]`},
		{"a & b ~ $ #", `a \& b \~ \$ \#`},
		{"a\nb", "a b"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, md(tt.in), "md(%q)", tt.in)
	}
}

func TestMarkdownSummary(t *testing.T) {
	a := func(outlet string) *claims.Article { return &claims.Article{ID: outlet, Outlet: outlet} }
	tests := []struct {
		name string
		r    *compare.Result
		want string
	}{
		{
			name: "singular",
			r: &compare.Result{
				Articles: []*claims.Article{a("AP")},
				Groups:   []compare.Group{{ID: "g1", Verdict: compare.Agree}},
				Facts:    []compare.Fact{{ID: "f1"}},
				Single:   []compare.Member{{}},
			},
			want: "Compared 1 article from 1 outlet. Found 1 figure group that two or more outlets give: 0 conflict, 0 consistent, 1 agree. 1 fact is corroborated by several outlets; 1 figure rests on a single outlet.",
		},
		{
			name: "unattributed counted apart",
			r: &compare.Result{
				Articles: []*claims.Article{a("AP"), a(""), a("AP"), a(""), nil, a("BBC")},
				Groups: []compare.Group{
					{ID: "g1", Verdict: compare.Conflict}, {ID: "g2", Verdict: compare.Conflict},
					{ID: "g3", Verdict: compare.Consistent},
				},
			},
			want: "Compared 5 articles from 2 outlets, plus 2 unattributed articles. Found 3 figure groups that two or more outlets give: 2 conflict, 1 consistent, 0 agree. 0 facts are corroborated by several outlets; 0 figures rest on a single outlet.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, Markdown{}.Write(&b, tt.r))
			p := parseMarkdown(t, b.Bytes())
			require.NotEmpty(t, p.paragraphs)
			assert.Equal(t, tt.want, p.paragraphs[0])
		})
	}
}

func TestMarkdownDisjointLine(t *testing.T) {
	m := func(outlet, fig string) compare.Member {
		return compare.Member{Statement: compare.Statement{Article: &claims.Article{Outlet: outlet}}, Figure: claims.Figure{Text: fig}}
	}
	tests := []struct {
		name     string
		disjoint [][2]int
		want     string // "" for no line
	}{
		{"none", nil, ""},
		{"one", [][2]int{{0, 2}}, "Disjoint: AP 139 vs unattributed more than 140."},
		{"two", [][2]int{{0, 1}, {1, 2}}, "Disjoint: AP 139 vs Al Jazeera nearly 100; Al Jazeera nearly 100 vs unattributed more than 140."},
		{"out of range skipped", [][2]int{{0, 7}, {-1, 0}, {0, 2}}, "Disjoint: AP 139 vs unattributed more than 140."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := compare.Group{ID: "g1", Measure: "killed", Verdict: compare.Conflict,
				Members: []compare.Member{m("AP", "139"), m("Al Jazeera", "nearly 100"), m("", "more than 140")}, Disjoint: tt.disjoint}
			var b bytes.Buffer
			require.NoError(t, Markdown{}.Write(&b, &compare.Result{Groups: []compare.Group{g}}))
			p := parseMarkdown(t, b.Bytes())
			var got []string
			for _, para := range p.paragraphs {
				if strings.HasPrefix(para, "Disjoint:") {
					got = append(got, para)
				}
			}
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, []string{tt.want}, got)
		})
	}
}

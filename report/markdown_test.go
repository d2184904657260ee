package report

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"path/filepath"
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
	"github.com/yuin/goldmark/util"

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
	// headings and paragraphs: emphasis, links, raw HTML, code, … A strong
	// emphasis is listed as "strong TEXT", a link as "link DEST", a code
	// span as "code TEXT".
	markup []string
	// code holds the fenced code blocks: info string, then the text.
	code []string
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
		case *ast.FencedCodeBlock:
			var body strings.Builder
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				body.Write(seg.Value(md))
			}
			p.code = append(p.code, string(n.Language(md))+"\n"+body.String())
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
		case *ast.Emphasis:
			var inner []string
			t := inlineText(c, src, &inner)
			if c.Level == 2 && len(inner) == 0 {
				*markup = append(*markup, "strong "+t)
				_, _ = w.WriteString(html.EscapeString(t))
				continue
			}
			*markup = append(*markup, c.Kind().String())
		case *ast.Link:
			var inner []string
			t := inlineText(c, src, &inner)
			*markup = append(*markup, "link "+string(util.UnescapePunctuations(c.Destination)))
			*markup = append(*markup, inner...)
			_, _ = w.WriteString(html.EscapeString(t))
		case *ast.CodeSpan:
			*markup = append(*markup, "code "+string(c.Text(src))) //nolint:staticcheck // the span's text is what a reader sees
		default:
			*markup = append(*markup, c.Kind().String())
		}
	}
	_ = w.Flush()
	return html.UnescapeString(buf.String())
}

// splitMarkup sorts the markup parseMarkdown found: the texts in bold,
// the link addresses, and anything else but code spans.
func splitMarkup(markup []string) (strong, links, other []string) {
	for _, m := range markup {
		switch {
		case strings.HasPrefix(m, "strong "):
			strong = append(strong, strings.TrimPrefix(m, "strong "))
		case strings.HasPrefix(m, "link "):
			links = append(links, strings.TrimPrefix(m, "link "))
		case strings.HasPrefix(m, "code "):
		default:
			other = append(other, m)
		}
	}
	return strong, links, other
}

func TestMarkdownParsesAsWritten(t *testing.T) {
	fx := newFixture()
	var b bytes.Buffer
	require.NoError(t, Markdown{}.Write(&b, fx.result))
	p := parseMarkdown(t, b.Bytes())

	// The only markup: the legend's words and symbols, the figures in
	// bold inside their quotes, and links to AP's address.
	strong, links, other := splitMarkup(p.markup)
	assert.Empty(t, other, "quoted text must not turn into markup")
	want := []string{"conflicts", "consistent", "agrees"}
	for _, g := range fx.result.Groups {
		for _, m := range g.Members {
			want = append(want, flatten(m.Figure.Text))
		}
	}
	for _, m := range fx.result.Single {
		want = append(want, flatten(m.Figure.Text))
	}
	assert.Equal(t, want, strong, "each figure in bold in its quote")
	require.NotEmpty(t, links)
	for _, l := range links {
		assert.Equal(t, fx.ap.URL, l, "links go to the article's address only")
	}

	assert.Equal(t, []string{
		"# crosscheck report",
		"## s1 — Dam failure leaves valley under water",
		"### Conflicts",
		"#### g1 — Killed: at least 130 to more than 140 across 3 outlets",
		"### Consistent",
		"#### g2 — Injured: about 200 to 210 across 2 outlets",
		"### Agreeing",
		"#### g3 — Missing: 40 from both outlets",
		"## Corroborated facts",
		"### f1 — AP, Reuters",
		"## Single-outlet claims",
		"## Coverage",
		"## Unattributed articles",
	}, p.headings)
	assert.Contains(t, p.paragraphs, "Cannot both be true: AP 139 and Reuters more than 140.")
	assert.Contains(t, p.paragraphs, "4 articles from 4 outlets, published 2024-09-15 to 2024-09-16. "+
		"Articles: AP, 2024-09-15; Reuters, 2024-09-16; unattributed; The Guardian.")
	assert.Contains(t, p.paragraphs, "1 other story without figures that two outlets give.")
	require.Len(t, p.code, 3, "one strip per group")
	assert.Contains(t, p.code[0], "AP           │                               ●        │ 139 ✗\n")
	assert.True(t, strings.HasPrefix(p.code[0], "text\n"))

	// Every cell comes back as the text it quotes, flattened; quotes are
	// whole here (the fixture's sentences are short) and paths as given.
	row := func(m compare.Member) []string {
		return []string{outletName(m.Article.Outlet), plainFigure(m.Figure), flatten(m.Sentence.Text),
			m.Article.Published, fmt.Sprintf("%s:%d", m.Article.Source, m.Figure.Line)}
	}
	require.Len(t, p.tables, 7)
	header := []string{"Outlet", "Figure", "Quote", "Published", "Source"}
	for i, g := range fx.result.Groups {
		tbl := [][]string{header}
		for _, m := range g.Members {
			tbl = append(tbl, row(m))
		}
		assert.Equal(t, tbl, p.tables[i])
	}
	assert.Equal(t, [][]string{{"Article", "Title", "Source"}, {"a3", "Notes from the valley", "news/blog: a,b.txt:1"}}, p.tables[6])
	assert.Equal(t, []string{"AP", "1", "g1 killed 139; g2 injured about 200"}, p.tables[5][1])

	// The metacharacters really are in the cells, as text.
	all := fmt.Sprint(p.tables)
	for _, s := range []string{"|", "*badly*", "the_health_ministry", "`spillway`", "<script>alert(1)</script>",
		"[never](http://x.test)", "&", "~~so far~~", "$5 million", `\`, "#"} {
		assert.Contains(t, all, s)
	}
}

// Options: one verdict only, compact lines, paths relative to a base.
func TestMarkdownOptions(t *testing.T) {
	fx := newFixture()
	base, err := filepath.Abs("news")
	require.NoError(t, err)
	tests := []struct {
		name     string
		opts     Options
		headings []string
		contains []string
		absent   []string
	}{
		{"only conflicts", Options{Only: compare.Conflict},
			[]string{"# crosscheck report", "## s1 — Dam failure leaves valley under water", "### Conflicts",
				"#### g1 — Killed: at least 130 to more than 140 across 3 outlets",
				"## Corroborated facts", "### f1 — AP, Reuters", "## Single-outlet claims", "## Coverage", "## Unattributed articles"},
			nil, []string{"### Consistent", "g2 —"}},
		{"only agree, compact", Options{Only: compare.Agree, Compact: true},
			[]string{"# crosscheck report", "## s1 — Dam failure leaves valley under water", "### Agreeing", "## Unattributed articles"},
			[]string{"- g3 — Missing: 40 from both outlets: Reuters 40, The Guardian 40\n"}, []string{"```", "| Outlet | Figure"}},
		{"compact", Options{Compact: true}, nil,
			[]string{"- g1 — Killed: at least 130 to more than 140 across 3 outlets: AP 139 ✗, Reuters more than 140 ✗, unattributed at least 130\n"},
			[]string{"```", "## Coverage"}},
		{"relative paths", Options{Base: base}, nil, []string{"| ap.md:8 |", "| ../feeds/guardian.jsonl:3 |"}, []string{"news/ap.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, Markdown{Options: tt.opts}.Write(&b, fx.result))
			if tt.headings != nil {
				assert.Equal(t, tt.headings, parseMarkdown(t, b.Bytes()).headings)
			}
			for _, s := range tt.contains {
				assert.Contains(t, b.String(), s)
			}
			for _, s := range tt.absent {
				assert.NotContains(t, b.String(), s)
			}
		})
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
	m := func(outlet, fig string, v float64, q claims.Qualifier) compare.Member {
		return compare.Member{Statement: compare.Statement{Article: &claims.Article{Outlet: outlet}},
			Figure: claims.Figure{Text: fig, Value: v, Qualifier: q}}
	}
	tests := []struct {
		name     string
		disjoint [][2]int
		want     string // "" for no line
	}{
		{"none", nil, ""},
		{"one", [][2]int{{0, 2}}, "Cannot both be true: AP 139 and unattributed more than 140."},
		{"two", [][2]int{{0, 1}, {1, 2}}, "Cannot both be true: AP 139 and Al Jazeera nearly 100; Al Jazeera nearly 100 and unattributed more than 140."},
		{"out of range skipped", [][2]int{{0, 7}, {-1, 0}, {0, 2}}, "Cannot both be true: AP 139 and unattributed more than 140."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := compare.Group{ID: "g1", Measure: "killed", Verdict: compare.Conflict,
				Members: []compare.Member{m("AP", "139", 139, claims.Exact), m("Al Jazeera", "almost 100", 100, claims.Nearly),
					m("", "over 140", 140, claims.MoreThan)}, Disjoint: tt.disjoint}
			var b bytes.Buffer
			require.NoError(t, Markdown{}.Write(&b, &compare.Result{Groups: []compare.Group{g}}))
			p := parseMarkdown(t, b.Bytes())
			var got []string
			for _, para := range p.paragraphs {
				if strings.HasPrefix(para, "Cannot both") {
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

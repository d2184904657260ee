package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/crosscheck-news/crosscheck/compare"
)

// htmlSeen is what a page is made of.
type htmlSeen struct {
	elements map[string]int
	// classes counts elements by tag and class: "svg.plot intervals".
	classes map[string]int
	// attrs lists every src, href, style, on* and xlink:href attribute.
	attrs []string
	// strong holds the text of each strong.fig.
	strong []string
	// styles holds the text of the style elements.
	styles string
}

// parseHTML walks a page as a browser's parser builds it.
func parseHTML(t testing.TB, page []byte) htmlSeen {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	s := htmlSeen{elements: map[string]int{}, classes: map[string]int{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			s.elements[n.Data]++
			for _, a := range n.Attr {
				switch {
				case a.Key == "class":
					s.classes[n.Data+"."+a.Val]++
				case a.Key == "src", a.Key == "href", a.Key == "style", strings.HasPrefix(a.Key, "on"), strings.HasSuffix(a.Key, "href"):
					s.attrs = append(s.attrs, n.Data+" "+a.Key+"="+a.Val)
				}
				if a.Key == "class" && a.Val == "fig" && n.Data == "strong" && n.FirstChild != nil {
					s.strong = append(s.strong, n.FirstChild.Data)
				}
			}
			if n.Data == "style" && n.FirstChild != nil {
				s.styles += n.FirstChild.Data
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return s
}

// selfContained checks that a page loads nothing from outside itself: no
// script, no style sheet, image, frame or font, no inline handler; its only
// links are anchors to http(s) addresses.
func selfContained(t testing.TB, s htmlSeen) {
	t.Helper()
	for _, tag := range []string{"script", "link", "img", "iframe", "object", "embed", "image", "use", "base", "form"} {
		assert.Zero(t, s.elements[tag], "no <%s>", tag)
	}
	for _, a := range s.attrs {
		ok := strings.HasPrefix(a, "a href=http://") || strings.HasPrefix(a, "a href=https://")
		assert.True(t, ok, "only links to articles: %s", a)
	}
	assert.NotContains(t, s.styles, "url(")
	assert.NotContains(t, s.styles, "@import")
	assert.NotContains(t, s.styles, "@font-face")
}

func TestHTMLReport(t *testing.T) {
	fx := newFixture()
	var b bytes.Buffer
	require.NoError(t, HTML{}.Write(&b, fx.result))
	s := parseHTML(t, b.Bytes())
	selfContained(t, s)
	assert.Equal(t, 3, s.classes["svg.plot intervals"], "one interval plot per group")
	assert.Equal(t, 1, s.classes["svg.plot time"], "g1 alone has figures of two dates")
	assert.Equal(t, 1, s.classes["rect.gap"], "g1's one disjoint pair")
	assert.Equal(t, 3, s.classes["section.group conflict"]+s.classes["section.group consistent"]+s.classes["section.group agree"])
	var want []string
	for _, g := range fx.result.Groups {
		for _, m := range g.Members {
			want = append(want, flatten(m.Figure.Text))
		}
	}
	for _, m := range fx.result.Single {
		want = append(want, flatten(m.Figure.Text))
	}
	assert.Equal(t, want, s.strong, "each figure in bold in its quote")
	assert.Contains(t, b.String(), "Engineers said the &lt;script&gt;alert(1)&lt;/script&gt; spillway failed")
	assert.Contains(t, b.String(), `<a href="https://example.com/ap/valley-floods?id=1&amp;x=%3c2%3e" rel="noopener noreferrer">AP</a>`)
	for _, head := range []string{">Conflicts</h3>", ">Consistent</h3>", ">Agreeing</h3>", ">Corroborated facts</h2>",
		">Single-outlet claims</h2>", ">Coverage</h2>", ">Unattributed articles</h2>", "Killed: at least 130 to more than 140 across 3 outlets"} {
		assert.Contains(t, b.String(), head)
	}
	assert.Contains(t, s.styles, "@media print")
	assert.Contains(t, s.styles, "@media (max-width:40rem)")
}

func TestHTMLOptions(t *testing.T) {
	fx := newFixture()
	tests := []struct {
		name     string
		opts     Options
		plots    int
		contains []string
		absent   []string
	}{
		{"only conflicts", Options{Only: compare.Conflict}, 1, []string{">Conflicts</h3>"}, []string{">Consistent</h3>", `id="g2"`}},
		{"compact", Options{Compact: true}, 0,
			[]string{`<ul class="compact">`, "AP 139 ✗, Reuters more than 140 ✗, unattributed at least 130"},
			[]string{"<table>\n<thead><tr><th>Outlet</th><th>Figure</th>", ">Coverage</h2>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, HTML{Options: tt.opts}.Write(&b, fx.result))
			s := parseHTML(t, b.Bytes())
			selfContained(t, s)
			assert.Equal(t, tt.plots, s.classes["svg.plot intervals"])
			for _, c := range tt.contains {
				assert.Contains(t, b.String(), c)
			}
			for _, c := range tt.absent {
				assert.NotContains(t, b.String(), c)
			}
		})
	}
}

func TestIntervalPlot(t *testing.T) {
	fx := newFixture()
	p := newIntervalPlot(newGroupView(fx.result.Groups[0], Options{}))
	require.Len(t, p.Rows, 3)
	ap, reuters, blog := p.Rows[0], p.Rows[1], p.Rows[2]
	assert.True(t, ap.Point)
	assert.Equal(t, endOpen, reuters.Lo)
	assert.Equal(t, endArrow, reuters.Hi)
	assert.Equal(t, plotX1, reuters.X1, "a ray runs to the end of the axis")
	assert.Equal(t, endClosed, blog.Lo)
	assert.Less(t, blog.X0, ap.X0)
	assert.Less(t, ap.X0, reuters.X0, "139 left of 140")
	require.Len(t, p.Gaps, 1)
	assert.InDelta(t, ap.X0, p.Gaps[0].X, 0.01, "the gap starts at 139")
	assert.InDelta(t, reuters.X0, p.Gaps[0].X+p.Gaps[0].W, 0.01, "and ends at 140")
	assert.True(t, ap.Disjoint && reuters.Disjoint && !blog.Disjoint)
}

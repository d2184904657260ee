package read

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

// TestCheckDepth: pages the tree builder nests deep are refused, whatever
// trick keeps them from looking deep to a plain count of tags (each a way
// an earlier model was fooled); pages it keeps shallow are read.
func TestCheckDepth(t *testing.T) {
	rep := func(s string) string { return strings.Repeat(s, 5000) }
	tests := []struct {
		name string
		page string
		deep bool
	}{
		{"unclosed paragraphs", rep("<p>text"), false},
		{"unclosed list items", "<ul>" + rep("<li>item") + "</ul>", false},
		{"table cells", "<table>" + rep("<tr><td>1<td>2") + "</table>", false},
		{"rows without cells", "<table>" + rep("<tr>") + "</table>", false},
		{"void elements", rep("<br><img src=x>"), false},
		{"closed divs", rep("<div>x</div>"), false},
		{"closed custom elements", rep("<my-card>x</my-card>"), false},
		{"self-closing SVG", rep("<svg><path d=x/></svg>"), false},
		{"bold closed after its paragraph", rep("<p><b>x</p>"), false},
		{"italic over a paragraph", rep("<i><p>x</i>"), false},
		{"list items in bold", rep("<li><b>x<li>"), false},
		{"definitions in bold", rep("<dd><b>x<dt>"), false},
		{"buttons", rep("<button>x"), false},
		{"nobr", rep("</em>x<nobr>"), false},
		{"stray end tag in a heading", rep("<h1>x</font>"), false},
		{"nested divs", strings.Repeat("<div>", 600), true},
		{"nested bold", strings.Repeat("<b>", 600), true},
		{"divs written self-closing", rep("<div/>"), true},
		{"body closed after each div", rep("<div></body></html>"), true},
		{"bold closed inside a div", rep("<b><div></b>"), true},
		{"link closed inside a div", rep("<a><b><div></a>"), true},
		{"span closed across a div", rep("<span><div></span>"), true},
		{"bold closed in a table cell", rep("<b><table><td></b>"), true},
		{"formatting reopened before a heading", rep("</h1>x<h1>x<em>"), true},
		{"tables in cells of fonts", rep("<font><table><td>"), true},
		{"SVG elements written as void", "<svg>" + rep("<source>"), true},
		{"SVG title holding elements", "<svg><title>" + rep("<g>"), true},
		{"templates in cells", rep("<template>x</tbody>x<td>x<object>x<template>x<section>"), true},
		{"a list item in a term", rep("<li>x<dt>x<p>x</section>"), true},
		{"forms closed early", rep("</form>x<form>x<section>x<blockquote>x</pre>x</li>"), true},
		{"framesets after text", rep("</frameset>x<frameset>x<span>x<dt>x<li>"), true},
		{"a term closed through a button", rep("</span>x<div>x<dt>x<button>x</font>x</dt>"), true},
		{"a title ignored in a select", rep("<section>x<template>x<dt>x<h1>x<select>x<title>"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkDepth(tt.page, DefaultMaxDepth)
			assert.Equal(t, tt.deep, err != nil, "%v", err)
		})
	}
}

// treeDepth is the depth of the tree html.Parse builds of page, the
// document and its root element not counted.
func treeDepth(page string) int {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return 0
	}
	depth := 0
	var walk func(n *html.Node, d int)
	walk = func(n *html.Node, d int) {
		depth = max(depth, d)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, d+1)
		}
	}
	walk(doc, -1)
	return depth
}

// TestCheckDepthAgainstParser builds pages of random tag soup repeated and
// wants checkDepth to refuse every page html.Parse nests deeper than the
// limit: the model never counts less depth than the tree builder makes.
func TestCheckDepthAgainstParser(t *testing.T) {
	tags := []string{"b", "i", "a", "div", "p", "span", "table", "tr", "td", "li", "ul", "dd", "dt",
		"em", "font", "nobr", "select", "option", "section", "button", "h1", "form", "pre", "code",
		"blockquote", "tbody", "caption", "svg", "math", "template", "object", "frameset",
		"textarea", "title", "script", "my-el"}
	const limit = 60
	rng := rand.New(rand.NewPCG(13, 13))
	for range 400 {
		var pat []string
		for range rng.IntN(6) + 1 {
			tag := tags[rng.IntN(len(tags))]
			if rng.IntN(3) == 0 {
				tag = "/" + tag
			}
			pat = append(pat, "<"+tag+">")
		}
		page := strings.Repeat(strings.Join(pat, "x"), 200)
		if d := treeDepth(page); d > limit {
			assert.NotNil(t, checkDepth(page, limit), "%q repeated: the parser nests it %d deep", strings.Join(pat, "x"), d)
		}
	}
}

// FuzzCheckDepth repeats a snippet of HTML and wants checkDepth to refuse
// the page whenever html.Parse nests it deeper than the limit.
func FuzzCheckDepth(f *testing.F) {
	f.Add("<b><div></b>")
	f.Add("</h1>x<h1>x<em>")
	f.Add("<svg><title>x<code>")
	f.Add("<template><td><object>")
	f.Fuzz(func(t *testing.T, snippet string) {
		if len(snippet) > 200 {
			return
		}
		const limit = 60
		page := strings.Repeat(snippet, 150)
		if d := treeDepth(page); d > limit+2 {
			assert.NotNil(t, checkDepth(page, limit), "%q repeated: the parser nests it %d deep", snippet, d)
		}
	})
}

// BenchmarkCheckDepth runs the depth check over a news page and over a
// page of stray end tags under 500 open elements.
func BenchmarkCheckDepth(b *testing.B) {
	news, err := os.ReadFile("testdata/html/news.html")
	if err != nil {
		b.Fatal(err)
	}
	pages := []struct{ name, page string }{
		{"news", string(news)},
		{"stray end tags", strings.Repeat("<span>", 500) + strings.Repeat("</i></u>", 100000)},
	}
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(len(p.page)))
			for range b.N {
				checkDepth(p.page, DefaultMaxDepth)
			}
		})
	}
}

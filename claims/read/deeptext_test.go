package read

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nested is an HTML page with a shallow paragraph (when shallow is set) and
// a paragraph inside depth nested spans (inside wrap when it is not
// empty). Spans, unlike divs, stay nested after main-text extraction.
func nested(depth int, shallow bool, wrap string) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>Quake kills 12</title></head><body><article>\n")
	if shallow {
		b.WriteString("<p>An earthquake killed 12 people in the town on Monday, officials said.</p>\n")
	}
	b.WriteString(strings.Repeat("<span>", depth))
	if wrap != "" {
		b.WriteString("<" + wrap + ">")
	}
	b.WriteString("<p>Rescuers said 40 more people were missing in the hills.</p>")
	if wrap != "" {
		b.WriteString("</" + wrap + ">")
	}
	b.WriteString(strings.Repeat("</span>", depth))
	b.WriteString("\n</article></body></html>\n")
	return b.String()
}

// TestDeepTextWarning: text nested deeper than the walk goes is never left
// out silently: a Warning wrapping ErrDeepText names the page, its line
// and how much text was not read, and the rest of the page is still read.
func TestDeepTextWarning(t *testing.T) {
	tests := []struct {
		name     string
		page     string
		article  bool // an article is read
		warning  bool // ErrDeepText
		line     int  // of the warning
		contains string
	}{
		{"shallow page", nested(100, true, ""), true, false, 0, "40 more"},
		{"deep text beside shallow text", nested(maxHTMLDepth+50, true, ""), true, true, 3, "12 people"},
		{"only deep text", nested(maxHTMLDepth+50, false, ""), false, true, 2, ""},
		{"deep script is no text", nested(maxHTMLDepth+50, true, "script"), true, false, 0, "12 people"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := Parse("page.html", []byte(tt.page), LoadOptions{Limits: Limits{MaxDepth: -1}})
			var deep *core.InputError
			for _, e := range errs {
				if assert.NotNil(t, e) && e.Err != nil && strings.HasPrefix(e.Err.Error(), ErrDeepText.Error()) {
					deep = e
				}
			}
			if tt.warning {
				require.NotNil(t, deep, "%v", errs)
				assert.ErrorIs(t, deep, ErrDeepText)
				assert.True(t, deep.Warning)
				assert.Equal(t, "page.html", deep.Path)
				assert.Equal(t, tt.line, deep.Line)
				assert.Contains(t, deep.Error(), fmt.Sprintf("page.html:%d: HTML text nested too deep left out: 55 bytes", tt.line))
				assert.Contains(t, deep.Error(), "bytes of text more than 600 elements deep not read")
			} else {
				assert.Nil(t, deep, "%v", errs)
			}
			if !tt.article {
				assert.Empty(t, arts)
				return
			}
			require.Len(t, arts, 1, "%v", errs)
			assert.Contains(t, arts[0].Text, tt.contains)
		})
	}
}

// TestDeepTextWalk: the count of text left out skips what is no article
// text and white space, and takes no recursion however deep the tree.
func TestDeepTextWalk(t *testing.T) {
	page := "<body><div>" + strings.Repeat("<span> ", 3000) + "<script>var x = 1;</script><p>abc</p> def" + "</body>"
	arts, errs := Parse("page.html", []byte(page), LoadOptions{Limits: Limits{MaxDepth: -1, Timeout: -1}})
	assert.Empty(t, arts)
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	assert.Contains(t, strings.Join(msgs, "\n"), "page.html:1: HTML text nested too deep left out: 6 bytes of text")
}

// TestFeedDepth: a feed whose items' HTML nests too deep is an error naming
// the feed and the item's line, before the feed parser (which reads the
// HTML) spends time on it; text nested too deep to be read is a warning.
func TestFeedDepth(t *testing.T) {
	item := func(title, body string) string {
		return "<item><title>" + title + "</title><description>" + html.EscapeString(body) + "</description></item>\n"
	}
	good := "<p>Officials said 12 people died in the floods.</p>"
	feed := func(items ...string) []byte {
		return []byte("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Wire</title>\n" + strings.Join(items, "") + "</channel></rss>\n")
	}
	tests := []struct {
		name   string
		data   []byte
		limits Limits
		arts   int
		want   string
		warn   bool
	}{
		{"deep item", feed(item("Good", good), item("Deep", strings.Repeat("<div>", 20000)+good)), Limits{}, 0,
			"f.rss:4: feed: HTML nested too deep: more than 512 elements open at once", false},
		{"deep item in CDATA", feed(item("Good", good), "<item><title>Deep</title><description><![CDATA["+strings.Repeat("<b><div></b>", 5000)+"]]></description></item>\n"), Limits{}, 0,
			"f.rss:4: feed: HTML nested too deep", false},
		{"deep text read without a limit", feed(item("Spans", good+strings.Repeat("<span>", 700)+"<p>40 more are missing.</p>")), Limits{MaxDepth: -1}, 1,
			"f.rss:3: feed item 1: HTML text nested too deep left out: 20 bytes", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := Parse("f.rss", tt.data, LoadOptions{Limits: tt.limits})
			require.Len(t, arts, tt.arts)
			if tt.arts > 0 {
				assert.Contains(t, arts[0].Text, "12 people died")
			}
			require.Len(t, errs, 1)
			assert.Contains(t, errs[0].Error(), tt.want)
			assert.Equal(t, tt.warn, errs[0].Warning)
		})
	}
}

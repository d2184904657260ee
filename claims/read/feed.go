package read

import (
	"fmt"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// readFeed reads a feed, nesting no deeper than in.maxDepth (parseFeed).
func readFeed(in input) ([]*core.Article, []*core.InputError) {
	return parseFeed(in.src, in.id, in.content, in.maxDepth)
}

// parseFeed reads an RSS or Atom feed (through gofeed): one article per
// item, ids "file#n" in item order. An item's outlet is the feed's title
// (metadata, canonicalised by the registry), its title, link and date
// (RFC 3339, the publication date, else the update date) are the item's,
// and its text is its content, else its description, read from HTML to
// text as a page's main text is. Text sits on one line of the source
// (SingleLine); Line is the line of the item's opening tag. An item
// without text is a warning and gives no article. A feed whose text holds
// HTML nesting more than maxDepth elements is an error (ErrTooDeep, see
// feedDepth).
func parseFeed(src, id, content string, maxDepth int) (arts []*core.Article, errs []*core.InputError) {
	defer func() {
		// gofeed parses untrusted XML; a bug in it must not take down a
		// batch.
		if r := recover(); r != nil {
			arts = nil
			errs = []*core.InputError{{Path: src, Err: fmt.Errorf("feed: parsing failed: %v", r)}}
		}
	}()
	if err := feedDepth(content, maxDepth); err != nil {
		return nil, []*core.InputError{{Path: src, Line: err.line, Err: fmt.Errorf("feed: %w", err)}}
	}
	feed, err := gofeed.NewParser().ParseString(content)
	if err != nil {
		return nil, []*core.InputError{{Path: src, Err: fmt.Errorf("not an RSS or Atom feed: %w", err)}}
	}
	outlet := strings.Join(strings.Fields(feed.Title), " ")
	lines := itemLines(content)
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		line := 1
		if i < len(lines) {
			line = lines[i]
		}
		text, deep := feedItemText(it)
		if deep != nil {
			deep.Path, deep.Line = src, line
			deep.Err = fmt.Errorf("feed item %d: %w", i+1, deep.Err)
			errs = append(errs, deep)
		}
		if text == "" {
			errs = append(errs, &core.InputError{Path: src, Line: line, Warning: true, Err: fmt.Errorf("feed item %d has no text: %w", i+1, core.ErrEmpty)})
			continue
		}
		a := &core.Article{ID: fmt.Sprintf("%s#%d", id, i+1), Outlet: outlet, Title: strings.Join(strings.Fields(it.Title), " "),
			URL: itemURL(it), Published: itemDate(it), Text: text, Line: line, SingleLine: true}
		if outlet != "" {
			a.OutletFrom = OutletMetadata
		}
		arts = append(arts, a)
	}
	if len(arts) == 0 && len(errs) == 0 {
		errs = append(errs, &core.InputError{Path: src, Err: fmt.Errorf("feed has no items: %w", core.ErrNoArticle)})
	}
	return arts, errs
}

// feedItemText reads an item's content, else its description, as text,
// with the warning of text nested too deep to be read (no path nor line
// yet).
func feedItemText(it *gofeed.Item) (string, *core.InputError) {
	for _, s := range []string{it.Content, it.Description} {
		text, deep := feedText(s)
		if text != "" {
			return text, deep.warning("")
		}
	}
	return "", nil
}

// feedText reads an item's HTML (or plain text) as text, one paragraph a
// line pair, as the main text of a page is laid out, and counts the text
// nested too deep to be read.
func feedText(s string) (string, deepText) {
	if strings.TrimSpace(s) == "" {
		return "", deepText{}
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return "", deepText{}
	}
	paras, deep := extractCounted(doc)
	text, _, _ := layoutParagraphs(paras)
	return strings.TrimSpace(text), deep
}

// itemURL is the item's link, else its first link, else a GUID that is a
// web address.
func itemURL(it *gofeed.Item) string {
	if l := strings.TrimSpace(it.Link); l != "" {
		return l
	}
	for _, l := range it.Links {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	if g := strings.TrimSpace(it.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return g
	}
	return ""
}

// itemDate is the item's publication date, else its update date, in RFC
// 3339, or the date as written when it could not be read.
func itemDate(it *gofeed.Item) string {
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil {
			return t.Format(time.RFC3339)
		}
	}
	if p := strings.TrimSpace(it.Published); p != "" {
		return p
	}
	return strings.TrimSpace(it.Updated)
}

// itemLines returns the 1-based line of each item's opening tag (<item>
// of RSS, <entry> of Atom), in order.
func itemLines(content string) []int {
	var out []int
	line := 1
	for i := 0; i < len(content); i++ {
		switch c := content[i]; {
		case c == '\n':
			line++
		case c == '<' && (tagAt(content[i+1:], "item") || tagAt(content[i+1:], "entry")):
			out = append(out, line)
		}
	}
	return out
}

// tagAt reports whether s starts with the tag name name (any case),
// followed by white space, '>' or '/'.
func tagAt(s, name string) bool {
	if len(s) <= len(name) || !strings.EqualFold(s[:len(name)], name) {
		return false
	}
	switch s[len(name)] {
	case ' ', '\t', '\n', '\r', '>', '/':
		return true
	}
	return false
}

// looksLikeFeed reports whether content opens, after a byte order mark,
// white space, an XML declaration, processing instructions, comments and a
// doctype, with an RSS (<rss>, RSS 1.0's <rdf:RDF>) or Atom (<feed>) root.
func looksLikeFeed(content string) bool {
	s := strings.TrimPrefix(content, "\uFEFF")
	for n := 0; n < 64; n++ {
		s = strings.TrimLeft(s, " \t\r\n")
		var end string
		switch {
		case strings.HasPrefix(s, "<?"):
			end = "?>"
		case strings.HasPrefix(s, "<!--"):
			end = "-->"
		case strings.HasPrefix(s, "<!"):
			end = ">"
		case strings.HasPrefix(s, "<"):
			return tagAt(s[1:], "rss") || tagAt(s[1:], "feed") || tagAt(s[1:], "rdf:RDF")
		default:
			return false
		}
		i := strings.Index(s, end)
		if i < 0 {
			return false
		}
		s = s[i+len(end):]
	}
	return false
}

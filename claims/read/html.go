package read

import (
	"fmt"
	"strconv"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/crosscheck-news/crosscheck/claims/core"
	"golang.org/x/net/html"
)

// An HTML input is one article page, as a browser saves it. Its main text
// is found by go-readability (a port of Mozilla's Readability.js, the
// "reader view" of Firefox), which drops navigation, footers, related links
// and advertisements; crosscheck then renders that content as plain text,
// one paragraph a line (headings, list items, block quotes, captions and
// table rows are paragraphs too), white space collapsed as a browser does.
//
// Metadata comes from the page:
//   - Title: og:title, else <title>, else readability's guess; a site name
//     standing before or after the headline (" - Site", " | Site") is
//     dropped when it is the page's site name or an outlet the Registry
//     knows. A first paragraph that repeats the title is not Text.
//   - Outlet: og:site_name, else <meta name="application-name">, else the
//     JSON-LD publisher's name, else a registry outlet standing beside the
//     headline in the title, else the outlet the text states
//     (Registry.Detect on the byline readability took out of the text, then
//     the text), else "". Load canonicalises it with its Registry.
//   - Published: article:published_time, else JSON-LD datePublished, else
//     <meta itemprop="datePublished">. URL: og:url, else the canonical link.
//
// Lines: Text is not a slice of the file. Each paragraph is mapped to the
// file line where its first word stands (the parser gives no positions,
// so before parsing every start tag is marked with the line on which it
// ends, and white space before the first word is counted from there). When
// the paragraphs come in file order, Text is laid out so that Article.LineAt
// is right for the first word of every paragraph: paragraphs are separated
// by as many line breaks as their lines are apart, with a form feed (a
// paragraph break for the segmenter, not a line) when they are fewer than
// two lines apart; a sentence that wraps inside its paragraph in the file
// is reported on the paragraph's first line. When some paragraph cannot be
// placed (readability made it up from loose text, or moved it), the
// paragraphs are separated by blank lines, SingleLine is true and Line is
// the line of the first paragraph: every figure then points to where the
// article's text starts, never to a line that holds other text.
//
// A page with no main text is an InputError wrapping ErrEmpty. The id of
// the article is the file's id.

// lineAttr is the attribute that carries the source line of a start tag
// through parsing and extraction.
const lineAttr = "data-crosscheck-line"

// readHTML reads one HTML page, after checking that it nests no deeper
// than in.maxDepth.
func readHTML(in input) ([]*core.Article, []*core.InputError) {
	if err := checkDepth(in.content, in.maxDepth); err != nil {
		return nil, []*core.InputError{{Path: in.src, Line: err.line, Err: err}}
	}
	return parseHTML(in.src, in.id, in.content, in.reg)
}

// parseHTML reads one HTML page.
func parseHTML(src, id, content string, reg *Registry) (arts []*core.Article, errs []*core.InputError) {
	defer func() {
		// go-readability is a large port of JavaScript; a bug in it must
		// not take down a batch.
		if r := recover(); r != nil {
			arts = nil
			errs = []*core.InputError{{Path: src, Err: fmt.Errorf("HTML page: main text extraction failed: %v", r)}}
		}
	}()
	doc, err := html.Parse(strings.NewReader(markLines(content)))
	if err != nil {
		return nil, []*core.InputError{{Path: src, Err: fmt.Errorf("parse HTML: %w", err)}}
	}
	meta := readPageMeta(doc)
	parser := readability.NewParser()
	page, err := parser.ParseAndMutate(doc, nil)
	if err != nil {
		return nil, []*core.InputError{{Path: src, Err: fmt.Errorf("extract main text: %w", err)}}
	}

	site := firstNonEmpty(meta.siteName, meta.appName, meta.ldPublisher)
	title := firstNonEmpty(meta.ogTitle, meta.title, page.Title())
	title, titleSite := splitSiteName(cleanTitle(title), site, reg)
	if site == "" {
		site = titleSite
	}

	paras, deep := extractCounted(page.Node)
	if w := deep.warning(src); w != nil {
		errs = append(errs, w)
	}
	if len(paras) > 0 && title != "" && sameTitle(paras[0].text, title) {
		paras = paras[1:]
	}
	if len(paras) == 0 {
		return nil, append(errs, &core.InputError{Path: src, Err: fmt.Errorf("HTML page has no extractable main text: %w", core.ErrEmpty)})
	}
	a := &core.Article{
		ID:        id,
		Title:     title,
		Outlet:    site,
		Published: firstNonEmpty(meta.published, meta.ldPublished, meta.itemPublished),
		URL:       firstNonEmpty(meta.ogURL, meta.canonical),
	}
	a.Text, a.Line, a.SingleLine = layoutParagraphs(paras)
	if a.Outlet == "" {
		if by := cleanTitle(page.Byline()); by != "" {
			a.Outlet, a.OutletFrom = reg.r.Detect(by + "\n\n" + a.Text)
		}
	}
	return []*core.Article{a}, errs
}

// firstNonEmpty returns the first of ss that is not blank, trimmed.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// markLines copies an HTML document adding to every start tag, right after
// its name, the attribute lineAttr="N": N is the 1-based line on which the
// tag ends. Being first, it wins over an attribute of the same name in the
// page (HTML keeps the first of duplicate attributes). Everything else is
// copied byte for byte.
func markLines(content string) string {
	z := html.NewTokenizer(strings.NewReader(content))
	var b strings.Builder
	b.Grow(len(content) + len(content)/4)
	line := 1
	for {
		tt := z.Next()
		raw := z.Raw()
		nl := countNewlines(raw)
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			n := 1
			for n < len(raw) && !isTagNameEnd(raw[n]) {
				n++
			}
			b.Write(raw[:n])
			b.WriteString(" " + lineAttr + `="`)
			b.WriteString(strconv.Itoa(line + nl))
			b.WriteByte('"')
			if n < len(raw) && raw[n] != ' ' && raw[n] != '\t' && raw[n] != '\n' && raw[n] != '\f' && raw[n] != '/' && raw[n] != '>' {
				b.WriteByte(' ')
			}
			b.Write(raw[n:])
		} else {
			b.Write(raw)
		}
		line += nl
		if tt == html.ErrorToken {
			return b.String()
		}
	}
}

// isTagNameEnd reports whether c ends a tag name in the tokenizer's terms.
func isTagNameEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f', '/', '>':
		return true
	}
	return false
}

func countNewlines(b []byte) int {
	n := 0
	for _, c := range b {
		if c == '\n' {
			n++
		}
	}
	return n
}

// attr returns the value of n's attribute key (lower case), and whether it
// has one.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// nodeLine returns the line lineAttr gives n, 0 when it has none.
func nodeLine(n *html.Node) int {
	v, ok := attr(n, lineAttr)
	if !ok {
		return 0
	}
	l, err := strconv.Atoi(v)
	if err != nil || l < 1 {
		return 0
	}
	return l
}

// textContent returns the text of n and its descendants.
func textContent(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// looksLikeHTML reports whether content opens, after white space and
// comments (a browser's "saved from url" note), with "<!doctype html" or
// "<html", in any case.
func looksLikeHTML(content string) bool {
	s := content
	for {
		s = strings.TrimLeft(s, " \t\n\f")
		rest, ok := strings.CutPrefix(s, "<!--")
		if !ok {
			break
		}
		i := strings.Index(rest, "-->")
		if i < 0 {
			return false
		}
		s = rest[i+3:]
	}
	return hasPrefixFold(s, "<!doctype html") || (hasPrefixFold(s, "<html") &&
		(len(s) == 5 || isTagNameEnd(s[5])))
}

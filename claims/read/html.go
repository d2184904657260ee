package read

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/crosscheck-news/crosscheck/claims/outlet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/crosscheck-news/crosscheck/claims/core"
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

// htmlPara is one paragraph of extracted text and the 1-based file line of
// its first word, 0 when unknown.
type htmlPara struct {
	text string
	line int
}

// pageMeta is the metadata of an HTML page.
type pageMeta struct {
	ogTitle, title, siteName, appName, ldPublisher string
	published, ldPublished, itemPublished          string
	ogURL, canonical                               string
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

// readPageMeta reads the metadata of a parsed page: meta and link tags
// anywhere in the document, the first <title> outside SVG, JSON-LD.
func readPageMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var ld []any
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = cleanTitle(v)
		}
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Namespace == "" {
			switch n.DataAtom {
			case atom.Title:
				set(&m.title, textContent(n))
			case atom.Meta:
				content, _ := attr(n, "content")
				for _, k := range []string{"property", "name", "itemprop"} {
					key, _ := attr(n, k)
					switch strings.ToLower(strings.TrimSpace(key)) {
					case "og:title":
						set(&m.ogTitle, content)
					case "og:site_name":
						set(&m.siteName, content)
					case "application-name":
						set(&m.appName, content)
					case "article:published_time":
						set(&m.published, content)
					case "datepublished":
						set(&m.itemPublished, content)
					case "og:url":
						set(&m.ogURL, content)
					}
				}
			case atom.Link:
				rel, _ := attr(n, "rel")
				for _, r := range strings.Fields(rel) {
					if strings.EqualFold(r, "canonical") {
						href, _ := attr(n, "href")
						set(&m.canonical, href)
					}
				}
			case atom.Script:
				if typ, _ := attr(n, "type"); strings.Contains(strings.ToLower(typ), "ld+json") {
					if v, ok := decodeJSONLD(textContent(n)); ok {
						ld = append(ld, v)
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	m.ldPublisher, m.ldPublished = jsonLDFacts(ld)
	return m
}

// decodeJSONLD decodes the text of a JSON-LD script, CDATA markers and
// HTML comment marks around it allowed.
func decodeJSONLD(s string) (any, bool) {
	s = strings.TrimSpace(s)
	for _, p := range [][2]string{{"<![CDATA[", "]]>"}, {"<!--", "-->"}, {"//<![CDATA[", "//]]>"}} {
		if t, ok := strings.CutPrefix(s, p[0]); ok {
			s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), p[1]))
		}
	}
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return nil, false
	}
	return v, true
}

// maxLDDepth bounds the walk of JSON-LD values.
const maxLDDepth = 12

// jsonLDFacts returns the publisher name and publication date of the page
// from its JSON-LD: those of the first article-like object (a type ending
// in "Article", BlogPosting, Report), else of the first object that has
// them. A publisher given as a reference ({"@id": "#org"}) is looked up.
func jsonLDFacts(docs []any) (publisher, published string) {
	var objs []map[string]any
	byID := map[string]map[string]any{}
	var collect func(v any, depth int)
	collect = func(v any, depth int) {
		if depth > maxLDDepth {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				collect(e, depth+1)
			}
		case map[string]any:
			objs = append(objs, x)
			if id, ok := x["@id"].(string); ok && id != "" {
				if _, seen := byID[id]; !seen || len(x) > len(byID[id]) {
					byID[id] = x
				}
			}
			for k, e := range x {
				if k == "@graph" || k == "mainEntity" || k == "itemListElement" {
					collect(e, depth+1)
				}
			}
		}
	}
	for _, d := range docs {
		collect(d, 0)
	}
	name := func(v any) string {
		for range 3 { // follow a short chain of references
			switch x := v.(type) {
			case string:
				return strings.TrimSpace(x)
			case []any:
				if len(x) == 0 {
					return ""
				}
				v = x[0]
				continue
			case map[string]any:
				if n, ok := x["name"].(string); ok && strings.TrimSpace(n) != "" {
					return strings.TrimSpace(n)
				}
				if id, ok := x["@id"].(string); ok {
					if o, ok := byID[id]; ok {
						v = o
						continue
					}
				}
			}
			return ""
		}
		return ""
	}
	for pass := range 2 {
		for _, o := range objs {
			if pass == 0 && !isArticleType(o["@type"]) {
				continue
			}
			if publisher == "" {
				publisher = name(o["publisher"])
			}
			if published == "" {
				if d, ok := o["datePublished"].(string); ok {
					published = strings.TrimSpace(d)
				}
			}
		}
	}
	return cleanTitle(publisher), published
}

// isArticleType reports whether a JSON-LD @type names an article.
func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "LiveBlogPosting" || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// titleSeparators stand between a headline and a site name in page titles.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " • "}

// splitSiteName removes a site name standing after (or before) the
// headline in a page title: the page's site name, or an outlet the
// registry knows. It returns the headline and the registry's canonical name
// of the outlet removed ("" when it removed none or the registry does not
// know it).
func splitSiteName(title, site string, reg *Registry) (string, string) {
	matches := func(part string) (string, bool) {
		part = strings.TrimSpace(part)
		if part == "" {
			return "", false
		}
		c, known := reg.Canonical(part)
		if site != "" {
			if outlet.NormName(part) == outlet.NormName(site) {
				return c, true
			}
			if cs, ok := reg.Canonical(site); ok && known && cs == c {
				return c, true
			}
			return "", false
		}
		return c, known
	}
	best, bestAt := "", -1
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && i > bestAt {
			best, bestAt = sep, i
		}
	}
	if bestAt > 0 {
		if c, ok := matches(title[bestAt+len(best):]); ok {
			return strings.TrimSpace(title[:bestAt]), c
		}
	}
	best, bestAt = "", len(title)
	for _, sep := range titleSeparators {
		if i := strings.Index(title, sep); i > 0 && i < bestAt {
			best, bestAt = sep, i
		}
	}
	if best != "" {
		if c, ok := matches(title[:bestAt]); ok {
			if rest := strings.TrimSpace(title[bestAt+len(best):]); rest != "" {
				return rest, c
			}
		}
	}
	return title, ""
}

// blockTags are the elements that stand as paragraphs of their own.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true,
	atom.Ul: true, atom.Br: true, atom.Body: true, atom.Html: true,
}

// skipTags are the elements whose content is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Svg: true, atom.Math: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true,
	atom.Audio: true, atom.Select: true, atom.Button: true, atom.Textarea: true,
	atom.Input: true, atom.Img: true, atom.Picture: true,
}

// paraBuilder renders extracted content as paragraphs.
type paraBuilder struct {
	paras []htmlPara
	buf   strings.Builder
	space bool // a space is due before the next word
	line  int  // line of the current paragraph's first word, 0 unknown
	cur   int  // file line the walk stands on, 0 unknown
	deep  deepText
}

// extractCounted renders the content readability kept, and counts the
// text nested too deep to be read.
func extractCounted(root *html.Node) ([]htmlPara, deepText) {
	if root == nil {
		return nil, deepText{}
	}
	var pb paraBuilder
	pb.walk(root, 0)
	pb.flush()
	return pb.paras, pb.deep
}

// maxHTMLDepth bounds the recursion over the node tree; checkDepth keeps
// pages within it at the default MaxDepth, and the text of a deeper one is
// counted (deepText) and reported, not read.
const maxHTMLDepth = 600

func (pb *paraBuilder) walk(n *html.Node, depth int) {
	if depth > maxHTMLDepth {
		pb.deep.add(n)
		return
	}
	switch n.Type {
	case html.TextNode:
		pb.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			pb.walk(c, depth+1)
		}
		return
	default:
		return
	}
	if skipTags[n.DataAtom] || (n.Namespace != "" && n.Namespace != "html") {
		if l := nodeLine(n); l > 0 {
			pb.cur = 0 // its content moves the line by an unknown amount
		}
		return
	}
	if _, hidden := attr(n, "hidden"); hidden {
		pb.cur = 0
		return
	}
	block := blockTags[n.DataAtom]
	if block {
		pb.flush()
	}
	if l := nodeLine(n); l > 0 {
		pb.cur = l
	} else if block {
		pb.cur = 0 // made by readability: its text's place is unknown
	}
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		if pb.buf.Len() > 0 {
			pb.buf.WriteString(" |")
			pb.space = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		pb.walk(c, depth+1)
	}
	if block {
		pb.flush()
	}
}

// isCollapsible reports whether r is white space that a paragraph collapses
// (HTML white space, plus the line and paragraph breaks that would cut a
// paragraph for the segmenter). A no-break space is kept.
func isCollapsible(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// text adds the words of a text node to the current paragraph.
func (pb *paraBuilder) text(s string) {
	start := -1
	for i, r := range s {
		if isCollapsible(r) {
			if start >= 0 {
				pb.word(s[start:i])
				start = -1
			}
			if pb.buf.Len() > 0 {
				pb.space = true
			}
			if r == '\n' && pb.cur > 0 {
				pb.cur++
			}
			continue
		}
		if start < 0 {
			start = i
			if pb.buf.Len() == 0 {
				pb.line = pb.cur
			}
		}
	}
	if start >= 0 {
		pb.word(s[start:])
	}
}

func (pb *paraBuilder) word(w string) {
	if pb.space && pb.buf.Len() > 0 {
		pb.buf.WriteByte(' ')
	}
	pb.space = false
	pb.buf.WriteString(w)
}

// flush ends the current paragraph.
func (pb *paraBuilder) flush() {
	if t := strings.TrimFunc(pb.buf.String(), isSpaceRune); t != "" {
		pb.paras = append(pb.paras, htmlPara{text: t, line: pb.line})
	}
	pb.buf.Reset()
	pb.space = false
	pb.line = 0
}

// layoutParagraphs joins paragraphs into an article's Text, its Line and
// SingleLine, as the file comment says.
func layoutParagraphs(paras []htmlPara) (text string, line int, single bool) {
	mapped := true
	for i, p := range paras {
		if p.line < 1 || (i > 0 && p.line < paras[i-1].line) {
			mapped = false
			break
		}
	}
	var b strings.Builder
	if !mapped {
		line = 1
		for _, p := range paras {
			if p.line > 0 {
				line = p.line
				break
			}
		}
		for i, p := range paras {
			if i > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(p.text)
		}
		return b.String(), line, true
	}
	for i, p := range paras {
		if i > 0 {
			switch d := p.line - paras[i-1].line; d {
			case 0:
				b.WriteByte('\f')
			case 1:
				b.WriteString("\f\n")
			default:
				b.WriteString(strings.Repeat("\n", d))
			}
		}
		b.WriteString(p.text)
	}
	return b.String(), paras[0].line, false
}

package read

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The main text of an HTML page, rendered as paragraphs with the file line
// of each, and laid out as an article's Text (see html.go).

// htmlPara is one paragraph of extracted text and the 1-based file line of
// its first word, 0 when unknown.
type htmlPara struct {
	text string
	line int
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

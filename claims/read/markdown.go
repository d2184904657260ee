package read

import (
	"html"
	"regexp"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// The body of a Markdown article is read with goldmark (CommonMark with the
// GFM table, strikethrough and autolink extensions) into text without
// markup, of the same length as the source: every byte of markup becomes a
// space, line breaks stay where they are, so that every byte offset, line
// and column of a sentence or figure is still true in the file.
//
// What is text: the words of paragraphs, headings, list items, block
// quotes and table cells, and the text of links. What becomes spaces:
// emphasis and link marks, link destinations and titles, bare and angle
// autolinks, images (alt text included), code spans, fenced and indented
// code blocks with their fences, raw HTML and HTML blocks (comments
// included), struck-through text (what an editor has deleted), link
// reference definitions, table pipes and delimiter rows, and the backslash
// of an escape. An entity ("&amp;", "&#8212;") becomes its character
// followed by spaces. Block marks that shape sentences stay: "#" of an ATX
// heading, list markers and ">" of a block quote, a setext underline.

// readMarkdown reads one Markdown article: a text article (parseText)
// whose body is read as Markdown.
func readMarkdown(in input) ([]*core.Article, []*core.InputError) {
	return parseText(in.src, in.id, in.content, true)
}

// markdownParser parses Markdown bodies; goldmark parsers are safe for
// concurrent use.
var markdownParser = goldmark.New(goldmark.WithExtensions(
	extension.Table, extension.Strikethrough, extension.Linkify,
)).Parser()

// markdownText returns body with its Markdown markup replaced by spaces,
// and the crosscheck directives of its HTML comments (see directive).
func markdownText(body string) (string, []rawDirective) {
	src := []byte(body)
	out := []byte(body)
	m := &masker{src: src, out: out}
	doc := markdownParser.Parse(text.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Type() != ast.TypeBlock {
			return ast.WalkContinue, nil
		}
		if t, ok := n.(*extast.Table); ok {
			m.table(t)
			return ast.WalkSkipChildren, nil // its cells are done
		}
		m.block(n)
		return ast.WalkContinue, nil
	})
	return string(out), m.directives
}

// masker blanks the markup of one Markdown body.
type masker struct {
	src, out   []byte
	directives []rawDirective
}

// block blanks the markup of one block node.
func (m *masker) block(n ast.Node) {
	switch b := n.(type) {
	case *ast.HTMLBlock:
		m.blankSegments(b.Lines())
		if b.HasClosure() {
			m.blank(b.ClosureLine.Start, b.ClosureLine.Stop)
		}
		m.comments(b)
		return
	case *ast.FencedCodeBlock:
		m.fenced(b)
		return
	}
	if hasBlockChild(n) {
		return
	}
	// A leaf block: its lines are blanked, then the text of its inline
	// children is put back.
	m.blankSegments(n.Lines())
	m.restore(n)
}

// hasBlockChild reports whether n contains blocks (a list, a quote): those
// are visited in turn and n has no text of its own.
func hasBlockChild(n ast.Node) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Type() == ast.TypeBlock {
			return true
		}
	}
	return false
}

// restore copies back the text of the inline descendants of n that are
// prose, and records the directives of its inline HTML comments.
func (m *masker) restore(n ast.Node) {
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.CodeSpan, *ast.Image, *ast.AutoLink, *extast.Strikethrough:
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			for i := 0; i < t.Segments.Len(); i++ {
				s := t.Segments.At(i)
				m.comment(s.Start, s.Stop)
			}
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			m.text(t.Segment.Start, t.Segment.Stop)
		}
		return ast.WalkContinue, nil
	})
}

// text copies src[start:stop] back, dropping the backslash of escapes and
// writing entities as their characters.
func (m *masker) text(start, stop int) {
	start, stop = m.clamp(start, stop)
	for i := start; i < stop; i++ {
		c := m.src[i]
		switch {
		case c == '\\' && i+1 < stop && isASCIIPunct(m.src[i+1]):
			m.out[i] = ' '
			m.out[i+1] = m.src[i+1]
			i++
		case c == '&':
			if n := m.entity(i, stop); n > 0 {
				i += n - 1
				continue
			}
			m.out[i] = c
		default:
			m.out[i] = c
		}
	}
}

// entityPattern matches a named or numeric character reference.
var entityPattern = regexp.MustCompile(`^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// entity writes the character reference at src[i:] as its character
// padded with spaces and returns its length, or 0 when there is none.
func (m *masker) entity(i, stop int) int {
	ref := entityPattern.Find(m.src[i:stop])
	if ref == nil {
		return 0
	}
	dec := html.UnescapeString(string(ref))
	if dec == string(ref) {
		return 0 // not an entity html knows: it is text
	}
	if len(dec) > len(ref) {
		dec = ""
	}
	n := copy(m.out[i:i+len(ref)], dec)
	for k := i + n; k < i+len(ref); k++ {
		m.out[k] = ' '
	}
	return len(ref)
}

// table blanks a table's lines, pipes and delimiter row included, and puts
// back the text of its cells.
func (m *masker) table(t *extast.Table) {
	lo, hi := -1, -1
	_ = ast.Walk(t, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if _, ok := c.(*extast.TableCell); ok {
			ls := c.Lines()
			for i := 0; i < ls.Len(); i++ {
				s := ls.At(i)
				if lo < 0 || s.Start < lo {
					lo = s.Start
				}
				hi = max(hi, s.Stop)
			}
		}
		return ast.WalkContinue, nil
	})
	if lo >= 0 {
		m.blank(m.lineStart(lo), m.lineEnd(hi))
		// The delimiter row is the line after the header row.
		if end := m.lineEnd(lo); end < len(m.src) {
			m.blank(end, m.lineEnd(end+1))
		}
	}
	m.restore(t)
}

// fenced blanks a fenced code block with its opening and closing fences.
func (m *masker) fenced(b *ast.FencedCodeBlock) {
	ls := b.Lines()
	m.blankSegments(ls)
	open := -1
	switch {
	case b.Info != nil:
		open = m.lineStart(b.Info.Segment.Start)
	case ls.Len() > 0:
		if s := m.lineStart(ls.At(0).Start); s > 0 {
			open = m.lineStart(s - 1)
		}
	}
	if open < 0 {
		return
	}
	end := m.lineEnd(open)
	m.blank(open, end)
	if ls.Len() > 0 {
		end = m.lineEnd(ls.At(ls.Len() - 1).Start)
	}
	if end < len(m.src) {
		next := m.lineEnd(end + 1)
		if t := strings.TrimLeft(string(m.src[end+1:next]), " \t>"); strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			m.blank(end+1, next)
		}
	}
}

// comments records the directives of an HTML block's comments.
func (m *masker) comments(b *ast.HTMLBlock) {
	ls := b.Lines()
	if ls.Len() == 0 {
		return
	}
	start, stop := ls.At(0).Start, ls.At(ls.Len()-1).Stop
	if b.HasClosure() {
		stop = b.ClosureLine.Stop
	}
	m.comment(start, stop)
}

// comment records the directives in the HTML src[start:stop].
func (m *masker) comment(start, stop int) {
	start, stop = m.clamp(start, stop)
	for _, loc := range directivePattern.FindAllSubmatchIndex(m.src[start:stop], -1) {
		m.directives = append(m.directives, rawDirective{
			offset: start + loc[0],
			end:    start + loc[1],
			args:   submatch(m.src[start:stop], loc),
		})
	}
}

// submatch returns the first submatch of a match in b, or "".
func submatch(b []byte, loc []int) string {
	if len(loc) < 4 || loc[2] < 0 {
		return ""
	}
	return string(b[loc[2]:loc[3]])
}

// blankSegments blanks every segment of ls.
func (m *masker) blankSegments(ls *text.Segments) {
	for i := 0; i < ls.Len(); i++ {
		s := ls.At(i)
		m.blank(s.Start, s.Stop)
	}
}

// blank replaces out[start:stop] with spaces, line breaks aside.
func (m *masker) blank(start, stop int) {
	start, stop = m.clamp(start, stop)
	for i := start; i < stop; i++ {
		if c := m.out[i]; c != '\n' && c != '\r' {
			m.out[i] = ' '
		}
	}
}

// clamp keeps a range inside the source.
func (m *masker) clamp(start, stop int) (int, int) {
	start = min(max(start, 0), len(m.src))
	return start, min(max(stop, start), len(m.src))
}

// lineStart returns the offset of the start of the line that holds off.
func (m *masker) lineStart(off int) int {
	off = min(max(off, 0), len(m.src))
	for off > 0 && m.src[off-1] != '\n' {
		off--
	}
	return off
}

// lineEnd returns the offset of the '\n' that ends the line holding off,
// or the length of the source.
func (m *masker) lineEnd(off int) int {
	off = min(max(off, 0), len(m.src))
	for off < len(m.src) && m.src[off] != '\n' {
		off++
	}
	return off
}

func isASCIIPunct(c byte) bool {
	return c < 0x80 && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

package report

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mdTable writes a table; every cell is escaped with md. A row with fewer
// cells than the header is padded with empty cells.
func mdTable(b *bytes.Buffer, header []string, rows [][]string) {
	esc := make([][]string, len(rows))
	for i, r := range rows {
		esc[i] = make([]string, len(r))
		for j, c := range r {
			esc[i][j] = md(c)
		}
	}
	mdRawTable(b, header, esc)
}

// mdRawTable writes a table of cells already written as Markdown (each on
// one line, pipes escaped); the header is escaped with md.
func mdRawTable(b *bytes.Buffer, header []string, rows [][]string) {
	b.WriteByte('|')
	for _, h := range header {
		b.WriteByte(' ')
		b.WriteString(md(h))
		b.WriteString(" |")
	}
	b.WriteString("\n|")
	for range header {
		b.WriteString(" --- |")
	}
	b.WriteByte('\n')
	for _, r := range rows {
		b.WriteByte('|')
		for i := range header {
			b.WriteByte(' ')
			if i < len(r) {
				b.WriteString(r[i])
			}
			b.WriteString(" |")
		}
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
}

// flatten makes s fit on one line of Markdown: invalid UTF-8 becomes
// U+FFFD, every run of white space and control characters (line breaks
// included) becomes one space, and the ends are trimmed.
func flatten(s string) string {
	if isFlat(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isFlat reports whether flatten would leave s unchanged, looking at ASCII
// only: printable ASCII with single inner spaces.
func isFlat(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f {
			return false
		}
		if c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// mdSpecial are the ASCII punctuation characters escaped in text: those
// that start or end emphasis (*, _), code (`), links and footnotes ([, ]),
// raw HTML and autolinks (<, >), entities (&), table cells (|),
// strikethrough (~), math ($), closing heading sequences (#) and escapes
// themselves (\).
const mdSpecial = "\\`*_[]<>|~&$#"

// md flattens s to one line and backslash-escapes the characters in
// mdSpecial, so that s renders as exactly its text, in a table cell or in a
// paragraph. CommonMark lets any ASCII punctuation be escaped this way, and
// GFM tables take \| as a literal pipe.
func md(s string) string {
	s = flatten(s)
	if !strings.ContainsAny(s, mdSpecial) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte(mdSpecial, c) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

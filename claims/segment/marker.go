package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitChunk splits [s, e), a run of text with no hard break, into
// sentences. A chunk that opens with a list marker ("1.", "a)", "•") is first
// cut before each following marker of the same list.
func (sg *segmenter) splitChunk(s, e int) {
	s, e = trimSpace(sg.text, s, e)
	if s >= e {
		return
	}
	m, ok := parseMarker(sg.text, s, e)
	if !ok {
		sg.scan(s, e)
		return
	}
	t := sg.text
	prevSpace := false
	for i := m.end; i < e; {
		r, sz := utf8.DecodeRuneInString(t[i:])
		if prevSpace && (isBullet(r) || r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z')) {
			if n, ok := parseMarker(t, i, e); ok && m.next(n) {
				sg.scan(s, i)
				s, m = i, n
				i = n.end
				continue
			}
		}
		prevSpace = unicode.IsSpace(r)
		i += sz
	}
	sg.scan(s, e)
}

// marker is a list-item marker: an optional bullet, then an optional number
// or lower-case letter with its punctuation ("1.", "2)", "3.)", "a.").
type marker struct {
	bullet rune
	kind   byte // 0 bullet only, 'n' number, 'a' letter
	punct  string
	value  int
	end    int
}

// next reports whether n is the item that follows m in the same list.
func (m marker) next(n marker) bool {
	if m.bullet != n.bullet || m.kind != n.kind || m.punct != n.punct {
		return false
	}
	if m.kind == 0 {
		// Bullets alone: only characters that are never prose punctuation.
		return m.bullet != '-' && m.bullet != '*' && m.bullet != '–'
	}
	return n.value == m.value+1
}

// parseMarker reads a list marker at text[i:], bounded by e, followed by
// white space.
func parseMarker(text string, i, e int) (marker, bool) {
	var m marker
	if i >= e {
		return m, false
	}
	r, sz := utf8.DecodeRuneInString(text[i:e])
	afterBullet := i
	if isBullet(r) {
		m.bullet = r
		i += sz
		afterBullet = i
		for i < e && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
	}
	if n, ok := parseItemNumber(text, i, e); ok {
		n.bullet = m.bullet
		return n, true
	}
	if m.bullet == 0 || afterBullet == i && i < e {
		return m, false // a bullet must be followed by white space: "-5"
	}
	m.end = afterBullet
	return m, true
}

// parseItemNumber reads the number or letter of a list item with its
// punctuation at text[i:], followed by white space: "12.", "3)", "b.)".
func parseItemNumber(text string, i, e int) (marker, bool) {
	var m marker
	j := i
	for j < e && j-i < 3 && text[j] >= '0' && text[j] <= '9' {
		m.value = m.value*10 + int(text[j]-'0')
		j++
	}
	switch {
	case j > i && (j >= e || text[j] < '0' || text[j] > '9'):
		m.kind = 'n'
	case j == i && i < e && text[i] >= 'a' && text[i] <= 'z':
		m.kind, m.value = 'a', int(text[i]-'a')
		j = i + 1
	default:
		return m, false
	}
	switch {
	case strings.HasPrefix(text[j:e], ".)"):
		m.punct = ".)"
	case strings.HasPrefix(text[j:e], "."):
		m.punct = "."
	case strings.HasPrefix(text[j:e], ")"):
		m.punct = ")"
	default:
		return m, false
	}
	m.end = j + len(m.punct)
	if m.end < e {
		if r, _ := utf8.DecodeRuneInString(text[m.end:e]); !unicode.IsSpace(r) {
			return m, false
		}
	}
	return m, true
}

// isBullet reports whether r marks a list item.
func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '▪', '▫', '‣', '⁃', '∙', '●', '○', '■', '□', '➢', '►', '-', '*', '–':
		return true
	}
	return false
}

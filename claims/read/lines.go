package read

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The helpers of the readers that slice a decoded input: its lines, white
// space, titles.

// lines splits s into lines without their '\n', each with its start offset.
type lineSpan struct{ start, end int }

func splitLines(s string) []lineSpan {
	out := make([]lineSpan, 0, strings.Count(s, "\n")+1)
	start := 0
	for {
		i := strings.IndexByte(s[start:], '\n')
		if i < 0 {
			out = append(out, lineSpan{start, len(s)})
			return out
		}
		out = append(out, lineSpan{start, start + i})
		start += i + 1
	}
}

// isBlank reports whether s holds only white space.
func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// trimSpan narrows [start, end) of s to drop white space at both ends.
func trimSpan(s string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:end])
		if !isSpaceRune(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !isSpaceRune(r) {
			break
		}
		end -= n
	}
	return start, end
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x2007, 0x202F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200B || unicode.IsSpace(r)
}

// makeArticle builds an article whose Text is content[start:end] trimmed,
// starting on the line that holds its first byte.
func makeArticle(content string, start, end int, lines []lineSpan) (text string, line int) {
	start, end = trimSpan(content, start, end)
	idx, _ := slices.BinarySearchFunc(lines, start, func(l lineSpan, off int) int {
		switch {
		case l.end < off:
			return -1
		case l.start > off:
			return 1
		}
		return 0
	})
	if idx >= len(lines) {
		idx = len(lines) - 1
	}
	// Keep the indentation of the first line, so that Text starts at column
	// 1 of its line and columns counted from Text are the file's columns.
	if idx >= 0 && lines[idx].start <= start && lines[idx].start >= 0 && isBlank(content[lines[idx].start:start]) {
		start = lines[idx].start
	}
	return content[start:end], idx + 1
}

// hasPrefixFold reports whether s starts with prefix, ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// sameTitle compares two title lines ignoring case and white space runs.
func sameTitle(a, b string) bool {
	i, j := 0, 0
	for {
		i = skipSpace(a, i)
		j = skipSpace(b, j)
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		ra, na := utf8.DecodeRuneInString(a[i:])
		rb, nb := utf8.DecodeRuneInString(b[j:])
		if ra != rb && unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		i += na
		j += nb
		// A run of spaces must stand on both sides or on neither.
		sa := i < len(a) && isSpaceAt(a, i)
		sb := j < len(b) && isSpaceAt(b, j)
		if sa != sb && i < len(a) && j < len(b) {
			return false
		}
	}
}

func isSpaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isSpaceRune(r)
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isSpaceRune(r) {
			break
		}
		i += n
	}
	return i
}

// cleanTitle trims a title line and collapses its inner white space.
func cleanTitle(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpaceRune), " ")
}

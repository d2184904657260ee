// Package sanitize makes untrusted strings (file names, article ids,
// outlet names, text read from the web) safe to write on one line of a
// terminal, a log or the output a CI runner reads.
//
// Line is the one sanitiser crosscheck uses for every untrusted string it
// writes to standard error and in the text and github check formats:
//
//   - line breaks of every kind (LF, CR, VT, FF, NEL U+0085, LINE
//     SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029) are shown escaped ("\n",
//     "\r", "\v", "\f", "\x85", "\u2028", "\u2029"), so a string always
//     stays on the line it is written on;
//   - every other control character (C0, DEL, C1, so the ESC of an ANSI
//     escape sequence), the bidirectional overrides and isolates and
//     invalid UTF-8 are shown escaped ("\x1b", "\u202e", "\xff"); a tab is
//     "\t";
//   - "::" and "##[" at any position are broken with a backslash (":\:",
//     "##\["), so no workflow command of GitHub Actions or Azure Pipelines
//     (the "##[...]" legacy form is honoured anywhere in a line) can be
//     forged through the string.
//
// Everything else is kept as it is.
package sanitize

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Line returns s made safe to write on one line (see the package
// documentation). A string that needs no change is returned as it is.
func Line(s string) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(&b, `\x%02x`, s[i])
			i++
			continue
		}
		i += n
		writeRune(&b, r)
	}
	return b.String()
}

// writeRune writes r, escaped when it must be, to b, whose content so far
// decides whether r would complete "::" or "##[".
func writeRune(b *strings.Builder, r rune) {
	if esc, ok := escapes[r]; ok {
		b.WriteString(esc)
		return
	}
	if unsafeRune(r) {
		if r < 0x100 {
			fmt.Fprintf(b, `\x%02x`, r)
		} else {
			fmt.Fprintf(b, `\u%04x`, r)
		}
		return
	}
	out := b.String()
	switch {
	case r == ':' && strings.HasSuffix(out, ":"):
		b.WriteString(`\:`)
	case r == '[' && strings.HasSuffix(out, "##"):
		b.WriteString(`\[`)
	default:
		b.WriteRune(r)
	}
}

// escapes are the characters shown by their conventional escape.
var escapes = map[rune]string{
	'\n': `\n`, '\r': `\r`, '\t': `\t`, '\v': `\v`, '\f': `\f`,
}

// unsafeRune reports whether r is a control character, a line or
// paragraph separator, or a bidirectional formatting character.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7F && r < 0xA0:
		return true
	case r == 0x2028, r == 0x2029:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return true
	}
	return false
}

// clean reports whether s needs no change: valid UTF-8 with no character
// Line escapes and no "::" or "##[".
func clean(s string) bool {
	if strings.Contains(s, "::") || strings.Contains(s, "##[") || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unsafeRune(r) {
			return false
		}
	}
	return true
}

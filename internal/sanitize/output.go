package sanitize

import (
	"bytes"
	"unicode/utf8"
)

// JSON returns the encoded JSON (or JSON Lines) data with every "##[" made
// "#\u0023[": the same JSON value, in which no runner finds the legacy
// workflow command form ("##[...]", honoured anywhere in a line), however
// the strings in it were forged. JSON's syntax holds no "#" outside its
// strings, so the change is always inside one. Data without "##[" is
// returned as it is.
func JSON(data []byte) []byte {
	if !bytes.Contains(data, legacy) {
		return data
	}
	return bytes.ReplaceAll(data, legacy, []byte(`#\u0023[`))
}

var legacy = []byte("##[")

// HTML returns the HTML document data made safe to print in a terminal
// or a CI log: every "##[" made "#&#35;[" (the same text once read, an
// entity being read in text and in attribute values alike, but no
// "##[...]" workflow command), and every control character but tab, line
// feed and carriage return (the ESC of an ANSI escape sequence, C1
// controls) shown by its control picture ("\x1b" is "␛", U+241B) or, for
// C1, U+FFFD. The document must hold no "##[" or control character in a
// script or a style, where entities are not read; crosscheck's reports put
// untrusted text in neither.
func HTML(data []byte) []byte {
	if !bytes.Contains(data, legacy) && !hasControl(data) {
		return data
	}
	out := make([]byte, 0, len(data)+16)
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case c == '#' && bytes.HasPrefix(data[i:], legacy):
			out = append(out, "#&#35;["...)
			i += len(legacy) - 1
		case c == '\t' || c == '\n' || c == '\r':
			out = append(out, c)
		case c < 0x20:
			out = utf8.AppendRune(out, 0x2400+rune(c))
		case c == 0x7f:
			out = utf8.AppendRune(out, 0x2421)
		case c == 0xc2 && i+1 < len(data) && data[i+1] >= 0x80 && data[i+1] <= 0x9f:
			out = utf8.AppendRune(out, utf8.RuneError)
			i++
		default:
			out = append(out, c)
		}
	}
	return out
}

// hasControl reports whether data holds a control character HTML shows by
// a picture.
func hasControl(data []byte) bool {
	for i, c := range data {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f ||
			(c == 0xc2 && i+1 < len(data) && data[i+1] >= 0x80 && data[i+1] <= 0x9f) {
			return true
		}
	}
	return false
}

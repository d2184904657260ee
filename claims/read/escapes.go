package read

import "strings"

// blankEscapes replaces every terminal escape sequence of s (ECMA-48: CSI
// "ESC [ … final", OSC, DCS, SOS, PM and APC strings up to their
// terminator, two-byte "ESC x" sequences, and the 8-bit CSI U+009B) with
// as many spaces as it has bytes, so that colour codes copied with a text
// are not read as words or figures ("\x1b[41m" is not 41 million) while
// every offset and line of s stays where it was. A sequence never takes a
// line break.
func blankEscapes(s string) string {
	if !strings.Contains(s, "\x1b") && !strings.Contains(s, "\u009b") {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		var n int
		switch {
		case b[i] == 0x1b:
			n = escapeLen(b[i+1:]) + 1
		case b[i] == 0xc2 && i+1 < len(b) && b[i+1] == 0x9b:
			n = csiLen(b[i+2:]) + 2
		default:
			i++
			continue
		}
		for k := i; k < i+n; k++ {
			b[k] = ' '
		}
		i += n
	}
	return string(b)
}

// escapeLen is the length of the escape sequence whose ESC was just before
// b, without the ESC.
func escapeLen(b []byte) int {
	if len(b) == 0 || b[0] == '\n' {
		return 0
	}
	switch b[0] {
	case '[':
		return 1 + csiLen(b[1:])
	case ']', 'P', 'X', '^', '_':
		return 1 + stringLen(b[1:])
	}
	n := 0
	for n < len(b) && b[n] >= 0x20 && b[n] <= 0x2f {
		n++
	}
	if n < len(b) && b[n] >= 0x30 && b[n] <= 0x7e {
		n++
	}
	return n
}

// csiLen is the length of a control sequence's parameters, intermediates
// and final byte at the start of b.
func csiLen(b []byte) int {
	n := 0
	for n < len(b) && b[n] >= 0x30 && b[n] <= 0x3f {
		n++
	}
	for n < len(b) && b[n] >= 0x20 && b[n] <= 0x2f {
		n++
	}
	if n < len(b) && b[n] >= 0x40 && b[n] <= 0x7e {
		n++
	}
	return n
}

// stringLen is the length of a control string at the start of b, up to and
// including its terminator (BEL or ESC \), or up to the line's end.
func stringLen(b []byte) int {
	for n := 0; n < len(b); n++ {
		switch {
		case b[n] == '\n':
			return n
		case b[n] == 0x07:
			return n + 1
		case b[n] == 0x1b && n+1 < len(b) && b[n+1] == '\\':
			return n + 2
		}
	}
	return len(b)
}

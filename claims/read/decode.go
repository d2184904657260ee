package read

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

// sniffLen is how much of an input the binary check looks at.
const sniffLen = 8192

// decode turns raw input into the text the readers slice: UTF-8 with LF line
// endings and no byte-order mark. Line numbers are those of the raw input.
// Binary input (NUL bytes, many control characters) and UTF-16 are errors.
// Invalid UTF-8 is not: each invalid byte is decoded as Windows-1252 (a
// superset of Latin-1 for printable characters, so a stray Latin-1 "£" stays
// a pound sign), bytes that code page leaves undefined become U+FFFD, and a
// Warning names the first such line.
func decode(src string, data []byte) (string, []*core.InputError) {
	if len(data) == 0 {
		return "", []*core.InputError{{Path: src, Err: core.ErrEmpty}}
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return "", []*core.InputError{{Path: src, Err: fmt.Errorf("%w: UTF-16 text is not supported; convert it to UTF-8", core.ErrBinary)}}
	}
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	if e := binary(data); e != nil {
		e.Path = src
		return "", []*core.InputError{e}
	}
	if utf8.Valid(data) && bytes.IndexByte(data, '\r') < 0 {
		return string(data), nil
	}
	text, bad, firstBad := normalize(data)
	if bad > 0 {
		return text, []*core.InputError{{Path: src, Line: firstBad, Warning: true,
			Err: fmt.Errorf("invalid UTF-8: %d byte(s) decoded as Windows-1252 (Latin-1)", bad)}}
	}
	return text, nil
}

// binary returns the error (without its path) of data that is binary: a
// NUL byte anywhere, or more than one control character in 20 among the
// first sniffLen bytes; nil for text.
func binary(data []byte) *core.InputError {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &core.InputError{Line: 1 + bytes.Count(data[:i], []byte{'\n'}), Err: fmt.Errorf("%w: NUL byte", core.ErrBinary)}
	}
	head := data[:min(len(data), sniffLen)]
	ctrl := 0
	for _, c := range head {
		// ESC is left to blankEscapes: colour codes are not binary.
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b) || c == 0x7F {
			ctrl++
		}
	}
	if ctrl > 0 && ctrl*20 > len(head) {
		return &core.InputError{Err: fmt.Errorf("%w: %d control characters in the first %d bytes", core.ErrBinary, ctrl, len(head))}
	}
	return nil
}

// normalize turns CRLF and lone CR into LF and decodes each byte of
// invalid UTF-8 as Windows-1252; it returns how many bytes it so decoded
// and the line of the first.
func normalize(data []byte) (text string, bad, firstBad int) {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	line := 1
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '\n':
			line++
			b.WriteByte(c)
			i++
		case c == '\r':
			// CRLF and lone CR both end a line.
			b.WriteByte('\n')
			line++
			i++
			if i < len(data) && data[i] == '\n' {
				i++
			}
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
		default:
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n == 1 {
				if bad == 0 {
					firstBad = line
				}
				bad++
				b.WriteRune(cp1252(c))
				i++
				continue
			}
			b.Write(data[i : i+n])
			i += n
		}
	}
	return b.String(), bad, firstBad
}

// cp1252High maps bytes 0x80–0x9F of Windows-1252; 0 marks the five bytes
// the code page leaves undefined.
var cp1252High = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// cp1252 decodes one byte ≥ 0x80 as Windows-1252.
func cp1252(c byte) rune {
	if c >= 0xA0 {
		return rune(c)
	}
	if r := cp1252High[c-0x80]; r != 0 {
		return r
	}
	return utf8.RuneError
}

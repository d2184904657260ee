package report

import "bytes"

// appendIndented appends src, compact JSON as encoding/json writes it, to
// dst indented by two spaces per level, byte for byte as json.Indent would
// write it with an empty prefix. It does not validate src: it is only fed
// the encoder's own output, and it is several times faster than
// json.Indent on large reports, which validates every byte.
func appendIndented(dst, src []byte) []byte {
	dst, _ = indentFrom(dst, src, 0)
	return dst
}

// indentFrom is appendIndented of a piece of a document that starts at
// the nesting depth given (no string or empty list straddling its ends);
// it returns the depth at its end too.
func indentFrom(dst, src []byte, depth int) ([]byte, int) {
	newline := func() {
		dst = append(dst, '\n')
		for range depth {
			dst = append(dst, ' ', ' ')
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '"':
			end := stringEnd(src, i)
			dst = append(dst, src[i:end]...)
			i = end - 1
		case '{', '[':
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, c, src[i+1])
				i++
				continue
			}
			dst = append(dst, c)
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, c, ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst, depth
}

// stringEnd returns the index just after the JSON string that starts with
// the quote at src[i].
func stringEnd(src []byte, i int) int {
	j := i + 1
	for {
		k := bytes.IndexAny(src[j:], "\"\\")
		if k < 0 {
			return len(src)
		}
		j += k
		if src[j] == '"' {
			return j + 1
		}
		j += 2 // an escape and the byte it escapes
	}
}

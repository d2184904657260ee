package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang"
)

// scan splits [s, e), a chunk with no hard break, at sentence ends.
func (sg *segmenter) scan(s, e int) {
	t := sg.text
	pos := s
	sg.tokStart, sg.tokEnd = -1, -1
	word := false // the sentence so far has a letter or digit
	for i := s; i < e; {
		r, sz := utf8.DecodeRuneInString(t[i:e])
		if !isTerminal(r) {
			if !word {
				word = unicode.IsLetter(r) || unicode.IsDigit(r)
			}
			i += sz
			continue
		}
		c := readCluster(t, i, e)
		if !word {
			// Leading punctuation or an ellipsis opening a sentence.
			i = c.end
			continue
		}
		if b, ok := sg.boundary(pos, i, e, c); ok {
			sg.emit(pos, b)
			pos, word = b, false
		}
		i = c.end
	}
	sg.emit(pos, e)
}

// emit appends the trimmed span [s, e) when it is not empty.
func (sg *segmenter) emit(s, e int) {
	s, e = trimSpace(sg.text, s, e)
	if s < e {
		sg.out = append(sg.out, core.Span{Start: s, End: e})
	}
}

// cluster is a run of terminal punctuation and the closing quotes and
// brackets after it.
type cluster struct {
	dots    int  // periods, an ellipsis character counting three
	strong  bool // a ? or ! (or another unambiguous terminator) is in it
	spaced  bool // the periods are spaced: ". . ."
	quote   bool // a closing quotation mark follows
	termEnd int  // end of the punctuation
	end     int  // end of the cluster
}

// readCluster reads the cluster that starts at text[i], a terminator.
func readCluster(t string, i, e int) cluster {
	var c cluster
	j := i
loop:
	for j < e {
		r, sz := utf8.DecodeRuneInString(t[j:e])
		switch {
		case r == '.':
			c.dots++
		case r == '…':
			c.dots += 3
		case isTerminal(r):
			c.strong = true
		case r == ' ' && c.dots > 0 && spacedDot(t, j+1, e):
			c.spaced = true
		default:
			break loop
		}
		j += sz
	}
	c.termEnd = j
	for j < e {
		r, sz := utf8.DecodeRuneInString(t[j:e])
		if !isCloser(r) {
			break
		}
		if r != ')' && r != ']' && r != '}' {
			c.quote = true
		}
		j += sz
	}
	c.end = j
	return c
}

// spacedDot reports whether t[j] is a period that continues a spaced
// ellipsis: followed by a space, a period, a closer or the end.
func spacedDot(t string, j, e int) bool {
	if j >= e || t[j] != '.' {
		return false
	}
	if j+1 >= e {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t[j+1 : e])
	return r == ' ' || r == '.' || isCloser(r)
}

// boundary decides whether the sentence that began at pos ends at the
// cluster c, whose first terminator is at i, and returns where it ends.
func (sg *segmenter) boundary(pos, i, e int, c cluster) (int, bool) {
	t := sg.text
	if c.end >= e {
		return 0, false // the chunk ends here anyway
	}
	if m, ok := parseMarker(t, pos, e); ok && i < m.end {
		return 0, false // the period of a list marker: "1. ", "a. "
	}
	if c.dots >= 3 && !c.strong && i > 0 && (t[i-1] == '[' || t[i-1] == '(') {
		return 0, false // an omission: "[...]"
	}
	next, nsz := utf8.DecodeRuneInString(t[c.end:e])
	if !unicode.IsSpace(next) {
		return sg.noSpaceBoundary(pos, i, e, c, c.end+nsz)
	}
	k := c.end
	for k < e {
		r, sz := utf8.DecodeRuneInString(t[k:e])
		if !unicode.IsSpace(r) {
			break
		}
		k += sz
	}
	if k >= e {
		return 0, false
	}
	first, _ := utf8.DecodeRuneInString(t[k:e])
	nw := segNextWord(t, k, e)
	if unicode.IsLower(first) && !camelCase(nw) {
		return 0, false
	}
	switch {
	case c.strong:
		if c.quote && sg.attribution(t, k, e) {
			return 0, false // “Why now?” Smith asked.
		}
		return c.end, true
	case c.dots >= 4 && c.spaced && i > 0 && !isSpaceBefore(t, i) && t[i] == '.':
		// "word. . . . Next": the period ends the sentence and the
		// ellipsis opens the next one.
		if !startsUpper(nw) {
			return 0, false
		}
		return i + 1, true
	case c.dots >= 4:
		return c.end, true
	case c.dots == 3:
		// An ellipsis ends a sentence before a capital. The pronoun I is
		// capitalised everywhere, so after the spaced ellipsis of
		// quotation (". . .", which marks words left out) it proves
		// nothing; after "..." or "…" trailing off, it starts a sentence.
		if !startsUpper(nw) || nw == "I" && c.spaced {
			return 0, false
		}
		return c.end, true
	}
	if sg.periodEnds(pos, i, e, nw, first, c.end > c.termEnd) {
		return c.end, true
	}
	return 0, false
}

// noSpaceBoundary handles a terminator followed directly by more text:
// "world.Today". It is a boundary only before a capitalised word, after a
// plain word or number, outside web addresses and e-mail addresses.
func (sg *segmenter) noSpaceBoundary(pos, i, e int, c cluster, after int) (int, bool) {
	t := sg.text
	next, _ := utf8.DecodeRuneInString(t[c.end:e])
	if !unicode.IsUpper(next) || after >= e {
		return 0, false
	}
	if r, _ := utf8.DecodeRuneInString(t[after:e]); !unicode.IsLower(r) {
		return 0, false
	}
	if c.dots > 1 && !c.strong {
		return 0, false
	}
	sg.token(i, e)
	if sg.tokWeb {
		return 0, false
	}
	w := sg.wordBefore(pos, i)
	if utf8.RuneCountInString(w) < 2 || strings.IndexByte(w, '.') >= 0 {
		return 0, false
	}
	if !c.strong && sg.lex.Abbreviation(strings.ToLower(w)) != lang.AbbrNone {
		return 0, false
	}
	return c.end, true
}

package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hardBreak reports whether the single line break after line j of the
// paragraph ends a sentence.
//
// After a line that ends with terminal punctuation the break is kept unless
// the line is wrapped prose (then the sentence scanner decides) or the next
// line starts in lower case. Otherwise the break is kept
// when the line looks like a heading, byline, dateline or list item, and
// dropped when it looks like hard-wrapped prose: the line is long and the
// next word would not have fitted on it, given the paragraph's longest line.
// That measure is weak when the line is itself the only long one, so a
// title-like line or a lower-case list without sentence punctuation then
// keeps its break.
func (sg *segmenter) hardBreak(p *paragraph, j int) bool {
	l, n := sg.lines[j], sg.lines[j+1]
	lt, nt := sg.text[l.Start:l.End], sg.text[n.Start:n.End]
	ll := p.lens[j]
	first, _ := utf8.DecodeRuneInString(nt)
	isWrapped := wrapped(ll, nt, p.width)
	// Another line as wide confirms the wrap width.
	confirmed := isWrapped && p.wide-btoi(ll >= p.width-wrapSlack) > 0
	if endsTerminal(lt) {
		if !unicode.IsLower(first) {
			// Unless wrapping put it there, a line break after terminal
			// punctuation settles an ambiguous period: "Inc." / "Shares".
			return !isWrapped
		}
		if strings.ContainsAny(lt[max(0, len(lt)-8):], "?!") {
			return !confirmed
		}
		return !isWrapped
	}
	if lt[0] == '#' {
		return true // Markdown heading
	}
	if m, ok := parseMarker(nt, 0, len(nt)); ok && m.end < len(nt) {
		if _, listed := parseMarker(lt, 0, len(lt)); listed || strings.HasSuffix(lt, ":") {
			return true
		}
		if m.kind == 0 && (m.bullet == '-' || m.bullet == '–') {
			return !isWrapped // a dash that wrapping put first on its line
		}
		return !confirmed
	}
	if r, _ := utf8.DecodeLastRuneInString(lt); r == ',' || r == ';' {
		return false
	}
	if unicode.IsLower(first) {
		return !p.prose && !confirmed
	}
	if !isWrapped {
		return true
	}
	return !confirmed && sg.headingShaped(lt)
}

// btoi returns 1 for true and 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// wrapped reports whether a line ll characters long looks broken by hard
// wrapping before line n: it is long, and the first word of n would have
// made it longer than the paragraph's longest line (width).
func wrapped(ll int, n string, width int) bool {
	if ll < minWrappedLine {
		return false
	}
	fw := strings.IndexFunc(n, unicode.IsSpace)
	if fw < 0 {
		fw = len(n)
	}
	return ll+1+utf8.RuneCountInString(n[:fw]) > width
}

// endsTerminal reports whether a trimmed line ends with sentence-final
// punctuation, possibly followed by closing quotes or brackets.
func endsTerminal(s string) bool {
	for len(s) > 0 {
		r, sz := utf8.DecodeLastRuneInString(s)
		switch {
		case isCloser(r):
			s = s[:len(s)-sz]
		case isTerminal(r):
			return true
		default:
			return false
		}
	}
	return false
}

// headingShaped reports whether a line reads like a title or a byline: "By"
// and a name, or nearly every word (short function words aside) capitalised.
func (sg *segmenter) headingShaped(s string) bool {
	if strings.Count(s, ",") >= 3 || strings.ContainsRune(s, ';') {
		return false // a list of names or clauses
	}
	words, caps := 0, 0
	for i, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if i == 0 && w == "By" {
			return true
		}
		if w == "" || sg.lex.TitleSmallWord(w) {
			continue // numbers and function words say nothing
		}
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 2 && caps*5 >= words*4
}

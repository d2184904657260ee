package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the sentence segmenter: a single forward scan with no
// regular expressions, linear in the length of the text.
//
// The text is first cut into paragraphs (a line break followed by a blank
// line always ends a sentence), then each paragraph into chunks at the single
// line breaks that end a heading, byline, dateline or list item, and each
// chunk into sentences at terminal punctuation, with the exceptions news text
// needs: abbreviations, initials, decimals, list markers, quotes and
// ellipses.

// SplitSentences returns the spans of the sentences of text, in order. Each span is
// trimmed of surrounding white space; text[s.Start:s.End] is the sentence.
func SplitSentences(text string) []Span {
	sg := segmenter{text: text}
	sg.run()
	return sg.out
}

// Segment splits an article's Text into sentences: Index (0-based), Text, Span, and
// Line = a.LineAt(Start).
func Segment(a *Article) []Sentence {
	spans := SplitSentences(a.Text)
	out := make([]Sentence, len(spans))
	// Lines are counted incrementally: calling a.LineAt for every sentence
	// would rescan the text from its start each time.
	line, prev := a.Line, 0
	for i, sp := range spans {
		if !a.SingleLine {
			line += strings.Count(a.Text[prev:sp.Start], "\n")
			prev = sp.Start
		}
		out[i] = Sentence{Index: i, Text: a.Text[sp.Start:sp.End], Span: sp, Line: line}
	}
	return out
}

// segmenter holds the state of one SplitSentences call.
type segmenter struct {
	text string
	out  []Span
	// lines of the paragraph being gathered and their lengths, reused
	// across paragraphs.
	lines []Span
	lens  []int
	// The white-space-delimited token around the last period examined, so
	// that a token with many periods is measured once.
	tokStart, tokEnd int
	tokWeb           bool
}

// run cuts the text into lines and the lines into paragraphs.
func (sg *segmenter) run() {
	t := sg.text
	ls := 0
	for i := 0; i < len(t); {
		c := t[i]
		brk, para, size := false, false, 1
		switch {
		case c == '\n' || c == '\v':
			brk = true
		case c == '\r':
			brk = true
			if i+1 < len(t) && t[i+1] == '\n' {
				size = 2
			}
		case c == '\f':
			brk, para = true, true
		case c >= utf8.RuneSelf:
			r, sz := utf8.DecodeRuneInString(t[i:])
			size = sz
			switch r {
			case '\u2028', '\u0085':
				brk = true
			case '\u2029':
				brk, para = true, true
			}
		}
		if brk {
			sg.addLine(ls, i)
			if para {
				sg.flushParagraph()
			}
			ls = i + size
		}
		i += size
	}
	sg.addLine(ls, len(t))
	sg.flushParagraph()
}

// addLine adds the line [s, e) to the current paragraph; a blank line ends
// the paragraph.
func (sg *segmenter) addLine(s, e int) {
	s, e = trimSpace(sg.text, s, e)
	if s >= e {
		sg.flushParagraph()
		return
	}
	sg.lines = append(sg.lines, Span{Start: s, End: e})
}

// flushParagraph splits the gathered lines into chunks at hard line breaks
// and the chunks into sentences.
func (sg *segmenter) flushParagraph() {
	lines := sg.lines
	if len(lines) == 0 {
		return
	}
	p := paragraph{lens: sg.lens[:0]}
	for _, l := range lines {
		n := utf8.RuneCountInString(sg.text[l.Start:l.End])
		p.lens = append(p.lens, n)
		p.width = max(p.width, n)
	}
	for j := 0; j+1 < len(lines); j++ {
		if p.lens[j] >= p.width-wrapSlack {
			p.wide++
		}
	}
	last := lines[len(lines)-1]
	p.prose = strings.ContainsAny(sg.text[lines[0].Start:last.End], ".?!…")
	start := lines[0].Start
	for j := 0; j+1 < len(lines); j++ {
		if sg.hardBreak(&p, j) {
			sg.splitChunk(start, lines[j].End)
			start = lines[j+1].Start
		}
	}
	sg.splitChunk(start, last.End)
	sg.lines, sg.lens = sg.lines[:0], p.lens
}

// paragraph holds what the line-break decisions measure on a paragraph.
type paragraph struct {
	lens  []int // length of each line, in characters
	width int   // length of the longest line
	wide  int   // lines but the last within wrapSlack of width
	prose bool  // the paragraph has sentence punctuation somewhere
}

const (
	// minWrappedLine is the length in characters under which a line is
	// never taken for a line of hard-wrapped prose.
	minWrappedLine = 40
	// wrapSlack is how much shorter than the longest line a line of
	// hard-wrapped text may be.
	wrapSlack = 15
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
	return !confirmed && headingShaped(lt)
}

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
func headingShaped(s string) bool {
	if strings.Count(s, ",") >= 3 || strings.ContainsRune(s, ';') {
		return false // a list of names or clauses
	}
	words, caps := 0, 0
	for i, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if i == 0 && w == "By" {
			return true
		}
		if w == "" || titleSmallWords[w] {
			continue // numbers and function words say nothing
		}
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 2 && caps*5 >= words*4
}

// titleSmallWords are the words a title leaves in lower case.
var titleSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true,
	"for": true, "and": true, "or": true, "to": true, "with": true, "by": true,
	"from": true, "as": true, "vs": true, "but": true, "nor": true, "into": true,
}

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
		sg.out = append(sg.out, Span{Start: s, End: e})
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
		if c.quote && attribution(t, k, e) {
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
	if !c.strong && abbrevClass(strings.ToLower(w)) != abbrNone {
		return 0, false
	}
	return c.end, true
}

// periodEnds decides whether a single period at t[i], followed by white
// space and then by a character that is not lower case (first, starting the
// word nw), ends the sentence that began at pos. closed tells that closing
// quotes or brackets follow the period.
func (sg *segmenter) periodEnds(pos, i, e int, nw string, first rune, closed bool) bool {
	t := sg.text
	sg.token(i, e)
	w := sg.wordBefore(pos, i)
	if w == "" || sg.tokWeb {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(t[:i]); isCloser(r) {
		return true // a word in brackets or quotes: "(MS)."
	}
	digit := unicode.IsDigit(first)
	lw := strings.ToLower(w)
	class := abbrevClass(lw)
	if class == abbrTitle && isUpperWord(w) && !isUpperWord(nw) {
		// "MS." and "ST." in capitals are acronyms, unless the text
		// around is in capitals too ("DR. JONES").
		class = abbrNone
	}
	if closed && class != abbrTitle && class != abbrNever {
		// An abbreviation or initial is not followed by a closing quote
		// inside the sentence: "Block H." she said.
		return true
	}
	if strings.IndexByte(w, '.') >= 0 {
		// A multi-period abbreviation (U.S., a.m., e.g., Ph.D.) or a
		// number or name with periods in it (1.5, example.com).
		if !dottedAbbrev(w) {
			return true
		}
		switch lw {
		case "e.g", "i.e", "c.f", "n.b":
			return false
		case "a.m", "p.m":
			return !digit && !sg.fragment(pos, i)
		}
		return !digit && starters[nw] && !sg.fragment(pos, i)
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsLower(r):
			return !digit // p. 55
		case unicode.IsUpper(r):
			if r == 'I' && lowerWordBefore(t, pos, i-1) {
				return true // the pronoun: "you and I."
			}
			// An initial: J. R. R. Tolkien, George W. Bush.
			return !digit && starters[nw]
		}
		return true
	}
	switch class {
	case abbrTitle, abbrNever:
		return false
	case abbrNumber:
		return !digit && !sg.fragment(pos, i)
	case abbrName:
		return !digit && starters[nw] && !sg.fragment(pos, i)
	case abbrOther:
		return !sg.fragment(pos, i)
	}
	return true
}

// token sets the white-space-delimited token around t[i].
func (sg *segmenter) token(i, e int) {
	if i >= sg.tokStart && i < sg.tokEnd {
		return
	}
	t := sg.text
	s := i
	for s > 0 {
		r, sz := utf8.DecodeLastRuneInString(t[:s])
		if unicode.IsSpace(r) {
			break
		}
		s -= sz
	}
	end := i
	for end < e {
		r, sz := utf8.DecodeRuneInString(t[end:e])
		if unicode.IsSpace(r) {
			break
		}
		end += sz
	}
	tok := t[s:end]
	sg.tokStart, sg.tokEnd = s, end
	sg.tokWeb = strings.IndexByte(tok, '@') >= 0 || strings.Contains(tok, "://") ||
		strings.HasPrefix(strings.TrimLeftFunc(tok, isOpener), "www.")
}

// wordBefore returns the word that ends at the period t[i]: the token up to
// i, not reaching before the sentence start pos, without opening or closing
// quotes and brackets.
func (sg *segmenter) wordBefore(pos, i int) string {
	s := max(sg.tokStart, pos)
	if s > i {
		s = i
	}
	w := strings.TrimLeftFunc(sg.text[s:i], isOpener)
	return strings.TrimRightFunc(w, isCloser)
}

// fragment reports whether the sentence that began at pos, if it ended at
// i, would be only a short prepositional phrase ("At 5 a.m.", "By Jan."),
// which cannot be a sentence of its own.
func (sg *segmenter) fragment(pos, i int) bool {
	t := sg.text[pos:i]
	first := ""
	for n := 0; ; n++ {
		t = strings.TrimLeftFunc(t, unicode.IsSpace)
		if t == "" {
			break
		}
		if n == 4 {
			return false // five words or more
		}
		end := strings.IndexFunc(t, unicode.IsSpace)
		if end < 0 {
			end = len(t)
		}
		if n == 0 {
			first = t[:end]
		}
		t = t[end:]
	}
	return fragmentPrepositions[strings.ToLower(strings.TrimLeftFunc(first, isOpener))]
}

var fragmentPrepositions = map[string]bool{
	"at": true, "by": true, "before": true, "after": true, "until": true,
	"till": true, "from": true, "on": true, "in": true, "since": true,
	"around": true, "about": true, "near": true,
}

// lowerWordBefore reports whether the word that ends before the space ending
// at t[j] (j is the index of the single letter) starts in lower case.
func lowerWordBefore(t string, pos, j int) bool {
	k := j
	for k > pos {
		r, sz := utf8.DecodeLastRuneInString(t[:k])
		if !unicode.IsSpace(r) {
			break
		}
		k -= sz
	}
	if k == j {
		return false // the letter is not preceded by a space
	}
	s := k
	for s > pos {
		r, sz := utf8.DecodeLastRuneInString(t[:s])
		if unicode.IsSpace(r) {
			break
		}
		s -= sz
	}
	if s >= k {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(t[s:k], isOpener))
	return unicode.IsLower(r)
}

// attribution reports whether the text at t[k:] is a short speech tag that
// completes a quoted question or exclamation: "Smith asked.", "said Ms
// Jones,". A tag that opens with a capitalised pronoun ("He said: …") or
// ends with a colon introduces what follows instead.
func attribution(t string, k, e int) bool {
	speech := false
	for n := 1; n <= 4; n++ {
		k, _ = trimSpace(t, k, e)
		s := k
		for k < e {
			r, sz := utf8.DecodeRuneInString(t[k:e])
			if unicode.IsSpace(r) {
				break
			}
			k += sz
		}
		if s == k {
			return false
		}
		w := t[s:k]
		core := strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if n == 1 && segPronouns[core] {
			return false
		}
		if speechVerbs[strings.ToLower(core)] {
			speech = true
		}
		if len(core) == len(w) {
			continue
		}
		switch r, _ := utf8.DecodeLastRuneInString(w); {
		case r == ',' || isTerminal(r) && abbrevClass(strings.ToLower(core)) != abbrTitle:
			return speech
		case r != '.':
			return false
		}
	}
	return false
}

var segPronouns = map[string]bool{
	"He": true, "She": true, "They": true, "We": true, "I": true, "It": true, "You": true,
}

var speechVerbs = map[string]bool{
	"said": true, "says": true, "asked": true, "asks": true, "told": true,
	"added": true, "adds": true, "wrote": true, "writes": true, "replied": true,
	"shouted": true, "tweeted": true, "posted": true, "insisted": true,
	"explained": true, "continued": true, "cried": true, "yelled": true,
	"wondered": true, "exclaimed": true, "responded": true, "answered": true,
}

// nextWord returns the letters at the start of the word at t[k:], after
// opening quotes and brackets.
func segNextWord(t string, k, e int) string {
	for k < e {
		r, sz := utf8.DecodeRuneInString(t[k:e])
		if !isOpener(r) {
			break
		}
		k += sz
	}
	s := k
	for k < e {
		r, sz := utf8.DecodeRuneInString(t[k:e])
		if !unicode.IsLetter(r) {
			break
		}
		k += sz
	}
	return t[s:k]
}

// camelCase reports whether a word that starts in lower case has a capital
// after: iPhone, eBay, which can open a sentence.
func camelCase(w string) bool {
	_, sz := utf8.DecodeRuneInString(w)
	return strings.IndexFunc(w[sz:], unicode.IsUpper) >= 0
}

// isUpperWord reports whether w has two or more letters, all upper case.
func isUpperWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// dottedAbbrev reports whether w (without its final period) is made of
// one- or two-letter parts joined by periods: U.S, a.m, Ph.D.
func dottedAbbrev(w string) bool {
	for part := range strings.SplitSeq(w, ".") {
		n := 0
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		}
		if n == 0 || n > 2 {
			return false
		}
	}
	return true
}

func isSpaceBefore(t string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return unicode.IsSpace(r)
}

// isTerminal reports whether r can end a sentence.
func isTerminal(r rune) bool {
	switch r {
	case '.', '?', '!', '…', '‽', '‼', '⁇', '⁈', '⁉', '？', '！', '。':
		return true
	}
	return false
}

// isCloser reports whether r closes a quotation or a parenthesis.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}':
		return true
	}
	return false
}

// isOpener reports whether r opens a quotation or a parenthesis.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '(', '[', '{', '„', '‚':
		return true
	}
	return false
}

// trimSpace narrows [s, e) to exclude surrounding white space.
func trimSpace(t string, s, e int) (int, int) {
	for s < e {
		r, sz := utf8.DecodeRuneInString(t[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += sz
	}
	for e > s {
		r, sz := utf8.DecodeLastRuneInString(t[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= sz
	}
	return s, e
}

// Abbreviation classes.
const (
	abbrNone   = iota
	abbrTitle  // precedes a name, never ends a sentence: Mr., Dr., Gen., St.
	abbrNever  // always followed by more: vs., cf., viz.
	abbrNumber // precedes a number (No. 10, p. 5, Jan. 6); else like abbrOther
	abbrName   // follows a name (Inc., Co., Jr.): ends a sentence before a word that opens one
	abbrOther  // ends a sentence before a capital: etc., a.m.
)

// abbrevClass returns the class of a lower-case word written before a
// period.
func abbrevClass(w string) int {
	return abbreviations[w]
}

var abbreviations = func() map[string]int {
	m := map[string]int{}
	add := func(class int, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = class
		}
	}
	add(abbrTitle, `mr mrs ms mx dr prof gov govs sen sens rep reps gen gens lt col capt cpt
		cmdr cdr comdr sgt maj adm brig cpl pvt spc rev revs fr st ste mt ft hon pres supt
		det insp messrs mmes mme mlle msgr atty amb rt sra srta dame`)
	add(abbrNever, `vs cf viz`)
	add(abbrNumber, `no nos nr nº n° p pp vol vols fig figs art arts sec secs ch chap para
		paras tel ext approx ca est op jan feb mar apr jun jul aug sep sept oct nov dec`)
	add(abbrName, `inc ltd co corp plc llc llp bros jr sr esq`)
	add(abbrOther, `etc al ave blvd rd dept univ assn mfg intl govt hwy mon tue tues wed thu
		thur thurs fri sat sun`)
	return m
}()

// starters are capitalised words that open sentences: after an ambiguous
// abbreviation (U.S., an initial, Inc.) such a word shows that the sentence
// has ended, where any other capitalised word may be a name that continues
// it.
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`A An The He She It They We I You This That These Those
		There Here But And Or So Yet However Meanwhile Moreover Also Then Now Still Instead
		Thus Therefore Indeed Nevertheless In On At For If When While After Before As Since
		Although Though Because Despite During Once Unlike What Who Whom Whose Why How Where
		Which His Her Its Their Our My Your Some Many Most All Both Each Every Several Few
		No Not None Neither Nor Other Another Such Only Even Last Earlier Later According
		Besides Yesterday Today Tomorrow Following Under Over With Without Among Between
		Mr Mrs Ms Dr`) {
		m[w] = true
	}
	return m
}()

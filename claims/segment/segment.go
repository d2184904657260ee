package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang"
)

// Segmenter splits text into sentences with the words of a language (its
// abbreviations, sentence starters, title words, fragment prepositions,
// subject pronouns and speech verbs). It keeps only its lexicon, which it
// never modifies, and is safe for concurrent use.
type Segmenter struct {
	lex *lang.Lexicon
}

// New returns the Segmenter of the lexicon lex.
func New(lex *lang.Lexicon) *Segmenter { return &Segmenter{lex: lex} }

// Split returns the spans of the sentences of text, in order. Each span is
// trimmed of surrounding white space; text[s.Start:s.End] is the sentence.
func (g *Segmenter) Split(text string) []core.Span {
	sg := segmenter{text: text, lex: g.lex}
	sg.run()
	return sg.out
}

// Sentences splits an article's Text into sentences: Index (0-based), Text, Span, and
// Line = a.LineAt(Start). text[s.Start:s.End] is s.Text.
func (g *Segmenter) Sentences(a *core.Article) []core.Sentence {
	spans := g.Split(a.Text)
	out := make([]core.Sentence, len(spans))
	// Lines are counted incrementally: calling a.LineAt for every sentence
	// would rescan the text from its start each time.
	line, prev := a.Line, 0
	for i, sp := range spans {
		if !a.SingleLine {
			line += strings.Count(a.Text[prev:sp.Start], "\n")
			prev = sp.Start
		}
		out[i] = core.Sentence{Index: i, Text: a.Text[sp.Start:sp.End], Span: sp, Line: line}
	}
	return out
}

// segmenter holds the state of one Split call.
type segmenter struct {
	text string
	lex  *lang.Lexicon
	out  []core.Span
	// lines of the paragraph being gathered and their lengths, reused
	// across paragraphs.
	lines []core.Span
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
	sg.lines = append(sg.lines, core.Span{Start: s, End: e})
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
	// ContainsAny of ".?!…" decodes every rune, its set not being ASCII;
	// the ellipsis's bytes always decode to it, so it is looked for apart.
	para := sg.text[lines[0].Start:last.End]
	p.prose = strings.ContainsAny(para, ".?!") || strings.Contains(para, "…")
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

package claims

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/measure"
	"github.com/crosscheck-news/crosscheck/claims/when"
	"github.com/crosscheck-news/crosscheck/internal/parallel"
)

// Doc is one article with its claims, the title's first: what [Extractor.Doc]
// gives and what compare compares.
type Doc = core.Doc

// Doc returns the Doc of an article: the claim of its title when the title
// states a figure ([Extractor.ExtractTitle]), then the claims of its
// sentences ([Extractor.Extract]).
func (e *Extractor) Doc(a *Article) Doc { return e.doc(a, e.newTokenizer()) }

// Docs returns the Doc of every article, in the order of articles, the
// articles shared out over the cores.
func (e *Extractor) Docs(articles []*Article) []Doc {
	docs := make([]Doc, len(articles))
	parallel.ShareOut(len(articles), 32, func(w, workers int) {
		tk := e.newTokenizer() // one a worker: its stems serve every article
		for i := w; i < len(articles); i += workers {
			docs[i] = e.doc(articles[i], tk)
		}
	})
	return docs
}

// doc is Doc with the tokenizer tk.
func (e *Extractor) doc(a *Article, tk *Tokenizer) Doc {
	cls := e.extract(a, tk)
	if t, ok := e.extractTitle(a, tk); ok {
		cls = append([]Claim{t}, cls...)
	}
	return Doc{Article: a, Claims: cls}
}

// Extract splits an article into sentences and returns one Claim for each
// sentence, in order, with the figures it states (possibly none). Figure
// spans are offsets into the article's Text and lines are lines of its
// file; each figure carries its measure and subject, and each sentence its
// words (Tokens, and for a sentence with figures Events and Capitals).
func (e *Extractor) Extract(a *Article) []Claim { return e.extract(a, e.newTokenizer()) }

// ExtractWith is Extract with a Tokenizer the caller keeps from one article
// to the next, so that its stems serve them all; a Tokenizer is not safe
// for concurrent use. A nil tk leaves every sentence's words (Tokens,
// Events, Capitals) empty, for callers that want only the figures.
func (e *Extractor) ExtractWith(a *Article, tk *Tokenizer) []Claim { return e.extract(a, tk) }

// extract is Extract with the tokenizer tk.
func (e *Extractor) extract(a *Article, tk *Tokenizer) []Claim {
	sents := e.seg.Sentences(a)
	out := make([]Claim, len(sents))
	for i, s := range sents {
		figs := e.measured(s.Text)
		readWords(&s, tk, len(figs) > 0)
		out[i] = Claim{Article: a, Sentence: s, Figures: figs}
	}
	year := yearOf(a.Published)
	textYear := year == 0
	if textYear {
		year = articleYear(out)
	}
	months := e.measures.PublishedMonths(PublishedDay(a.Published))
	if len(months) == 0 {
		if m := e.articleMonth(out); m != "" {
			months = []string{m}
		}
	}
	sl := e.newSlotter(year, months)
	sl.textYear = textYear
	for i := range out {
		s, figs := out[i].Sentence, out[i].Figures
		if opensParagraph(a, out, i) {
			sl.paragraph(i)
		}
		sl.sentence(i, s.Text, figs)
		e.timed(s.Text, figs, a.Published)
		for j := range figs {
			f := &figs[j]
			// The line is counted from the sentence's own line: counting
			// from the start of the article for every figure would be
			// quadratic in a long article.
			f.Line = s.Line
			if !a.SingleLine {
				f.Line += strings.Count(s.Text[:min(f.Start, len(s.Text))], "\n")
			}
			f.Start += s.Start
			f.End += s.Start
		}
	}
	return out
}

// opensParagraph reports whether sentence i of an article's claims cs
// opens a paragraph: one after a blank line, or the first when the text
// has blank lines at all (a text without them gives no paragraphs; a
// line break alone may only wrap a paragraph).
func opensParagraph(a *Article, cs []Claim, i int) bool {
	if i == 0 {
		return blankLine(a.Text)
	}
	from, to := cs[i-1].Sentence.End, cs[i].Sentence.Start
	return from <= to && to <= len(a.Text) && blankLine(a.Text[from:to])
}

// blankLine reports whether s holds a blank line: two line breaks with
// only spaces between.
func blankLine(s string) bool {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			return false
		}
		s = s[i+1:]
		if rest := strings.TrimLeft(s, " \t\r"); strings.HasPrefix(rest, "\n") {
			return true
		}
	}
}

// ExtractTitle returns the claim of an article's title: its figures, with
// spans into the title and the title's line, and Index -1. ok is false
// when the title states no figure.
func (e *Extractor) ExtractTitle(a *Article) (c Claim, ok bool) {
	return e.extractTitle(a, e.newTokenizer())
}

// extractTitle is ExtractTitle with the tokenizer tk.
func (e *Extractor) extractTitle(a *Article, tk *Tokenizer) (c Claim, ok bool) {
	figs := e.measured(a.Title)
	if len(figs) == 0 {
		return Claim{}, false
	}
	line := a.TitleLine
	if line == 0 {
		line = a.Line
	}
	sl := e.newSlotter(yearOf(a.Published), e.measures.PublishedMonths(PublishedDay(a.Published)))
	sl.sentence(0, a.Title, figs)
	e.timed(a.Title, figs, a.Published)
	for j := range figs {
		figs[j].Line = line
	}
	s := Sentence{Index: -1, Text: a.Title, Span: Span{Start: 0, End: len(a.Title)}, Line: line}
	readWords(&s, tk, true)
	return Claim{Article: a, Sentence: s, Figures: figs}, true
}

// timed gives each figure of a sentence the times the sentence pins it
// to (Figure.When), the figures' spans relative to the sentence.
func (e *Extractor) timed(sentence string, figs []Figure, published string) {
	if len(figs) == 0 {
		return
	}
	times := e.when.Sentence(sentence, figs, 0, published)
	for j := range figs {
		figs[j].When = when.Nearest(times, figs[j].Start)
	}
}

// PublishedYear is the year of a published timestamp, or 0 when it has
// none.
func PublishedYear(p string) int { return yearOf(p) }

// PublishedDay is the date part of a published timestamp ("2023-06-30"),
// or "" when there is none.
func PublishedDay(p string) string { return when.PublishedDay(p) }

// measured returns the figures of one sentence with their measures and
// subjects, spans relative to the sentence.
func (e *Extractor) measured(text string) []Figure {
	figs := e.Figures(text)
	for j := range figs {
		f := &figs[j]
		if f.Measure == "" && f.Subject == "" {
			f.Measure, f.Subject = e.measures.Of(text, f.Start, f.End)
		}
		if f.Measure == "" && f.Kind == Count && j > 0 {
			f.Measure = listMeasure(text, figs[:j], *f)
		}
	}
	return figs
}

// articleYear is the latest year an article names (its own, when it does
// not say), or 0 when it names none, or one year only, which may be its
// own or that of an earlier event it names.
func articleYear(cs []Claim) int {
	year, low := 0, 0
	for _, c := range cs {
		for _, f := range c.Figures {
			if (f.Kind == Year || f.Kind == core.Decade) && f.Value >= 1900 && f.Value <= 2100 {
				if f.Kind == Year {
					year = max(year, int(f.Value))
				}
				if low == 0 || int(f.Value) < low {
					low = int(f.Value) // "in the early 1990s" is another time
				}
			}
		}
	}
	if low == year {
		return 0 // one year only: that of the event, or of another named beside it
	}
	return year
}

// listCues join the items of a list of figures: "18,010 deaths, followed
// by Spain with 11,324 and Germany with 8,173".
var listCues = []string{"followed by", " and ", ", while ", "compared with", "against", ";"}

// listMeasure gives a count that no word of its own measures the measure
// of the count before it in the same sentence, when the two are items of
// one list: joined by a list cue, with no other figure between them.
func listMeasure(sentence string, before []Figure, f Figure) string {
	prev := before[len(before)-1]
	if prev.Kind != Count || prev.Measure == "" || !IsEventMeasure(prev.Measure) {
		return ""
	}
	between := strings.ToLower(sentence[min(prev.End, len(sentence)):min(max(f.Start, prev.End), len(sentence))])
	if len(between) > 40 {
		return "" // list items stand close together
	}
	if f.End < len(sentence) && isLetterByte(sentence[f.End]) {
		return "" // "29A" is a name, not an item
	}
	for _, c := range listCues {
		if strings.Contains(between, c) {
			return prev.Measure
		}
	}
	return ""
}

// IsEventMeasure reports whether m is a measure a verb or a toll gives
// (killed, injured, missing, arrested, displaced, evacuated, executed),
// rather than a counted noun.
func IsEventMeasure(m string) bool { return measure.IsEvent(m) }

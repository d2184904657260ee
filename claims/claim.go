package claims

import "strings"

// Extract splits an article into sentences and returns one Claim for each
// sentence, in order, with the figures it states (possibly none). Figure
// spans are offsets into the article's Text and lines are lines of its
// file; each figure carries its measure and subject.
func (e *Extractor) Extract(a *Article) []Claim {
	sents := Segment(a)
	out := make([]Claim, len(sents))
	for i, s := range sents {
		figs := e.Figures(s.Text)
		for j := range figs {
			f := &figs[j]
			if f.Measure == "" && f.Subject == "" {
				f.Measure, f.Subject = MeasureOf(s.Text, f.Start, f.End)
			}
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
		out[i] = Claim{Article: a, Sentence: s, Figures: figs}
	}
	return out
}

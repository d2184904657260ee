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
			if f.Measure == "" && f.Kind == Count && j > 0 {
				f.Measure = listMeasure(s.Text, figs[:j], *f)
			}
		}
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
		out[i] = Claim{Article: a, Sentence: s, Figures: figs}
	}
	return out
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
func IsEventMeasure(m string) bool {
	switch m {
	case MeasureKilled, MeasureInjured, MeasureMissing, MeasureArrested, MeasureDisplaced, MeasureEvacuated, MeasureExecuted:
		return true
	}
	return false
}

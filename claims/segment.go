package claims

import "github.com/crosscheck-news/crosscheck/claims/segment"

// SplitSentences returns the spans of the sentences of English text, in
// order. Each span is trimmed of surrounding white space;
// text[s.Start:s.End] is the sentence.
func SplitSentences(text string) []Span { return segment.New(&defaultLexicon).Split(text) }

// Segment splits an English article's Text into sentences: Index
// (0-based), Text, Span, and Line = a.LineAt(Start).
func Segment(a *Article) []Sentence { return segment.New(&defaultLexicon).Sentences(a) }

// Segment is [Segment] in the Extractor's language.
func (e *Extractor) Segment(a *Article) []Sentence { return e.seg.Sentences(a) }

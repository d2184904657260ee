package claims

import "github.com/crosscheck-news/crosscheck/claims/segment"

// SplitSentences returns the spans of the sentences of text, in order. Each span is
// trimmed of surrounding white space; text[s.Start:s.End] is the sentence.
func SplitSentences(text string) []Span { return segment.Split(text) }

// Segment splits an article's Text into sentences: Index (0-based), Text, Span, and
// Line = a.LineAt(Start).
func Segment(a *Article) []Sentence { return segment.Sentences(a) }

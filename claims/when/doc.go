// Package when reads the times a sentence pins its figures to: the night
// or day of an event ("on Thursday night", "overnight", "the night
// before", "the fourth night"), read against the article's date. The
// Extractor puts them on each figure (core.Figure.When), so that two
// figures of different nights are told apart without reading the text
// again.
package when

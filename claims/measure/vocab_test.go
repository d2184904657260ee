package measure

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang"
	"github.com/crosscheck-news/crosscheck/claims/lang/english"
)

// TestVocabReadsItsLexicon: a Vocab reads the words of the lexicon it is
// built from. A lexicon made from the English one with one change changes
// what Of or the slot vocabulary says; the English one does not.
func TestVocabReadsItsLexicon(t *testing.T) {
	tests := []struct {
		name     string
		change   func(*lang.Lexicon)
		read     func(testing.TB, *Vocab) string
		en, with string
	}{
		{
			name: "a death word after the figure",
			change: func(l *lang.Lexicon) {
				killed := append([]string(nil), l.Measures.Participles.Killed...)
				l.Measures.Participles.Killed = append(killed, "expired")
			},
			read: func(t testing.TB, v *Vocab) string { return measureOf(t, v, "{Nine} patients expired overnight.") },
			en:   "patient/patients",
			with: "killed/patients",
		},
		{
			name: "a death word before the figure",
			change: func(l *lang.Lexicon) {
				killed := append([]string(nil), l.Measures.LeftMeasure.Killed...)
				l.Measures.LeftMeasure.Killed = append(killed, "felled")
			},
			read: func(t testing.TB, v *Vocab) string { return measureOf(t, v, "The storm felled {40} people.") },
			en:   "people/",
			with: "killed/",
		},
		{
			name: "a unit noun",
			change: func(l *lang.Lexicon) {
				l.Measures.UnitNouns = append(append([]string(nil), l.Measures.UnitNouns...), "parsec")
			},
			read: func(t testing.TB, v *Vocab) string { return measureOf(t, v, "The ship flew {12} parsecs.") },
			en:   "parsec/parsecs",
			with: "parsec/",
		},
		{
			name: "an administrative area",
			change: func(l *lang.Lexicon) {
				l.Measures.AdminAreas = append(append([]string(nil), l.Measures.AdminAreas...), "emirate")
			},
			read: func(t testing.TB, v *Vocab) string {
				if v.IsAdminArea("dubai emirate") {
					return "area"
				}
				return ""
			},
			en:   "",
			with: "area",
		},
		{
			name: "a month that is another word",
			change: func(l *lang.Lexicon) {
				l.Measures.AmbiguousMonths = append(append([]string(nil), l.Measures.AmbiguousMonths...), "march")
			},
			read: func(t testing.TB, v *Vocab) string {
				return v.ArticleMonth([]core.Claim{{Sentence: core.Sentence{Text: "On March 4, 12 people died."}}})
			},
			en:   "march",
			with: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lex := english.Lexicon()
			tt.change(&lex)
			assert.Equal(t, tt.en, tt.read(t, en), "English")
			assert.Equal(t, tt.with, tt.read(t, New(&lex)), "changed")
		})
	}
}

// measureOf is the measure and subject Of gives the figure marked in
// braces, as "measure/subject".
func measureOf(t testing.TB, v *Vocab, marked string) string {
	s, start, end := unmark(t, marked)
	m, subj := v.Of(s, start, end)
	return m + "/" + subj
}

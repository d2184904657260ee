package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang"
	"github.com/crosscheck-news/crosscheck/claims/lang/english"
)

// TestLexiconSeam: an Extractor reads with the lexicon it is built from. A
// lexicon made in the test from the English one with one change changes
// what the Extractor gives for one sentence; the English one does not.
func TestLexiconSeam(t *testing.T) {
	tests := []struct {
		name     string
		change   func(*lang.Lexicon)
		text     string
		read     func(Claim) []string
		en, with []string
	}{
		{
			name: "a stop word",
			change: func(l *lang.Lexicon) {
				isStop := l.IsStop
				l.IsStop = func(w string) bool { return w == "rubble" || isStop(w) }
			},
			text: "Rescuers searched the rubble for 12 hours.",
			read: func(c Claim) []string { return lowers(c.Sentence.Tokens) },
			en:   []string{"rescuers", "searched", "rubble", "hours"},
			with: []string{"rescuers", "searched", "hours"},
		},
		{
			name: "a qualifier wording",
			change: func(l *lang.Lexicon) {
				rows := append([]lang.QualifierWording(nil), l.Qualifiers...)
				rows = append(rows, lang.QualifierWording{Qualifier: core.About, Wordings: "in the ballpark of"})
				l.Qualifiers = rows
			},
			text: "Officials counted in the ballpark of 300 cars.",
			read: func(c Claim) []string {
				var out []string
				for _, f := range c.Figures {
					out = append(out, f.Text+" "+string(f.Qualifier))
				}
				return out
			},
			en:   []string{"300 exact"},
			with: []string{"in the ballpark of 300 about"},
		},
		{
			name: "a measure word",
			change: func(l *lang.Lexicon) {
				missing := append([]string(nil), l.Measures.Participles.Missing...)
				l.Measures.Participles.Missing = append(missing, "vanished")
			},
			text: "Twelve hikers vanished on the ridge.",
			read: measures,
			en:   []string{"Twelve hiker/hikers"},
			with: []string{"Twelve missing/hikers"},
		},
		{
			name: "a currency",
			change: func(l *lang.Lexicon) {
				rows := append([]lang.Currency(nil), l.Currencies...)
				l.Currencies = append(rows, lang.Currency{Code: "ZMK", Words: "zorkmid|zorkmids"})
			},
			text: "The sword cost 40 zorkmids.",
			read: func(c Claim) []string {
				var out []string
				for _, f := range c.Figures {
					out = append(out, f.Text+" "+f.Unit+" "+string(f.Kind))
				}
				return out
			},
			en:   []string{"40  count"},
			with: []string{"40 ZMK money"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			en, err := NewExtractor(DefaultExtractOptions())
			require.NoError(t, err)
			lex := english.Lexicon()
			tt.change(&lex)
			with := newExtractor(DefaultExtractOptions(), lex)
			a := &Article{ID: "a", Text: tt.text}
			got := func(ex *Extractor) []string {
				cls := ex.Extract(a)
				require.Len(t, cls, 1)
				return tt.read(cls[0])
			}
			assert.Equal(t, tt.en, got(en), "English")
			assert.Equal(t, tt.with, got(with), "changed")
		})
	}
}

// TestUnknownLanguage: a language that is not in the table is an error
// that names the known ones.
func TestUnknownLanguage(t *testing.T) {
	_, err := NewExtractor(ExtractOptions{Tolerance: 0.1, Language: "xx"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `unknown language "xx" (known: en)`)
	assert.Equal(t, []string{"en"}, Languages())
}

// measures are the texts of a claim's figures with their measures and
// subjects ("12 missing/hikers").
func measures(c Claim) []string {
	var out []string
	for _, f := range c.Figures {
		out = append(out, f.Text+" "+f.Measure+"/"+f.Subject)
	}
	return out
}

// lowers are the lower-case forms of tokens.
func lowers(ts []Token) []string {
	out := make([]string, len(ts))
	for i, tk := range ts {
		out[i] = tk.Lower
	}
	return out
}

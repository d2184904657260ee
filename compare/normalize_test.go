package compare

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in    string
		terms []string
		names []bool
	}{
		{"Gunmen stormed the Crocus City Hall near Moscow.", []string{"gunmen", "storm", "crocus", "citi", "hall", "near", "moscow"}, []bool{false, false, true, true, true, false, true}},
		{"The bombing killed 95 people in Kerman's cemetery.", []string{"bomb", "kerman", "cemeteri"}, []bool{false, true, false}},
		{"IS-K claimed the Al-Qaeda-style attack on Thursday.", []string{"is-k", "claim", "al-qaeda-styl", "attack"}, []bool{false, false, true, false}},
		{"Gen. Smith and Mr. Jones spoke", []string{"smith", "jone", "spoke"}, []bool{true, true, false}},
		{"", nil, nil},
		{"123 4,5 — !!", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var terms []string
			var names []bool
			for _, tok := range tokenize(tt.in, stemmer{}) {
				terms = append(terms, tok.term)
				names = append(names, tok.name)
			}
			assert.Equal(t, tt.terms, terms)
			assert.Equal(t, tt.names, names)
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Gunmen stormed the Crocus City Hall near Moscow.", "IS-K’s attack", "a-", "\xff\xfeA-b'", "don't-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		for _, tok := range tokenize(s, stemmer{}) {
			if tok.pos <= last || tok.pos >= len(s) {
				t.Fatalf("position %d out of order or range in %q", tok.pos, s)
			}
			last = tok.pos
			if tok.term == "" && utf8.ValidString(s) {
				t.Fatalf("empty term in %q", s)
			}
		}
	})
}

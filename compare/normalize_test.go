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

func TestAttribution(t *testing.T) {
	tests := []struct {
		in      string
		sources []string // terms marked as a source
	}{
		{"Russia's Health Ministry said 182 people were wounded in the attack.", []string{"russia", "health", "ministri"}},
		{"Iranian state media say 103 people died near Kerman.", []string{"iranian"}},
		{"At least 84 people died, according to the Interior Ministry in Tehran.", []string{"interior", "ministri"}},
		{"The attack on Crocus City Hall killed 139 people, officials said.", nil},
		{"Gunmen stormed the hall near Moscow.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := tokenize(tt.in, stemmer{})
			marks := attribution(tt.in, toks, func(tok token) bool {
				return tok.name || (tok.initial && tt.in[tok.pos] >= 'A' && tt.in[tok.pos] <= 'Z')
			})
			var got []string
			for k, m := range marks {
				if m {
					got = append(got, toks[k].term)
				}
			}
			assert.Equal(t, tt.sources, got)
		})
	}
}

package token_test

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
			for _, tok := range newTokenizer().Tokens(tt.in) {
				terms = append(terms, tok.Stem)
				names = append(names, tok.Name())
			}
			assert.Equal(t, tt.terms, terms)
			assert.Equal(t, tt.names, names)
		})
	}
}

func TestAttributionMarks(t *testing.T) {
	tests := []struct {
		in        string
		reports   []string // stems followed by a reporting verb
		according []string // stems right after "according to"
		joined    []string // stems joined to the token before
	}{
		{"Russia's Health Ministry said 182 people were wounded.", []string{"russia", "health", "ministri"}, nil, []string{"health", "ministri"}},
		{"Iranian state media say 103 people died near Kerman.", []string{"iranian", "state", "media"}, nil, []string{"state", "media", "kerman"}},
		{"At least 84 people died, according to the Interior Ministry.", nil, []string{"interior"}, []string{"ministri"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var reports, according, joined []string
			for _, tok := range newTokenizer().Tokens(tt.in) {
				if tok.Reports {
					reports = append(reports, tok.Stem)
				}
				if tok.According {
					according = append(according, tok.Stem)
				}
				if tok.Joined {
					joined = append(joined, tok.Stem)
				}
			}
			assert.Equal(t, tt.reports, reports, "reports")
			assert.Equal(t, tt.according, according, "according")
			assert.Equal(t, tt.joined, joined, "joined")
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Gunmen stormed the Crocus City Hall near Moscow.", "IS-K’s attack", "a-", "\xff\xfeA-b'", "don't-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		for _, tok := range newTokenizer().Tokens(s) {
			if tok.Start <= last || tok.Start >= len(s) {
				t.Fatalf("position %d out of order or range in %q", tok.Start, s)
			}
			last = tok.Start
			if tok.Stem == "" && utf8.ValidString(s) {
				t.Fatalf("empty term in %q", s)
			}
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	s := "Russian investigators said the assault on the Crocus City Hall, outside Moscow, killed at least 133 people and injured more than 100 others on Friday."
	tk := newTokenizer()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		tk.Tokens(s)
	}
}

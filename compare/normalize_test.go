package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims"
)

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
			toks := claims.Tokens(tt.in)
			ids := make([]int32, len(toks)) // a term's number is its token's index here
			for k := range ids {
				ids[k] = int32(k)
			}
			marks := attribution(toks, ids, func(k int32) bool {
				tok := toks[k]
				return tok.Name() || (tok.Initial && tok.Capital)
			})
			var got []string
			for k, m := range marks {
				if m {
					got = append(got, toks[k].Stem)
				}
			}
			assert.Equal(t, tt.sources, got)
		})
	}
}

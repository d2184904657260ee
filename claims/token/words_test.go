package token_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims/token"
)

func TestEventKinds(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Twin blasts kill 90 at a memorial", []string{"explosion"}},
		{"A stampede after the blast, then a fire.", []string{"crush", "explosion", "fire"}},
		{"The chief of the fire department said 82 were hurt.", nil},
		{"At least 84 people were killed.", nil},
		{"Gunmen opened fire on a crowd of tourists.", []string{"shooting"}},
		{"Troops returned fire as the blaze spread.", []string{"fire", "shooting"}},
		{"A fire swept through the market.", []string{"fire"}},
		{"The bombing was the deadliest since the 2014 massacre at a school.", []string{"explosion"}},
		{"The flood was the worst since the 2005 quake.", []string{"flood"}},
		{"Since the quake, floods have hit the valley.", []string{"flood", "quake"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, newTokenizer().EventKinds(tt.in), tt.in)
	}
}

func TestCapitalWords(t *testing.T) {
	assert.Equal(t, []string{"floods", "derna", "al-haouz"}, token.CapitalWords("Floods in Derna's port and Al-Haouz, 12 killed"))
	assert.Equal(t, []string{"derna"}, token.CapitalWords("in Derna2 -Sabha"))
}

func TestPlaced(t *testing.T) {
	tests := []struct {
		in     string
		placed []string // stems of the capitalised tokens after a preposition of place
	}{
		{"Gunmen killed 12 in St. Petersburg on Friday.", []string{"petersburg"}},
		{"A blast at Kabul University killed 20.", []string{"kabul", "univers"}},
		{"Moscow said 139 died near the hall.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range newTokenizer().Tokens(tt.in) {
			if tok.Placed {
				got = append(got, tok.Stem)
			}
		}
		assert.Equal(t, tt.placed, got, tt.in)
	}
}

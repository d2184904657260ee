package token_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims/token"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []token.Word
	}{
		{"U.S. troops, 1,301 dead", []token.Word{
			{Low: "u.s", Start: 0, End: 3, Capital: true},
			{Low: "troops", Start: 5, End: 11, Mark: ','},
			{Low: "1,301", Start: 13, End: 18},
			{Low: "dead", Start: 19, End: 23},
		}},
		{"Haj's al-Arouri (aged 57)", []token.Word{
			{Low: "haj's", Start: 0, End: 5, Capital: true},
			{Low: "al-arouri", Start: 6, End: 15, Mark: '('},
			{Low: "aged", Start: 17, End: 21},
			{Low: "57", Start: 22, End: 24, Mark: ')'},
		}},
		{"Article,5 in the U.S., then U.S.,5", []token.Word{
			{Low: "article,5", Start: 0, End: 9, Capital: true},
			{Low: "in", Start: 10, End: 12},
			{Low: "the", Start: 13, End: 16},
			{Low: "u.s", Start: 17, End: 20, Capital: true, Mark: ','},
			{Low: "then", Start: 23, End: 27},
			{Low: "u.s", Start: 28, End: 31, Capital: true, Mark: ','},
			{Low: "5", Start: 33, End: 34},
		}},
		{"", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, token.Words(tt.in), tt.in)
	}
	assert.Equal(t, "Kerman", token.TrimPossessive("Kerman’s"))
}

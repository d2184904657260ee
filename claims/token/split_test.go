package token_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims/token"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in    string
		texts []string
		kinds []token.Kind
	}{
		{"U.S. troops, 1,674 - 40%", []string{"U.S.", "troops", ",", "1,674", "-", "40", "%"},
			[]token.Kind{token.Alnum, token.Alnum, token.Comma, token.Alnum, token.Boundary, token.Alnum, token.Punct}},
		{"Article,5 (IS-K’s) forty-two.", []string{"Article", ",", "5", "(", "IS-K’s", ")", "forty-two", "."},
			[]token.Kind{token.Alnum, token.Comma, token.Alnum, token.Boundary, token.Alnum, token.Boundary, token.Alnum, token.Boundary}},
		{"a-b -c", []string{"a-b", "-", "c"}, []token.Kind{token.Alnum, token.Punct, token.Alnum}},
		{"", nil, nil},
	}
	for _, tt := range tests {
		var texts []string
		var kinds []token.Kind
		for _, w := range token.Split(tt.in, 0, len(tt.in), make([]token.Word, 0, 40), false) {
			texts = append(texts, tt.in[w.Start:w.End])
			kinds = append(kinds, w.Kind)
		}
		assert.Equal(t, tt.texts, texts, tt.in)
		assert.Equal(t, tt.kinds, kinds, tt.in)
	}
}

func TestSplitWindow(t *testing.T) {
	s := "the U.S. said 1.5 million"
	var texts []string
	for _, w := range token.Split(s, 6, 16, make([]token.Word, 0, 40), false) {
		texts = append(texts, s[w.Start:w.End])
	}
	assert.Equal(t, []string{"S", ".", "said", "1", "."}, texts, "a window reads nothing past its end")
	buf := token.Split(s, 0, len(s), make([]token.Word, 0, 4), true)
	assert.Equal(t, "million", buf[len(buf)-1].Low, "keepLast keeps the last pieces")
	assert.Len(t, token.Split(s, 0, len(s), make([]token.Word, 0, 2), false), 2, "a full buffer stops")
}

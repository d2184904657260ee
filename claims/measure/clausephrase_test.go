package measure

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims/token"
)

func TestPhraseAfter(t *testing.T) {
	ground := newPhrases([]string{"on the ground", "not on"})
	board := newPhrases([]string{"aboard", "on board"})
	tests := []struct {
		name, text string
		want       int
	}{
		{"first set", "24 people on the ground died", 0},
		{"second set", "241 of the dead had been on board", 1},
		{"the nearer phrase wins", "241 had been on board and 29 on the ground", 1},
		{"a phrase may end on a mark", "29 were on the ground, police said", 0},
		{"a mark ends the clause", "29 died, and others were on the ground", -1},
		{"none", "29 died in the blast", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, phraseAfter(token.Words(tt.text), 1, ground, board))
		})
	}
}

package measure

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims/token"
)

func TestWhenAfter(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"when right after the year", "The last crash was in 2020, when a flight overshot the runway.", true},
		{"where after the year's place", "It happened in 2014 in Soma, in the west, where a fire killed 301.", true},
		{"no place between the year and when", "The mine, opened in 2010 by the state, said on Monday, when the blast killed 30.", false},
		{"a clause mark before where", "It happened in 2014 in Soma; later, where the fire was, 30 died.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := token.Words(tt.text)
			at := -1
			for k, w := range ws {
				if len(w.Low) == 4 && w.Low[0] == '2' {
					at = k
					break
				}
			}
			if at < 0 {
				t.Fatalf("no year in %q", tt.text)
			}
			assert.Equal(t, tt.want, en.whenAfter(ws, at))
		})
	}
}

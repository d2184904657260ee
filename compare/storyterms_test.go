package compare

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims"
)

// TestArticleTermsOneShareOrMany reads enough articles for both cores (run
// it with -race) and checks the terms, their numbers and frequencies
// against a single pass: the numbering follows the articles' order.
func TestArticleTermsOneShareOrMany(t *testing.T) {
	tests := []struct {
		name string
		n    int
	}{
		{"one share", 20},
		{"two shares", 1500},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tk := claims.NewTokenizer()
			arts := make([]*claims.Article, tt.n)
			cls := make([][]claims.Claim, tt.n)
			toks := make([][][]token, tt.n)
			for a := range arts {
				arts[a] = &claims.Article{ID: fmt.Sprint(a), Title: fmt.Sprintf("Flood %d hits Town%d", a%7, a%13)}
				for s := range 4 {
					text := fmt.Sprintf("Officials in Place%d said word%d and word%d rose, word%d.", (a+s)%17, a%5, s, a%11)
					cls[a] = append(cls[a], claims.Claim{Sentence: claims.Sentence{Index: s, Text: text}})
					toks[a] = append(toks[a], tk.Tokens(text))
				}
			}
			voc := newVocab()
			got := articleTerms(arts, cls, toks, claims.NewTokenizer(), 2, voc)

			// One pass in order.
			ref := newVocab()
			var acc termAcc
			for a := range arts {
				acc.start(a)
				for _, tok := range tk.Tokens(arts[a].Title) {
					acc.add(ref.id(tok.Stem), 2)
				}
				for s, c := range cls[a] {
					for _, tok := range toks[a][s] {
						if c.Sentence.Index < storyLeadSentences || tok.Name() {
							acc.add(ref.id(tok.Stem), 1)
						}
					}
				}
				assert.Equal(t, acc.done(), got[a], "article %d", a)
			}
			assert.Equal(t, ref.ids, voc.ids)
		})
	}
}

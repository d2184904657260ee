package claims_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
)

// TestDocsAsExtract: Docs, Doc and ExtractWith give what Extract and
// ExtractTitle give, the sentences with their tokens and the figures with
// their times.
func TestDocsAsExtract(t *testing.T) {
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	require.NoError(t, err)
	arts := []*claims.Article{
		{ID: "a", Title: "Riots: 875 held", Published: "2023-06-30", Text: "Police detained 875 people on Thursday night, the interior ministry said."},
		{ID: "b", Title: "Quake", Text: "The earthquake in Jajarkot killed 153 people. Rescuers searched the rubble."},
	}
	docs := ex.Docs(arts)
	require.Len(t, docs, 2)
	tk := claims.NewTokenizer()
	for i, a := range arts {
		want := ex.Extract(a)
		if c, ok := ex.ExtractTitle(a); ok {
			want = append([]claims.Claim{c}, want...)
		}
		assert.Equal(t, want, docs[i].Claims, a.ID)
		assert.Equal(t, ex.Doc(a), docs[i], a.ID)
		assert.Equal(t, ex.Extract(a), ex.ExtractWith(a, tk), a.ID)
	}
	first := docs[0].Claims[1] // the title's claim comes first
	assert.NotEmpty(t, first.Sentence.Tokens)
	assert.Equal(t, []claims.Anchor{{Sort: 'n', Value: "2023-06-29"}}, first.Figures[0].When)
	assert.Equal(t, "polic", first.Sentence.Tokens[0].Stem)
	assert.Nil(t, docs[1].Claims[1].Sentence.Capitals, "a sentence without figures")
}

package token

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims/lang/english"
)

// TestHotCacheGivesTheMapsFacts reads sentences with a Tokenizer whose
// cache is on (it has read more than hotWords words) and with a fresh one:
// the tokens are the same.
func TestHotCacheGivesTheMapsFacts(t *testing.T) {
	lex := english.Lexicon()
	warm := New(&lex)
	for i := 0; i <= hotWords; i++ {
		warm.Tokens(letters(i) + " " + letters(i+hotWords))
	}
	require.NotNil(t, warm.hot, "the cache is on")
	tests := []string{
		"Officials said 139 people were killed in the attack on Friday.",
		"OFFICIALS SAID the Attack killed 139; officials said so again.",
		"Afghanistan’s ministry and the U.S. embassy reported 1,674 deaths.",
		"Ünïcödé Wörds, İstanbul and ÉCOLE were named by Reuters.",
		"Covid-19 cases rose; covid cases fell, according to the WHO.",
	}
	for _, in := range tests {
		for range 3 { // a word's second and third reads come from the cache
			assert.Equal(t, New(&lex).Tokens(in), warm.Tokens(in), in)
		}
	}
}

// letters spells i in the letters a to z: a word of its own for each i.
func letters(i int) string {
	w := []byte("w")
	for ; i > 0; i /= 26 {
		w = append(w, byte('a'+i%26))
	}
	return string(w)
}

package token

// Tests of the faster paths of the package against the plain ones they
// replace: the fields walk against strings.FieldsFunc, the cache of words
// against the map.

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims/lang/english"
)

func TestFieldsOfIsFieldsFunc(t *testing.T) {
	tests := []string{
		"",
		"   ",
		"one",
		"Twin blasts, kill 90 at a memorial.",
		"  leading and trailing  ",
		"al-Haouz’s 1,674 dead\x00\xffbad utf-8",
		"Ünïcödé wörds — and dashes–too",
	}
	for _, in := range tests {
		want := strings.FieldsFunc(in, notLetter)
		// FieldsFunc gives an empty slice where Collect gives nil.
		assert.Equal(t, want, append([]string{}, slices.Collect(fieldsOf(in, notLetter))...), in)
		if len(want) > 0 {
			var first []string
			for w := range fieldsOf(in, notLetter) {
				first = append(first, w)
				break
			}
			assert.Equal(t, want[:1], first, "stops when told: %q", in)
		}
	}
}

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

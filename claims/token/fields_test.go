package token

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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

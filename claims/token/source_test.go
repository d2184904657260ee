package token

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// fields returns the fields of s by nextField, and the last two before
// the end by lastField.
func fields(s string) (all, last []string) {
	for from := 0; ; {
		var w string
		if w, from = nextField(s, from); w == "" {
			break
		}
		all = append(all, w)
	}
	for to, k := len(s), 0; k < 2; k++ {
		var w string
		if w, to = lastField(s, to); w == "" {
			break
		}
		last = append([]string{w}, last...)
	}
	return all, last
}

func checkFields(t *testing.T, s string) {
	want := strings.Fields(s)
	if len(want) == 0 {
		want = nil
	}
	all, last := fields(s)
	assert.Equal(t, want, all, "%q", s)
	if len(want) > 2 {
		want = want[len(want)-2:]
	}
	assert.Equal(t, want, last, "%q", s)
}

func TestFieldsAsStringsFields(t *testing.T) {
	for _, s := range []string{"", "  ", "the health ministry said", " a\u00a0b\u2003c\td ", "x\xe2\xc2\xa0y \xff z", "said"} {
		checkFields(t, s)
	}
}

func FuzzFields(f *testing.F) {
	for _, s := range []string{"Russia's Health Ministry said", " a\u00a0b\u2003c ", "\xe2\xc2\xa0\xff"} {
		f.Add(s)
	}
	f.Fuzz(checkFields)
}

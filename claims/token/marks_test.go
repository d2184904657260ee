package token

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// cutset is what trimMarks trims, as strings.Trim would take it;
// placeCutset is what trimPlaceMarks trims.
const (
	cutset      = ",.;:\"'“”‘’"
	placeCutset = ",.;:()\"'"
)

func TestTrimMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"said,", "said"},
		{"“said”", "said"},
		{"‘ministry’s’", "ministry’s"},
		{"..;:", ""},
		{"", ""},
		{"said\xe2\x80", "said\xe2\x80"}, // a cut curly quote is not a mark
		{"«said»", "«said»"},
		{"(in)", "(in)"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, trimMarks(tc.in))
			assert.Equal(t, strings.Trim(tc.in, cutset), trimMarks(tc.in))
			assert.Equal(t, strings.Trim(tc.in, placeCutset), trimPlaceMarks(tc.in))
		})
	}
}

func TestNextFieldAndSpaceAt(t *testing.T) {
	s := " \tofficials\u00a0said\u0085 \x80x  "
	got, _ := fields(s)
	assert.Equal(t, strings.Fields(s), got)
}

// FuzzMarks checks trimMarks and trimPlaceMarks against strings.Trim,
// nextField against strings.Fields, spaceAt and spaceBefore against
// unicode.IsSpace and holdsAccording against asciiFoldContains on any
// input.
func FuzzMarks(f *testing.F) {
	for _, s := range []string{"“said,”", " a\u00a0b\tc ", "\xff’", ".", "x\u2028y", "AccordinG", "accordinaccording", "gaccording", "accordin", "ACCORDİNG"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if trimMarks(s) != strings.Trim(s, cutset) {
			t.Fatalf("trimMarks(%q) = %q, strings.Trim gives %q", s, trimMarks(s), strings.Trim(s, cutset))
		}
		if trimPlaceMarks(s) != strings.Trim(s, placeCutset) {
			t.Fatalf("trimPlaceMarks(%q) = %q, strings.Trim gives %q", s, trimPlaceMarks(s), strings.Trim(s, placeCutset))
		}
		got, _ := fields(s)
		want := strings.Fields(s)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			t.Fatalf("nextField gives %q, strings.Fields %q", got, want)
		}
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if sp, m := spaceAt(s, i); sp != unicode.IsSpace(r) || m != n {
				t.Fatalf("spaceAt(%q, %d) = %v, %d", s, i, sp, m)
			}
			i += n
		}
		for to := len(s); to > 0; {
			r, n := utf8.DecodeLastRuneInString(s[:to])
			if sp, m := spaceBefore(s, to); sp != unicode.IsSpace(r) || m != n {
				t.Fatalf("spaceBefore(%q, %d) = %v, %d", s, to, sp, m)
			}
			to -= n
		}
		if holdsAccording(s) != asciiFoldContains(s, "according") {
			t.Fatalf("holdsAccording(%q) = %v", s, holdsAccording(s))
		}
	})
}

func TestHoldsAccording(t *testing.T) {
	for _, s := range []string{"", "according", "ACCORDING to", "x aCcOrDiNg", "accordin g", "accordinaccording",
		"ggggggggggaccording", "accordİng", "the accord in g", "nnnnnnnnnaccordingnnn", "accordingly"} {
		assert.Equal(t, asciiFoldContains(s, "according"), holdsAccording(s), "%q", s)
	}
	// Strings of pieces of the word, where a wrong shift would skip a
	// match.
	pieces := []string{"according", "ACCORDING", "accord", "ing", "acc", "ordin", "g", "G", "n", "a", "x", " ", "İ"}
	rng := rand.New(rand.NewPCG(3, 5))
	found := 0
	var b strings.Builder
	for range 50000 {
		b.Reset()
		for n := rng.IntN(12); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := asciiFoldContains(s, "according")
		if holdsAccording(s) != want {
			t.Fatalf("holdsAccording(%q) = %v", s, !want)
		}
		if want {
			found++
		}
	}
	assert.Greater(t, found, 10000, "matches among the random strings")
}

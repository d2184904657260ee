package token

import (
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

// FuzzMarks checks trimMarks and trimPlaceMarks against strings.Trim and
// nextField against strings.Fields on any input.
func FuzzMarks(f *testing.F) {
	for _, s := range []string{"“said,”", " a\u00a0b\tc ", "\xff’", ".", "x\u2028y"} {
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
	})
}

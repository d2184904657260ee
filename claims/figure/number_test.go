package figure

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var parseNumberCases = []struct {
	in   string
	want float64
	n    int // bytes consumed; -1: the whole input
	ok   bool
}{
	// Digits.
	{"139", 139, -1, true},
	{"1,674", 1674, -1, true},
	{"1,674 people", 1674, 5, true},
	{"2.5", 2.5, -1, true},
	{".75", 0.75, -1, true},
	{"-12", -12, -1, true},
	{"1,234,567.89", 1234567.89, -1, true},
	{"12,34,567", 1234567, -1, true},
	{"4,50", 4.5, -1, true},
	{"2.345,6", 2345.6, -1, true},
	{"7 500", 7500, -1, true},
	{"7\u202f500", 7500, -1, true},
	{"75 0000", 75, 2, true},
	{"10.0.1", 10, 2, true},
	{"18, 19", 18, 2, true},
	{"3,45,6", 3, 1, true},
	// Suffixes and scale words.
	{"1.5 million", 1.5e6, -1, true},
	{"10M", 1e7, -1, true},
	{"15.8m", 15.8e6, -1, true},
	{"3bn", 3e9, -1, true},
	{"40k", 40000, -1, true},
	{"2 billion", 2e9, -1, true},
	{"3 million people", 3e6, 9, true},
	{"4 dozen", 48, -1, true},
	{"6 lakh", 6e5, -1, true},
	{"5G", 5, 1, true},
	{"12mm", 12, 2, true},
	// Words.
	{"six", 6, -1, true},
	{"Seventeen", 17, -1, true},
	{"forty-two", 42, -1, true},
	{"twenty five", 25, -1, true},
	{"one hundred and six", 106, -1, true},
	{"three hundred thousand", 300000, -1, true},
	{"a dozen", 12, -1, true},
	{"three dozen", 36, -1, true},
	{"half a dozen", 6, -1, true},
	{"a hundred", 100, -1, true},
	{"a thousand", 1000, -1, true},
	{"nineteen hundred", 1900, -1, true},
	{"two thousand and four", 2004, -1, true},
	{"four million two hundred thousand", 4.2e6, -1, true},
	{"two and a half", 2.5, -1, true},
	{"one and a half million", 1.5e6, -1, true},
	{"minus seven", -7, -1, true},
	{"eight point two five", 8.25, -1, true},
	{"zero", 0, -1, true},
	// Mixed.
	{"3 million", 3e6, -1, true},
	{"1.5 billion", 1.5e9, -1, true},
	// Where one number ends.
	{"five six", 5, 4, true},
	{"two hundred and three hundred", 200, 11, true},
	{"seven thousand and nine thousand", 7000, 14, true},
	{"3 million two", 3e6, 9, true},
	{"twenty-first", 21, -1, true},
	{"21st", 21, -1, true},
	{"sixth", 6, -1, true},
	// Leading space is consumed.
	{"  12", 12, -1, true},
	// Not numbers.
	{"", 0, 0, false},
	{"dozens", 0, 0, false},
	{"people", 0, 0, false},
	{"a", 0, 0, false},
	{"and six", 0, 0, false},
	{"$5", 0, 0, false},
	{"   ", 0, 0, false},
}

func TestParseNumber(t *testing.T) {
	for _, tc := range parseNumberCases {
		t.Run(tc.in, func(t *testing.T) {
			v, n, ok := ParseNumber(tc.in)
			require.Equal(t, tc.ok, ok)
			if !tc.ok {
				return
			}
			assert.InDelta(t, tc.want, v, 1e-9*math.Max(1, math.Abs(tc.want)))
			want := tc.n
			if want < 0 {
				want = len(tc.in)
			}
			assert.Equal(t, want, n)
		})
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, tc := range parseNumberCases {
		f.Add(tc.in)
	}
	f.Add("\xff\xfe12")
	f.Add("1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6")
	f.Fuzz(func(t *testing.T, s string) {
		v, n, ok := ParseNumber(s)
		if !ok {
			if n != 0 || v != 0 {
				t.Fatalf("not ok but n=%d v=%v", n, v)
			}
			return
		}
		if n <= 0 || n > len(s) {
			t.Fatalf("n=%d out of (0, %d]", n, len(s))
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("value %v", v)
		}
		if utf8.ValidString(s) && !utf8.ValidString(s[:n]) {
			t.Fatalf("cut inside a rune: %q", s[:n])
		}
		// What was consumed parses alone to the same value.
		v2, n2, ok2 := ParseNumber(s[:n])
		if !ok2 || n2 != n || math.Abs(v2-v) > 1e-9*math.Max(1, math.Abs(v)) {
			t.Fatalf("prefix %q: %v,%d,%v; whole: %v,%d", s[:n], v2, n2, ok2, v, n)
		}
	})
}

package english

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// has reports whether list holds w.
func has(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// TestNumberDerivations checks the relations between the number lists that
// package claims/figure relies on.
func TestNumberDerivations(t *testing.T) {
	n := Numbers()
	assert.Len(t, n.Units, 9)
	assert.Len(t, n.Teens, 10)
	assert.Len(t, n.Tens, 8)
	assert.Len(t, n.OrdinalUnits, len(n.Units))
	assert.Len(t, n.OrdinalTeens, len(n.Teens))
	assert.Len(t, n.OrdinalTens, len(n.Tens))
	tests := []struct {
		name string
		ok   func() bool
	}{
		{"ordinal scales are a scale and -th", func() bool {
			for w, v := range n.OrdinalScales {
				base := strings.TrimSuffix(w, "th")
				if !(base == n.Hundred && v == 100) && n.Scales[base] != v {
					return false
				}
			}
			return true
		}},
		{"fractions of three and more are ordinals and their plurals", func() bool {
			for w, v := range n.Fractions {
				if v < 3 {
					continue
				}
				ord := strings.TrimSuffix(w, "s")
				if !has(n.OrdinalUnits, ord) && !has(n.OrdinalTeens, ord) && ord != "quarter" {
					return false
				}
			}
			return true
		}},
		{"a vague singular's plural is a vague plural", func() bool {
			for _, pl := range n.VagueSingular {
				if _, ok := n.VaguePlurals[pl]; !ok {
					return false
				}
			}
			return true
		}},
		{"the words of vague-of pairs are vague plurals or quantifiers", func() bool {
			for pair := range n.VagueOf {
				_, ok := n.VaguePlurals[pair[1]]
				_, first := n.VaguePlurals[pair[0]]
				if !ok || !(first || has(n.VagueQuantifiers, pair[0])) {
					return false
				}
			}
			return true
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.True(t, tt.ok()) })
	}
}

// TestCalendarDerivations checks that every month abbreviation is the
// start of a month name.
func TestCalendarDerivations(t *testing.T) {
	months := Months()
	names := months[:12]
	for _, m := range months[12:] {
		found := false
		for _, name := range names {
			found = found || strings.HasPrefix(name, m)
		}
		assert.True(t, found, "abbreviation %q", m)
	}
}

// TestCurrencyDerivations checks the currency lists against each other and
// names the drift between them that is kept as it is.
func TestCurrencyDerivations(t *testing.T) {
	before, opening := CurrencyCodesBefore(), CurrencyCodesOpening()
	for _, c := range opening {
		assert.True(t, has(before, c), "opening code %q joins a figure before its digits too", c)
	}
	var drift []string
	for _, c := range before {
		if !has(opening, c) {
			drift = append(drift, c)
		}
	}
	assert.Equal(t, []string{"inr"}, drift, "the codes before digits and the codes a number opens after differ by inr only")
	words := CurrencyWords()
	for _, c := range before {
		// "rs" is no currency word of the lexicon: a drift kept as it is.
		assert.Equal(t, c != "rs", has(words, c), "code %q", c)
	}
	for fam, countries := range CurrencyCountries() {
		found := false
		for _, c := range Currencies() {
			found = found || c.Family == fam
		}
		assert.True(t, found, "family %q has a row", fam)
		assert.NotEmpty(t, countries)
	}
}

// TestQualifierDerivations checks the qualifier table: every wording is
// written once, in lower case, words a single space apart.
func TestQualifierDerivations(t *testing.T) {
	seen := map[string]bool{}
	for _, row := range Qualifiers() {
		for _, w := range strings.Split(row.Wordings, "|") {
			assert.Equal(t, strings.Join(strings.Fields(w), " "), w)
			assert.Equal(t, strings.ToLower(w), w)
			assert.False(t, seen[w], "wording %q written twice", w)
			seen[w] = true
		}
	}
}

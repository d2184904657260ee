package english

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// words returns the words of all the lists of b.
func words(b ByMeasure) []string {
	var out []string
	for _, l := range [][]string{b.Killed, b.Injured, b.Missing, b.Arrested, b.Displaced,
		b.Evacuated, b.Executed, b.Hospitalised, b.Critical, b.Attendance, b.Protesters,
		b.Discharged, b.Identified, b.Unidentified, b.HandedOver, b.Rescued, b.Trapped,
		b.Affected} {
		out = append(out, l...)
	}
	return out
}

// TestMeasureDerivations checks the relations between the lists of the
// measure vocabulary that the passes rely on.
func TestMeasureDerivations(t *testing.T) {
	lex := Measures()
	tests := []struct {
		name    string
		sub, of []string
	}{
		{"possessives are determiners", lex.Possessives, lex.Determiners},
		{"demonstratives are determiners", lex.Demonstratives, lex.Determiners},
		{"transitive participles are participles", lex.Transitive, words(lex.Participles)},
		{"ambiguous verbs are left measure words", lex.Ambiguous, words(lex.LeftMeasure)},
		{"weak toll links are toll verbs", lex.WeakToll, lex.TollVerbs},
		{"be words link a count to its predicate", lex.BeWords, lex.LinkWords},
		{"be words are be forms, and still", lex.BeWords, append(lex.BeForms, "still")},
		{"sub-count markers", lex.SubCountBefore, lex.SubMarkers},
		{"reporting words are speech verbs", []string{"said", "says", "told", "added"}, speechList()},
		{"countries", lex.CountryNames, nationalityWords(lex.Nationalities)},
		{"multipliers are number words", lex.MultiplierWords, lex.NumberWords},
		{"ambiguous months are months", lex.AmbiguousMonths, MonthNames()},
		{"time spans in the singular are unit nouns", []string{"year", "month"}, lex.UnitNouns},
		{"person nouns are the words of PersonNoun", lex.PersonNouns, personNounList()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Subset(t, tt.of, tt.sub)
		})
	}
}

// personNounList are the words PersonNoun says name people.
func personNounList() []string {
	var out []string
	for w := range personNouns {
		if PersonNoun(w) {
			out = append(out, w)
		}
	}
	return out
}

func speechList() []string {
	var out []string
	for w := range speechVerbs {
		out = append(out, w)
	}
	return out
}

func nationalityWords(m map[string][]string) []string {
	var out []string
	for _, l := range m {
		out = append(out, l...)
	}
	return out
}

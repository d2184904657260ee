package figure

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/unit"
)

// This file holds the spellings of the units of package claims/unit as
// tokens of the number tokenizer, indexed by their first token.

// spelling is one way of writing a unit, as tokens.
type spelling struct {
	toks      []string // lower case unless sensitive
	joined    []bool   // toks[i] is written right after toks[i-1] ("km/h"), not a space apart ("sq m")
	sensitive bool
	glued     bool // only right after the digits
	def       *unit.Def
}

// buildSpellings indexes the spellings of every unit of the table
// (measurements, times, currencies) by their first token, longest first.
func buildSpellings(units *unit.Table) map[string][]spelling {
	idx := map[string][]spelling{}
	add := func(defs []unit.Def) {
		for k := range defs {
			d := &defs[k]
			for _, w := range strings.Split(d.Words, "|") {
				sp := parseSpelling(w, d)
				key := strings.ToLower(sp.toks[0])
				idx[key] = append(idx[key], sp)
			}
		}
	}
	add(unit.Measures())
	add(unit.Times())
	add(units.Currencies())
	for k, list := range idx {
		sortLongest(list)
		idx[k] = list
	}
	return idx
}

// parseSpelling reads one spelling of a table, with its flags.
func parseSpelling(w string, d *unit.Def) spelling {
	sp := spelling{def: d}
	for len(w) > 0 && (w[0] == '=' || w[0] == '^') {
		sp.sensitive = sp.sensitive || w[0] == '='
		sp.glued = sp.glued || w[0] == '^'
		w = w[1:]
	}
	ts := tokenize(nil, w, nil, 0) // the token spans only: no lexicon
	for i, t := range ts {
		s := w[t.start:t.end]
		if !sp.sensitive {
			s = strings.ToLower(s)
		}
		sp.toks = append(sp.toks, s)
		sp.joined = append(sp.joined, i > 0 && ts[i-1].end == t.start)
	}
	return sp
}

// sortLongest orders spellings longest first, keeping the table's order
// among spellings of one length.
func sortLongest(list []spelling) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && len(list[j].toks) > len(list[j-1].toks); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

package figure

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/lang"
	"github.com/crosscheck-news/crosscheck/claims/unit"
)

// This file holds the currency vocabulary, one row a way of naming a
// currency: its ISO 4217 code, the spellings written after a number
// ("euros", "Swiss francs") and before it ("€", "US$", "USD", "Rs"). The
// spelling flags are those of units.go ("=" case-sensitive, "^" glued).
//
// A row with a Family is a name several currencies share ("$", "dollars",
// "Rs", "pounds"): its code is the default, and a country the sentence names
// picks another (lang.Lexicon.CurrencyCountries): "$" alone is USD unless the text says
// otherwise.

// setOfWords is the set of words.
func setOfWords(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// buildCurrencyBefore indexes the spellings of the currencies written
// before a number by their last token; defs are the currencies as units,
// one a row of currencies.
func buildCurrencyBefore(currencies []lang.Currency, defs []unit.Def) map[string][]spelling {
	before := map[string][]spelling{}
	for i, c := range currencies {
		if c.Before == "" {
			continue
		}
		for _, w := range strings.Split(c.Before, "|") {
			sp := parseSpelling(w, &defs[i])
			key := strings.ToLower(sp.toks[len(sp.toks)-1])
			before[key] = append(before[key], sp)
		}
	}
	for k, list := range before {
		sortLongest(list)
		before[k] = list
	}
	return before
}

// resolveFamily picks the currency a shared name means in sentence p: the
// country the sentence names, else the family's default code.
func (p *parser) resolveFamily(d *unit.Def) string {
	fam := p.v.units.FamilyOf(d)
	if fam == "" {
		return d.Symbol
	}
	names := p.sentence().names
	for w := range p.v.homeCountry {
		if names[w] && fam == "dollar" {
			return d.Symbol
		}
	}
	found := ""
	for w, c := range p.v.currencyCountries[fam] {
		if names[w] && (found == "" || c < found) {
			found = c // the smallest code, so that the choice is deterministic
		}
	}
	if found != "" {
		return found
	}
	return d.Symbol
}

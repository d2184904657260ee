package figure

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/lang/english"
)

// This file holds the currency vocabulary, one row a way of naming a
// currency: its ISO 4217 code, the spellings written after a number
// ("euros", "Swiss francs") and before it ("€", "US$", "USD", "Rs"). The
// spelling flags are those of units.go ("=" case-sensitive, "^" glued).
//
// A row with a Family is a name several currencies share ("$", "dollars",
// "Rs", "pounds"): its code is the default, and a country the sentence names
// picks another (currencyCountries): "$" alone is USD unless the text says
// otherwise.

// currencies are the rows of the currency vocabulary (lang/english).
var currencies = english.Currencies()

// currencyCountries maps the words that name a country to the currency a
// family's shared name means there.
var currencyCountries = english.CurrencyCountries()

// homeCountry: a sentence naming the United States keeps "$" a US dollar.
var homeCountry = setOfWords(english.HomeCountry())

// currencyCodesBefore are the currency words that join the figure right
// before its digits ("Rs 500"); currencyCodesOpening those a qualified
// figure's number may begin after (lang/english: the two lists differ by
// "inr").
var currencyCodesBefore, currencyCodesOpening = setOfWords(english.CurrencyCodesBefore()), setOfWords(english.CurrencyCodesOpening())

// setOfWords is the set of words.
func setOfWords(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// currencyUnits are the currencies as units (Dim money), for the spelling
// index of units.go; currencyBefore indexes the spellings written before a
// number by their last token.
var currencyUnits, currencyBefore = buildCurrencies()

func buildCurrencies() ([]unitDef, map[string][]spelling) {
	defs := make([]unitDef, len(currencies))
	before := map[string][]spelling{}
	for i, c := range currencies {
		defs[i] = unitDef{Symbol: c.Code, Dim: DimMoney, Factor: 1, Words: c.Words}
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
	return defs, before
}

// familyOf returns the family of a currency unit row, or "".
func familyOf(d *unitDef) string {
	for i := range currencyUnits {
		if &currencyUnits[i] == d {
			return currencies[i].Family
		}
	}
	return ""
}

// resolveFamily picks the currency a shared name means in sentence p: the
// country the sentence names, else the family's default code.
func (p *parser) resolveFamily(d *unitDef) string {
	fam := familyOf(d)
	if fam == "" {
		return d.Symbol
	}
	names := p.sentence().names
	for w := range homeCountry {
		if names[w] && fam == "dollar" {
			return d.Symbol
		}
	}
	found := ""
	for w, c := range currencyCountries[fam] {
		if names[w] && (found == "" || c < found) {
			found = c // the smallest code, so that the choice is deterministic
		}
	}
	if found != "" {
		return found
	}
	return d.Symbol
}

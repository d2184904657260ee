package unit

import "github.com/crosscheck-news/crosscheck/claims/lang"

// Table is the unit vocabulary of one language: the physical units and the
// times of this package ([Measures], [Times]) and the currencies of its
// lexicon (lang.Lexicon.Currencies), indexed by symbol. It is built once,
// by [New], and read only: a Table is safe for concurrent use.
type Table struct {
	currencies []Def
	families   []string        // families[i] is the family of currencies[i], or ""
	index      map[string]*Def // by symbol, the first row of Measures, Times, currencies
}

// New returns the unit table whose currencies are the rows of currencies,
// in their order: a row's Code is its symbol, its Words its spellings after
// a number, its Family the name it shares with other currencies.
func New(currencies []lang.Currency) *Table {
	t := &Table{
		currencies: make([]Def, len(currencies)),
		families:   make([]string, len(currencies)),
		index:      map[string]*Def{},
	}
	for i, c := range currencies {
		t.currencies[i] = Def{Symbol: c.Code, Dim: DimMoney, Factor: 1, Words: c.Words}
		t.families[i] = c.Family
	}
	for _, defs := range [][]Def{measures, times, t.currencies} {
		for k := range defs {
			if _, ok := t.index[defs[k].Symbol]; !ok {
				t.index[defs[k].Symbol] = &defs[k]
			}
		}
	}
	return t
}

// Currencies returns the currencies as units (dimension DimMoney), one row
// a row of the currencies the table was built from, in their order (rows
// as [Measures]).
func (t *Table) Currencies() []Def { return t.currencies }

// FamilyOf returns the family of a currency row of [Table.Currencies]
// ("dollar" for the row of "$"), or "".
func (t *Table) FamilyOf(d *Def) string {
	for i := range t.currencies {
		if &t.currencies[i] == d {
			return t.families[i]
		}
	}
	return ""
}

// BySymbol finds the unit of the given symbol, in any table, or nil.
func (t *Table) BySymbol(sym string) *Def {
	return t.index[sym]
}

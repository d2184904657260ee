package figure

import (
	"github.com/crosscheck-news/crosscheck/claims/lang"
	"github.com/crosscheck-news/crosscheck/claims/qualify"
	"github.com/crosscheck-news/crosscheck/claims/unit"
)

// This file holds the lexicon: every word the number and figure rules
// look up, with its number value, class and flags, built once.

// Word classes of the lexicon.
type wclass uint8

const (
	wNone     wclass = iota
	wZero            // zero, nought, naught
	wUnit            // one … nine
	wTeen            // ten … nineteen
	wTens            // twenty … ninety
	wHundred         // hundred
	wBig             // thousand, million, billion, trillion, lakh, crore
	wDozen           // dozen, dozens, dz, doz
	wOrdUnit         // first … ninth
	wOrdTeen         // tenth … nineteenth
	wOrdTens         // twentieth … ninetieth
	wOrdScale        // hundredth, thousandth, millionth, billionth
)

// Word flags of the lexicon.
const (
	fMonth       uint32 = 1 << iota // January, Jan, Sept
	fCurrency                       // dollars, rubles, euros
	fTimeUnit                       // years, months, days, hours
	fPercent                        // percent, pct
	fUnit                           // km, kg, metres: a physical measure
	fYearPrep                       // in, since, until: a plain 4-digit number after it is a year
	fChangeVerb                     // rose, fell: "rose from 10 to 20" is a change, not a range
	fFraction                       // half, quarter, third … as a denominator
	fTimeOfDay                      // am, pm, GMT
	fPhraseStart                    // first word of a qualifier wording
	fVagueStart                     // may open a vague figure: dozens, several
	fNumStart                       // may open a number: a number word, "a", "half", "minus"
	fScale                          // magnitude, category: the number next to it grades a scale
)

// wordInfo is what the lexicon knows about a lower-case word.
type wordInfo struct {
	word  string
	val   float64 // number value (class != wNone) or fraction denominator
	class wclass
	flags uint32
}

// vocab is what a Finder knows of its language: the lexicon of the number
// and figure rules and the word sets of the unit and currency rules, built
// once from a lang.Lexicon by newVocab and never modified.
type vocab struct {
	index map[string]uint16 // lower-case word → index into info (0: unknown)
	info  []wordInfo
	quals *qualify.Table // the qualifier wordings before a number
	// numbers is the number vocabulary: vague plurals among it.
	numbers lang.NumberLexicon
	// currencyCountries maps a family's shared name to the words naming a
	// country and the currency it means there.
	currencyCountries map[string]map[string]string
	// homeCountry: a sentence naming the United States keeps "$" a US
	// dollar. currencyCodesBefore are the currency words that join the
	// figure right before its digits ("Rs 500"); currencyCodesOpening
	// those a qualified figure's number may begin after (the two lists
	// differ by "inr"). lengthWords say a length (unitjoin.go).
	homeCountry, currencyCodesBefore, currencyCodesOpening, lengthWords map[string]bool
	// currencyBefore indexes the spellings of currencies written before a
	// number by their last token.
	currencyBefore map[string][]spelling
	personNoun     func(string) bool
	// units is the unit table of the lexicon's currencies, and spellings
	// its spellings by their first token (units.go).
	units     *unit.Table
	spellings map[string][]spelling
}

// newVocab builds the vocabulary of the lexicon lex.
func newVocab(lex *lang.Lexicon) *vocab {
	units := unit.New(lex.Currencies)
	v := &vocab{
		quals:                qualify.New(lex.Qualifiers, lex.FigureRuleWords),
		numbers:              lex.Numbers,
		currencyCountries:    lex.CurrencyCountries,
		homeCountry:          setOfWords(lex.HomeCountry),
		currencyCodesBefore:  setOfWords(lex.CurrencyCodesBefore),
		currencyCodesOpening: setOfWords(lex.CurrencyCodesOpening),
		lengthWords:          setOfWords(lex.LengthWords),
		currencyBefore:       buildCurrencyBefore(lex.Currencies, units.Currencies()),
		personNoun:           lex.PersonNoun,
		units:                units,
		spellings:            buildSpellings(units),
	}
	v.index, v.info = buildLexicon(lex, v.quals)
	return v
}

// lexiconBuilder adds words to the lexicon; a word added twice keeps one
// entry, with the flags of both and the class of the last number list.
type lexiconBuilder struct {
	m    map[string]uint16
	info []wordInfo
}

func (b *lexiconBuilder) add(w string, class wclass, val float64, flags uint32) {
	if k, ok := b.m[w]; ok {
		e := &b.info[k]
		if class != wNone {
			e.class, e.val = class, val
		}
		if flags&fFraction != 0 && val != 0 {
			e.val = val
		}
		e.flags |= flags
		return
	}
	b.m[w] = uint16(len(b.info))
	b.info = append(b.info, wordInfo{word: w, class: class, val: val, flags: flags})
}

// series adds an ordered list of number words: words[i] is first+step·i.
func (b *lexiconBuilder) series(words []string, class wclass, first, step float64) {
	for i, w := range words {
		b.add(w, class, first+step*float64(i), 0)
	}
}

// valued adds words with their values.
func (b *lexiconBuilder) valued(words map[string]float64, class wclass, flags uint32) {
	for w, v := range words {
		b.add(w, class, v, flags)
	}
}

// flagged adds words with a flag.
func (b *lexiconBuilder) flagged(words []string, flags uint32) {
	for _, w := range words {
		b.add(w, wNone, 0, flags)
	}
}

// wordSeries is an ordered list of number words: words[i] is first+step·i.
type wordSeries struct {
	words       []string
	class       wclass
	first, step float64
}

// numberSeries are the ordered lists of number words and ordinals, as
// table rows.
func numberSeries(n lang.NumberLexicon) []wordSeries {
	return []wordSeries{
		{n.Zero, wZero, 0, 0},
		{n.Units, wUnit, 1, 1},
		{n.Teens, wTeen, 10, 1},
		{n.Tens, wTens, 20, 10},
		{[]string{n.Hundred}, wHundred, 100, 0},
		{n.Dozens, wDozen, 12, 0},
		{n.OrdinalUnits, wOrdUnit, 1, 1},
		{n.OrdinalTeens, wOrdTeen, 10, 1},
		{n.OrdinalTens, wOrdTens, 20, 10},
	}
}

// flaggedWords are the word lists that give a flag, in the order the
// lexicon adds them.
func flaggedWords(lex *lang.Lexicon, quals *qualify.Table) []struct {
	words []string
	flag  uint32
} {
	return []struct {
		words []string
		flag  uint32
	}{
		{lex.Months, fMonth},
		{lex.CurrencyWords, fCurrency},
		{lex.TimeUnitWords, fTimeUnit},
		{lex.PercentWords, fPercent},
		{lex.UnitWords, fUnit},
		{lex.ScaleWords, fScale},
		{lex.YearWords, fYearPrep},
		{lex.ChangeVerbs, fChangeVerb},
		{lex.TimeOfDayWords, fTimeOfDay},
		{quals.Words(), 0}, // words the figure rules look for by spelling
		{quals.Starts(), fPhraseStart},
		{vagueStarts(lex.Numbers), fVagueStart},
		{lex.Numbers.NumberStart, fNumStart},
	}
}

func buildLexicon(lex *lang.Lexicon, quals *qualify.Table) (map[string]uint16, []wordInfo) {
	b := &lexiconBuilder{m: map[string]uint16{}, info: []wordInfo{{}}}
	n := lex.Numbers
	for _, s := range numberSeries(n) {
		b.series(s.words, s.class, s.first, s.step)
	}
	b.valued(n.Scales, wBig, 0)
	b.valued(n.OrdinalScales, wOrdScale, 0)
	b.valued(n.Fractions, wNone, fFraction)
	for _, l := range flaggedWords(lex, quals) {
		b.flagged(l.words, l.flag)
	}
	for k := range b.info {
		if b.info[k].class != wNone {
			b.info[k].flags |= fNumStart
		}
	}
	return b.m, b.info
}

// vagueStarts are the words that may open a vague figure: the vague
// quantifiers ("several", "a few") and the vague plurals ("dozens").
func vagueStarts(n lang.NumberLexicon) []string {
	out := append([]string(nil), n.VagueQuantifiers...)
	for w := range n.VaguePlurals {
		out = append(out, w)
	}
	return out
}

// lookupWord returns the index in the lexicon index of the word s (any
// case), or 0.
func lookupWord(index map[string]uint16, s string) uint16 {
	if len(s) > 24 {
		return 0
	}
	var buf [24]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return 0
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return index[string(buf[:len(s)])]
}

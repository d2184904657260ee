package claims

import (
	"fmt"
	"math"

	"github.com/crosscheck-news/crosscheck/claims/figure"
	"github.com/crosscheck-news/crosscheck/claims/lang"
	"github.com/crosscheck-news/crosscheck/claims/measure"
	"github.com/crosscheck-news/crosscheck/claims/segment"
	ctoken "github.com/crosscheck-news/crosscheck/claims/token"
	"github.com/crosscheck-news/crosscheck/claims/unit"
	"github.com/crosscheck-news/crosscheck/claims/when"
)

// ExtractOptions configures figure extraction. The zero value is not valid;
// start from [DefaultExtractOptions].
type ExtractOptions struct {
	// Tolerance widens an approximate figure: "about N" allows
	// [N·(1−Tolerance), N·(1+Tolerance)]. It must lie in [0, 1). Default 0.1.
	Tolerance float64
	// NearlyLower, when > 0, gives "nearly N" (almost, just under, close to)
	// the lower end N·(1−NearlyLower), closed: [N·(1−NearlyLower), N). When 0
	// the lower end is unbounded (−∞). It must lie in [0, 1). Default 0.
	NearlyLower float64
	// Language names the language of the text, one of [Languages]: its
	// lexicon gives the passes their words (package claims/lang). Default
	// "en"; "" is English too.
	Language string
}

// DefaultExtractOptions returns the defaults: Tolerance 0.1, NearlyLower 0,
// Language "en".
func DefaultExtractOptions() ExtractOptions {
	return ExtractOptions{Tolerance: 0.1, Language: "en"}
}

// Validate reports whether the options are usable.
func (o ExtractOptions) Validate() error {
	if math.IsNaN(o.Tolerance) || o.Tolerance < 0 || o.Tolerance >= 1 {
		return fmt.Errorf("extract options: tolerance %v outside [0, 1)", o.Tolerance)
	}
	if math.IsNaN(o.NearlyLower) || o.NearlyLower < 0 || o.NearlyLower >= 1 {
		return fmt.Errorf("extract options: nearly-lower %v outside [0, 1)", o.NearlyLower)
	}
	if _, err := lexiconOf(o.Language); err != nil {
		return fmt.Errorf("extract options: %w", err)
	}
	return nil
}

// Extractor finds the figures of sentences: every number, spelled in digits,
// words or both, with the interval its wording allows (DESIGN.md, "Figures"):
//
//	139, killed 139 people                    exact       [139, 139]
//	at least / no fewer than / 133 or more    at_least    [133, ∞)
//	more than / over / above / exceeding      more_than   (140, ∞)
//	nearly / almost / just under / close to   nearly      (−∞, 100), or [100·(1−NearlyLower), 100)
//	about / around / some / an estimated      about       [200·(1−t), 200·(1+t)]
//	up to / as many as / at most              up_to       (−∞, 700]
//	fewer than / less than / under / below    fewer_than  (−∞, 1000)
//	between 20 and 30 / 20 to 30 / 20-30      range       [20, 30]
//	dozens / scores / hundreds / thousands    vague       see vagueWords
//
// A lower and an upper bound joined by "and" or "but" make one range ("more
// than 10 and less than 20" is (10, 20)). Each figure has a kind (count,
// percent, money, year, decade, date, age, duration, ordinal, time, score,
// measurement, other) so that only like figures are compared, and a unit
// (package claims/figure, units.go). "one" as a pronoun ("one of", "no one", "one day") and a
// number that is part of a name ("iPhone 12", "Row 21") are no figures
// (claims/figure, lookalike.go). An Extractor holds its options, its
// language's lexicon and the passes built from it once, and is safe for
// concurrent use.
type Extractor struct {
	opts ExtractOptions
	lex  *lang.Lexicon // read only
	seg  *segment.Segmenter
	when *when.Reader
	find *figure.Finder
	// measures is the vocabulary of the measure and slot passes.
	measures *measure.Vocab
}

// NewExtractor returns an Extractor with the given options, or an error when
// they are invalid.
func NewExtractor(opts ExtractOptions) (*Extractor, error) {
	if err := opts.Validate(); err != nil {
		return nil, fmt.Errorf("new extractor: %w", err)
	}
	lex, err := lexiconOf(opts.Language)
	if err != nil {
		return nil, fmt.Errorf("new extractor: %w", err)
	}
	return newExtractor(opts, lex), nil
}

// newExtractor returns the Extractor of valid options that reads with the
// lexicon lex: it builds the passes once.
func newExtractor(opts ExtractOptions, lex lang.Lexicon) *Extractor {
	return &Extractor{
		opts:     opts,
		lex:      &lex,
		seg:      segment.New(&lex),
		when:     when.New(&lex),
		find:     figure.New(figure.Options{Tolerance: opts.Tolerance, NearlyLower: opts.NearlyLower}, &lex),
		measures: measure.New(&lex),
	}
}

// newTokenizer returns a Tokenizer of the Extractor's language.
func (e *Extractor) newTokenizer() *Tokenizer { return ctoken.New(e.lex) }

// Figures returns every figure of one sentence, in order of position. Spans
// are byte offsets into sentence; Line is left 0 (the caller fills it).
// Measure and Subject are left empty. A sentence is read up to its first
// 2 GiB. The passes, in package claims/figure: tokenize (digits, number
// words, symbols), numbers and their qualifiers and ranges, look-alikes
// (times, scores, names), kinds, then bounds merged and units attached.
func (e *Extractor) Figures(sentence string) []Figure { return e.find.Figures(sentence) }

// ParseNumber parses the number written at the start of s (digits, words or
// mixed: "1,674", "2.5", "10M", "forty-two", "one hundred and six", "a dozen",
// "3 million", "minus five") and returns its value and the byte length
// consumed. Leading white space is skipped and counted in n. Ordinals
// ("21st", "sixth") give their position; vague plurals ("dozens") and text
// that does not begin with a number give ok == false. It reads English
// ([Extractor.ParseNumber] reads the Extractor's language).
func ParseNumber(s string) (value float64, n int, ok bool) { return defaultFinder.ParseNumber(s) }

// ParseNumber is [ParseNumber] in the Extractor's language.
func (e *Extractor) ParseNumber(s string) (value float64, n int, ok bool) {
	return e.find.ParseNumber(s)
}

// Dimension returns what sort of quantity a unit measures, with the
// currencies of English (see unit.Table.Dimension): DimLength for "km",
// "money:USD" for "USD", "" for no unit, "unit:" and the symbol for a unit
// the tables do not know.
func Dimension(u string) string { return defaultUnits.Dimension(u) }

// Normalise returns the interval of f in the base unit of its unit's
// dimension, and that dimension (see [Dimension]).
func Normalise(f Figure) (Interval, string) { return defaultUnits.Normalise(f) }

// Comparable reports whether figures a and b are stated in units that can
// be compared: the same unit, or units of one dimension that convert into
// each other.
func Comparable(a, b Figure) bool { return defaultUnits.Comparable(a, b) }

// defaultUnits is the unit table of the English lexicon, which the
// functions above read: built once and never modified.
var defaultUnits = unit.New(defaultLexicon.Currencies)

// Dimensions of units (Figure.Unit's [Dimension]). Figures of one dimension
// convert into each other; figures of different dimensions never compare.
const (
	DimLength      = unit.DimLength
	DimArea        = unit.DimArea
	DimVolume      = unit.DimVolume
	DimMass        = unit.DimMass
	DimSpeed       = unit.DimSpeed
	DimTemperature = unit.DimTemperature
	DimAngle       = unit.DimAngle
	DimDegree      = unit.DimDegree
	DimData        = unit.DimData
	DimPower       = unit.DimPower
	DimEnergy      = unit.DimEnergy
	DimFrequency   = unit.DimFrequency
	DimTime        = unit.DimTime
	DimPercent     = unit.DimPercent
	DimMoney       = unit.DimMoney
)

package lang

// Lexicon is what a language gives the passes of claims, one field group a
// pass. The tables are read only: a pass builds its indexes from them once,
// in its constructor, and never modifies them. The funcs are pure and safe
// for concurrent use. A test or a variant may copy a Lexicon and change a
// field (an extra qualifier wording, a stop word).
type Lexicon struct {
	// Name is the language's name, as claims.ExtractOptions.Language
	// spells it ("en").
	Name string

	// Numbers is the vocabulary of numbers in words (claims/figure).
	Numbers NumberLexicon
	// Qualifiers is the qualifier table (claims/qualify).
	Qualifiers []QualifierWording
	// FigureRuleWords are words the figure rules look up by spelling.
	FigureRuleWords []string
	// ChangeVerbs: "rose from 10 to 20" is a change, not a range.
	ChangeVerbs []string
	// Months, YearWords (a plain 4-digit number after them is a year) and
	// TimeOfDayWords ("am", "GMT").
	Months, YearWords, TimeOfDayWords []string
	// MonthNames are the full names of the months, lower case, in order.
	MonthNames []string
	// TimeUnitWords, PercentWords, UnitWords (a physical measure) and
	// LengthWords (what "long", "deep" join to a figure).
	TimeUnitWords, PercentWords, UnitWords, LengthWords []string
	// ScaleWords name a scale whose grade a number gives, right after the
	// word or joined before it: "magnitude 7.2", "a 7.2-magnitude quake",
	// "Category 5". Such a number counts nothing.
	ScaleWords []string
	// CurrencyWords are the bare words of currencies ("dollars").
	CurrencyWords []string
	// Currencies are the rows of the currency vocabulary (claims/unit,
	// claims/figure).
	Currencies []Currency
	// CurrencyCountries maps a family's shared name to the words naming a
	// country and the currency the name means there.
	CurrencyCountries map[string]map[string]string
	// HomeCountry: a sentence naming it keeps "$" a US dollar.
	HomeCountry []string
	// CurrencyCodesBefore join the figure right before its digits;
	// CurrencyCodesOpening may open a qualified figure's number.
	CurrencyCodesBefore, CurrencyCodesOpening []string
	// PersonNoun reports whether a lower-case noun names a person
	// (claims/figure; claims/measure reads its words, Measures.PersonNouns).
	PersonNoun func(w string) bool

	// Stem returns the stem of a lower-case word (claims/token memoises it).
	Stem func(lower string) string
	// IsStop reports whether a lower-case word carries no event identity.
	IsStop func(w string) bool
	// EventKind returns the kind of event a lower-case word names.
	EventKind func(w string) (string, bool)
	// IsServiceWord: an event word before it names a service, not an event.
	IsServiceWord func(w string) bool
	// FiringVerb: a fire word after it is gunfire ("opened fire"), an
	// event of the kind "shooting".
	FiringVerb func(w string) bool

	// Abbreviation returns the class of a lower-case word written before
	// a period (claims/segment).
	Abbreviation func(w string) AbbrevClass
	// SentenceStarter, TitleSmallWord, FragmentPreposition, SubjectPronoun
	// and SpeechVerb are the word sets of sentence segmentation.
	SentenceStarter, TitleSmallWord, FragmentPreposition, SubjectPronoun, SpeechVerb func(w string) bool

	// Weekdays give each day's name its number as time.Weekday does;
	// PartsOfDay follow a day's name that dates an event ("Thursday
	// night"); RelativeNights are "overnight", "last night" …; an ordinal
	// before one of NumberedNights numbers a night ("the fourth night")
	// (claims/when).
	Weekdays       map[string]int
	PartsOfDay     []string
	RelativeNights []RelativeNight
	NumberedNights []string

	// Measures is the vocabulary of the measure and slot passes
	// (claims/measure).
	Measures MeasureLexicon
}

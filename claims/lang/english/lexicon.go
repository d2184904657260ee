package english

import "github.com/crosscheck-news/crosscheck/claims/lang"

// Lexicon returns the English lexicon: every table of this package, a
// fresh copy each call, and its word functions.
func Lexicon() lang.Lexicon {
	return lang.Lexicon{
		Name:                 "en",
		Numbers:              Numbers(),
		Qualifiers:           Qualifiers(),
		FigureRuleWords:      FigureRuleWords(),
		ChangeVerbs:          ChangeVerbs(),
		Months:               Months(),
		MonthNames:           MonthNames(),
		YearWords:            YearWords(),
		TimeOfDayWords:       TimeOfDayWords(),
		TimeUnitWords:        TimeUnitWords(),
		PercentWords:         PercentWords(),
		UnitWords:            UnitWords(),
		LengthWords:          LengthWords(),
		ScaleWords:           ScaleWords(),
		CurrencyWords:        CurrencyWords(),
		Currencies:           Currencies(),
		CurrencyCountries:    CurrencyCountries(),
		HomeCountry:          HomeCountry(),
		CurrencyCodesBefore:  CurrencyCodesBefore(),
		CurrencyCodesOpening: CurrencyCodesOpening(),
		PersonNoun:           PersonNoun,
		Stem:                 Stem,
		IsStop:               IsStop,
		EventKind:            EventKind,
		IsServiceWord:        IsServiceWord,
		FiringVerb:           FiringVerb,
		Abbreviation:         Abbreviation,
		SentenceStarter:      SentenceStarter,
		TitleSmallWord:       TitleSmallWord,
		FragmentPreposition:  FragmentPreposition,
		SubjectPronoun:       SubjectPronoun,
		SpeechVerb:           SpeechVerb,
		Weekdays:             Weekdays(),
		PartsOfDay:           PartsOfDay(),
		RelativeNights:       RelativeNights(),
		NumberedNights:       NumberedNights(),
		Measures:             Measures(),
	}
}

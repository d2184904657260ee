package claims

import "github.com/crosscheck-news/crosscheck/claims/measure"

// This file joins package claims to its measure pass (claims/measure): the
// measure names, re-exported, and the slot pass of an article.

// Measures of a figure (Figure.Measure) beyond its counted noun; package
// measure documents each.
const (
	MeasureKilled       = measure.Killed
	MeasureInjured      = measure.Injured
	MeasureMissing      = measure.Missing
	MeasureArrested     = measure.Arrested
	MeasureDisplaced    = measure.Displaced
	MeasureEvacuated    = measure.Evacuated
	MeasureExecuted     = measure.Executed
	MeasureHospitalised = measure.Hospitalised
	MeasureCritical     = measure.Critical
	MeasureAttendance   = measure.Attendance
	MeasureResidents    = measure.Residents
	MeasureProtesters   = measure.Protesters
	MeasureDischarged   = measure.Discharged
	MeasureIdentified   = measure.Identified
	MeasureUnidentified = measure.Unidentified
	MeasureHandedOver   = measure.HandedOver
	MeasureRescued      = measure.Rescued
	MeasureTrapped      = measure.Trapped
	MeasureHostages     = measure.Hostages
	MeasureAffected     = measure.Affected
	MeasureAboard       = measure.Aboard
	MeasureInterval     = measure.Interval
	MeasureCasualties   = measure.Casualties
)

// Places of a figure (Figure.Place) that name no place.
const (
	PlaceCountry   = measure.PlaceCountry
	PlaceElsewhere = measure.PlaceElsewhere
	PlaceHospital  = measure.PlaceHospital
	PlaceCombined  = measure.PlaceCombined
)

// MeasureOf returns what the figure at span [start, end) of sentence counts
// and who, as measure.Vocab.Of says, in English.
func MeasureOf(sentence string, start, end int) (m, subject string) {
	return defaultMeasures.Of(sentence, start, end)
}

// defaultMeasures is the measure vocabulary of the English lexicon, which
// the functions of this file that take no Extractor read: built once and
// never modified.
var defaultMeasures = measure.New(&defaultLexicon)

// IsSlotMeasure reports whether m is a measure of an event's facts
// (measure.IsSlot).
func IsSlotMeasure(m string) bool { return measure.IsSlot(m) }

// IsAdminArea reports whether a place names an administrative area, in
// English (measure.Vocab.IsAdminArea).
func IsAdminArea(place string) bool { return defaultMeasures.IsAdminArea(place) }

// PlaceName returns the name of a place without its kind, in English
// (measure.Vocab.PlaceName).
func PlaceName(place string) string { return defaultMeasures.PlaceName(place) }

// IsWhoClass reports whether a word of Figure.Who names a class of people
// rather than a nationality, in English (measure.Vocab.IsWhoClass).
func IsWhoClass(w string) bool { return defaultMeasures.IsWhoClass(w) }

// IsPersonNoun reports whether a lower-case singular noun names people,
// in English (measure.Vocab.IsPersonNoun).
func IsPersonNoun(w string) bool { return defaultMeasures.IsPersonNoun(w) }

// SplitWho splits a Figure.Who into its nationality and its class of
// people, in English (measure.Vocab.SplitWho).
func SplitWho(who string) (nat, class string) { return defaultMeasures.SplitWho(who) }

// CountryKey returns one key for the names of one country ("turkey" and
// "türkiye"), or "" when a lower-case place names no country, in English
// (measure.Vocab.CountryKey).
func CountryKey(place string) string { return defaultMeasures.CountryKey(place) }

// IsCountryName reports whether a lower-case place is the name of a
// country, in English (measure.Vocab.IsCountryName).
func IsCountryName(place string) bool { return defaultMeasures.IsCountryName(place) }

// slotter is the slot pass of one article, started on its first sentence.
type slotter struct {
	v      *measure.Vocab
	year   int      // the article's own year, 0 when unknown
	months []string // the months of the article's event ("march"), none when unknown
	// textYear tells that year is the latest the text names, not the
	// year of the article's date.
	textYear bool
	pass     *measure.Slotter
}

// newSlotter returns the slot pass, in the Extractor's language, of an
// article of the given year (0 when unknown) and months of its event (none
// when unknown).
func (e *Extractor) newSlotter(year int, months []string) *slotter {
	return &slotter{v: e.measures, year: year, months: months}
}

// start makes the slot pass of the article on first use.
func (sl *slotter) start() *measure.Slotter {
	if sl.pass == nil {
		sl.pass = sl.v.NewSlotter(sl.year, sl.months...)
		if sl.textYear {
			sl.pass.YearFromText()
		}
	}
	return sl.pass
}

// sentence fills the slots of the figures of sentence number idx.
func (sl *slotter) sentence(idx int, text string, figs []Figure) {
	sl.start().Sentence(idx, text, figs)
}

// paragraph tells the slot pass that sentence idx opens a paragraph.
func (sl *slotter) paragraph(idx int) { sl.start().Paragraph(idx) }

// yearOf reads the year of a published date, or 0 (measure.YearOf).
func yearOf(published string) int { return measure.YearOf(published) }

// articleMonth is the month an article names most often, or ""
// (measure.Vocab.ArticleMonth).
func (e *Extractor) articleMonth(cs []Claim) string { return e.measures.ArticleMonth(cs) }

// isLetterByte reports whether b is an ASCII letter or a byte of a
// multi-byte character.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

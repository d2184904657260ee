package measure

// The vocabulary of the slot pass (slot.go): what a clause says about the
// fact a count states. Each table is a set of lower-case words.

// Measures the slot pass gives beyond those of Of: counts of people
// in hospital, in a critical condition, present at a place, or marching.
const (
	Hospitalised = "hospitalised"
	Critical     = "critical"
	Attendance   = "attendance"
	Protesters   = "protesters"
	// Discharged counts people let out of hospital.
	Discharged = "discharged"
	// Identified and Unidentified count the bodies named,
	// or still unnamed: parts of a toll, never the toll.
	Identified   = "identified"
	Unidentified = "unidentified"
	// HandedOver counts the bodies handed over to their families.
	HandedOver = "handed over"
	// Rescued and Trapped count the people brought out
	// alive, and those still trapped.
	Rescued = "rescued"
	Trapped = "trapped"
	// Affected counts the people a disaster touched ("11.3 million
	// people have been affected"), never the toll or the displaced.
	Affected = "affected"
	// Interval is the time between two of an event's happenings
	// ("the explosions came 15 minutes apart"), a duration.
	Interval = "interval"
)

var (
	// predicateWords give a measure when they follow a count's noun phrase
	// ("44 people had been martyred", "more than 120 people suffered
	// wounds", "300 people were praying inside the mosque").
	predicateWords = measureMap(byMeasure(lex.PredicateWords))
	// predicateRank orders the measures of one predicate: "57 injured
	// people were still in hospital, 10 of them in critical condition"
	// counts people in hospital.
	predicateRank = map[string]int{Critical: 2, Hospitalised: 1, Discharged: 1,
		Identified: 1, Unidentified: 1, HandedOver: 1, Rescued: 1}
	// beWords are the forms of "be" before a place ("were at the venue").
	beWords = set(lex.BeWords...)
	// linkWords may stand between a count's noun phrase and its predicate.
	linkWords = set(lex.LinkWords...)
	// placeWords after "were at/in" make a count the people present
	// ("were at the gathering", "in the hall").
	presenceBefore = set(lex.PresenceBefore...)
	// clauseStops end the predicate scan: a new clause begins.
	clauseStops = set(lex.ClauseStops...)

	// tollHeads name a count a toll verb then gives ("the death toll ...
	// rose to 84", "the number of people killed ... has risen to 44").
	tollHeads = measureMap(byMeasure(lex.TollHeads))
	// tollValueVerbs give a toll's value, directly or through "to"/"at".
	tollValueVerbs = set(lex.TollValueVerbs...)
	// figureNouns refer back to a count given before ("gave a much higher
	// figure for Derna, 11,300").
	figureNouns = set(lex.FigureNouns...)

	// subCountBefore introduce a part of a count given before.
	subCountBefore = set(lex.SubCountBefore...)
	// modalWords make a count a projection ("could reach 20,000").
	modalWords = set(lex.ModalWords...)
	// pastWords place a count in an earlier event.
	pastWords = set(lex.PastWords...)
)

// Who: the normalised subject of a count. A nationality and a class of
// people are each their own subject; persons in general are "".
var (
	// genericWho are nouns that count persons in general.
	genericWho = set(lex.GenericWho...)
	// whoClasses map a noun to its class of people.
	whoClasses = lex.WhoClasses
	// lossVerbs before a count of people make it a toll ("lost 11,324
	// people to the heat", "claimed 40 victims").
	lossVerbs = set(lex.LossVerbs...)
	// thingNouns are counted nouns of things, which a clause about the dead
	// or the hurt never makes a count of people (Of gives them in
	// the singular).
	thingNouns = set(lex.ThingNouns...)
	// nationalities map a demonym or a country's name to one key.
	nationalities = measureMap(lex.Nationalities)
)

// countryNames are the names of countries in nationalities: a count of
// "58 from Egypt" is of Egyptians, but "Libya's city of Derna" names a
// place, not who is counted.
var countryNames = set(lex.CountryNames...)

// IsWhoClass reports whether a word of Figure.Who names a class of people
// ("troops", "female", "serious") rather than a nationality.
func IsWhoClass(w string) bool { return whoClassNames[w] }

// Severities of the injured, as severity gives them in Figure.Who.
const (
	severitySerious = "serious"
	severityMinor   = "minor"
)

// whoClassNames are the classes whoClasses maps to, and the severities:
// the words of Figure.Who that are no nationality.
var whoClassNames = func() map[string]bool {
	out := map[string]bool{severitySerious: true, severityMinor: true}
	for _, c := range whoClasses {
		out[c] = true
	}
	return out
}()

// IsCountryName reports whether a lower-case place is the name of a
// country that the slot vocabulary knows ("libya", "spain").
func IsCountryName(place string) bool { return countryNames[place] }

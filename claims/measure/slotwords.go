package measure

import "strings"

// The measures of the slot pass (slot.go): what a clause says about the
// fact a count states. Its words are those of the Vocab (vocab.go).

// Measures the slot pass gives beyond those of Of: counts of people
// in hospital, in a critical condition, present at a place, or marching.
const (
	Hospitalised = "hospitalised"
	Critical     = "critical"
	Attendance   = "attendance"
	// Mourner counts those at a gathering after the event (a funeral, a
	// vigil): a counted noun, not a slot.
	Mourner    = "mourner"
	Protesters = "protesters"
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
	// Hostages counts the people an attack held, as its predicate says
	// ("took 170 people hostage", "Some 170 people had been taken
	// hostage"). "104 hostages were freed" counts the rescued: there the
	// plural is the counted noun.
	Hostages = "hostages"
	// Affected counts the people a disaster touched ("11.3 million
	// people have been affected"), never the toll or the displaced.
	Affected = "affected"
	// Residents counts the people who live in a place the event struck
	// ("196 people lived in the building", "a block housing 196
	// workers"): a count of one time, not a running total.
	Residents = "residents"
	// Aboard counts the people on a ship, a plane, a train or a bus
	// ("476 people on board", "a ferry carrying 476 people"): the measure
	// of the counted noun "passengers" too, so that the wordings meet. It
	// is no slot measure: two vehicles of one event carry different
	// numbers, so such counts are grouped by their context.
	Aboard = "passenger"
	// Casualties counts the dead and the hurt together ("leaving nearly
	// 100 people dead or wounded"): a slot of its own, so it never meets
	// the toll.
	Casualties = "casualties"
	// Interval is the time between two of an event's happenings
	// ("the explosions came 15 minutes apart"), a duration.
	Interval = "interval"
)

// predicateRank orders the measures of one predicate: "57 injured people
// were still in hospital, 10 of them in critical condition" counts people
// in hospital.
var predicateRank = map[string]int{Critical: 2, Hospitalised: 1, Discharged: 1,
	Identified: 1, Unidentified: 1, HandedOver: 1, Rescued: 1, Aboard: -1, Attendance: -1, Residents: -1}

// IsWhoClass reports whether a word of Figure.Who names a class of people
// ("troops", "female", "serious") rather than a nationality.
func (v *Vocab) IsWhoClass(w string) bool { return v.whoClassNames[w] }

// IsPersonNoun reports whether a lower-case singular noun (a count's
// Measure when no event measure applies) names people: "national",
// "passenger", "people".
func (v *Vocab) IsPersonNoun(w string) bool { return v.personNouns[w] || v.genericWho[w] }

// SplitWho splits a Figure.Who into its nationality and its class of
// people ("us troops" → "us", "troops"; "police troops" → "", "police
// troops"; "female" → "", "female").
func (v *Vocab) SplitWho(who string) (nat, class string) {
	for _, part := range strings.Fields(who) {
		if v.whoClassNames[part] {
			class = strings.TrimSpace(class + " " + part)
		} else {
			nat = part
		}
	}
	return nat, class
}

// Severities of the injured, as severity gives them in Figure.Who.
const (
	severitySerious = "serious"
	severityMinor   = "minor"
)

// IsCountryName reports whether a lower-case place is the name of a
// country that the slot vocabulary knows ("libya", "spain").
func (v *Vocab) IsCountryName(place string) bool { return v.countryNames[place] }

// CountryKey returns the one key of a country's names ("turkey" and
// "türkiye" give "turkish"), or "" when place names no country.
func (v *Vocab) CountryKey(place string) string {
	if !v.countryNames[place] {
		return ""
	}
	return v.nationalities[place]
}

// referable reports whether a count of measure m is one a later figure
// may refer back to ("AFP's count had reached at least 55"): a slot's
// count, but no crowd, no people aboard and no residents.
func referable(m string) bool {
	return IsSlot(m) && m != Attendance && m != Aboard && m != Residents
}

package measure

import (
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/token"
)

// Places of shares: counts that the place they come from or lie in makes
// a share of the toll.

// fromPlace reports whether the people a count counts, the noun at word
// fe, come from a place: "81 people from the state", "62 people from her
// state", "12 pilgrims from Indonesia". Told of the dead or the hurt, the
// count is the share of that place of origin, not the whole toll.
func (v *Vocab) fromPlace(ws []token.Word, fe int) bool {
	if fe+2 >= len(ws) || ws[fe].Mark != 0 || !v.peopleNoun(ws[fe].Low) || ws[fe+1].Low != "from" {
		return false
	}
	k := fe + 2
	if v.determiners[ws[k].Low] && k+1 < len(ws) {
		k++
	}
	w := ws[k]
	return v.adminAreas[w.Low] || w.Low == "country" || w.Kind == token.Alnum && v.nameWord(w)
}

// placeList makes the counts of a sentence that each name a place of
// their own, right after them, shares of one toll spread over those
// places: "21 bodies in Agra, 28 in Etah and 34 in Hathras". A count of
// the list without a measure takes the first one's. (Countries are left
// as they are: each country's toll is a fact of its own, see
// compare's places.)
func (v *Vocab) placeList(ws []token.Word, figs []core.Figure) {
	var list []int
	places := map[string]bool{}
	for j := range figs {
		f := &figs[j]
		if f.Kind != core.Count || f.Place == "" || f.Place == PlaceHospital || f.Place == PlaceElsewhere || f.Place == PlaceCombined ||
			f.Place == PlaceCountry || v.countryNames[f.Place] || places[f.Place] {
			continue
		}
		if fe := figureEnd(ws, *f); v.placeAfter(ws, fe+v.nounAfter(ws, fe), len(ws)) < 0 {
			continue
		}
		places[f.Place] = true
		list = append(list, j)
	}
	if len(list) < 2 {
		return
	}
	measure := figs[list[0]].Measure
	if !IsSlot(measure) {
		return
	}
	for _, j := range list {
		f := &figs[j]
		if f.Measure == "" {
			f.Measure = measure
		}
		if f.Measure == measure && f.PartOf == 0 {
			f.PartOf = -1
		}
	}
}

// nounAfter is 1 when the word at k is a noun of people or bodies a count
// counts ("21 bodies in Agra"), else 0.
func (v *Vocab) nounAfter(ws []token.Word, k int) int {
	if k < len(ws) && ws[k].Mark == 0 && (v.peopleNoun(ws[k].Low) || ws[k].Low == "bodies" || ws[k].Low == "dead") {
		return 1
	}
	return 0
}

// combined reports whether the words [lo, hi) of a count's clause, or
// the sentence's first, sum the event with others: "the Karachi and Lahore fires
// together", "Together, Friday's bombings ... left", "Together with the
// fire in Lahore, the blazes have taken", "in both blazes". Its count is
// the toll of all of them, no other outlet's toll of the one.
func (v *Vocab) combined(ws []token.Word, lo, hi int) bool {
	for k := 0; k < hi && k < len(ws); k++ {
		if k > 0 && k < lo {
			continue // only a sentence's opening "Together" reaches past its clause
		}
		switch ws[k].Low {
		case "together":
			if k > 0 && v.pluralEvent(ws[k-1].Low) ||
				k == 0 && ws[k].Mark == ',' && v.pluralEventIn(ws, 1, hi) ||
				k == 0 && k+1 < len(ws) && ws[k+1].Low == "with" && v.pluralEventIn(ws, 2, hi) {
				return true
			}
		case "both":
			if k+1 < len(ws) && v.pluralEvent(ws[k+1].Low) {
				return true
			}
		}
	}
	return false
}

// pluralEventIn reports whether words [lo, hi) hold an event's noun in
// the plural.
func (v *Vocab) pluralEventIn(ws []token.Word, lo, hi int) bool {
	for k := lo; k < hi && k < len(ws); k++ {
		if v.pluralEvent(ws[k].Low) {
			return true
		}
	}
	return false
}

// pluralEvent reports whether w is the plural of an event's noun
// ("fires", "blazes", "bombings").
func (v *Vocab) pluralEvent(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	return v.eventWord(w)
}

// partClass is the class of people a share of a toll counts when no class
// of the lexicon names it: the plural noun of people it counts ("including
// 40 lawyers") or that its partitive is ("nearly 60 of the dead were
// lawyers"), in lower case; "" for people at large ("victims", "others").
// Outlets that give a share of one class then state one fact.
func (v *Vocab) partClass(ws []token.Word, fe int, subject string) string {
	if subject != "" {
		f := strings.Fields(strings.ToLower(subject))
		return v.classNoun(f[len(f)-1])
	}
	if fe+3 >= len(ws) || ws[fe].Low != "of" {
		return ""
	}
	for k := fe + 1; k < len(ws) && k <= fe+4; k++ {
		if v.beWords[ws[k].Low] && k+1 < len(ws) {
			return v.classNoun(ws[k+1].Low) // "of the dead were lawyers"
		}
		if ws[k].Mark != 0 {
			return ""
		}
	}
	return ""
}

// classNoun returns w when it is the plural of a noun of people that
// names a class ("lawyers", "employees"), not people at large.
func (v *Vocab) classNoun(w string) string {
	if !v.isPlural(w) || v.genericWho[w] || w == "people" || !v.personNouns[v.singular(w)] {
		return ""
	}
	return w
}

// sourcePlace reports whether the place named at word at is where a
// source of the sentence works: its name follows "in" or "of" after a
// noun of a person, of the police or of a body that speaks ("an officer
// in Kaski district", "the deputy inspector-general of police in
// Hyderabad", "the police chief for Kunduz province", "the UN mission in
// Afghanistan"), and the sentence reports ("said", "told").
func (v *Vocab) sourcePlace(ws []token.Word, at int) bool {
	k := at // the name's first word, or the kind of an area after its name
	if v.adminAreas[ws[k].Low] {
		for k > 0 && ws[k-1].Capital && ws[k-1].Mark == 0 {
			k--
		}
	}
	if v.adminAreas[ws[at].Low] && at+1 < len(ws) && ws[at].Mark == 0 && v.sourceTitles[ws[at+1].Low] {
		// "the Ukerewe district commissioner told Reuters that 42 deaths
		// had been confirmed": the area the source heads
		return slices.ContainsFunc(ws, func(w token.Word) bool { return v.reportingWords[w.Low] })
	}
	if k < 2 || ws[k-1].Low != "in" && ws[k-1].Low != "of" && ws[k-1].Low != "for" {
		return false
	}
	title := ws[k-2].Low
	if !v.personNouns[v.singular(title)] && v.whoClasses[title] != "police" && !v.sourceTitles[title] {
		return false // "the deputy police chief for Kunduz province", "the UN mission in Afghanistan"
	}
	return slices.ContainsFunc(ws, func(w token.Word) bool { return v.reportingWords[w.Low] })
}

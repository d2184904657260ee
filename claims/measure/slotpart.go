package measure

import (
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/token"
)

// Portions: counts that are a share of a fact rather than the fact, told
// by the words around the count itself, with no whole in the sentence.

// portionOf reports whether the count at words [fi, fe) is a partial
// figure ("a partial figure of 577 deaths", "a partial toll of 300"), the
// count of one place among several (oneOfMany), a count after a fronted
// "Of the injured," or what one witness handled or saw ("he and his
// friends carried around 15 wounded people"): each is a part of the fact,
// never the fact itself.
func (v *Vocab) portionOf(ws []token.Word, fi, fe int) bool {
	if v.oneOfMany(ws, fi, fe) || v.frontedPartitive(ws, fi) || v.ownShare(ws, fe) || v.onTheSpot(ws, fe) ||
		v.bodiesHandled(ws, fi, fe) || v.siteItself(ws, fe) || v.oneEvent(ws, fi) ||
		v.familyShare(ws, fi, fe) {
		return true
	}
	for k := fi - 1; k >= 0 && k >= fi-4; k-- {
		if ws[k].Mark != 0 && k < fi-1 {
			break
		}
		if ws[k].Low == "partial" || ws[k].Low == "incomplete" {
			return true
		}
	}
	return v.witnessCount(ws, fi)
}

// increment reports whether the count at words [fi, fe) is written as an
// addition to a count of its own measure. After its number ("five more
// bodies", "30 additional deaths") it is one when it counts the dead or
// the hurt, or when a count of its measure stands before it in the
// sentence or the few before (sameMeasure); before its number ("a further
// 16 dead", "another 12 bodies") only in the second case. After a count of
// another measure it is a fact of its own ("84 were killed. Another 284
// were wounded"; "suspended nine officers, while 18 more are being
// investigated").
func increment(ws []token.Word, fi, fe int, measure string, sameMeasure func() bool) bool {
	if fe < len(ws) && ws[fe-1].Mark == 0 && (ws[fe].Low == "more" || ws[fe].Low == "additional") {
		return measure == Killed || measure == Injured || sameMeasure()
	}
	if fi > 0 && (ws[fi-1].Low == "another" || ws[fi-1].Low == "further" || ws[fi-1].Low == "additional") {
		return sameMeasure()
	}
	return false
}

// witnessCount reports whether the count at word fi is the object of what
// one person did by hand, told in the first or third person singular ("he
// and his friends carried 15 wounded people", "I counted 30 bodies", "we
// buried 12 people"): the clause before it, back to a clause mark, holds
// such a subject and a verb of handling, and no reporting verb stands
// between them and the count.
func (v *Vocab) witnessCount(ws []token.Word, fi int) bool {
	if fi > 0 && v.seeingVerbs[ws[fi-1].Low] {
		return true // "a villager reported seeing two dead bodies"
	}
	verb := false
	for k := fi - 1; k >= 0 && k >= fi-8; k-- {
		w := ws[k].Low
		switch {
		case v.handlingVerbs[w]:
			verb = true
		case v.reportingWords[w]:
			return false
		case v.witnessSubjects[w]:
			return verb
		}
		if ws[k].Mark != 0 && k < fi-1 {
			return false
		}
	}
	return false
}

// whoNear finds who a part counts when its own words do not say: the
// nearest nationality or class of people within a few words either side
// ("At least 323 of the dead were Egyptians", "Egyptians accounted for 658
// of the deaths").
func (v *Vocab) whoNear(ws []token.Word, owner []int, fi, fe int) string {
	// The clause around the count bounds the search: "in one province,
	// police say" names who reports.
	lo, hi := fi, fe
	for lo > 0 && ws[lo-1].Mark == 0 {
		lo--
	}
	for hi < len(ws) && ws[hi-1].Mark == 0 {
		hi++
	}
	for d := 1; d <= 6; d++ {
		for _, k := range []int{fe - 1 + d, fi - d} {
			if k < lo || k >= hi || owner[k] >= 0 {
				continue
			}
			if k > 0 && owner[k-1] >= 0 && owner[k-1] != owner[fi] {
				continue // "25 lawyers and two journalists": the other count's noun
			}
			if k < fi && (k+1 >= len(ws) || !v.shareVerbs[ws[k+1].Low]) {
				continue // "Rescuers recovered 12 more bodies": the agent
			}
			if w := v.whoOfWords(ws[k : k+1]); w != "" {
				return w
			}
		}
	}
	return ""
}

// oneOfMany reports whether the clause after the count at words [fi, fe),
// or the subject before its "be", scopes it to one place among several:
// "in one province", "those rescued from a single bogie were 43". ("In Derna alone"
// names the place, often the event's own, and stays a place.)
func (v *Vocab) oneOfMany(ws []token.Word, fi, fe int) bool {
	for k := fe; k < len(ws) && k < fe+8; k++ {
		if k > fe && ws[k-1].Mark != 0 {
			break
		}
		if ws[k].Low == "one" || ws[k].Low == "single" {
			if v.onePlace(ws, k) {
				return true // "in one province", "in one Philippine province"
			}
			break
		}
	}
	// "those rescued from a single bogie were 43 men": the scope stands
	// in the subject of a count after "be".
	if fi == 0 || !v.beWords[ws[fi-1].Low] {
		return false
	}
	for k := fi - 2; k > 0 && ws[k].Mark == 0; k-- {
		if (ws[k].Low == "one" || ws[k].Low == "single") && v.onePlace(ws, k) {
			return true
		}
	}
	return false
}

// familyShare reports whether the count at words [fi, fe) counts one
// family's dead: after a personal possessive ("her two sons"), or with a
// noun of kin ("of three young grandchildren", "lost 15 relatives") or of
// a family ("five members of one family") in its phrase.
func (v *Vocab) familyShare(ws []token.Word, fi, fe int) bool {
	if fi > 0 && ws[fi-1].Low != "its" && v.possessives[ws[fi-1].Low] {
		return true
	}
	for k := fe; k < len(ws) && k < fe+5; k++ {
		if v.kinNouns[ws[k].Low] || v.familyNouns[ws[k].Low] && k > fe && ws[k-1].Low != "a" {
			return true
		}
		if ws[k].Mark != 0 {
			break
		}
	}
	return false
}

// oneEvent reports whether the clause of the count at word fi, or a
// phrase fronted before it, names one event among several as its scope:
// "one of those assaults killed at least 10 people", "In one of the
// attacks, gunmen shot 23", "the second blast killed 20". Its count is a
// share of the whole toll, or the toll of another event.
func (v *Vocab) oneEvent(ws []token.Word, fi int) bool {
	commas := 0
	for k := fi - 1; k >= 0 && k >= fi-12; k-- {
		if ws[k].Mark != 0 && k < fi-1 {
			if ws[k].Mark != ',' || commas > 0 {
				return false
			}
			commas++
		}
		if v.eventNoun(ws[k].Low) && k > 0 && v.oneOfEvents(ws, k) {
			return true
		}
	}
	return false
}

// eventNoun reports whether w is an event noun or its plural ("raids").
func (v *Vocab) eventNoun(w string) bool {
	return v.eventNouns[w] || len(w) > 1 && w[len(w)-1] == 's' && v.eventNouns[w[:len(w)-1]] ||
		strings.HasSuffix(w, "ies") && v.eventNouns[w[:len(w)-3]+"y"]
}

// oneOfEvents reports whether the event noun at word k is one event of
// several: "one of the attacks", "one of those blasts", "the second
// explosion", "another attack".
func (v *Vocab) oneOfEvents(ws []token.Word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch ws[j].Low {
		case "those", "these", "the":
			if j >= 2 && ws[j-1].Low == "of" && ws[j-2].Low == "one" {
				return true
			}
		case "second", "third", "fourth", "fifth", "other", "another":
			return j == k-1 || j == k-2
		}
		if ws[j].Mark != 0 {
			return false
		}
	}
	return false
}

// onePlace reports whether word k, "one" or "single", opens one place
// among several after a preposition: "in one province", "from a single
// bogie".
func (v *Vocab) onePlace(ws []token.Word, k int) bool {
	prep := k - 1
	if ws[k].Low == "single" {
		prep = k - 2
		if prep < 0 || ws[k-1].Low != "a" {
			return false
		}
	}
	if prep < 0 || !v.placePreps[ws[prep].Low] && ws[prep].Low != "from" {
		return false
	}
	for i := k + 1; i < len(ws) && i <= k+2; i++ {
		if v.placeNouns[ws[i].Low] {
			return true
		}
	}
	return false
}

// ownShare reports whether the clause after a count, from word fe, gives
// it as the share of one agent: "the army said it had recovered around 89
// bodies on its own", "volunteers pulled out 30 by themselves".
func (v *Vocab) ownShare(ws []token.Word, fe int) bool {
	return phraseAfter(ws, fe, v.clause.ownShare) == 0
}

// sharesPartitive reports whether count j, after "and", goes on a
// partitive count before it with a predicate of being: "At least two of
// the injured were members of the Frontier Corps, and 10 were civilians":
// the second share is of the same whole.
func (v *Vocab) sharesPartitive(ws []token.Word, figs []core.Figure, j, fi, fe int) bool {
	if j == 0 || figs[j-1].PartOf == 0 || fi == 0 || fe >= len(ws) || ws[fe-1].Mark != 0 {
		return false
	}
	if ws[fi-1].Low != "and" && ws[fi-1].Low != "while" && ws[fi-1].Mark != ',' {
		return false
	}
	// "20 of the dead were men, 18 were women and eight were children",
	// "identified 254 of the dead, while six were recognised by their
	// faces": each share of the list names a class or what became of
	// some of the whole, not an event's measure of its own ("…, and 40
	// were injured").
	if (v.nationalities[ws[fe].Low] != "" || v.whoClasses[ws[fe].Low] != "") && (fe+1 == len(ws) || ws[fe].Mark != 0 || ws[fe+1].Low == "and") {
		// "nine of the dead were Italian and seven Japanese", "the dead
		// were 126 women, 71 men, 17 girls and 10 boys": a share the list
		// goes on with, its verb left out
		return true
	}
	if ws[fe].Low == "others" && figs[j].Measure != "" && stateOfHurt(figs[j].Measure) == stateOfHurt(figs[j-1].Measure) {
		// "16 of the injured suffered burns, while 30 others were hurt":
		// the rest of the same whole
		return true
	}
	return fe+1 < len(ws) && v.beWords[ws[fe].Low] && !IsEvent(v.participles[ws[fe+1].Low])
}

// Who a crash's dead were: on board or on the ground (Figure.Who), classes
// of people of their own, so that neither is taken for the whole toll.
const (
	WhoAboard = "aboard"
	WhoGround = "ground"
)

// crashScope says whether the dead that count f counts were on board
// ("241 of the dead had been on board", "Of the 242 people on board, 241
// were killed", "241 passengers and crew members who died") or on the
// ground ("at least 24 people on the ground", "eight people who were not
// on the plane"), or "" when its clause says neither.
func (v *Vocab) crashScope(ws []token.Word, figs []core.Figure, f *core.Figure, fi, fe int) string {
	switch phraseAfter(ws, fe, v.clause.onGround, v.clause.onBoard) {
	case 0:
		return WhoGround // "at least 24 people on the ground", "who were not on the plane"
	case 1:
		return WhoAboard // "241 of the dead had been on board"
	}
	if p := f.PartOf - 1; p >= 0 && p < len(figs) && figs[p].Measure == Aboard {
		return WhoAboard // "Of the 242 people on board, 241 were killed"
	}
	if fe < len(ws) && v.aboardNouns[ws[fe].Low] {
		return WhoAboard // "All 241 passengers and crew members who died"
	}
	if fi > 2 && ws[0].Low == "of" && ws[fi-1].Mark == ',' && v.aboardWhole(ws, fi) {
		return WhoAboard // "Of the 242 people on the plane, 241 were killed"
	}
	return ""
}

// aboardWhole reports whether the fronted whole before word fi ("Of the
// 242 people on board,") counts the people on a vehicle.
func (v *Vocab) aboardWhole(ws []token.Word, fi int) bool {
	for k := 2; k < fi; k++ {
		if ws[k].Low == "aboard" || ws[k].Low == "board" || ws[k].Low == "plane" || ws[k].Low == "flight" {
			return true
		}
	}
	return false
}

// onTheSpot reports whether the clause after a count, from word fe, says
// they died where the event struck ("Fifteen people were killed on the
// spot", "died at the scene"): a share of the toll, beside those who died
// later.
func (v *Vocab) onTheSpot(ws []token.Word, fe int) bool {
	return phraseAfter(ws, fe, v.clause.onTheSpot) == 0
}

// denied reports whether the count at words [fi, fe) is one the text says
// is not so: "not" right before it, after a clause mark ("likely 2,000 to
// 2,500, not 10,000"), the count ending its clause.
func denied(ws []token.Word, fi, fe int) bool {
	if fi == 0 || ws[fi-1].Low != "not" || fe < len(ws) && ws[fe-1].Mark == 0 {
		return false // "not 288 as announced on Saturday": an earlier report, not a denial
	}
	return fi < 2 || ws[fi-2].Mark != 0 || ws[fi-2].Low == "and" || ws[fi-2].Low == "but"
}

// takenByFamilies reports whether the bodies counted at words [fi, fe) are
// those families took: "families had collected 826 bodies", "relatives
// have claimed 300 bodies", "families had identified and taken home nearly
// 650 of them".
func (v *Vocab) takenByFamilies(ws []token.Word, fi, fe int) bool {
	bodiesBefore := fi > 1 && ws[fi-1].Low == "of" && ws[fi-2].Low == "bodies" // "received the bodies of 40 victims"
	if bodiesBefore && v.toFamilies(ws, fe) {
		return true // "the bodies of 40 have been returned to their families"
	}
	if !bodiesBefore && (fe >= len(ws) || ws[fe].Low != "bodies" && ws[fe].Low != "of") {
		return false
	}
	verb, reach := false, 6
	if bodiesBefore {
		reach += 3 // "the bodies of"
	}
	for k := fi - 1; k >= 0 && k >= fi-reach; k-- {
		w := ws[k].Low
		switch {
		case v.familyVerbs[w]:
			verb = true
		case w == "families" || w == "relatives":
			return verb
		}
		if ws[k].Mark != 0 && k < fi-1 {
			return false
		}
	}
	return false
}

// toFamilies reports whether the clause after word fe hands what it
// counts to families: "have been returned to their families".
func (v *Vocab) toFamilies(ws []token.Word, fe int) bool {
	return phraseAfter(ws, fe, v.clause.toFamilies) == 0
}

// frontedPartitive reports whether the count at word fi opens the clause
// after a fronted "Of the injured," or "Of those rescued,", or goes on
// the list that opens it ("Of the bodies recovered so far, 58 were men,
// 49 were women and two were children"): a part of a count given before.
func (v *Vocab) frontedPartitive(ws []token.Word, fi int) bool {
	if fi < 3 || ws[0].Low != "of" || ws[1].Low != "the" && ws[1].Low != "those" && ws[1].Low != "them" {
		return false
	}
	k := 1 // the whole's phrase ends at the first comma
	for k < fi-1 && ws[k].Mark == 0 {
		k++
	}
	if ws[k].Mark != ',' {
		return false
	}
	// A whole of up to six words opens the clause ("Of the bodies
	// recovered so far,"), unless a longer one holds a count ("Of the 242
	// people on the plane,"): that count is the whole.
	if (k <= 4 || k <= frontedReach && !numberIn(ws[2:k])) && (k == fi-1 || frontedList(ws, k+1, fi)) {
		return true
	}
	// "Of those who died, police said, 20 were men": a report of a few
	// words may follow the whole.
	if ws[fi-1].Mark != ',' || k > 4 || fi-1-k > 3 {
		return false
	}
	for r := k + 1; r < fi; r++ {
		if v.reportingWords[ws[r].Low] {
			return true
		}
	}
	return false
}

// frontedReach is how many words after "Of" a fronted whole's phrase may
// take: "Of the bodies recovered so far,".
const frontedReach = 6

// numberIn reports whether one of words ws is written in digits.
func numberIn(ws []token.Word) bool {
	return slices.ContainsFunc(ws, func(w token.Word) bool { return startsWithDigit(w.Low) })
}

// frontedList reports whether the words [from, fi) are items of a list of
// short clauses ("58 were men, 49 were women and") that the count at word
// fi goes on.
func frontedList(ws []token.Word, from, fi int) bool {
	if fi-from > listReach || ws[fi-1].Mark != ',' && ws[fi-1].Low != "and" {
		return false
	}
	n := 0
	for k := from; k < fi; k++ {
		if ws[k].Mark != 0 && ws[k].Mark != ',' {
			return false
		}
		n++
		if ws[k].Mark == ',' || ws[k].Low == "and" {
			if n > listItemWords {
				return false
			}
			n = 0
		}
	}
	return true
}

// listItemWords is the most words one short clause of a fronted whole's
// list may take: "49 were women and".
const listItemWords = 4

// frontedWhole returns the measure of a fronted whole's phrase, read to
// its comma ("Of the dead, 27 were taken to a hospital", "Of those who
// died, 20 were men": the dead), or else measure.
func (v *Vocab) frontedWhole(ws []token.Word, measure string) string {
	for k := 2; k < len(ws) && k <= 4; k++ {
		if m := v.predicateWords[ws[k].Low]; IsSlot(m) {
			return m
		}
		if m := v.headMeasure[ws[k].Low]; IsSlot(m) {
			return m // "Of the bodies recovered so far, 58 were men"
		}
		if ws[k].Mark != 0 {
			break
		}
	}
	return measure
}

// bodiesHandled reports whether the count at words [fi, fe) counts bodies
// sent, kept or moved somewhere ("48 bodies had been sent on to
// Kathmandu", "AIIMS is holding 16 bodies", "Thirty-one bodies travelled
// home"): a share of the dead, not their toll.
func (v *Vocab) bodiesHandled(ws []token.Word, fi, fe int) bool {
	if fe >= len(ws) || !v.bodyNouns[ws[fe].Low] {
		return false
	}
	if fi > 0 && v.bodyMoveVerbs[ws[fi-1].Low] {
		return true // "is holding 16 bodies"
	}
	for k := fe + 1; k < len(ws) && k <= fe+4; k++ {
		if ws[k-1].Mark != 0 {
			return false
		}
		if v.bodyMoveVerbs[ws[k].Low] {
			return true
		}
		if !v.beForms[ws[k].Low] && ws[k].Low != "had" && ws[k].Low != "have" && ws[k].Low != "has" {
			return false
		}
	}
	return false
}

// siteItself reports whether the clause after a count, from word fe,
// scopes it to one site of the event by a common noun and "itself" or
// "alone" ("recovered from the meadow itself"): a share. (A name so
// scoped is a place: "Jajarkot itself".)
func (v *Vocab) siteItself(ws []token.Word, fe int) bool {
	for k := fe + 1; k < len(ws) && k < fe+clauseReach; k++ {
		if ws[k-1].Mark != 0 {
			return false
		}
		if v.aloneWords[ws[k].Low] && !ws[k-1].Capital && ws[k-2].Low == "the" {
			return true
		}
	}
	return false
}

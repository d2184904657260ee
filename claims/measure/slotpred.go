package measure

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/token"
)

// Helpers of predicateWord (slotscan.go): what the words around a
// predicate say about it.

// negatedBefore reports whether "not", "yet", "never", "nobody" or "no"
// stands among the three words before word k ("have not been identified",
// "yet to be identified", "that nobody claimed").
func negatedBefore(ws []token.Word, k int) bool {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		if w := ws[i].Low; w == "not" || w == "yet" || w == "never" || w == "nobody" || w == "no" {
			return true
		}
	}
	return false
}

// thereBe reports whether "there were" (or "there had been") stands just
// before the count that ends before word fe.
func (v *Vocab) thereBe(ws []token.Word, fe int) bool {
	for k := fe - 1; k >= 0 && k >= fe-6; k-- {
		if ws[k].Low == "there" {
			return k+1 < len(ws) && v.beWords[ws[k+1].Low] || k+2 < len(ws) && ws[k+2].Low == "been"
		}
	}
	return false
}

// carriedTo reports whether the hospital of word k is where people were
// carried ("brought to the hospital", "rushed to hospitals", "brought to
// the Lady Reading Hospital": a hospital's name may take a few words).
func (v *Vocab) carriedTo(ws []token.Word, k int) bool {
	for i := k - 1; i >= 0 && i >= k-6; i-- {
		if v.carryVerbs[ws[i].Low] {
			return true
		}
	}
	return false
}

// revisedFrom reports whether the figure that owns word k is the old value
// of a revision, written after "from" ("rose from 95 to 103").
func revisedFrom(ws []token.Word, owner []int, k int) bool {
	for k > 0 && owner[k-1] == owner[k] {
		k--
	}
	return k > 0 && ws[k-1].Low == "from"
}

// betweenTwo reports whether the words from fe, right after a duration, say
// it is the time between two happenings: "apart", or "after the first"
// ("the second blast came 15 minutes after the first one").
func (v *Vocab) betweenTwo(ws []token.Word, fe int) bool {
	if fe < len(ws) && ws[fe-1].Mark == 0 && v.durationUnits[ws[fe].Low] {
		fe++ // the unit after the number
	}
	if fe >= len(ws) {
		return false
	}
	if ws[fe].Low == "apart" {
		return true
	}
	if ws[fe].Low != "after" || ws[fe-1].Mark != 0 {
		return false
	}
	for k := fe + 1; k < len(ws) && k <= fe+3; k++ {
		if w := ws[k].Low; w == "first" || w == "initial" || w == "earlier" {
			return true
		}
	}
	return false
}

// aheadOf reports whether the few words after word k say it happened
// before the event struck ("fled their homes ahead of the storm", "before
// the typhoon hit"): people who left then were evacuated.
func aheadOf(ws []token.Word, k int) bool {
	for i := k + 1; i < len(ws) && i <= k+6; i++ {
		if ws[i].Low == "ahead" || ws[i].Low == "before" {
			return true
		}
		if ws[i].Mark != 0 {
			return false
		}
	}
	return false
}

// conditionAfter reports whether the words after a preposition at word k
// tell a condition ("in serious condition", "in a critical state"), not a
// place.
func (v *Vocab) conditionAfter(ws []token.Word, k int) bool {
	for i := k + 1; i < len(ws) && i <= k+3; i++ {
		if v.conditionNouns[ws[i].Low] {
			return true
		}
	}
	return false
}

// intoHospital reports whether the hospital of word k is where people are
// or were taken: "in", "to", "at" or "into" before it, across a
// determiner or a name ("taken to the city hospital", "in hospital").
func intoHospital(ws []token.Word, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		switch ws[i].Low {
		case "in", "to", "at", "into", "inside":
			return true
		case "from", "of", "by":
			return false
		}
	}
	return false
}

// carriedNoNoun reports whether a count with no noun of its own, its verb
// right after it (word fe), says people were carried to hospital: "more
// than 200 had been taken to hospitals" counts the hurt, whatever count
// stands before it in the sentence.
func (v *Vocab) carriedNoNoun(ws []token.Word, fe int) bool {
	if fe >= len(ws) || !v.linkWords[ws[fe].Low] || ws[fe-1].Mark != 0 {
		return false
	}
	for k := fe; k < len(ws) && k <= fe+7; k++ {
		if hospitalNoun(ws[k].Low) && v.carriedTo(ws, k) {
			return true
		}
		if ws[k].Mark != 0 {
			return false
		}
	}
	return false
}

// hospitalNoun reports whether w is "hospital" or "hospitals".
func hospitalNoun(w string) bool { return w == "hospital" || w == "hospitals" }

// toDeath reports whether "to death" follows the count ending at word fe,
// right after it or its noun: "burned at least 314 people to death",
// "trampled 20 to death".
func toDeath(ws []token.Word, fe int) bool {
	for k := fe; k+1 < len(ws) && k <= fe+1; k++ {
		if ws[k].Low == "to" && ws[k+1].Low == "death" {
			return true
		}
		if ws[k].Mark != 0 {
			return false
		}
	}
	return false
}

// revisions gives each count that a toll was revised from ("revised the
// toll to 275 from 288") the slot of the count it was revised to.
func (v *Vocab) revisions(ws []token.Word, owner []int, figs []core.Figure) {
	for j := range figs {
		f := &figs[j]
		if f.Kind != core.Count {
			continue
		}
		p := v.revisionPartner(ws, owner, figs, j, wordAt(ws, f.Start), figureEnd(ws, *f))
		if p < 0 {
			continue
		}
		// "revised the toll to 275 from 288": one slot, told twice, the
		// count it was revised from an earlier report
		f.Earlier = f.Earlier || !f.Past
		if !IsSlot(f.Measure) {
			f.Measure = figs[p].Measure
			if f.Who == "" {
				f.Who = figs[p].Who
			}
			if f.PartOf == 0 && figs[p].PartOf < 0 {
				f.PartOf = figs[p].PartOf
			}
		}
	}
}

// revisionPartner returns the figure that count j is revised to or from,
// when it has a measure of the slot pass: "to 275 from 288", "from 95 to
// 103". It returns -1 when there is none.
func (v *Vocab) revisionPartner(ws []token.Word, owner []int, figs []core.Figure, j, fi, fe int) int {
	if fi >= 2 && ws[fi-1].Low == "from" && owner[fi-2] >= 0 && IsSlot(figs[owner[fi-2]].Measure) {
		return owner[fi-2] // "to 275 from 288"
	}
	from := fi - 1
	if from > 0 && ws[from].Low == "the" {
		from--
	}
	if from > 0 && ws[from].Low == "from" && (ws[from-1].Low == "up" || ws[from-1].Low == "down") {
		// "81 people had died in the accident, up from the 62 that the
		// minister announced": the count it was revised from
		for k := from - 2; k >= 0; k-- {
			if p := owner[k]; p >= 0 && p != j && IsSlot(figs[p].Measure) {
				return p
			}
		}
	}
	if fi >= 1 && ws[fi-1].Low == "from" && fe+1 < len(ws) && ws[fe].Low == "to" && owner[fe+1] >= 0 &&
		IsSlot(figs[owner[fe+1]].Measure) {
		return owner[fe+1] // "from 95 to 103"
	}
	return v.correctedCount(ws, owner, figs, j, fi, fe)
}

// correctedCount returns the count that count j, in an aside that
// corrects it, was reported as before: "three people, not four as earlier
// reported, had been arrested". It returns -1 when there is none.
func (v *Vocab) correctedCount(ws []token.Word, owner []int, figs []core.Figure, j, fi, fe int) int {
	if fi < 3 || ws[fi-1].Low != "not" || ws[fi-2].Mark != ',' {
		return -1
	}
	earlier := false
	for k := fe; k < len(ws) && k < fe+4; k++ {
		if v.earlierWords[ws[k].Low] {
			earlier = true
		}
		if ws[k].Mark != 0 {
			break
		}
	}
	if !earlier {
		return -1
	}
	for k := fi - 2; k >= 0 && k >= fi-4; k-- {
		if p := owner[k]; p >= 0 && p != j && IsSlot(figs[p].Measure) {
			return p
		}
	}
	return -1
}

// measureNamedAfter is the measure of the first word after word fe, not
// of another count, that names one ("the death toll", "injured"), or "".
// A figure that refers back to another ("a higher figure, 93") takes the
// measure its own sentence goes on to name before the one of the sentence
// before.
func (v *Vocab) measureNamedAfter(ws []token.Word, owner []int, fe int) string {
	for k := fe; k < len(ws); k++ {
		if owner[k] >= 0 {
			return ""
		}
		if m := v.leftMeasure[ws[k].Low]; IsSlot(m) && !v.ambiguous[ws[k].Low] {
			return m
		}
	}
	return ""
}

// asToll reports whether "as" right before the figure at fi ends a toll's
// words: "gave the number of wounded as 143", "The toll had first been
// given as 49" (not "the bomber struck as more than 100 mourners
// crowded in").
func (v *Vocab) asToll(ws []token.Word, fi int) bool {
	if fi < 2 || !v.givenAs[ws[fi-1].Low] {
		return false
	}
	for k := fi - 2; k >= 0 && k >= fi-asReach; k-- {
		w := token.TrimPossessive(ws[k].Low)
		if v.tollHeads[w] != "" {
			return true
		}
		if ws[k].Mark != 0 || !v.linkWords[w] && !v.givingVerbs[w] {
			return false
		}
	}
	return false
}

// asReach is how many words before "as" a toll's head may stand.
const asReach = 6

// refersBack reports whether the words just before a figure name a figure
// given before ("a much higher figure for Derna, 11,300", "the official
// tally of 41", "that number was cut to 164").
func (v *Vocab) refersBack(ws []token.Word, fi int) bool {
	for k := fi - 1; k >= 0 && k >= fi-5; k-- {
		if v.figureNouns[ws[k].Low] && (ws[k].Low != "number" && ws[k].Low != "total" || k > 0 && v.demonstratives[ws[k-1].Low] || ws[k+1].Low == "at") {
			// "that number was later cut to 164", "later put the number at
			// three", but not "the number of people killed"
			return true
		}
		if m := ws[k].Mark; m != 0 && m != ',' {
			return false
		}
	}
	return false
}

// countPredicate returns the measure the predicate after count c says, of
// a count of measure m, whether it places the count among others, and
// whether it is the main predicate after a reduced relative clause. A
// predicate that tells of another subject says nothing of it.
func (v *Vocab) countPredicate(c slotCount, m string) (pm string, among, main bool) {
	ws, fi := c.ws, c.fi
	pm, among, main = v.predicate(ws, c.owner, c.j, c.fe)
	if fi >= 3 && ws[fi-2].Low == "of" && ws[fi-1].Low == "the" && c.owner[fi-3] >= 0 {
		pm = "" // "120 of the 5,000 injured were in critical condition": the part's predicate
	}
	if participleObject(ws, fi, m) {
		pm = "" // "a train that derailed, killing at least 80 people, was under guard in hospital": the driver was
	}
	return pm, among, main && pm != ""
}

// participleObject reports whether the count at word fi, of measure m, is
// the object of the participle before it that gave it its event measure:
// "killing at least 80 people". A predicate after it tells of the clause's
// own subject, not of the count.
func participleObject(ws []token.Word, fi int, m string) bool {
	return fi > 0 && (m == Killed || m == Injured) && strings.HasSuffix(ws[fi-1].Low, "ing") && ws[fi-1].Mark == 0
}

// joinedClause reports whether the count at word fi opens a clause that
// "and" (or "and that") joins to one with a count of its own: "14 people
// had died and nearly 50 were trapped". The count's own predicate tells
// its measure, not the verb of the clause before.
func joinedClause(ws []token.Word, owner []int, fi int) bool {
	k := fi - 1
	if k >= 1 && ws[k].Low == "that" {
		k--
	}
	if k < 1 || ws[k].Low != "and" && ws[k].Low != "but" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-joinedReach; j-- {
		if owner[j] >= 0 {
			return true
		}
	}
	return false
}

// joinedReach is how many words before "and" the count of the clause it
// joins may stand.
const joinedReach = 6

// orderedToLeave reports whether the count at words [fi, fe) is the
// object of an order to leave: "ordered 24,000 people to leave", "told
// some 3,000 residents to evacuate". The count's noun, if any, stands
// between the count and "to".
func (v *Vocab) orderedToLeave(ws []token.Word, fi, fe int) bool {
	if fi == 0 || !v.orderVerbs[ws[fi-1].Low] || ws[fi-1].Mark != 0 {
		return false
	}
	for k := fe; k < len(ws) && k <= fe+2; k++ {
		if ws[k].Low == "to" && k+1 < len(ws) && v.leaveVerbs[ws[k+1].Low] {
			return true
		}
		if ws[k].Mark != 0 {
			return false
		}
	}
	return false
}

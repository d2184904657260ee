package measure

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/token"
)

// predicate scans the words after a count's noun phrase for the
// predicate that says what the count is of: "forty people, including a
// local leader, were killed", "44 people had been martyred", "more than
// 500 people were at the gathering", "57 injured people were still in
// hospital". The highest-ranked measure of the predicate wins. among is
// true when the predicate places the count among others ("were among the
// people killed").
func (v *Vocab) predicate(ws []token.Word, owner []int, j, fe int) (measure string, among, main bool) {
	if end := v.agesAside(ws, fe); end > fe {
		fe = end // "Three children, aged eight, 12 and 13, were named among the dead"
	} else if fe > 0 && ws[fe-1].Mark != 0 && !quoteMark(ws[fe-1].Mark) {
		return "", false, false // "rose to 79, an official at a city hospital said"
	}
	if fe < len(ws) && hospitalNoun(ws[fe].Low) {
		return "", false, false // "kept in six hospitals": the count counts hospitals
	}
	// "there were around 800 people at the venue"
	there := fe > 0 && v.thereBe(ws, fe)
	ps := predScan{v: v, ws: ws, owner: owner, j: j, fe: fe, budget: nounBudget, found: -1, there: there, be: there,
		complement: complementAt(ws, owner, fe)}
	from := fe
	if wholeOf(ws, owner, fe) {
		from = fe + 3 // "four of the injured later died": the whole is no predicate
	}
	for k := from; k < len(ws) && k < fe+predicateReach; k++ {
		step := ps.pass(k)
		if step == predSkip {
			continue
		}
		if step == predEnd || ps.read(k) {
			break
		}
	}
	if f := ps.found; f >= 0 && f+2 < len(ws) && ws[f].Mark == 0 && (ws[f+1].Low == "or" || ws[f+1].Low == "and") {
		if m, isPred := v.predicateWord(ws, f+2, fe, false); isPred && deadAndHurt(ps.measure, m) {
			return Casualties, ps.among, false // "nearly 100 people dead or wounded"
		}
	}
	if ps.measure == "" {
		return ps.present, ps.among, false // "Of the 110 miners working underground, 58 ..."
	}
	return ps.measure, ps.among, ps.main
}

// agesAside returns the end of an aside of ages after a comma that ends
// the count's noun phrase, from word fe on (", aged eight, 12 and 13,"),
// or fe when there is none.
func (v *Vocab) agesAside(ws []token.Word, fe int) int {
	c := fe - 1
	for c < len(ws)-1 && c < fe+nounBudget && (c < 0 || ws[c].Mark == 0) {
		c++
	}
	if c < 0 || c+2 >= len(ws) || ws[c].Mark != ',' || !v.agesWords[ws[c+1].Low] {
		return fe
	}
	for k := c + 2; k < len(ws) && k <= c+agedReach; k++ {
		w := ws[k].Low
		if !startsWithDigit(w) && !v.numberWords[w] && w != "and" && w != "to" && w != "between" {
			return fe
		}
		if ws[k].Mark == ',' && k+1 < len(ws) && !startsWithDigit(ws[k+1].Low) && !v.numberWords[ws[k+1].Low] && ws[k+1].Low != "and" {
			return k + 1
		}
	}
	return fe
}

// agedReach is the most words an aside of ages runs after "aged".
const agedReach = 8

// predScan is the state of the scan of predicate over the words ws after
// count j, whose noun phrase ends before word fe.
type predScan struct {
	v       *Vocab
	ws      []token.Word
	owner   []int
	j, fe   int
	budget  int  // words of the noun phrase still allowed
	found   int  // the first predicate word, or -1
	inAside bool // inside an aside between commas
	there   bool // "there were …"
	be      bool // a form of "be" was passed
	among   bool
	measure string
	// present is Attendance when a participle with no "be" before it put
	// the counted at a place ("miners working underground"): the
	// measure, unless a predicate follows ("men working at the depot
	// were killed").
	present string
	// rel follows a reduced relative clause that a participle right
	// after the noun opens ("70 people injured in the crash remained in
	// hospital"): relNone, relOpen in it, relMain once a form of "be" or
	// a remain verb opens the main predicate, whose measure then wins.
	rel      int
	relWords int  // words of the relative's phrase passed
	main     bool // the main predicate after the relative gave the measure
	// complement tells a count after "at" or "to" ("put the dead at 54",
	// "rose to 80"): an "and" after it opens another complement ("and the
	// injured at over 100"), not more of its subject.
	complement bool
}

// Steps of the predicate scan.
const (
	predRead = iota // read the word
	predSkip        // skip the word
	predEnd         // end the scan
)

// partAside reports whether the aside that opens at word k, up to its
// closing comma, is a part of the count before it: it says "among them"
// or "of them" ("two women among them", "12 of them children").
func partAside(ws []token.Word, k int) bool {
	part := false
	for i := k; i < len(ws) && i < k+asideReach; i++ {
		if i+1 < len(ws) && (ws[i].Low == "among" || ws[i].Low == "of") && ws[i+1].Low == "them" {
			part = true // "two women among them", "four of them children under 12"
		}
		if ws[i].Mark == ',' && (part || i+1 < len(ws) && ws[i].Low == "them") {
			return part
		}
		if ws[i].Mark != 0 && ws[i].Mark != ',' {
			return false
		}
	}
	return false
}

// correctionAside reports whether the aside that opens at word k, up to
// its closing comma, corrects the count before it: "three people, not
// four as earlier reported, had been arrested".
func correctionAside(ws []token.Word, k int) bool {
	if ws[k].Low != "not" {
		return false
	}
	for i := k; i < len(ws) && i < k+asideReach; i++ {
		if ws[i].Mark == ',' {
			return true
		}
		if ws[i].Mark != 0 {
			return false
		}
	}
	return false
}

// asideReach is the most words a part aside may run to its closing comma.
const asideReach = 12

// wholeOf reports whether the count whose words end before fe is followed
// by the one-word whole it is a part of, with no count of its own: "four
// of the injured", "two of those missing".
func wholeOf(ws []token.Word, owner []int, fe int) bool {
	if fe+3 > len(ws) || ws[fe].Low != "of" || ws[fe].Mark != 0 || ws[fe+1].Mark != 0 {
		return false
	}
	if w := ws[fe+1].Low; w != "the" && w != "those" {
		return false
	}
	return owner[fe+2] < 0 && (fe+3 == len(ws) || owner[fe+3] < 0)
}

// deadAndHurt reports whether two measures of one predicate are the dead
// and the hurt, joined: "dead or wounded", "killed and injured".
func deadAndHurt(a, b string) bool {
	return a == Killed && b == Injured || a == Injured && b == Killed
}

// diedThere reports whether a predicate that first says the counted died
// goes on to say where ("six more died in hospital", "died on the way to
// hospital"): they are dead, not in care.
func diedThere(first, then string) bool { return first == Killed && then == Hospitalised }

// pass decides, before reading word k, whether the scan skips it (an
// aside, another count joined to this one, "and") or ends there (another
// count, a new clause).
func (ps *predScan) pass(k int) int {
	ws := ps.ws
	w := ws[k].Low
	if ps.inAside {
		ps.inAside = ws[k].Mark != ','
		return predSkip
	}
	if o := ps.owner[k]; o >= 0 && o != ps.j {
		return ps.otherCount(k)
	}
	if w == "and" && ps.found < 0 {
		if ps.complement {
			return predEnd // "put the dead at 54 and the injured at over 100"
		}
		return predSkip // "46 girls and young women were among the people killed"
	}
	if k > ps.fe && ws[k-1].Mark == ',' && (ps.v.subCountBefore[w] || ps.v.shareOpeners[w] || partAside(ws, k) || correctionAside(ws, k)) {
		// "…, including 51 students,", "…, women and children among them,",
		// "three people, not four as earlier reported, had been arrested"
		ps.inAside = ws[k].Mark != ','
		return predSkip
	}
	if ps.v.clauseStops[w] && k >= ps.fe {
		return predEnd
	}
	if ps.be && k > ps.fe && (w == "who" || w == "which" || w == "that") {
		// "nearly 60 of the dead were lawyers who had gathered at the
		// hospital": after "be", a relative clause tells of the noun
		// before it, not of the count.
		return predEnd
	}
	return predRead
}

// otherCount decides whether the scan skips word k, a word of another
// count, or ends there.
func (ps *predScan) otherCount(k int) int {
	ws := ps.ws
	if k > 1 && ws[k-1].Low == "the" && ws[k-2].Low == "of" {
		// "five of the six crew members on the coast guard plane were
		// killed": the whole's noun phrase is the subject's, and may
		// run longer than a count's own.
		ps.budget = partitiveBudget
		return predSkip
	}
	if k > 0 && ws[k-1].Mark == ',' && partAside(ws, k) {
		// "Six of the organisers, two women among them, had been
		// arrested": the aside's part, then the predicate of the whole
		ps.inAside = ws[k].Mark != ','
		return predSkip
	}
	if ps.among || (k > 1 && ws[k-1].Low == "and" && ws[k-2].Mark == 0) {
		// "13 US service members and 90 Afghans are among the over
		// 100 people who died"
		return predSkip
	}
	if k > 0 && ws[k-1].Mark == ',' && ps.v.listGoesOn(ws, ps.owner, k) {
		// "At least 43 men, nine women and 20 children were among the
		// dead": one predicate for the whole list
		return predSkip
	}
	return predEnd
}

// presentAt reports whether a place word k would make the count those
// present: a form of "be" or a presence verb stands before it ("were
// at", "had been working in"); participle tells a presence verb with no
// "be" before ("miners working underground").
func (ps *predScan) presentAt(k int) (present, participle bool) {
	if ps.found >= 0 || k == 0 {
		return false, false
	}
	before := ps.ws[k-1].Low
	if !ps.be {
		return ps.v.presenceVerbs[before], ps.v.presenceVerbs[before]
	}
	return ps.there || ps.v.beWords[before] || ps.v.presenceVerbs[before], false
}

// States of a reduced relative clause after the count (predScan.rel).
const (
	relNone = iota
	relOpen
	relMain
)

// relativeReach is the most words of its own a reduced relative's phrase
// may run ("injured in the crash").
const relativeReach = 3

// first notes word k as the predicate's first word; a transitive
// participle right after the noun, with no "be" before it, opens a
// reduced relative clause ("70 people injured in the crash ...").
func (ps *predScan) first(k int) {
	ps.found = k
	if !ps.be && k <= ps.fe+1 && ps.v.transitive[ps.ws[k].Low] {
		ps.rel = relOpen
	}
}

// relative reads word k, of measure m when isPred, while a reduced
// relative clause is open after the count, and reports whether it did:
// the clause's phrase is passed, a form of "be" or a remain verb opens
// the main predicate, and the main predicate's measure replaces the
// participle's ("70 people injured in the crash remained in hospital",
// "five people hurt in the blast later died").
func (ps *predScan) relative(k int, m string, isPred bool) bool {
	w := ps.ws[k].Low
	switch {
	case ps.rel == relMain && isPred:
		ps.measure, ps.rel, ps.main = m, relNone, true
		return true
	case ps.rel != relOpen:
		return false
	case isPred && k > ps.found+1 && m == Killed:
		ps.measure, ps.found, ps.rel, ps.main = m, k, relNone, true // "hurt in the blast later died"
		return true
	case ps.v.beWords[w] || ps.v.remainVerbs[w]:
		ps.rel, ps.found, ps.be = relMain, k, true
		return true
	case isPred || ps.ws[k].Mark != 0 && ps.ws[k].Mark != ',':
		return false
	case ps.v.linkWords[w] || ps.v.prepositions[w]:
		return true
	case ps.relWords < relativeReach && ps.v.predicateWords[w] == "":
		ps.relWords++
		return true
	}
	ps.rel = relNone
	return false
}

// read reads word k of the predicate and reports whether the scan ends.
func (ps *predScan) read(k int) bool {
	ws := ps.ws
	w := ws[k].Low
	present, participle := ps.presentAt(k)
	m, isPred := ps.v.predicateWord(ws, k, ps.fe, present)
	if isPred && participle && m == Attendance {
		ps.present = m // "miners working underground": where they were; a predicate may follow
		return false
	}
	if isPred && ps.activeOver(k) {
		// "Two explosions have killed 103 people": the count is the
		// subject of an active verb, not who was killed.
		ps.measure = ""
		return true
	}
	if handled := ps.relative(k, m, isPred); handled {
		return false
	}
	switch {
	case isPred:
		if ps.measure == "" || predicateRank[m] > predicateRank[ps.measure] && !diedThere(ps.measure, m) {
			ps.measure = m
		}
		if ps.found < 0 {
			ps.first(k)
		}
	case w == "among" && k+1 < len(ws) && (ws[k+1].Low == "them" || ws[k+1].Low == "whom"):
		return true // "killed at least 71 people, young children among them": the count is the whole
	case w == "among":
		ps.among = true
		if ps.measure == "" && amongVictims(ws, k) {
			ps.measure = Killed
		}
	case ps.v.linkWords[w]:
	default:
		if ps.found >= 0 || ps.budget == 0 {
			return true
		}
		ps.budget--
	}
	ps.be = ps.be || ps.v.beWords[w]
	if ps.found >= 0 && k >= ps.found+4 {
		return true
	}
	if m := ws[k].Mark; m != 0 && m != ',' && !quoteMark(m) {
		return true
	}
	return false
}

// predicateWord says what measure word k of a predicate gives, if any;
// fe is the word after the count, and present tells that a form of "be"
// stands right before word k ("were at the venue").
func (v *Vocab) predicateWord(ws []token.Word, k, fe int, present bool) (string, bool) {
	if m, isPred, ok := v.placeOrCare(ws, k, fe, present); ok {
		return m, isPred
	}
	return v.stateWord(ws, k, present)
}

// placeOrCare reads the predicate words that say where the counted are or
// how they are cared for. ok reports that one of its rules decided.
func (v *Vocab) placeOrCare(ws []token.Word, k, fe int, present bool) (measure string, isPred, ok bool) {
	w := ws[k].Low
	_, pred := v.predicateWords[w]
	switch {
	case pred && k == fe && k+1 < len(ws) && (v.genericWho[ws[k+1].Low] || v.whoClasses[ws[k+1].Low] != ""):
		return "", false, true // "57 injured people were still in hospital": part of the noun phrase
	case v.presenceBefore[w] && present && v.conditionAfter(ws, k):
		return "", false, true // "13 of the patients were in serious condition": how they are, not where
	case v.presenceBefore[w] && present:
		return Attendance, true, true
	case hospitalNoun(w) && !intoHospital(ws, k):
		return "", false, true // "answered appeals from hospitals": no one counted there
	case w == "treated" && k > 0 && (ws[k-1].Low == "being" || ws[k-1].Low == "still"):
		if k+1 < len(ws) && ws[k+1].Low == "for" {
			return Injured, true, true // "being treated for injuries"
		}
		return Hospitalised, true, true
	case (w == "prayer" || w == "prayers") && !(k > 0 && (ws[k-1].Low == "at" || ws[k-1].Low == "for" || ws[k-1].Low == "in")):
		return "", false, true // "the mosque's prayer leader": a noun, no presence
	}
	return "", false, false
}

// stateWord reads the predicate words that say what became of the
// counted: trapped, rescued, found, identified, carried to hospital.
func (v *Vocab) stateWord(ws []token.Word, k int, present bool) (string, bool) {
	w := ws[k].Low
	m, isPred := v.predicateWords[w]
	switch {
	case w == "underground" && k > 0 && ws[k-1].Low == "still":
		return Trapped, true // "200 miners were still underground"
	case w == "underground" && !present:
		return "", false // "trapped underground": where, not who was there
	case m == Rescued && negatedBefore(ws, k):
		return "", false // "could not be rescued"
	case w == "board" && k > 0 && ws[k-1].Low == "on":
		return Aboard, true // "476 people on board"
	case w == "found":
		if negatedBefore(ws, k) {
			return Missing, true // "1,611 people have not been found"
		}
		return "", false // "were found dead": "dead" says it
	case m == Attendance && v.aftermathAfter(ws, k):
		return Mourner, true // "3,000 people attended the service": not the event's crowd
	case m == Identified && negatedBefore(ws, k):
		return Unidentified, true // "187 bodies are yet to be identified"
	case m == Hospitalised && v.carriedTo(ws, k):
		// "more than 200 injured people were brought to the hospital":
		// the injured, carried to hospital, not those who stay there.
		return "", false
	}
	return m, isPred
}

// aftermathReach is how many words after a presence word the gathering
// it names may stand: "attended a memorial service".
const aftermathReach = 3

// aftermathAfter reports whether a gathering after the event follows the
// presence word k in its clause: "attended the funeral".
func (v *Vocab) aftermathAfter(ws []token.Word, k int) bool {
	for j := k + 1; j < len(ws) && j <= k+aftermathReach; j++ {
		if ws[j-1].Mark != 0 {
			return false
		}
		if v.aftermathNouns[ws[j].Low] {
			return true
		}
	}
	return false
}

// listGoesOn reports whether the count at word k, after a comma, is an
// item of a list of counts that "and" closes with one more count before
// any other clause mark or a verb: "43 men, nine women and 20 children".
func (v *Vocab) listGoesOn(ws []token.Word, owner []int, k int) bool {
	for i := k + 1; i+1 < len(ws) && i <= k+listReach; i++ {
		if ws[i].Low == "and" && owner[i+1] >= 0 && owner[i+1] != owner[k] {
			return true
		}
		if v.beForms[ws[i].Low] || v.predicateWords[ws[i].Low] != "" {
			return false // "Of the 242 people on board, 241 were killed, and 29 ...": a clause, no item
		}
		if ws[i].Mark != 0 && ws[i].Mark != ',' {
			return false
		}
	}
	return false
}

// listReach is how many words on from one item of a list of counts its
// closing "and" may stand.
const listReach = 12

// amongVictims reports whether word k, "among", opens "among the
// victims": the count is of the dead.
func amongVictims(ws []token.Word, k int) bool {
	return k+2 < len(ws) && ws[k+1].Low == "the" && ws[k+2].Low == "victims"
}

// activeOver reports whether word k is an active verb in "-ed" with
// another count right after it: "Two explosions have killed 103 people".
func (ps *predScan) activeOver(k int) bool {
	ws := ps.ws
	return ws[k].Mark == 0 && strings.HasSuffix(ws[k].Low, "ed") && k+1 < len(ws) && ps.owner[k+1] >= 0 && ps.owner[k+1] != ps.j
}

// complementAt reports whether the count whose words end before fe
// stands after "at" or "to": the complement of a toll's verb.
func complementAt(ws []token.Word, owner []int, fe int) bool {
	k := fe - 1
	for k > 0 && owner[k-1] >= 0 && owner[k-1] == owner[fe-1] {
		k--
	}
	return k > 0 && (ws[k-1].Low == "at" || ws[k-1].Low == "to")
}

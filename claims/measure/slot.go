package measure

import (
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/token"
)

// The slot pass: after numbers, qualifiers and measures, each count gets
// the rest of the slot that tells one fact from another (DESIGN.md,
// "Stories, facts and verdicts"): a measure where the clause gives one that
// Of's local rules miss, who is counted (Who), whether it is a part
// of another count (PartOf), whether it is a projection (Modality), and
// whether it belongs to an earlier event (Past).

// Slotter carries what the slot pass knows of an article so far.
type Slotter struct {
	v      *Vocab
	year   int      // the article's own year, 0 when unknown
	months []string // the article's own months ("march"), none when unknown
	// textYear tells that year was read from the article's text, not its
	// date: the latest year it names.
	textYear bool
	// last is the latest count of an event measure in the article, and the
	// index of its sentence: "gave a higher figure, 11,300" refers to it.
	last     *core.Figure
	lastSent int
	// seen is the index of the latest sentence with a count of each event
	// measure: "a further 16 dead" adds to a count of the dead.
	seen map[string]int
	// pastSent is the index of the latest sentence that names an earlier
	// event, -1 before any: "There, a stove set off a fire" after it goes
	// on telling of that event.
	pastSent int
	// pastNames are the names of earlier events' places the article gave
	// ("nimtoli" of "the Nimtoli disaster of 2010"): a sentence that names
	// one tells of that event's scene.
	pastNames map[string]bool
	// paraStart is the index of the sentence that opens the paragraph
	// (-1 until the extractor tells of one: a text without blank lines
	// gives none), and paraPast tells that it opened under the heading of
	// an earlier event ("Prayag Kumbh Mela, 1954: ...").
	paraStart int
	paraPast  bool
	// prev is the text of the sentence before, which "Among them were"
	// may point back to when it gave no count ("its list of those who
	// died").
	prev string
}

// slotLookBack is how many sentences back a figure may refer to a count.
const slotLookBack = 2

// NewSlotter returns the slot pass, in the words of v, of an article of
// the given year (0 when unknown) and months: those its event may have
// happened in ("march"), none when unknown.
func (v *Vocab) NewSlotter(year int, months ...string) *Slotter {
	return &Slotter{v: v, year: year, months: months, pastSent: -1, paraStart: -1}
}

// Sentence fills the slots of the figures of sentence number idx.
func (sl *Slotter) Sentence(idx int, text string, figs []core.Figure) {
	defer func() { sl.prev = text }()
	if !slices.ContainsFunc(figs, func(f core.Figure) bool {
		return f.Kind == core.Count || f.Kind == core.Percent || f.Kind == core.Duration
	}) {
		if sl.paraPast || len(sl.pastNames) > 0 || slices.ContainsFunc(figs, func(f core.Figure) bool { return f.Kind == core.Year }) {
			ws := token.Words(text)
			sl.inPastParagraph(idx, ws, figs) // "The river rose fast on Monday." turns it back to the news
			sl.notePast(idx, ws, figs)
		}
		return
	}
	ws := token.Words(text)
	inPara := sl.inPastParagraph(idx, ws, figs)
	goesOn := inPara || sl.pastSent >= 0 && sl.pastSent == idx-1 && sl.v.goesOnBack(ws)
	sl.notePast(idx, ws, figs)
	for j := range figs {
		if f := &figs[j]; f.Kind == core.Duration && sl.v.betweenTwo(ws, figureEnd(ws, *f)) {
			f.Measure = Interval // "the blasts went off about 20 minutes apart"
		}
	}
	owner := figureOwners(ws, figs)
	for j := range figs {
		f := &figs[j]
		if f.Kind != core.Count && f.Kind != core.Percent {
			continue
		}
		fi, fe := wordAt(ws, f.Start), figureEnd(ws, *f)
		added := false
		if f.Kind == core.Count {
			added = sl.measure(ws, owner, figs, j, fi, fe, idx)
		}
		f.Modality = sl.v.modality(ws, owner, j, fi, fe)
		f.Past = sl.past(ws, figs, fi) || goesOn
		if f.Past {
			sl.markPast(idx, ws, figs)
		}
		f.Earlier = !f.Past && sl.v.earlierReport(ws, fi)
		f.Place = sl.v.place(ws, fi, fe, f.Past)
		if added && sl.v.IsAdminArea(f.Place) {
			// "three more people died in the eastern state of Odisha":
			// an increment adds to the toll of the event's area, it is
			// no share an area counts.
			f.Place = ""
		}
		if f.Place == "" && f.Kind == core.Count && hospitalBefore(text, figs, j) {
			f.Place = PlaceHospital // "took in 145 bodies and was still caring for 50 people hurt"
		}
		if f.Kind == core.Count && referable(f.Measure) {
			sl.last, sl.lastSent = f, idx
			if sl.seen == nil {
				sl.seen = map[string]int{}
			}
			sl.seen[f.Measure] = idx
		}
	}
	sl.v.placeList(ws, figs)
	sl.v.nationList(ws, figs)
	sl.v.revisions(ws, owner, figs)
}

// measure gives count j its measure, who it counts and what it is a part
// of, and reports whether the count is an increment ("five more bodies").
func (sl *Slotter) measure(ws []token.Word, owner []int, figs []core.Figure, j, fi, fe, idx int) (added bool) {
	f := &figs[j]
	if sl.v.thingNouns[f.Measure] || f.Measure == savedLives {
		return false // "200 ambulances ferried the injured": things, not people; "saved 40 lives": no toll
	}
	c := slotCount{ws: ws, owner: owner, figs: figs, j: j, fi: fi, fe: fe, idx: idx}
	among := sl.v.clauseMeasure(c, f)
	who := sl.tollMeasure(c, f)
	added = sl.partOf(c, f, among)
	f.Who = sl.who(c, f, who)
	return added
}

// savedLives is the measure Of gives lives saved ("the vaccine saved 40
// lives"), which no clause makes a toll.
const savedLives = "life"

// slotCount is count j of a sentence for the slot pass: the sentence's
// words ws and the figure owning each (owner), the count's first word fi
// and the word after it fe, and the sentence's index idx.
type slotCount struct {
	ws             []token.Word
	owner          []int
	figs           []core.Figure
	j, fi, fe, idx int
}

// clauseMeasure gives the count f the measure its own clause says, and
// reports whether the predicate places it among others.
func (v *Vocab) clauseMeasure(c slotCount, f *core.Figure) (among bool) {
	ws, fi, fe := c.ws, c.fi, c.fe
	pm, among, main := v.countPredicate(c, f.Measure)
	if pm != "" && (!IsSlot(f.Measure) || predicateRank[pm] > predicateRank[f.Measure] || pm == Casualties || main) {
		f.Measure = pm
	} else if pm != "" && predicateRank[pm] >= 0 && (wholeOf(ws, c.owner, fe) || joinedClause(ws, c.owner, fi)) {
		// "four of the injured later died": the part died; "14 had died
		// and nearly 50 were trapped": the second clause says its own
		f.Measure = pm
	}
	if !IsSlot(f.Measure) && fi > 0 && v.lossVerbs[ws[fi-1].Low] && fe < len(ws) && v.genericWho[ws[fe].Low] {
		f.Measure = Killed // "Spain, which lost 11,324 people to the heat"
	}
	if !IsSlot(f.Measure) && fi >= 2 && ws[fi-1].Low == "to" && v.homeWords[ws[fi-2].Low] {
		f.Measure = Residents // "a building home to about 195 migrant workers"
	}
	if !IsSlot(f.Measure) && toDeath(ws, fe) {
		f.Measure = Killed // "fires have burned at least 314 people to death"
	}
	if !IsSlot(f.Measure) && v.orderedToLeave(ws, fi, fe) {
		f.Measure = Evacuated // "officials ordered 24,000 people to leave"
	}
	if f.Measure == Displaced && aheadOf(ws, fe-1) {
		f.Measure = Evacuated // "fled their homes ahead of the storm"
	}
	if v.frontedPartitive(ws, fi) && !IsSlot(f.Measure) {
		f.Measure = v.frontedWhole(ws, f.Measure)
	}
	if v.carriedNoNoun(ws, fe) && !v.frontedPartitive(ws, fi) {
		f.Measure = Injured // "50 had died and more than 200 had been taken to hospitals"
	}
	if v.takenByFamilies(ws, fi, fe) {
		f.Measure = HandedOver // "families had collected 826 bodies"
	}
	return among
}

// tollMeasure gives the count f, when no clause of its own measures it,
// the measure of the toll it completes or of the count it refers back to,
// and returns who that toll counts.
func (sl *Slotter) tollMeasure(c slotCount, f *core.Figure) (who string) {
	ws, figs, fi := c.ws, c.figs, c.fi
	// The toll's words before the count, read once: they may give the
	// measure, and who the toll counts.
	tm, from, head := sl.v.tollComplement(ws, c.owner, figs, c.j, fi)
	tollWho := func() string { return sl.v.whoOfWords(ws[from:tollPhraseEnd(ws, head, fi)]) }
	// A toll of the dead and injured together overrides the nearer of its
	// two words ("the number of dead and injured rose to 200").
	if tm != "" && (!IsSlot(f.Measure) || tm == Casualties && (f.Measure == Killed || f.Measure == Injured)) {
		f.Measure, who = tm, tollWho()
	}
	if !IsSlot(f.Measure) && sl.v.refersBack(ws, fi) {
		if p := previousCount(figs, c.j); p >= 0 {
			f.Measure, who = figs[p].Measure, figs[p].Who
		} else if m := sl.v.measureNamedAfter(ws, c.owner, c.fe); m != "" {
			f.Measure = m // "a higher figure, 93: ... said the death toll had risen to that number"
		} else if sl.last != nil && c.idx-sl.lastSent <= slotLookBack {
			f.Measure, who = sl.last.Measure, sl.last.Who
		}
	}
	if !IsSlot(f.Measure) && sl.v.amongThem(ws, fi) {
		f.Measure = sl.measureBefore(c.idx, f.Measure) // "... killed 43. Among them were four people from France"
	}
	if who == "" && IsSlot(f.Measure) && tm == f.Measure {
		who = tollWho() // "The number of Afghans who lost their lives ... has climbed to 79"
	}
	return who
}

// partOf gives the count f the count it is a part of (PartOf), and then
// that count's measure when it has none of its own. It reports whether
// the count is an increment.
func (sl *Slotter) partOf(c slotCount, f *core.Figure, among bool) (added bool) {
	ws, figs, fi, fe := c.ws, c.figs, c.fi, c.fe
	parent := sl.v.subCount(ws, c.owner, figs, c.j, fi, fe)
	same := func() bool { return sl.sameMeasure(figs, c.j, c.idx) }
	if parent == 0 && (sl.v.portionOf(ws, fi, fe) || sl.v.wholeWereBefore(ws, fi)) {
		parent = -1 // "a partial figure of 577 deaths", "the dead were 126 women"
	}
	if parent == 0 && increment(ws, fi, fe, f.Measure, same) {
		parent = -1 // "five more bodies were recovered": an increment
		added = true
	}
	if among && parent == 0 {
		parent = -1
	}
	if parent == 0 && c.j > 0 && figs[c.j-1].Kind == core.Count && themAside(ws, fi, fe) {
		parent = c.j // "At least 42 people, six women among them, were shot dead": a part of the count before
	}
	if parent == 0 && (f.Measure == Killed || f.Measure == Injured) && sl.v.fromPlace(ws, fe) {
		parent = -1 // "81 people from the state had died": the share of a place of origin
	}
	shared := false
	if parent == 0 && sl.v.sharesPartitive(ws, figs, c.j, fi, fe) {
		parent, shared = figs[c.j-1].PartOf, true // "two of the injured were soldiers, and 10 were civilians"
	}
	if parent != 0 {
		f.PartOf = parent
		if p := parent - 1; p >= 0 && !IsSlot(f.Measure) && IsSlot(figs[p].Measure) {
			f.Measure = figs[p].Measure
		} else if p < 0 && shared && !IsSlot(f.Measure) && IsSlot(figs[c.j-1].Measure) {
			f.Measure = figs[c.j-1].Measure // "..., two were Bangladeshi": the list's measure
		}
	}
	return added
}

// who returns who the count f counts, given who its toll counts. A
// critical measure ("in critical condition", "in intensive care",
// "critically wounded") counts the badly injured: it becomes the injured
// of serious severity, the fact "20 seriously injured" states too.
func (sl *Slotter) who(c slotCount, f *core.Figure, who string) string {
	ws, fi, fe := c.ws, c.fi, c.fe
	if w := sl.whoOf(ws, fe, f.Subject); w != "" || who == "" {
		who = w
	}
	if who == "" && f.PartOf != 0 {
		who = sl.v.whoNear(ws, c.owner, fi, fe)
	}
	if who == "" && f.Measure == Killed {
		who = sl.v.crashScope(ws, c.figs, f, fi, fe)
	}
	if who == "" && f.PartOf != 0 {
		who = sl.v.partClass(ws, fe, f.Subject)
	}
	if who == "" && f.Subject == "" && fi > 0 && ws[fi-1].Low == "and" && (fe >= len(ws) || ws[fe].Low != "others" && !sl.v.peopleNoun(ws[fe].Low)) {
		// "11 Iranians had died and 24 had been taken to hospital"; but
		// in "including three children, and over 100 others", others
		// are not the children, nor in "…, and 40 people were hurt" the
		// people
		if p := c.j - 1; p >= 0 && c.figs[p].Kind == core.Count && c.figs[p].PartOf == 0 {
			who = c.figs[p].Who
		}
	}
	if f.PartOf == 0 && sl.v.shareClasses[who] {
		who = "" // "police arrested two men": people at large
	}
	if f.Measure == Critical {
		f.Measure = Injured
		return strings.TrimSpace(who + " " + severitySerious)
	}
	if f.Measure == Injured {
		if sev := sl.v.severity(ws, c.owner, c.j, fi, fe); sev != "" {
			who = strings.TrimSpace(who + " " + sev)
		}
	}
	return who
}

// severityReach is how many words past a count its clause may say how
// badly they are hurt by a condition ("48 of them were reported to be in
// serious condition"); a severity word alone must stand within six.
const severityReach = 10

// severity says how badly the injured of count j are hurt when its clause
// says ("33 seriously injured", "116 minor injuries"): "serious",
// "minor", or "".
func (v *Vocab) severity(ws []token.Word, owner []int, j, fi, fe int) string {
	for k := max(0, fi-2); k < len(ws) && k < fe+severityReach; k++ {
		if o := owner[k]; o >= 0 && o != j {
			if k > fe {
				break
			}
			continue
		}
		near := k < fe+6 || k+1 < len(ws) && v.conditionNouns[ws[k+1].Low]
		switch w := ws[k].Low; {
		case !near:
		case v.seriousWords[w]:
			return severitySerious
		case v.minorWords[w]:
			return severityMinor
		}
		if k >= fe && ws[k].Mark != 0 {
			break
		}
	}
	return ""
}

// IsSlot reports whether m is a measure of an event's facts: an event
// measure (IsEvent) or one the slot pass gives (hospitalised, critical,
// attendance, protesters, residents, the dead and hurt together, ...).
func IsSlot(m string) bool {
	switch m {
	case Hospitalised, Critical, Attendance, Protesters, Interval,
		Discharged, Identified, Unidentified, HandedOver,
		Rescued, Trapped, Hostages, Affected, Residents, Casualties:
		return true
	}
	return IsEvent(m)
}

// figureOwners maps each word to the index of the figure it is part of, or -1.
func figureOwners(ws []token.Word, figs []core.Figure) []int {
	owner := make([]int, len(ws))
	for i := range owner {
		owner[i] = -1
	}
	for j, f := range figs {
		for i := wordAt(ws, f.Start); i < len(ws) && ws[i].Start < f.End; i++ {
			owner[i] = j
		}
	}
	return owner
}

// previousCount returns the nearest count before figure j of its sentence
// that has a measure, or -1: the count an anaphor ("that estimate") refers
// to, whether it counts the dead or the people on a bridge.
func previousCount(figs []core.Figure, j int) int {
	for p := j - 1; p >= 0; p-- {
		if figs[p].Kind == core.Count && figs[p].Measure != "" {
			return p
		}
	}
	return -1
}

// modality says whether the clause of a figure makes it a projection:
// a modal or a verb of fearing before it ("could reach 20,000", "feared to
// be as many as 20,000") or a modal right after it ("20,000 may have died").
func (v *Vocab) modality(ws []token.Word, owner []int, j, fi, fe int) string {
	if denied(ws, fi, fe) {
		return core.ModalityDenied
	}
	for k := fi - 1; k >= 0 && k >= fi-8; k-- {
		if owner[k] >= 0 && owner[k] != j {
			break
		}
		if v.modalWords[ws[k].Low] && !monthMay(ws, k) && !abilityVerb(ws, k+1) {
			return core.ModalityProjected
		}
		if m := ws[k].Mark; m != 0 && m != ',' {
			break
		}
		if ws[k].Mark == ',' && k+1 < fi && ownsBefore(owner, j, k) {
			break // "240 were feared missing, against an official figure of 191": the other count's clause
		}
		if v.clauseStops[ws[k].Low] {
			break // "the figure could climb steeply as they search for around 250 people": another clause
		}
	}
	if fe > 0 && ws[fe-1].Mark != 0 {
		return "" // "had risen to 120, and …": a mark ends the count's clause
	}
	for k := fe; k < len(ws) && k < fe+4; k++ {
		switch ws[k].Low {
		case "and", "that", "but":
			return "" // "had risen to 120 and that it could go higher": another clause
		case "could", "may", "might", "would":
			if monthMay(ws, k) {
				break
			}
			if k+1 < len(ws) && ws[k+1].Low == "still" {
				return "" // "100 workers could still be trapped": what may be so now
			}
			return core.ModalityProjected
		}
		if ws[k].Mark != 0 {
			break
		}
	}
	return ""
}

// abilityVerb reports whether word k, after a modal, says what someone
// was able to find out: "he could see at least 12 bodies", "officials
// could confirm 30 deaths". The count is what they saw, not a projection.
func abilityVerb(ws []token.Word, k int) bool {
	if k >= len(ws) {
		return false
	}
	switch ws[k].Low {
	case "see", "count", "confirm", "identify", "verify", "hear":
		return true
	}
	return false
}

// monthMay reports whether word k is the month May, not the modal: a
// capital inside the sentence ("an attack in May that claimed 85 lives").
func monthMay(ws []token.Word, k int) bool {
	return k > 0 && ws[k].Capital && ws[k].Low == "may"
}

// YearFromText tells the slot pass that its year was read from the
// article's text (the latest year it names), not from its date.
func (sl *Slotter) YearFromText() { sl.textYear = true }

// ownsBefore reports whether one of the six words up to word k belongs to
// a figure other than j: the clause that ends at k's comma is that
// figure's, and so is a modal in it.
func ownsBefore(owner []int, j, k int) bool {
	for x := k; x >= 0 && x > k-6; x-- {
		if owner[x] >= 0 && owner[x] != j {
			return true
		}
	}
	return false
}

// figureEnd is the index of the word after figure f's last word.
func figureEnd(ws []token.Word, f core.Figure) int { return min(wordAt(ws, f.End-1)+1, len(ws)) }

// hospitalBefore reports whether a count at one hospital stands before
// count j in its sentence, in the same clause (no semicolon between): the
// counts after it are that hospital's too.
func hospitalBefore(text string, figs []core.Figure, j int) bool {
	for p := j - 1; p >= 0; p-- {
		if strings.ContainsRune(text[figs[p].End:figs[j].Start], ';') {
			return false
		}
		if figs[p].Kind == core.Count && figs[p].Place == PlaceHospital {
			return true
		}
	}
	return false
}

// sameMeasure reports whether a count of count j's measure stands before
// it in its sentence or in the few sentences before.
func (sl *Slotter) sameMeasure(figs []core.Figure, j, idx int) bool {
	m := figs[j].Measure
	for p := j - 1; p >= 0; p-- {
		if figs[p].Kind == core.Count && figs[p].Measure == m {
			return true
		}
	}
	at, ok := sl.seen[m]
	return ok && idx-at <= slotLookBack
}

// peopleNoun reports whether a lower-case word names people at large or
// a person: "people", "persons", "person".
func (v *Vocab) peopleNoun(w string) bool {
	return w == "people" || v.personNouns[w] || v.personNouns[strings.TrimSuffix(w, "s")]
}

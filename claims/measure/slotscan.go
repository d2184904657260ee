package measure

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/token"
)

// Limits of the slot pass's scans, in words.
const (
	predicateReach  = 16 // words after a count its predicate may end
	nounBudget      = 6  // words of the counted noun phrase before the predicate
	partitiveBudget = 9  // words of a partitive's whole ("of the six crew members on …")
	tollReach       = 36 // words before a toll's value its head may stand
)

// quoteMark reports whether r is a double quotation mark.
func quoteMark(r rune) bool { return r == '"' || r == '“' || r == '”' }

// tollComplement gives the measure of a count that is a toll's value: "the
// death toll from the twin explosions ... to 84", "the number of people
// killed in the blast has risen to 44", "puts the number of confirmed
// deaths so far at 645", "the death toll has exceeded 1,000". from is the
// index of the toll's head word, so that the words between say who is
// counted ("the number of American troops who died held steady at 13").
func (v *Vocab) tollComplement(ws []token.Word, owner []int, figs []core.Figure, j, fi int) (measure string, from, head int) {
	own := v.tollValueVerbs[ws[fi].Low] && !atLeast(ws, fi) // "exceeded 2,000", not "killed at least 39"
	if fi == 0 || !(v.tollValueVerbs[ws[fi-1].Low] || own || ws[fi-1].Low == "has" || ws[fi-1].Low == "had" || v.asToll(ws, fi)) {
		return "", 0, 0
	}
	for k := fi - 1; k >= 0 && k >= fi-tollReach; k-- {
		if o := owner[k]; o >= 0 && o != j && figs[o].Kind == core.Count && !v.thingNouns[figs[o].Measure] && !revisedFrom(ws, owner, k) {
			return "", 0, 0 // a count of things or a revised value may stand in a toll's words
		}
		if m := ws[k].Mark; m != 0 && m != ',' && k < fi-1 {
			return "", 0, 0
		}
		w := token.TrimPossessive(ws[k].Low)
		if m, ok := v.tollHeads[w]; ok {
			if w == "toll" && k > 0 && v.tollHeads[ws[k-1].Low] == Injured {
				m = Injured
			}
			if k >= 2 && (ws[k-1].Low == "and" || ws[k-1].Low == "or") && deadAndHurt(v.tollHeads[ws[k-2].Low], m) {
				m = Casualties // "the number of dead and injured together at more than 200"
			}
			return m, v.tollPhraseStart(ws, k), k
		}
	}
	return "", 0, 0
}

// tollPhraseEnd is where a toll's words end: after its head, or after the
// "of" phrase that follows a toll ("the death toll of Afghans in ...":
// up to three words), never past the figure at fi.
func tollPhraseEnd(ws []token.Word, head, fi int) int {
	end := head + 1
	if end+1 < fi && (ws[end].Low == "of" || ws[end].Low == "among") && ws[head].Mark == 0 {
		end = min(end+4, fi)
	}
	return end
}

// tollPhraseStart goes back from a toll's head word to "number of" or
// "toll", so that the counted noun between is part of the phrase.
func (v *Vocab) tollPhraseStart(ws []token.Word, k int) int {
	start := k
	for i := k; i >= 0 && i >= k-6; i-- {
		if ws[i].Low == "number" || ws[i].Low == "toll" {
			start = i
			break
		}
	}
	// "the Afghan death toll": who the toll counts may stand before it.
	for i := start - 1; i >= 0 && i >= start-3; i-- {
		if ws[i].Mark != 0 || v.whoOfWords(ws[i:i+1]) == "" && ws[i].Low != "death" {
			break
		}
		start = i
	}
	return start
}

// subCount says whether count j is a part of another: "including 323
// Egyptians", "among them 40 students", "220 of whom", "630 of the 658
// Egyptians". It returns the 1-based index of the whole among the
// sentence's figures, -1 when the whole was given before the sentence, or 0.
func (v *Vocab) subCount(ws []token.Word, owner []int, figs []core.Figure, j, fi, fe int) int {
	marked, parent := v.subCountMark(ws, owner, j, fi, fe)
	if parent > 0 {
		return parent
	}
	if !marked && fi > 1 && ws[fi-1].Low == "and" && ws[fi-2].Mark == 0 {
		// "including 323 Egyptians and 60 Jordanians": a part as its
		// neighbour is.
		for p := j - 1; p >= 0 && p >= j-1; p-- {
			if figs[p].Kind == core.Count && figs[p].PartOf != 0 && wordAt(ws, figs[p].End) >= fi-4 {
				return figs[p].PartOf
			}
		}
	}
	if !marked {
		return 0
	}
	for p := j - 1; p >= 0; p-- {
		if figs[p].Kind == core.Count && figs[p].PartOf == 0 {
			return p + 1
		}
	}
	return -1
}

// subCountMark reports whether the words around count j (words [fi, fe))
// mark it as a part of a count ("including 51", "ten of them"), or returns
// the 1-based index of the count it is a part of when they name it ("120
// of the 5,000 injured").
func (v *Vocab) subCountMark(ws []token.Word, owner []int, j, fi, fe int) (marked bool, parent int) {
	for k := fi - 1; k >= 0 && k >= fi-2; k-- {
		w := ws[k].Low
		if (v.subCountBefore[w] && w != "among") || (w == "them" && k > 0 && ws[k-1].Low == "among") {
			marked = true
		}
	}
	if !marked && fi > 1 && ws[fi-1].Low == "and" {
		marked = v.includingList(ws, fi-1)
	}
	if fe+1 < len(ws) && ws[fe].Low == "of" {
		switch ws[fe+1].Low {
		case "them", "whom", "those":
			marked = true
		case "the", "their":
			if fe+2 < len(ws) && owner[fe+2] >= 0 && owner[fe+2] != j {
				return marked, owner[fe+2] + 1
			}
			// "323 of the dead were Egyptians", "658 of the deaths"
			marked = fe+2 < len(ws) && (v.tollHeads[ws[fe+2].Low] != "" || v.genericWho[ws[fe+2].Low] || ws[fe+1].Low == "their")
		}
	}
	return marked, 0
}

// includingList reports whether the "and" at word and closes a list that
// "including" opens within its clause ("including the driver of the train
// and eight security personnel"): the count after it is a part too.
func (v *Vocab) includingList(ws []token.Word, and int) bool {
	for k := and - 1; k >= 0 && k >= and-8; k-- {
		if ws[k].Mark != 0 {
			return false
		}
		if ws[k].Low == "including" {
			return true
		}
	}
	return false
}

// whoOf normalises who a count counts, from its subject as Of wrote
// it or else the words right after it ("323 Egyptians", "58 from Egypt").
func (sl *Slotter) whoOf(ws []token.Word, fe int, subject string) string {
	if n := sl.v.nationalityAfterBe(ws, fe); n != "" {
		return n // "53 were British", "169 of the passengers were Indian nationals"
	}
	if subject != "" {
		return sl.v.joinedWho(ws, fe, sl.whoOfText(subject))
	}
	if fe > 0 && ws[fe-1].Mark != 0 {
		return "" // "rose to 139, Russian officials said": a source, not who
	}
	end := fe
	for end < len(ws) && end < fe+3 {
		w := ws[end].Low
		if sl.v.linkWords[w] || sl.v.predicateWords[w] != "" || sl.v.clauseStops[w] || sl.v.prepositions[w] && w != "from" {
			break // "22 deaths on Italian television": no Italians
		}
		end++
		if ws[end-1].Mark != 0 {
			break
		}
	}
	if end < len(ws) && end+1 < len(ws) && ws[end].Low == "from" {
		if n, ok := sl.v.nationalities[ws[end+1].Low]; ok && ws[end+1].Capital {
			return n
		}
	}
	return sl.v.whoOfWords(ws[fe:end])
}

// whoOfText normalises a subject written as text.
func (sl *Slotter) whoOfText(s string) string {
	return sl.v.whoOfWords(token.Words(s))
}

// whoOfWords normalises the words that say who is counted: a nationality
// and a class of people, each optional ("US service members" → "us
// troops", "Afghans" → "afghan", "female students" → "female").
func (v *Vocab) whoOfWords(ws []token.Word) string {
	nat, class := "", ""
	for i, w := range ws {
		low := token.TrimPossessive(strings.TrimSuffix(w.Low, "."))
		from := i > 0 && ws[i-1].Low == "from"
		if n, ok := v.nationalities[low]; ok && nat == "" && w.Capital && (!v.countryNames[low] || from) {
			nat = n
			continue
		}
		if c, ok := v.whoClasses[low]; ok && (class == "" || c == "female") {
			class = c
		}
	}
	if nat != "" && class == "civilians" {
		class = "" // "Afghan civilians" are Afghans
	}
	return strings.TrimSpace(nat + " " + class)
}

// Places a count's clause may be scoped to (Figure.Place).
const (
	PlaceCountry   = "country"
	PlaceElsewhere = "elsewhere"
	PlaceHospital  = "hospital"
	// PlaceCombined scopes a count to the event and others together:
	// "the Karachi and Lahore fires together", "in both blazes".
	PlaceCombined = "combined"
)

// placeReach is how many words around a count its place may stand.
const placeReach = 20

// place says where a count's clause places it: one hospital (PlaceHospital:
// "took in 145 bodies", "brought to a hospital"), the whole country ("across
// the country", "nationwide": "country"), a named country or city ("in
// Spain", "Spain with 11,324", "the city of Derna", "in Derna"), by its
// name in lower case, or elsewhere than the event ("elsewhere in the
// country"); "" when the clause names no place. A city named with its
// country ("Libya's coastal city of Derna") is the city. Where the event
// happened is no place of the count ("a stampede in Hathras killed 27"),
// but for a count of an earlier event (past): there it tells the events
// apart.
func (v *Vocab) place(ws []token.Word, fi, fe int, past bool) string {
	if fi > 1 && ws[fi-1].Low == "with" && ws[fi-2].Capital && ws[fi-2].Mark == 0 {
		return token.TrimPossessive(ws[fi-2].Low) // "followed by Spain with 11,324"
	}
	lo, hi := v.clauseAround(ws, fi, fe)
	if v.combined(ws, lo, hi) {
		return PlaceCombined
	}
	if v.atHospital(ws, max(lo, fi-8), min(hi, fe+8), min(hi, fe+hospitalReach)) {
		return PlaceHospital
	}
	p, at := v.namedPlace(ws, lo, hi, fi, fe)
	if at >= 0 && v.sourcePlace(ws, at) {
		// "said Tek Bahadur K.C., a senior officer in Kaski district":
		// where the source works, not what the count counts
		return ""
	}
	if !past && at >= 0 && at < fi && v.eventPlace(ws, lo, at, fi) {
		// "A stampede in Hathras district on Tuesday killed 27 people":
		// where the event happened, not a share of its toll.
		return ""
	}
	return p
}

// namedPlace is the place that words [lo, hi) of the clause of the count
// at words [fi, fe) name, and the index of its name (-1 when there is none
// or it is no name: "across the country", "elsewhere").
func (v *Vocab) namedPlace(ws []token.Word, lo, hi, fi, fe int) (string, int) {
	area, areaAt := v.adminArea(ws, lo, hi, fi)
	pn, elsewhere := v.readPlaces(ws, lo, hi, fi)
	if at := v.placeAfter(ws, fe, hi); at >= 0 {
		pn.named, pn.namedAt = v.nameFrom(ws, at, hi), at // "and 36 in neighbouring Rukum West"
	}
	switch {
	case elsewhere:
		return PlaceElsewhere, -1
	case area != "" && (pn.named == "" || abs(areaAt-fi) <= abs(pn.namedAt-fi) || strings.HasPrefix(area, pn.named+" ")):
		return area, areaAt
	case pn.cityOf != "":
		return pn.cityOf, pn.cityAt
	case pn.country:
		return PlaceCountry, -1
	case pn.named == "" && lo == 0 && len(ws) > 0 && ws[0].Capital && v.countryNames[ws[0].Low]:
		return ws[0].Low, 0 // "Spain recorded nearly 4,000 heat-related deaths"
	}
	return pn.named, pn.namedAt
}

// placeNames are the places a clause names around a figure.
type placeNames struct {
	country bool   // the whole country: "nationwide", "across the country"
	named   string // the place named nearest the figure
	namedAt int    // the index of named, -1 when there is none
	cityOf  string // "the city of Derna"
	cityAt  int    // the index of cityOf's name
}

// readPlaces reads the places named by the words [lo, hi) of the clause
// of the figure at word fi; elsewhere reports an "elsewhere", which
// settles the place.
func (v *Vocab) readPlaces(ws []token.Word, lo, hi, fi int) (pn placeNames, elsewhere bool) {
	pn.namedAt = -1
	for k := lo; k < hi; k++ {
		w := ws[k].Low
		prep := v.afterPlacePrep(ws, k)
		switch {
		case w == "elsewhere":
			return pn, true
		case w == "nationwide" || w == "countrywide":
			pn.country = true
		case (w == "country" || w == "nation") && k > 1 && ws[k-1].Low == "the" && (v.placePreps[ws[k-2].Low] || ws[k-2].Low == "of"):
			// "one of the worst tragedies of its kind in the country"
			// compares the event, it scopes no count
			pn.country = pn.country || !v.superlativeBetween(ws, min(fi, k), max(fi, k))
		case w == "city" && k+2 < hi && ws[k+1].Low == "of" && ws[k+2].Capital:
			pn.cityOf, pn.cityAt = v.nameFrom(ws, k+2, hi), k+2
		case pn.named != "" && abs(k-fi) >= abs(pn.namedAt-fi):
			// a place nearer the figure is named already
		case prep && ws[k].Capital && !v.months[token.TrimPossessive(w)] && !v.weekdayNames[token.TrimPossessive(w)]:
			pn.named, pn.namedAt = v.nameFrom(ws, k, hi), k // the place named nearest the figure
		case k+1 < hi && v.aloneWords[ws[k+1].Low] && ws[k].Mark == 0 && v.nameWord(ws[k]):
			pn.named, pn.namedAt = v.nameBefore(ws, k, lo), k // "Jajarkot alone has recorded 92 deaths"
		}
	}
	return pn, false
}

// afterPlacePrep reports whether word k follows a place preposition,
// across a word of adjacency ("in neighbouring Rukum West").
func (v *Vocab) afterPlacePrep(ws []token.Word, k int) bool {
	return k > 0 && v.placePreps[ws[k-1].Low] ||
		k > 1 && v.placeAdjectives[ws[k-1].Low] && v.placePreps[ws[k-2].Low]
}

// atHospital reports whether words [lo, hi) count a figure at one hospital
// ("the Wazir Akbar Khan hospital on its own took in 145 bodies", "were
// brought to a hospital run by a charity"), not a hospital that reports the
// toll ("a hospital official said") nor the hospitals in general. Up to
// named, a hospital written with its name counts too.
func (v *Vocab) atHospital(ws []token.Word, lo, hi, named int) bool {
	for k := lo; k < max(hi, named); k++ {
		if !v.hospitalWords[ws[k].Low] || k >= hi && !ws[k].Capital {
			continue
		}
		if k+1 < len(ws) && v.hospitalSources[ws[k+1].Low] || k > 0 && v.admittedBefore[ws[k-1].Low] || v.sourceBefore(ws, k) {
			continue
		}
		return true
	}
	return false
}

// sourceBefore reports whether one of the few words before word k names
// who speaks for it ("an official at a city hospital", "a spokesman for
// the Lady Reading Hospital").
func (v *Vocab) sourceBefore(ws []token.Word, k int) bool {
	for i := k - 1; i >= 0 && i >= k-6; i-- {
		if v.hospitalSources[ws[i].Low] {
			return true
		}
	}
	return false
}

// IsAdminArea reports whether a place (Figure.Place) is a part of a country
// named with its kind ("chichaoua province").
func (v *Vocab) IsAdminArea(place string) bool {
	i := strings.LastIndexByte(place, ' ')
	return i > 0 && v.adminAreas[place[i+1:]]
}

// adminArea returns the part of a country that words [lo, hi) name
// nearest word fi, as "<name> <kind>" in lower case, and the index of its
// kind noun; "", -1 when they name none.
func (v *Vocab) adminArea(ws []token.Word, lo, hi, fi int) (string, int) {
	best, at := "", -1
	for k := lo; k < hi; k++ {
		kind := ws[k].Low
		if !v.adminAreas[kind] || ws[k].Capital || best != "" && abs(k-fi) >= abs(at-fi) {
			continue
		}
		switch {
		case k+2 < hi && ws[k+1].Low == "of" && ws[k+2].Capital:
			// "the province of Taroudant", and "Turkey's Black Sea
			// province of Bartin": the name after "of" is the area's
			best, at = v.nameFrom(ws, k+2, hi)+" "+kind, k
		case k > lo && ws[k-1].Mark == 0 && v.nameWord(ws[k-1]):
			// a determiner that opens a sentence is capitalised, not a
			// name ("The district"), nor is a day before a comma ("Early
			// Wednesday, state radio")
			best, at = v.nameBefore(ws, k-1, lo)+" "+kind, k // "Chichaoua province"
		}
	}
	return best, at
}

// abs returns the absolute value of x.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// PlaceName is a place's name without the kind of a country's part
// ("taroudant province" → "taroudant").
func (v *Vocab) PlaceName(place string) string {
	if v.IsAdminArea(place) {
		return place[:strings.LastIndexByte(place, ' ')]
	}
	return place
}

// clauseAround returns the words [lo, hi) of the clause around words
// [fi, fe): up to placeReach words either side, bounded where a clause
// ends (clauseEnds).
func (v *Vocab) clauseAround(ws []token.Word, fi, fe int) (lo, hi int) {
	lo = fi
	for lo > 0 && lo > fi-placeReach && !v.clauseEnds(ws, lo-1) {
		lo--
	}
	hi = fe
	if fe > 0 && v.asideAfter(ws, fe-1) {
		return lo, hi
	}
	for hi < len(ws) && hi < fe+placeReach {
		hi++
		if v.clauseEnds(ws, hi-1) || v.asideAfter(ws, hi-1) {
			break
		}
	}
	return lo, hi
}

// asideAfter reports whether word k ends in a comma before an aside that
// shares a count out (", most of them in Al Haouz", ", including 1,293 in
// Al Haouz", ", 120 of them in Sindh"): the places of the aside are not
// those of the count before it.
func (v *Vocab) asideAfter(ws []token.Word, k int) bool {
	if ws[k].Mark != ',' || k+1 >= len(ws) {
		return false
	}
	next := ws[k+1].Low
	return v.subCountBefore[next] || v.shareOpeners[next] || startsWithDigit(next) || v.numberWords[next]
}

// clauseEnds reports whether a clause ends after word k: a mark other than
// a comma or a quote, or a comma before a conjunction that opens the next
// clause (", and 18 people were killed in ...").
func (v *Vocab) clauseEnds(ws []token.Word, k int) bool {
	m := ws[k].Mark
	if m == ',' {
		return k+1 < len(ws) && v.clauseConjunctions[ws[k+1].Low]
	}
	return m != 0 && !quoteMark(m)
}

// hospitalReach is how many words after a count a hospital may be named
// with its name: "33 people had been declared dead at Dhaka Medical
// College Hospital" (a hospital without a name is nearer).
const hospitalReach = 12

// atLeast reports whether the words at k open the qualifier "at least" or
// "at most", whose "at" is not the value's preposition.
func atLeast(ws []token.Word, k int) bool {
	return ws[k].Low == "at" && k+1 < len(ws) && (ws[k+1].Low == "least" || ws[k+1].Low == "most")
}

// countWord reports whether w writes a number: "nine", "20", "1,200".
func (v *Vocab) countWord(w string) bool {
	return startsWithDigit(w) || v.isNumberWord(w)
}

// joinedWho returns who a count counts when its noun, from word fe, is
// joined to another ("14 soldiers and police officers", "40 civilians and
// members of the security forces"): both classes, or nobody in particular
// when the other noun names no class. who is what the first noun says.
func (v *Vocab) joinedWho(ws []token.Word, fe int, who string) string {
	nat, class := v.SplitWho(who)
	if class == "" {
		return who
	}
	for k := fe; k < len(ws) && k < fe+3; k++ {
		if v.whoClasses[token.TrimPossessive(ws[k].Low)] != class {
			continue
		}
		if ws[k].Mark != 0 || k+2 >= len(ws) || ws[k+1].Low != "and" || v.countWord(ws[k+2].Low) {
			return who // "20 women and nine children": the other noun has its own count
		}
		other := v.whoOfWords(ws[k+2 : min(k+4, len(ws))])
		if _, c := v.SplitWho(other); c != "" && c != class {
			return strings.TrimSpace(nat + " " + min(c, class) + " " + max(c, class)) // in one order
		}
		if v.genericWho[ws[k+2].Low] || ws[k+2].Low == "members" || ws[k+2].Low == "other" {
			return "" // the people of both
		}
		return who
	}
	return who
}

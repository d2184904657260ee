package measure

import "strings"

// leftScan returns the measure of the nearest measure word to the left of
// the figure within its clause, or "". When the figure is the complement
// of a toll ("the number of Afghans killed in the blast stood at 170"),
// tollSubj is the toll's counted noun as a subject ("Afghans").
//
// A bare "to N" or "at N" makes the figure a toll's complement across
// any number of prepositional phrases ("lowered the death toll from the
// bombings in the city of Kerman to 84"), but then only a toll noun
// ("toll", "the number of dead", "the number of people injured") may
// govern it: "killed a guard in the square at 6 pm" is no toll.
//
// A sub-count marker ("including", "among them") followed by a
// determiner or quantifier before the figure ("including the four men",
// "among them all four of the gunmen") names a group the story counts on
// its own: the figure does not inherit the verb before the marker. A bare
// listing ("including three children") does.
func (v *Vocab) leftScan(left []mtok, head string, hostage bool) (measure, tollSubj string) {
	end, st := v.leftStart(left)
	n := 0
	for k := end - 1; k >= 0 && (n < leftLimit || st.copula && n < tollLimit); k-- {
		t := left[k]
		n++
		if t.kind != tWord {
			if st.markEnds(t.kind) {
				return "", ""
			}
			continue
		}
		w := t.Low
		if st.copula && w == "and" {
			return "", ""
		}
		// "flew out 5,000 people"
		if w == "out" && k > 0 && (left[k-1].Low == "flew" || left[k-1].Low == "flown" || left[k-1].Low == "flying") {
			return Evacuated, ""
		}
		// A capitalised word inside the sentence is a name or a title
		// ("Die Hard 2", "Shaun of the Dead"), not a verb.
		if k > 0 && isTitleCase(t.text) && left[k-1].kind != tBound {
			continue
		}
		m := v.leftMeasure[w]
		if st.copula && w == "missing" {
			// "the number of people missing rose to 40"; elsewhere a
			// "missing" before a figure is a verb ("missing 14 players").
			m = Missing
		}
		if m != "" {
			return st.governs(left, k, m, head, hostage)
		}
		if st.step(left, k) {
			return "", ""
		}
	}
	return "", ""
}

// leftState is what the left scan knows of the words it has passed.
type leftState struct {
	v      *Vocab
	copula bool // a toll verb links the words before to the figure
	bare   bool // copula only by a bare "to"/"at" before the figure
}

// leftStart returns where the left scan starts, past the qualifiers left
// out of the figure's span, and whether a bare "to"/"at" makes the figure
// a toll's complement.
func (v *Vocab) leftStart(left []mtok) (int, leftState) {
	st := leftState{v: v}
	// A qualifier left out of the figure's span ("as many as") is part of
	// the figure; an "as" that is not one is a conjunction ("..., as
	// thousands of mourners gathered").
	end := len(left)
	for end > 0 && end > len(left)-4 && v.qualifierWords[left[end-1].Low] {
		if left[end-1].Low == "as" && !v.measureAsQualifier(left, end-1) {
			break
		}
		end--
	}
	if end == len(left)-1 && (left[end].Low == "to" || left[end].Low == "at") {
		st.copula, st.bare = true, true
	}
	return end, st
}

// markEnds reports whether a token that is no word ends the left scan: a
// clause boundary always; a comma or another figure inside a toll's
// complement, since a toll's subject does not run across a comma ("IS-K,
// which killed 13 soldiers in 2021, is a group of 3,000") nor across
// another figure ("children will die before 2015 and budgets are half
// their 1960 levels").
func (st *leftState) markEnds(kind mTokKind) bool {
	switch kind {
	case tBound:
		return true
	case tComma, tNum:
		return st.copula
	}
	return false
}

// governs decides whether the measure word left[k], of measure m, governs
// the figure, and returns the measure and the toll's subject if so.
func (st *leftState) governs(left []mtok, k int, m, head string, hostage bool) (measure, tollSubj string) {
	w := left[k].Low
	if st.v.ambiguous[w] && (hostage || !st.v.personish(head) || st.v.presentRoles[head]) {
		return "", ""
	}
	if w == "lives" && st.v.savedBefore(left[:k]) {
		return "", ""
	}
	// "those who were arrested had 5 guns": a passive participle
	// governs only a figure right after it.
	if k > 0 && st.v.beForms[left[k-1].Low] && !adjacent(left[k+1:]) && st.v.participles[w] != "" && !st.copula {
		return "", ""
	}
	if st.bare && !st.v.measureTollPhrase(left, k) {
		return "", ""
	}
	if st.copula {
		tollSubj = st.v.measureTollSubject(left, k)
	}
	return m, tollSubj
}

// step reads the word left[k], which is no measure word, and reports
// whether it ends the left scan.
func (st *leftState) step(left []mtok, k int) bool {
	w := left[k].Low
	switch {
	case st.copula && (w == "that" || w == "which" || w == "who"):
		// A toll's subject may hold a relative clause: "the death toll
		// from the floods that devastated Derna has climbed to 11,300".
		return false
	case st.v.leftStop[w]:
		return true
	case st.v.measureSubMarkers[w] && st.v.measureDefiniteRef(left[k+1:]):
		return true
	case st.v.tollVerbs[w]:
		st.copula = true
		if !st.v.measureWeakToll[w] {
			st.bare = false
		}
	case st.v.prepositions[w]:
		return !st.copula
	case st.v.isVerbish(w) && !st.copula:
		// A toll's subject may hold participles and -ing nouns: "the
		// number of people injured in the bombing rose to 40".
		return true
	}
	return false
}

// measureAsQualifier reports whether the "as" at left[j] belongs to "as
// many as", "as much as", "as few as", … rather than being a conjunction.
func (v *Vocab) measureAsQualifier(left []mtok, j int) bool {
	if j+1 < len(left) && v.measureAsWords[left[j+1].Low] {
		return true
	}
	return j > 0 && v.measureAsWords[left[j-1].Low]
}

// measureTollPhrase reports whether the measure word left[k] is, or ends,
// a toll noun phrase: "toll", "the number of dead", "the total number of
// Afghans killed".
func (v *Vocab) measureTollPhrase(left []mtok, k int) bool {
	if left[k].Low == "toll" || left[k].Low == "tolls" {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-npLimit-2; j-- {
		if left[j].kind != tWord {
			return false
		}
		if v.measureTollNouns[left[j].Low] {
			return true
		}
	}
	return false
}

// measureTollSubject returns the counted noun of a toll ending at the
// measure word left[k]: "the number of US soldiers killed" → "US
// soldiers"; "" when there is none or it says only "people".
func (v *Vocab) measureTollSubject(left []mtok, k int) string {
	j := k - 1
	for j >= 0 && k-1-j < npLimit && left[j].kind == tWord && left[j].Low != "of" {
		j--
	}
	if j < 1 || j == k-1 || left[j].Low != "of" || !v.measureTollNouns[left[j-1].Low] {
		return ""
	}
	np := left[j+1 : k]
	for _, w := range np {
		if v.npStop[w.Low] || v.isVerbish(w.Low) {
			return ""
		}
	}
	return v.subjectOf(np)
}

// measureDefiniteRef reports whether the words between a sub-count marker
// and the figure hold a determiner or quantifier ("the", "all", "both"),
// past "them"/"whom".
func (v *Vocab) measureDefiniteRef(between []mtok) bool {
	ref := false
	for _, t := range between {
		switch {
		case t.kind != tWord:
			return false
		case t.Low == "them" || t.Low == "whom":
		case v.measureRefWords[t.Low]:
			ref = true
		default:
			return false
		}
	}
	return ref
}

// measureFlewBefore reports whether a form of "fly" stands right before
// the figure, past the qualifiers left out of its span.
func (v *Vocab) measureFlewBefore(left []mtok) bool {
	k := len(left) - 1
	for k >= 0 && k > len(left)-4 && v.qualifierWords[left[k].Low] {
		k--
	}
	if k < 0 {
		return false
	}
	return v.flyVerbs[left[k].Low]
}

// measureVerbStart guesses a past tense or participle starting a phrase
// after a figure: "appeared", "met", "charged" (not "meeting").
func (v *Vocab) measureVerbStart(w string) bool {
	if v.unitNouns[w] {
		return false // "100 trillion won"
	}
	return v.irregularVerbs[w] || v.chainParticiples[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// measureHasPlural reports whether a phrase holds a plural noun.
func (v *Vocab) measureHasPlural(np []mtok) bool {
	for _, w := range np {
		if v.isPlural(w.Low) {
			return true
		}
	}
	return false
}

// adjacent reports whether only punctuation and "including" stand between
// a word and the figure.
func adjacent(between []mtok) bool {
	for _, t := range between {
		if t.kind == tWord && t.Low != "including" && t.Low != "among" && t.Low != "them" {
			return false
		}
	}
	return true
}

// isVerbish guesses a verb that is not a measure: -ed and -ing words and
// common irregular verbs.
func (v *Vocab) isVerbish(w string) bool {
	if v.passWords[w] {
		return false
	}
	if v.irregularVerbs[w] {
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// personish reports whether a head noun names people.
func (v *Vocab) personish(head string) bool {
	if _, ok := v.genericPerson[head]; ok {
		return true
	}
	return v.personNouns[v.singular(head)]
}

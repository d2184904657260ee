package measure

import (
	"strings"
)

// passiveAfter looks for a measure participle after the noun phrase ending
// at t[i], past auxiliaries and adverbs: "were killed", "have been
// confirmed dead", "remain missing", "are in custody". ownVerb reports a
// passive of another verb ("30 rockets were found"): the figure is then the
// subject of its own clause and no verb before it governs it.
func (v *Vocab) passiveAfter(t []mtok, i int, head string) (measure string, ownVerb bool) {
	passive := false
	prevVerb := false // a participle was passed
	for k := i; k < len(t) && k-i <= chainLimit; k++ {
		w := t[k]
		if w.kind != tWord {
			return "", passive && prevVerb
		}
		if (w.Low == "flown" || w.Low == "flew") && k+1 < len(t) && t[k+1].Low == "out" {
			return Evacuated, false
		}
		if v.participles[w.Low] != "" {
			return v.participleMeasure(t, k, passive, head)
		}
		if passive && w.Low == "under" && k+1 < len(t) && t[k+1].Low == "arrest" {
			return Arrested, false // "six people are under arrest"
		}
		if v.beForms[w.Low] {
			passive = true
			continue
		}
		if !passive {
			if j, ok := v.skipBeforeVerb(t, i, k); ok {
				k = j
				continue
			}
		}
		// "14 passengers were treated for injuries"
		if passive && w.Low == "treated" && k+2 < len(t) && t[k+1].Low == "for" && hurtNoun(t[k+2].Low) {
			return Injured, false
		}
		if v.chainPass[w.Low] || v.isAdverb(w.Low) {
			prevVerb = prevVerb || v.participleLike(w.Low)
			continue
		}
		return "", passive && (prevVerb || v.participleLike(w.Low))
	}
	return "", passive && prevVerb
}

// hurtNoun reports whether w names what the injured are treated for
// ("treated for injuries", "for burns").
func hurtNoun(w string) bool {
	switch w {
	case "injuries", "wounds", "burns", "injury", "wound":
		return true
	}
	return false
}

// participleMeasure returns the measure of the participle t[k] after a
// figure's noun phrase, passive telling that a form of "be" came before
// it, and whether the figure is then the subject of its own clause.
func (v *Vocab) participleMeasure(t []mtok, k int, passive bool, head string) (measure string, ownVerb bool) {
	w := t[k]
	if w.Low == "held" && k+1 < len(t) && (t[k+1].Low == "hostage" || t[k+1].Low == "captive") {
		return "", true
	}
	// "were held" is an arrest, "has held on" is not, nor are "140
	// guests were being held" (lang.MeasureLexicon.PresentRoles); jobs that
	// "disappeared" are not missing people.
	if w.Low == "held" && (!passive || v.presentRoles[head]) || w.Low == "disappeared" && head != "" && !v.personish(head) {
		return "", false
	}
	if !passive && v.transitive[w.Low] && k+1 < len(t) && v.takesObject(t[k+1]) {
		return "", false // active voice: "3 gunmen killed 5 people"
	}
	return v.participles[w.Low], false
}

// skipBeforeVerb reports whether the word t[k], before any form of "be",
// belongs to a phrase between the noun phrase (ending at t[i]) and its
// verb, and returns the last index of that phrase.
func (v *Vocab) skipBeforeVerb(t []mtok, i, k int) (int, bool) {
	w := t[k]
	// A place after a preposition: "30,000 people in Derna had been
	// displaced".
	if k > i && isTitleCase(w.text) && (v.prepositions[t[k-1].Low] || t[k-1].Low == "of" || isTitleCase(t[k-1].text)) {
		return k, true
	}
	if w.Low == "of" && k+1 < len(t) && t[k+1].kind == tWord && isTitleCase(t[k+1].text) {
		return k, true
	}
	// A short prepositional phrase before the verb: "14 people from
	// the stricken plane were injured".
	if v.prepositions[w.Low] || w.Low == "at" || w.Low == "of" {
		if j := v.measureBeAhead(t, k+1); j > 0 {
			return j - 1, true
		}
	}
	return k, false
}

// measureBeAhead returns the index of a form of "to be" at most five plain
// words after t[from], or 0 when there is none.
func (v *Vocab) measureBeAhead(t []mtok, from int) int {
	for j := from; j < len(t) && j < from+6; j++ {
		if t[j].kind != tWord {
			return 0
		}
		if v.beForms[t[j].Low] {
			return j
		}
		adjective := j > from && v.determiners[t[j-1].Low] // "the derailed train"
		if !adjective && (v.participles[t[j].Low] != "" || v.isVerbish(t[j].Low) && !v.prepositions[t[j].Low] && !v.determiners[t[j].Low]) {
			return 0
		}
	}
	return 0
}

// participleLike guesses a past participle or gerund: "found", "seized".
func (v *Vocab) participleLike(w string) bool {
	if v.irregularVerbs[w] || v.chainParticiples[w] {
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// takesObject reports whether t starts the object of an active verb.
func (v *Vocab) takesObject(t mtok) bool {
	return t.kind == tNum || v.determiners[t.Low] || v.measurePronouns[t.Low]
}

// savedAfter reports whether a verb of saving follows the noun phrase that
// ends at right[i], within four words: "five million lives could have been
// saved".
func (v *Vocab) savedAfter(right []mtok, i int) bool {
	for k := i; k < len(right) && k < i+4; k++ {
		if right[k].kind != tWord {
			return false
		}
		if v.saveVerbs[right[k].Low] {
			return true
		}
	}
	return false
}

// savedBefore reports whether a "save" verb precedes "N lives".
func (v *Vocab) savedBefore(left []mtok) bool {
	for k := len(left) - 1; k >= 0 && k >= len(left)-3; k-- {
		if v.saveVerbs[left[k].Low] {
			return true
		}
	}
	return false
}

package measure

import (
	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/token"
)

// homeMeasure is the measure Of gives a count of homes, houses or
// dwellings (their thing synonym).
const homeMeasure = "home"

// homesReach is how many words from a count of homes its clause may say
// what became of them: "destroyed 1,200 homes", "homes had been
// destroyed".
const homesReach = 5

// homesState says whether count j counts homes destroyed or damaged
// (HomesDestroyed, HomesDamaged), by a word of its clause ("nearly 53,000
// houses were destroyed", "destroyed more than 7,000 homes") or, with no
// noun of its own, by the word after it when it follows such a count
// ("60,000 homes destroyed and 76,000 damaged"). It returns "" when the
// clause says neither, or both ("destroyed or damaged").
func (v *Vocab) homesState(ws []token.Word, owner []int, figs []core.Figure, j, fi, fe int) string {
	f := figs[j]
	if f.Kind != core.Count {
		return ""
	}
	if f.Measure != homeMeasure {
		if j > 0 && fi > 0 && fe < len(ws) && (ws[fi-1].Low == "and" || ws[fi-1].Mark == ',') &&
			(figs[j-1].Measure == HomesDestroyed || figs[j-1].Measure == HomesDamaged) {
			return v.homesWord(ws[fe].Low)
		}
		return ""
	}
	state, both := "", false
	note := func(k int) {
		if s := v.homesWord(ws[k].Low); s != "" && (owner[k] < 0 || owner[k] == j) {
			both = both || state != "" && state != s
			state = s
		}
	}
	for k := fi - 1; k >= 0 && k >= fi-homesReach && ws[k].Mark == 0; k-- {
		note(k) // "destroyed more than 7,000 homes"
	}
	for k := fe; k < len(ws) && k < fe+homesReach; k++ {
		if owner[k] >= 0 && owner[k] != j {
			break // "60,000 homes destroyed and 76,000 damaged": the next count's
		}
		note(k) // "homes had been destroyed"
		if ws[k].Mark != 0 {
			break
		}
	}
	if both {
		return "" // "destroyed or damaged": both together
	}
	return state
}

// homesWord returns the state of homes word w tells, or "".
func (v *Vocab) homesWord(w string) string {
	switch {
	case v.destroyedWords[w]:
		return HomesDestroyed
	case v.damagedWords[w]:
		return HomesDamaged
	}
	return ""
}

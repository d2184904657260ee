package measure

import (
	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/token"
)

// Lists of counts by nationality: "Among the dead were 12 Italians,
// three from Chile and two from Peru", "four people from France, three
// from Chile".

// nationList gives the bare counts of a list of nationalities the measure
// (and the part) of the list's first measured count: in "four people from
// France, three from Chile and two from Peru", once the four count the
// dead, so do the three and the two.
func (v *Vocab) nationList(ws []token.Word, figs []core.Figure) {
	head := -1
	for j := range figs {
		f := &figs[j]
		if f.Kind != core.Count {
			continue
		}
		nat, _ := v.SplitWho(f.Who)
		switch {
		case nat == "":
			head = -1
		case IsSlot(f.Measure) || f.Measure == Aboard:
			head = j // "169 of the passengers were Indian nationals, 53 were British"
		case head >= 0 && f.Measure == "" && v.listGap(ws, figureEnd(ws, figs[head]), wordAt(ws, f.Start)):
			goOn(f, figs[head].Measure, figs[head].PartOf)
			head = j
		case f.Measure == "":
			head = -1
			if p := colonWhole(ws, figs, j); p >= 0 {
				// "were named among the dead, as were several foreigners:
				// four from France, two from Albania"
				goOn(f, figs[p].Measure, -1)
				head = j
			}
		default:
			head = -1
		}
	}
}

// goOn gives count f, an item that goes on a list, the list's measure,
// and its part when f is no part already.
func goOn(f *core.Figure, measure string, partOf int) {
	f.Measure = measure
	if f.PartOf == 0 {
		f.PartOf = partOf
	}
}

// colonWhole returns the last measured count before the colon that
// opens the clause of count j ("… among the dead, as were several
// foreigners: four from France"), or -1.
func colonWhole(ws []token.Word, figs []core.Figure, j int) int {
	fi := wordAt(ws, figs[j].Start)
	colon := -1
	for k := fi - 1; k >= 0 && k >= fi-colonReach; k-- {
		if ws[k].Mark == ':' {
			colon = k
			break
		}
		if ws[k].Mark != 0 {
			return -1
		}
	}
	if colon < 0 {
		return -1
	}
	for p := j - 1; p >= 0; p-- {
		if figs[p].Kind == core.Count && IsSlot(figs[p].Measure) && wordAt(ws, figs[p].Start) < colon {
			return p
		}
	}
	return -1
}

// colonReach is how many words before a count the colon that opens its
// list may stand.
const colonReach = 3

// listGap reports whether the words [from, to) between two counts only go
// on a list: the first count's people ("people from France,"), then a
// comma or "and", and no verb or other clause mark.
func (v *Vocab) listGap(ws []token.Word, from, to int) bool {
	if to <= from || to-from > nationGap || to > len(ws) {
		return false
	}
	joined := false
	for k := from; k < to; k++ {
		w := ws[k].Low
		if v.beForms[w] || v.predicateWords[w] != "" || ws[k].Mark != 0 && ws[k].Mark != ',' {
			return false
		}
		joined = joined || ws[k].Mark == ',' || w == "and"
	}
	return joined
}

// nationGap is the most words between two counts of a list of
// nationalities: "people from South Korea, and".
const nationGap = 8

// amongThem reports whether the count at word fi opens its sentence after
// "Among them were" (or "Among those are"): a share of the count the
// sentence before gave.
func (v *Vocab) amongThem(ws []token.Word, fi int) bool {
	if fi < 3 || fi > 4 || ws[0].Low != "among" || !v.measurePronouns[ws[1].Low] {
		return false
	}
	return v.beForms[ws[2].Low]
}

// measureBefore returns the measure of the sentence before sentence idx,
// which a share opening "Among them were" counts: its last count's, or the
// one its words name ("its list of those who died"); else measure.
func (sl *Slotter) measureBefore(idx int, measure string) string {
	if sl.last != nil && sl.lastSent == idx-1 {
		return sl.last.Measure
	}
	if sl.prev == "" {
		return measure
	}
	ws := token.Words(sl.prev)
	owner := make([]int, len(ws))
	for k := range owner {
		owner[k] = -1
	}
	if m := sl.v.measureNamedAfter(ws, owner, 0); m != "" {
		return m
	}
	return measure
}

// nationalityAfterBe returns the nationality a form of "be" right after
// a count, or after its partitive whole, says: "53 were British", "169 of
// the passengers were Indian nationals", "one was from India"; else "".
func (v *Vocab) nationalityAfterBe(ws []token.Word, fe int) string {
	k := fe
	if k+2 < len(ws) && ws[k].Low == "of" && ws[k+1].Low == "the" {
		k += 3 // "of the passengers"
	}
	if k+1 >= len(ws) || !v.beForms[ws[k].Low] || ws[k-1].Mark != 0 {
		return ""
	}
	from := ws[k+1].Low == "from" && k+2 < len(ws) // "one was from India"
	if from {
		k++
	}
	if !ws[k+1].Capital {
		return ""
	}
	low := token.TrimPossessive(ws[k+1].Low)
	if n, ok := v.nationalities[low]; ok && v.countryNames[low] == from {
		return n
	}
	return ""
}

// themAside reports whether the count at words [fi, fe) opens an aside
// after a comma that ends "among them" or "of them" within a few words:
// "…, six women among them,", "…, four of them children,". Unlike
// partAside, which the predicate scan uses to skip an aside and which
// reads on past a list's commas, it looks no further than the count's
// noun: in "14 soldiers, four police officers and five civilians, a
// tribal elder among them," the four are no part of the 14.
func themAside(ws []token.Word, fi, fe int) bool {
	if fi == 0 || ws[fi-1].Mark != ',' {
		return false
	}
	for k := fe; k+1 < len(ws) && k <= fe+2; k++ {
		if (ws[k].Low == "among" || ws[k].Low == "of") && ws[k+1].Low == "them" {
			return true
		}
		if ws[k].Mark != 0 {
			return false
		}
	}
	return false
}

// stateOfHurt reads a critical measure as the injured it becomes once
// the slot pass has read who a count counts (Vocab.who), so that two
// counts compare alike whichever has been read.
func stateOfHurt(m string) string {
	if m == Critical {
		return Injured
	}
	return m
}

// wholeWereBefore reports whether the count at word fi follows a whole
// named without a number and a form of "be": "the dead were 126 women"
// makes the 126 a share of the dead.
func (v *Vocab) wholeWereBefore(ws []token.Word, fi int) bool {
	if fi < 3 || !v.beForms[ws[fi-1].Low] || !v.determiners[ws[fi-3].Low] || ws[fi-2].Mark != 0 || ws[fi-1].Mark != 0 {
		return false
	}
	m, ok := v.headMeasure[ws[fi-2].Low]
	return ok && IsEvent(m)
}

package measure

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/token"
)

// Place names: the words of a name, and whether a clause's place is the
// count's or where its event happened.

// nameWords is the most words a place name may have ("Al Haouz", "Madhya
// Pradesh", "Dera Ismail Khan").
const nameWords = 3

// nameFrom returns the place name that starts at the capitalised word k,
// lower case: the run of capitalised words before hi that no mark breaks,
// ending at a possessive ("Al Haouz", "Kabul's").
func (v *Vocab) nameFrom(ws []token.Word, k, hi int) string {
	end := k + 1
	for end < hi && end-k < nameWords && ws[end-1].Mark == 0 && v.nameWord(ws[end]) && !possessive(ws[end-1].Low) {
		end++
	}
	return joinLow(ws[k:end])
}

// nameBefore returns the place name that ends at the capitalised word k,
// read back to lo.
func (v *Vocab) nameBefore(ws []token.Word, k, lo int) string {
	start := k
	for start > lo && k-start+1 < nameWords && ws[start-1].Mark == 0 && v.nameWord(ws[start-1]) &&
		!possessive(ws[start-1].Low) {
		start--
	}
	return joinLow(ws[start : k+1])
}

// nameWord reports whether w may go on a place name: capitalised, and no
// month, weekday, function word ("In Sindh province") or nationality
// ("the northeastern Afghan province of Kunduz").
func (v *Vocab) nameWord(w token.Word) bool {
	low := token.TrimPossessive(w.Low)
	if _, nat := v.nationalities[low]; nat && !v.countryNames[low] {
		return false
	}
	return w.Capital && !v.months[low] && !v.weekdayNames[low] && !v.npStop[low] && !v.determiners[low]
}

// possessive reports whether a lower-case word ends in "'s".
func possessive(w string) bool { return token.TrimPossessive(w) != w }

// joinLow joins the lower-case words of ws with spaces, the possessive of
// the last one dropped.
func joinLow(ws []token.Word) string {
	if len(ws) == 1 {
		return token.TrimPossessive(ws[0].Low)
	}
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = token.TrimPossessive(w.Low)
	}
	return strings.Join(parts, " ")
}

// startsWithDigit reports whether a word starts with an ASCII digit.
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// eventReach is how many words before a place an event noun may stand and
// still hold the place in its noun phrase.
const eventReach = 10

// eventPlace reports whether the place named at word at, before the count
// at word fi, is where the clause's event happened: an event noun stands
// before it ("a stampede at a religious gathering in Hathras district",
// "A fire tore through a building in a district of Dhaka") and a verb of
// the event's toll after it, before the count ("killed 27", "killing at
// least 44", "left over 107 people dead").
func (v *Vocab) eventPlace(ws []token.Word, lo, at, fi int) bool {
	event := false
	for k := at - 1; k >= lo && k >= at-eventReach; k-- {
		if _, ok := v.eventKind(ws[k].Low); ok {
			event = true
			break
		}
	}
	if !event {
		return false
	}
	for k := at + 1; k < fi; k++ {
		if v.eventVerbs[ws[k].Low] {
			return true
		}
	}
	return false
}

// placeAfter returns the index of the name that a place preposition right
// after a count opens ("36 in neighbouring Rukum West", "80 people in
// Kerala"): that name places the count before any nearer one before it.
// It returns -1 when none does.
func (v *Vocab) placeAfter(ws []token.Word, fe, hi int) int {
	k := fe
	if k < hi && k > 0 && ws[k-1].Mark == 0 && v.genericWho[ws[k].Low] {
		k++ // "80 people in Kerala"
	}
	if k >= hi || k == 0 || ws[k-1].Mark != 0 || !v.placePreps[ws[k].Low] || ws[k].Mark != 0 {
		return -1
	}
	k++
	if k < hi && v.placeAdjectives[ws[k].Low] && ws[k].Mark == 0 {
		k++
	}
	if k < hi && v.nameWord(ws[k]) {
		return k
	}
	return -1
}

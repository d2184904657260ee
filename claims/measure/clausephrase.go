package measure

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/token"
)

// phrases are word sequences a rule looks for in a count's clause ("on
// the spot", "by themselves"), each split into lower-case words.
type phrases [][]string

// clausePhrases are the phrases of a count's clause that the slot pass
// reads (lang.MeasureLexicon.OwnShare to OnBoard).
type clausePhrases struct {
	ownShare, onTheSpot, toFamilies, onGround, onBoard phrases
}

// newPhrases splits each phrase of the lexicon into its words.
func newPhrases(list []string) phrases {
	out := make(phrases, 0, len(list))
	for _, p := range list {
		if ws := strings.Fields(p); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// at reports whether one of the phrases starts at word k of ws.
func (ps phrases) at(ws []token.Word, k int) bool {
next:
	for _, p := range ps {
		if k+len(p) > len(ws) {
			continue
		}
		for i, w := range p {
			if ws[k+i].Low != w {
				continue next
			}
		}
		return true
	}
	return false
}

// clauseReach is how many words after a count its clause is read for a
// phrase.
const clauseReach = 8

// phraseAfter returns the index in sets of the first set one of whose
// phrases the clause after a count names, from word fe up to a clause
// mark (a phrase may end on the mark), or -1 when none does.
func phraseAfter(ws []token.Word, fe int, sets ...phrases) int {
	for k := fe; k < len(ws) && k < fe+clauseReach; k++ {
		if k > fe && ws[k-1].Mark != 0 {
			return -1
		}
		for i, ps := range sets {
			if ps.at(ws, k) {
				return i
			}
		}
	}
	return -1
}

package figure

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/unit"
)

// sentenceFacts are what the unit and look-alike rules ask of a whole
// sentence, read in one pass when a rule first asks, so that asking for
// every number of a long sentence stays linear.
type sentenceFacts struct {
	length bool            // a length other than "m" is stated: "1m is 10 dm"
	mass   bool            // weight is spoken of: "weighs", "heavy", "tonnes"
	shout  bool            // the sentence is written in capitals
	sport  bool            // a race or a field event is spoken of: "the 800m and 1500m"
	names  map[string]bool // capitalised words, lower case: "australian", "us"
}

// sentence returns the facts of p's sentence.
func (p *parser) sentence() *sentenceFacts {
	if p.facts != nil {
		return p.facts
	}
	f := &sentenceFacts{names: map[string]bool{}}
	upper, words := 0, 0
	for j := range p.ts {
		if p.ts[j].kind != tkWord {
			continue
		}
		w := p.text(j)
		if len(w) > 2 {
			words++
			if isAllCaps(w) {
				upper++
			}
		}
		lw := strings.ToLower(w)
		if p.ts[j].upper {
			f.names[lw] = true
		}
		if strings.HasPrefix(lw, "weigh") || strings.HasPrefix(lw, "heav") || lw == "overweight" {
			f.mass = true
		}
		if sportWords[lw] {
			f.sport = true
		}
		afterNum := j > 0 && p.ts[j-1].kind == tkNum
		if !afterNum && p.info(j).flags&fUnit == 0 {
			continue
		}
		if sp, _, ok := p.spellingAt(j, p.followsNumber(j)); ok {
			switch {
			case sp.def.Dim == unit.DimMass && sp.def.Symbol != "lb":
				f.mass = true // "a metric ton is 2,204.62 pounds"
			case sp.def.Dim == unit.DimLength && sp.def.Symbol != "m" && afterNum:
				f.length = true
			}
		}
	}
	f.shout = words > 2 && upper*2 > words
	p.facts = f
	return f
}

// sportWords say a race or a field event, where "60m" is a distance.
var sportWords = setOf("race races raced racing sprint sprinter sprinters hurdles relay heat heats indoor indoors " +
	"outdoor track athletics athlete athletes jump jumped throw throws threw marathon lap laps freestyle " +
	"backstroke breaststroke butterfly medley swimmer runner runners olympic olympics championships " +
	"medal medals world-leading personal")

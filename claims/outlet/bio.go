package outlet

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bio finds an author bio among the last lines: a name, "is a … reporter
// with|for|at OUTLET" (or "covers … for OUTLET").
func (r *Registry) bio(bottom []string) string {
	for i := len(bottom) - 1; i >= 0; i-- {
		// Sentences are cut at ". "; a bio sentence starts with the name.
		for sent := range strings.SplitAfterSeq(bottom[i], ". ") {
			if o := r.bioSentence(sent); o != "" {
				return o
			}
		}
	}
	return ""
}

// bioSentence reads "Name Name is a|an|the … ROLE with|for|at OUTLET" or
// "Name Name covers|writes|reports … for|with|at OUTLET".
func (r *Registry) bioSentence(s string) string {
	words, i := 0, 0
	var pred string
	needRole := false
	for pred == "" {
		w, next := nextWord(s, i)
		if w == "" {
			return ""
		}
		i = next
		if c, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(c) {
			if words++; words > 5 {
				return ""
			}
			continue
		}
		if words == 0 {
			return ""
		}
		switch w {
		case "is":
			art, next := nextWord(s, i)
			if art != "a" && art != "an" && art != "the" {
				return ""
			}
			needRole = true
			pred = s[next:]
		case "covers", "writes", "reports":
			pred = s[i:]
		default:
			return ""
		}
	}
	if strings.HasPrefix(pred, " former ") || strings.Contains(pred, " former ") {
		return ""
	}
	if needRole && !hasRoleWord(pred) {
		return ""
	}
	for _, prep := range []string{" with ", " for ", " at "} {
		for off := 0; ; {
			i := strings.Index(pred[off:], prep)
			if i < 0 {
				break
			}
			pos := off + i + len(prep)
			if o, _ := r.matchAt(pred, pos, true); o != "" {
				return o
			}
			off = pos
		}
	}
	return ""
}

// nextWord returns the space-separated word at or after byte i of s and the
// offset after it.
func nextWord(s string, i int) (string, int) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '\t' {
		j++
	}
	return s[i:j], j
}

// bioRoles are the jobs a bio names before its outlet.
var bioRoles = []string{"reporter", "correspondent", "writer", "journalist", "editor", "producer",
	"contributor", "columnist", "chief", "anchor", "host", "photographer", "fellow", "staff"}

func hasRoleWord(s string) bool {
	for _, w := range bioRoles {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// toldStops after "told OUTLET" mean the outlet is a third party being
// cited ("told TASS news agency", "told CNN's anchor").
var toldStops = []string{" news agency", " agency", " newspaper", " daily", " broadcaster", " television", " tv",
	" programme", " program", " show", " network", " channel", " radio", " website", "'s", "’s"}

// told counts interviews given to outlets ("…, she told Al Jazeera.") and
// returns the outlet when one clearly dominates.
func (r *Registry) told(text string) string {
	counts := map[string]int{}
	for off := 0; ; {
		i := strings.Index(text[off:], "told ")
		if i < 0 {
			break
		}
		i += off
		off = i + len("told ")
		if i > 0 {
			c, _ := utf8.DecodeLastRuneInString(text[:i])
			if unicode.IsLetter(c) {
				continue
			}
		}
		o, end := r.matchAt(text, off, true)
		if o == "" {
			continue
		}
		after := strings.ToLower(text[end:min(len(text), end+16)])
		stop := false
		for _, s := range toldStops {
			if strings.HasPrefix(after, s) {
				stop = true
				break
			}
		}
		if !stop {
			counts[o]++
		}
	}
	o := dominant(counts)
	if need, ok := r.toldNeeds[o]; ok && (need == 0 || counts[o] < need) {
		return ""
	}
	return o
}

// dominant returns the outlet told alone, or told at least twice and at
// least twice as often as any other.
func dominant(counts map[string]int) string {
	best, bestN, second := "", 0, 0
	for o, n := range counts {
		switch {
		case n > bestN || (n == bestN && o < best):
			second = max(second, bestN)
			best, bestN = o, n
		case n > second:
			second = n
		}
	}
	if bestN == 0 {
		return ""
	}
	if len(counts) == 1 || (bestN >= 2 && bestN >= 2*second) {
		return best
	}
	return ""
}

package token

import "strings"

// reportingVerbs introduce who said something, not what happened.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true,
	"reported": true, "reports": true, "announced": true, "announces": true,
	"stated": true, "confirmed": true, "confirms": true, "added": true,
	"estimated": true, "estimates": true, "claimed": true, "claims": true,
}

// sourceNouns may stand between a name and its reporting verb: "Russia's
// health ministry said", "Iranian state media say".
var sourceNouns = map[string]bool{
	"official": true, "officials": true, "ministry": true, "authorities": true,
	"police": true, "media": true, "state": true, "agency": true, "news": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "sources": true,
	"television": true, "tv": true, "health": true, "interior": true,
	"emergency": true, "emergencies": true, "services": true, "government": true,
}

// onlySpace reports whether s[from:to] holds nothing but a possessive and
// white space.
func onlySpace(s string, from, to int) bool {
	if from > to || to > len(s) {
		return false
	}
	gap := strings.TrimSpace(s[from:to])
	return gap == "" || gap == "'s" || gap == "’s"
}

// reportsAfter reports whether the words after offset i are a reporting
// verb, possibly after up to two source nouns.
func reportsAfter(s string, i int) bool {
	rest := strings.TrimPrefix(strings.TrimPrefix(s[min(i, len(s)):], "'s"), "’s")
	if len(rest) > 64 {
		rest = rest[:64] // a reporting verb comes within three words
	}
	words := strings.Fields(rest)
	if len(words) > 3 {
		words = words[:3]
	}
	for n, w := range words {
		w = strings.ToLower(strings.Trim(w, ",.;:\"'“”‘’"))
		switch {
		case reportingVerbs[w]:
			return true
		case n < 2 && sourceNouns[w]:
			continue
		}
		return false
	}
	return false
}

// accordingBefore reports whether "according to" (and perhaps "the")
// comes right before offset i.
func accordingBefore(s string, i int) bool {
	head := s[:min(i, len(s))]
	if len(head) > 24 {
		head = head[len(head)-24:]
	}
	head = strings.ToLower(strings.TrimSpace(head))
	head = strings.TrimSuffix(head, " the")
	return strings.HasSuffix(head, "according to")
}

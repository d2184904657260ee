package outlet

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNameWords and maxNameLen bound an outlet name found in a credit.
const (
	maxNameWords = 6
	maxNameLen   = 60
)

// trailingRoles are words a credit puts after the outlet's name: "Reuters
// staff", "Lakeside Courier report", "Dawn News desk".
var trailingRoles = wordSet("staff|staffer|staffers|report|reporter|reporters|correspondent|correspondents|desk|team|bureau|newsroom|writer|writers|editors|contributor")

// domainSuffixes end a site's host name: "Dawn.com", "NusaToday.com".
var domainSuffixes = []string{".com", ".net", ".org", ".tv", ".news", ".info", ".co.uk", ".com.pk", ".pk", ".in", ".az", ".ng", ".tr", ".ae", ".af"}

// nameCut trims the marks around a credit's name.
func nameCut(s string) string {
	return strings.TrimFunc(s, func(c rune) bool {
		return isSpaceRune(c) || strings.ContainsRune(".,;:*_|-–—()[]{}\"'“”‘’«»", c)
	})
}

// stripDomain drops a host's suffix: "Dawn.com" → "Dawn". It reports
// whether there was one.
func stripDomain(s string) (string, bool) {
	if strings.ContainsAny(s, " \t") {
		return s, false
	}
	if hasPrefixFold(s, "www.") {
		s = s[4:]
	}
	for _, d := range domainSuffixes {
		if len(s) > len(d)+1 && strings.EqualFold(s[len(s)-len(d):], d) {
			return s[:len(s)-len(d)], true
		}
	}
	return s, false
}

// decorations strips what a credit adds to a name: a host suffix, trailing
// role words ("staff", "report"). It returns the bare name and whether it
// was a host name.
func decorations(s string) (string, bool) {
	s = nameCut(s)
	s, domain := stripDomain(s)
	words := strings.Fields(s)
	for len(words) > 1 {
		last := strings.ToLower(words[len(words)-1])
		if !trailingRoles[last] {
			break
		}
		words = words[:len(words)-1]
		if len(words) > 1 && strings.EqualFold(words[len(words)-1], "news") && last == "desk" {
			words = words[:len(words)-1] // "X news desk"
		}
	}
	return nameCut(strings.Join(words, " ")), domain
}

// name returns the canonical outlet a credit names, or "": a registry name
// (any variant, any case) or an unknown name that looks like an outlet's,
// kept as written and title-cased when written in capitals.
func (r *Registry) name(s string) string {
	s = cleanTitle(s)
	if s == "" || len(s) > 2*maxNameLen {
		return ""
	}
	if c, ok := r.Canonical(s); ok {
		return c
	}
	bare, domain := decorations(s)
	if bare == "" {
		return ""
	}
	if c, ok := r.edition(bare); ok {
		return c
	}
	if domain && hostLike(bare) {
		return nameCut(s) // "bdnews24.com": a site that calls itself by its host, in lower case
	}
	if !nameLike(bare) {
		return ""
	}
	return titleCase(bare)
}

// hostLike reports whether s, a host name without its suffix, is one word
// of lower-case letters and digits that holds a letter ("bdnews24").
func hostLike(s string) bool {
	letter := false
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z':
			letter = true
		case c >= '0' && c <= '9', c == '-':
		default:
			return false
		}
	}
	return letter
}

// known returns the registry's canonical name of a credit, or "".
func (r *Registry) known(s string) string {
	if c, ok := r.Canonical(s); ok {
		return c
	}
	bare, _ := decorations(s)
	if c, ok := r.edition(bare); ok {
		return c
	}
	return ""
}

// editionWords name an edition of an outlet: "Xinhua English", "Al
// Arabiya Online".
var editionWords = wordSet("english|online|digital|web|arabic|urdu|international|world|edition|mobile|app|com")

// edition canonicalises a name through the registry, also when an edition
// word follows a registry name ("Xinhua English" → Xinhua).
func (r *Registry) edition(name string) (string, bool) {
	if c, ok := r.Canonical(name); ok {
		return c, true
	}
	words := strings.Fields(name)
	if len(words) > 1 && editionWords[strings.ToLower(words[len(words)-1])] {
		return r.Canonical(strings.Join(words[:len(words)-1], " "))
	}
	return "", false
}

// leadWords open a credit's wording, never an outlet's name.
var leadWords = wordSet("by|with|from|according|via|per|and|in|for|on|at|to|as|said|says|told|photo|reporting|editing|writing|additional|watch|read|click|see|also|this|that|these")

// nameLike reports whether s (decorations stripped) has the shape of an
// outlet's name: one to six capitalised words (connectors such as "of"
// aside), no sentence punctuation, not generic ("Agencies", "Staff
// Reporter"), not an institution, a place, a date or a person.
func nameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxNameWords || len(s) > maxNameLen {
		return false
	}
	if leadWords[strings.ToLower(words[0])] {
		return false // "By …", "With AFP": a credit's wording, not a name
	}
	generic := true
	for i, w := range words {
		if !nameWord(w, i == 0) {
			return false
		}
		lw := strings.ToLower(w)
		if institutionWords[lw] || eventWords[lw] {
			return false
		}
		if !genericWords[lw] {
			generic = false
		}
	}
	low := strings.ToLower(s)
	switch {
	case generic, places[low], monthWords[low], dayWords[low], institutionWords[low]:
		return false
	case strings.HasPrefix(low, "the ") && places[low[4:]]:
		return false
	}
	return !looksLikePerson(words)
}

// nameWord reports whether w can be a word of an outlet's name: letters
// (and digits, not opening the first word) with inner "-", "'", "&" or
// "."; capitalised ("Gulf"), or a brand's inner capital or digit ("eNCA",
// "bdnews24"), or, after the first word, a connector ("of").
func nameWord(w string, first bool) bool {
	if w == "&" {
		return !first
	}
	letters, inner := 0, false // inner: a capital or digit after a letter ("eNCA", "bdnews24")
	for _, c := range w {
		switch {
		case unicode.IsLetter(c):
			inner = inner || letters > 0 && unicode.IsUpper(c)
			letters++
		case unicode.IsDigit(c):
			if first && letters == 0 {
				return false
			}
			inner = inner || letters > 0
		case strings.ContainsRune("-'’.&", c):
		default:
			return false
		}
	}
	if letters == 0 && first {
		return false
	}
	if strings.HasSuffix(w, ".") && len(w) > 3 {
		return false // "said." ends a sentence
	}
	c, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(c) || unicode.IsDigit(c) || inner {
		return true
	}
	return !first && connectorWords[strings.ToLower(w)]
}

// looksLikePerson reports whether words read as a person's name: two to
// four words, the first (after an honorific) a common given name or an
// initial, and no word that outlets' names are made of.
func looksLikePerson(words []string) bool {
	for _, w := range words {
		if cueWords[strings.ToLower(w)] {
			return false
		}
	}
	if len(words) > 1 && titleWords[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		words = words[1:]
	}
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	first := strings.ToLower(words[0])
	if givenNames[first] {
		return true
	}
	f := strings.TrimSuffix(first, ".")
	return utf8.RuneCountInString(f) == 1
}

// titleCase returns a name written in capitals in title case ("AL
// JAZEERA" → "Al Jazeera", "RIVER TV" → "River TV", "TIMES OF
// RIVERTON" → "Times of Riverton"), keeping acronyms (a lone word of up
// to five letters, or a short word that is no connector). Names with lower
// case letters are kept as written.
func titleCase(s string) string {
	for _, c := range s {
		if unicode.IsLower(c) {
			return s
		}
	}
	words := strings.Fields(s)
	if len(words) == 1 && utf8.RuneCountInString(words[0]) <= 5 {
		return s
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case connectorWords[lw] && i > 0 && lw != "al" && lw != "el":
			words[i] = lw
		case connectorWords[lw]:
			words[i] = upperFirst(lw)
		case utf8.RuneCountInString(w) <= 3:
			// an acronym: TV, FM, ARY
		default:
			words[i] = titleWord(lw)
		}
	}
	return strings.Join(words, " ")
}

// titleWord capitalises each part of a hyphenated word.
func titleWord(w string) string {
	parts := strings.Split(w, "-")
	for i, p := range parts {
		parts[i] = upperFirst(p)
	}
	return strings.Join(parts, "-")
}

func upperFirst(w string) string {
	c, n := utf8.DecodeRuneInString(w)
	if n == 0 {
		return w
	}
	return string(unicode.ToUpper(c)) + w[n:]
}

// isProse reports whether a line reads as running text: a sentence of
// eight words or more.
func isProse(line string) bool {
	n := len(strings.Fields(line))
	if n >= 15 {
		return true
	}
	line = strings.TrimRight(line, " \t\"”’'")
	return n >= 8 && strings.ContainsAny(line[len(line)-1:], ".!?")
}

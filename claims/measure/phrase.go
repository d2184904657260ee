package measure

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isTitleCase reports whether s starts with a capital and has a lower-case
// letter ("Dead", not "DEAD").
func isTitleCase(s string) bool {
	if !isUpper(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// isUpper reports whether s starts with an upper-case letter.
func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// skipMultipliers skips "million", "dozen", "of", "of the" after a figure.
func (v *Vocab) skipMultipliers(t []mtok, i int) int {
	for i < len(t) {
		switch {
		case t[i].kind == tNum && v.multiplierWords[t[i].Low]:
			i++
		case t[i].Low == "of":
			i++
			if i < len(t) && (t[i].Low == "the" || t[i].Low == "those" || t[i].Low == "these" || v.possessives[t[i].Low]) {
				i++
			}
		default:
			return i
		}
	}
	return i
}

// nounPhrase returns the words of the noun phrase starting at t[i]: up to
// npLimit words that are no stop word, measure participle or number. A last
// word in -ed after others is taken for a verb ("people suspected").
func (v *Vocab) nounPhrase(t []mtok, i int) []mtok {
	j := i
	for j < len(t) && j-i < npLimit {
		w := t[j]
		if w.kind != tWord || v.npStop[w.Low] || v.participles[w.Low] != "" || v.isAdverb(w.Low) ||
			v.measureCalendar[w.Low] && isUpper(w.text) {
			break
		}
		j++
	}
	np := t[i:j]
	// A count modifies a plural: the first plural ends the phrase
	// ("1.5 million Tajik migrants work in Russia").
	for k := range np {
		if v.isPlural(np[k].Low) && k+1 < len(np) {
			np = np[:k+1]
			break
		}
	}
	for len(np) > 1 && strings.HasSuffix(np[len(np)-1].Low, "ed") {
		np = np[:len(np)-1]
	}
	return np
}

// isPlural guesses whether a lower-case word is a plural noun.
func (v *Vocab) isPlural(w string) bool {
	if v.pluralNouns[w] {
		return true
	}
	n := len(w)
	if n > 4 && strings.HasSuffix(w, "men") {
		return true
	}
	return n > 3 && w[n-1] == 's' && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") &&
		!strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// isAdverb guesses an adverb: a word in -ly that is no noun in -ly.
func (v *Vocab) isAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !v.notAdverb[w]
}

// trimModifiers drops "other", "more", … from the front of a noun phrase.
func (v *Vocab) trimModifiers(np []mtok) []mtok {
	for len(np) > 0 && v.npModifiers[np[0].Low] {
		np = np[1:]
	}
	return np
}

// subjectOf writes the noun phrase as a subject, or "" when it says
// nothing about who is counted.
func (v *Vocab) subjectOf(np []mtok) string {
	np = v.trimModifiers(np)
	if len(np) == 0 {
		return ""
	}
	head := np[len(np)-1].Low
	if _, ok := v.genericPerson[head]; ok {
		return ""
	}
	if _, ok := v.headMeasure[head]; ok && (head != "bodies" || len(np) == 1) {
		return ""
	}
	if v.unitNouns[v.singular(head)] || v.measurePronouns[head] {
		return ""
	}
	if len(np) == 1 {
		return np[0].text
	}
	// The words keep their spacing from the sentence; rebuild with single
	// spaces so that line breaks do not leak into the subject.
	var b strings.Builder
	for k, w := range np {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// percentOf returns the noun after "of" following a percent figure: "40
// percent of the population" → "population"; a proper noun gives "".
func (v *Vocab) percentOf(t []mtok, i int) string {
	if i >= len(t) || t[i].Low != "of" {
		return ""
	}
	i++
	for i < len(t) && (v.determiners[t[i].Low] || v.possessives[t[i].Low] || strings.HasSuffix(t[i].Low, "'s") || strings.HasSuffix(t[i].Low, "’s")) {
		i++
	}
	np := v.nounPhrase(t, i)
	if len(np) == 0 {
		return ""
	}
	h := np[len(np)-1]
	if isUpper(h.text) {
		return ""
	}
	if g, ok := v.genericPerson[h.Low]; ok {
		return g
	}
	return v.singular(h.Low)
}

// currencyOf returns the currency of a figure written with its sign:
// "$5 million" → "dollar".
func currencyOf(s string) string {
	switch {
	case strings.HasPrefix(s, "$"), strings.HasPrefix(s, "US$"):
		return "dollar"
	case strings.HasPrefix(s, "£"):
		return "pound"
	case strings.HasPrefix(s, "€"):
		return "euro"
	case strings.HasPrefix(s, "¥"):
		return "yen"
	case strings.HasPrefix(s, "₹"):
		return "rupee"
	}
	return ""
}

// singular returns the singular of a lower-case English noun, with the
// irregular plurals news copy uses. Words that are not plurals come back
// unchanged.
func (v *Vocab) singular(w string) string {
	if s, ok := v.irregularPlurals[w]; ok {
		return s
	}
	n := len(w)
	switch {
	case n < 3:
		return w
	case strings.HasSuffix(w, "men") && n > 4:
		return w[:n-3] + "man"
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"), strings.HasSuffix(w, "oes"):
		return w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "’s"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:n-1]
	}
	return w
}

// set returns the set of words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// measureMap maps each word of groups to its key: a measure, or a
// nationality.
func measureMap(groups map[string][]string) map[string]string {
	m := make(map[string]string)
	for measure, words := range groups {
		for _, w := range words {
			m[w] = measure
		}
	}
	return m
}

// gappedHead returns the noun a count leaves out when it follows, joined
// by "and" or "or", a count of that noun and "of" in its clause: in "50
// counts of murder and 39 of attempted murder", 39 counts counts. It
// returns "" when the count has a noun of its own, when what follows "of"
// is a whole the count is a share of ("3 of the neighbours", "5 of
// them"), or when no such count comes before it.
func (v *Vocab) gappedHead(left, right []mtok, p phrase) string {
	if p.partitive || len(right) < 2 || right[0].Low != "of" || right[1].kind != tWord {
		return ""
	}
	if v.determiners[right[1].Low] || v.measurePartitive[right[1].Low] {
		return ""
	}
	n := len(left)
	if n < 4 || left[n-1].Low != "and" && left[n-1].Low != "or" {
		return ""
	}
	for k := n - 2; k >= 2; k-- {
		if left[k].kind == tBound {
			return ""
		}
		if left[k].Low == "of" && left[k-1].kind == tWord && left[k-2].kind == tNum {
			return left[k-1].Low
		}
	}
	return ""
}

// gappedMeasure gives a count that leaves out its noun (gappedHead) the
// measure of that noun: "20 bodies of men and 5 of children" are the
// dead, of whom the phrase after "of" says who. ok is false when the
// count leaves out no noun.
func (v *Vocab) gappedMeasure(left, right []mtok, p phrase) (measure, subject string, ok bool) {
	head := v.gappedHead(left, right, p)
	if head == "" {
		return "", "", false
	}
	if m, found := v.headMeasure[head]; found {
		return m, v.subjectOf(v.nounPhrase(right, 1)), true
	}
	measure, subject = v.countedNoun(head, head)
	return measure, subject, true
}

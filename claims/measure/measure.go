package measure

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Measure vocabulary: what a count is of when a verb or a noun of the
// sentence says more than the counted noun.
const (
	Killed    = "killed"
	Injured   = "injured"
	Missing   = "missing"
	Arrested  = "arrested"
	Displaced = "displaced"
	Evacuated = "evacuated"
	Executed  = "executed"
)

// IsEvent reports whether m is a measure a verb or a toll gives (killed,
// injured, missing, arrested, displaced, evacuated, executed), rather than
// a counted noun.
func IsEvent(m string) bool {
	switch m {
	case Killed, Injured, Missing, Arrested, Displaced, Evacuated, Executed:
		return true
	}
	return false
}

// Of returns what the figure at span [start, end) of sentence counts.
//
// measure is one of killed, injured, missing, arrested, displaced, evacuated,
// executed when a word of the figure's own clause says so, or else the
// counted noun, or "" when nothing says. The counted noun is normalised to
// lower case and singular ("34 provinces" → "province", "500,000 rubles" →
// "ruble", "for 10 years" → "year", "1.5 million Tajik migrants" →
// "migrant"); nouns that only say "persons" (people, persons, individuals,
// others) all become "people". A percent figure gets the noun after "of"
// ("40 percent of the population" → "population") or "". A sum written with
// a currency sign gets the currency ("$5 million" → "dollar"). An age
// ("aged 32", "a 32-year-old", "Ali, 32,") gets "".
//
// subject is who is counted when the text says, as written: the noun phrase
// after the figure ("Afghans", "US servicemen", "children"), without
// "other"/"more"/"additional", or for a toll's figure with no noun of its
// own the toll's counted noun ("the number of Afghans killed in the blast
// stood at 170" → "Afghans"). It is "" for the generic nouns above, for
// pronouns, for measure nouns ("deaths", "lives") and for units.
//
// Sub-counts, introduced by "including", "among them", "of them", "of
// whom": a bare listing ("..., including three children", "among them 40
// students", "ten of them children", "six of them seriously") inherits the
// measure of the count it belongs to (killed); only its subject
// ("children") tells it apart from the toll, and comparers must keep
// figures with different subjects apart. A partitive with a verb of its own
// ("four of whom are accused", "five of whom were children") takes only
// that verb's measure, or "". A determined group ("including the four men
// accused", "among them all four of the gunmen") is a group the story
// counts on its own: it gets its counted noun ("man", "gunman"), not the
// earlier verb.
//
// The rules, in order of precedence:
//  1. units: a percent sign or word, a currency sign, a unit noun (time,
//     money, distance, weight, administrative areas) after the figure;
//  2. the figure, its noun phrase, then a participle or adjective, possibly
//     after auxiliaries ("130 people have been killed", "139 people have been
//     confirmed dead", "the attack left 60 wounded", "11 suspects are in
//     custody"); an active verb with an object ("3 gunmen killed 5") does not
//     count;
//  3. a measure noun as the head of the noun phrase ("84 deaths", "40
//     fatalities", "claimed 40 lives", "11 arrests");
//  4. the nearest measure word to the left within the figure's clause
//     ("killing 170 Afghans and 13 US servicemen": both killed; "killed 90
//     people and injured 300 others": killed, then injured; "the death toll
//     from the attack rose to 139"; "the death of more than 140 people").
//     The scan stops at clause boundaries (; : — ( ) quotes, "but", "which",
//     "that", …), at subordinating conjunctions ("as", "when", "while",
//     "because", "although", "if", …; "after", "before", "since", "until"
//     only outside a toll's complement, where they may be prepositions), at
//     other verbs ("destroyed 20 homes"), at prepositions unless the figure
//     is the complement of a toll verb ("rose to", "stood at"), and after a
//     dozen tokens. A bare "to N"/"at N" makes the figure a toll's
//     complement across prepositional phrases ("lowered the death toll from
//     the bombings in the city of Kerman to 84"), but then only a toll noun
//     ("toll", "the number of dead", "the number of people injured")
//     governs it;
//  5. otherwise the counted noun.
//
// Offsets out of range are clamped; an empty span gives "", "". Of
// never panics, whatever the input (including invalid UTF-8).
func (v *Vocab) Of(sentence string, start, end int) (measure, subject string) {
	if start < 0 {
		start = 0
	}
	if end > len(sentence) {
		end = len(sentence)
	}
	if start >= end {
		return "", ""
	}
	var fbuf, lbuf, rbuf [maxTokens]mtok
	fig := v.measureTokenize(sentence, start, end, fbuf[:0], false)
	if len(fig) == 0 {
		return "", ""
	}
	lo := start - leftWindow
	if lo < 0 {
		lo = 0
	}
	for lo > 0 && lo < start && !utf8.RuneStart(sentence[lo]) {
		lo++
	}
	left := v.measureTokenize(sentence, lo, start, lbuf[:0], true)
	hi := end + rightWindow
	if hi > len(sentence) {
		hi = len(sentence)
	}
	// A hyphen right after the figure makes a compound: "32-year-old",
	// "a 10-day truce".
	if end+1 < len(sentence) && sentence[end] == '-' && isLetterByte(sentence[end+1]) {
		return v.compoundMeasure(sentence, end+1), ""
	}
	right := v.measureTokenize(sentence, end, hi, rbuf[:0], false)
	m, subj := v.analyse(sentence[start:end], fig, left, right)
	// The copies keep the token buffers on the stack: a result read from
	// them would make escape analysis move them to the heap (4.5 KB a
	// figure).
	return strings.Clone(m), strings.Clone(subj)
}

const (
	maxTokens   = 40
	leftWindow  = 180
	rightWindow = 140
	leftLimit   = 14 // tokens the left scan looks at
	tollLimit   = 22 // tokens the left scan looks at inside a toll's complement
	npLimit     = 4  // words of a noun phrase
	chainLimit  = 6  // tokens between the noun phrase and a participle
)

// compoundMeasure reads the word after "N-": "year-old" is an age (""),
// "day" in "10-day" is a unit; any other noun ("seven-storey",
// "10-member", "three-train") makes the count a modifier of what follows,
// which counts nothing a story reports: "".
func (v *Vocab) compoundMeasure(s string, i int) string {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		j += n
	}
	w := strings.ToLower(s[i:j])
	if strings.Contains(w, "-old") {
		return ""
	}
	if k := strings.IndexByte(w, '-'); k >= 0 {
		w = w[:k]
	}
	if w == "" {
		return ""
	}
	if v.unitNouns[w] || v.unitNouns[v.singular(w)] {
		return v.singular(w)
	}
	return "" // "a seven-storey building", "a 10-member team": a modifier counts nothing reported
}

// analyse applies the rules of Of, in order, to the tokens of the figure
// and of its left and right contexts.
func (v *Vocab) analyse(figText string, fig, left, right []mtok) (measure, subject string) {
	// 1. Units written in or right after the figure.
	if m, ok := v.unitMeasure(figText, fig, left, right); ok {
		return m, ""
	}
	p := v.readPhrase(fig, right)
	if p.head != "" {
		if v.unitNouns[p.head] || v.unitNouns[v.singular(p.head)] {
			return v.singular(p.head), ""
		}
		if strings.HasSuffix(p.head, "-old") {
			return "", ""
		}
	}
	subject = v.subjectOf(p.np)
	if v.ageInApposition(p.np, left, right) {
		return "", ""
	}

	// A count whose noun is left out after a count of the same noun:
	// "faces 50 counts of murder and 39 of attempted murder".
	if m, subj, ok := v.gappedMeasure(left, right, p); ok {
		return m, subj
	}

	// 2. Participle or adjective after the noun phrase.
	m, ownVerb := v.passiveAfter(right, p.i, p.head)
	if m != "" {
		return m, subject
	}
	if aboardAfter(right, p.i) {
		return Aboard, subject // "the 475 people aboard"
	}
	// "hospitals treated 120 people for burns"
	if treatedFor(left, right, p.i) {
		return Injured, subject
	}
	// "Among the dead were five foreigners"
	if m := v.amongBefore(left); m != "" {
		return m, subject
	}

	// 3. Measure noun as head.
	if m, subj, ok := v.headNounMeasure(p, left, right, subject); ok {
		return m, subj
	}

	// "flew 5,000 people out of the city"
	if p.i < len(right) && right[p.i].Low == "out" && v.measureFlewBefore(left) {
		return Evacuated, subject
	}

	// A partitive with a verb of its own ("four of whom are accused")
	// is its own clause: no verb before it governs it.
	if p.partitive && len(p.np) == 0 && p.i < len(right) && right[p.i].kind == tWord && !v.isAdverb(right[p.i].Low) {
		ownVerb = true
	}

	// "the bodies of 1,127 people have been pulled from the rubble": the
	// verb is the head noun's, and the noun measures the figure.
	if m := v.ofHead(left); m != "" {
		return m, subject
	}

	// 4. Nearest measure word to the left, within the clause.
	if !ownVerb {
		if m, tollSubj := v.leftScan(left, p.head, hostageAfter(p, right)); m != "" {
			if subject == "" && len(p.np) == 0 {
				subject = tollSubj
			}
			return m, subject
		}
	}

	// 5. The counted noun.
	return v.countedNoun(p.head, subject)
}

// unitMeasure applies the first rule of Of: a unit written in or right
// after the figure (percent, currency, a glued suffix), or an age at death.
// ok reports that the rule decided, possibly on "".
func (v *Vocab) unitMeasure(figText string, fig, left, right []mtok) (measure string, ok bool) {
	last := fig[len(fig)-1]
	if last.Low == "%" || last.Low == "percent" || last.Low == "pc" || last.Low == "cent" && len(fig) > 1 && fig[len(fig)-2].Low == "per" {
		return v.percentOf(right, 0), true
	}
	if len(right) > 0 {
		switch {
		case right[0].Low == "%" || right[0].Low == "percent" || right[0].Low == "pct":
			return v.percentOf(right, 1), true
		case right[0].Low == "per" && len(right) > 1 && right[1].Low == "cent":
			return v.percentOf(right, 2), true
		}
	}
	if c := currencyOf(figText); c != "" {
		return c, true
	}
	// A suffix glued to the figure: "50th", "12km".
	if len(right) > 0 && right[0].Start == last.End && right[0].kind == tWord {
		switch g := right[0].Low; {
		case g == "st" || g == "nd" || g == "rd" || g == "th":
			return "", true
		case v.unitNouns[g] || v.unitNouns[v.singular(g)]:
			return v.singular(g), true
		}
	}
	// Age at death: "died at 62".
	if n := len(left); n >= 2 && left[n-1].Low == "at" {
		if v.ageAtDeathVerbs[left[n-2].Low] {
			return "", true
		}
	}
	return "", false
}

// phrase is the noun phrase of a figure.
type phrase struct {
	np        []mtok // the noun phrase, possibly the figure's own words
	i         int    // index in the right context after the noun phrase
	partitive bool   // "five of whom": the figure is part of a count before it
	head      string // the last word of np, lower case, or ""
}

// readPhrase reads the noun phrase after the figure. A figure written with
// its noun ("three children") gives the noun itself.
func (v *Vocab) readPhrase(fig, right []mtok) phrase {
	var p phrase
	last := fig[len(fig)-1]
	i := v.skipMultipliers(right, 0)
	// "five of whom were freed", "ten of them children": the figure is a
	// part of a count named before it.
	if i > 0 && i < len(right) && right[i-1].Low == "of" && v.measurePartitive[right[i].Low] {
		p.partitive = true
		i++
	}
	np := v.nounPhrase(right, i)
	// A phrase that starts with a verb and holds no plural is the
	// figure's own predicate, not its noun: "the four appeared late
	// Sunday", "the two charged with murder".
	verbStart := len(np) > 0 && v.measureVerbStart(np[0].Low) && !v.measureHasPlural(np)
	if verbStart {
		np = np[:0]
	}
	if len(np) == 0 && !verbStart && last.kind == tWord && !v.qualifierWords[last.Low] {
		np = fig[len(fig)-1:]
		i = 0
		if len(fig) > 1 && fig[len(fig)-2].kind == tWord && !v.qualifierWords[fig[len(fig)-2].Low] {
			np = fig[len(fig)-2:]
		}
	} else {
		i += len(np)
	}
	p.np, p.i = np, i
	if len(np) > 0 {
		p.head = np[len(np)-1].Low
	}
	return p
}

// ageInApposition reports an age written between commas after a name:
// "Ali, 32, said".
func (v *Vocab) ageInApposition(np, left, right []mtok) bool {
	if len(np) == 0 && len(left) >= 2 && left[len(left)-1].kind == tComma &&
		(len(right) == 0 || right[0].kind != tWord) {
		p := left[len(left)-2]
		return p.kind == tWord && isUpper(p.text) && v.leftMeasure[p.Low] == ""
	}
	return false
}

// headNounMeasure applies the third rule of Of: a measure noun heading the
// noun phrase ("84 deaths"). ok reports that the rule decided.
func (v *Vocab) headNounMeasure(p phrase, left, right []mtok, subject string) (measure, subj string, ok bool) {
	if p.head == "" {
		return "", "", false
	}
	m, ok := v.headMeasure[p.head]
	if !ok {
		return "", "", false
	}
	if p.head == "lives" && (v.savedBefore(left) || v.savedAfter(right, p.i)) {
		return "life", "", true
	}
	// "31 bodies" are dead, "20 public bodies" are not.
	if p.head == "bodies" && len(v.trimModifiers(p.np)) > 1 {
		return "body", subject, true
	}
	return m, "", true
}

// ofHead returns the measure of the noun right before an "of" that ends
// the left context, past the qualifiers left out of the figure's span
// ("the bodies of more than 40 people", "a crowd of about 22,000"), or "".
func (v *Vocab) ofHead(left []mtok) string {
	for k := len(left) - 1; k >= 1 && k >= len(left)-4; k-- {
		switch {
		case left[k].Low == "of":
			if left[k-1].kind != tWord {
				return ""
			}
			return v.ofHeads[left[k-1].Low]
		case !v.qualifierWords[left[k].Low]:
			return ""
		}
	}
	return ""
}

// treatedFor reports whether "treated" stands right before the figure and
// "for" an injury right after its noun phrase (right[i]).
func treatedFor(left, right []mtok, i int) bool {
	n := len(left)
	return n > 0 && left[n-1].Low == "treated" && i+1 < len(right) && right[i].Low == "for" && hurtNoun(right[i+1].Low)
}

// amongBefore returns the measure of the noun of "among the dead were"
// (or "was") right before the figure: the figure counts some of them.
func (v *Vocab) amongBefore(left []mtok) string {
	n := len(left)
	if n < 4 || !v.beForms[left[n-1].Low] || left[n-3].Low != "the" || left[n-4].Low != "among" {
		return ""
	}
	w := left[n-2].Low
	if m := v.headMeasure[w]; m != "" {
		return m
	}
	return v.participles[w]
}

// aboardAfter reports whether the words from right[i], after a figure's
// noun phrase, say the counted are on a vehicle: "aboard", "onboard", "on
// board".
func aboardAfter(right []mtok, i int) bool {
	if i >= len(right) {
		return false
	}
	switch right[i].Low {
	case "aboard", "onboard":
		return true
	case "on":
		return i+1 < len(right) && right[i+1].Low == "board"
	}
	return false
}

// hostageAfter reports whether the figure counts hostages or captives.
func hostageAfter(p phrase, right []mtok) bool {
	return p.i < len(right) && (right[p.i].Low == "hostage" || right[p.i].Low == "captive") ||
		p.head == "hostages" || p.head == "captives"
}

// countedNoun applies the last rule of Of: the counted noun, in the
// singular, with the nouns that only say "persons" as "people" and a thing
// counted under another name as that name ("houses" as "home").
func (v *Vocab) countedNoun(head, subject string) (measure, subj string) {
	if head == "" {
		return "", ""
	}
	if g, ok := v.genericPerson[head]; ok {
		return g, ""
	}
	one := v.singular(head)
	if s, ok := v.thingSynonyms[one]; ok {
		return s, subject // "37,312 houses destroyed", "60,000 homes destroyed"
	}
	return one, subject
}

package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Measure vocabulary: what a count is of when a verb or a noun of the
// sentence says more than the counted noun.
const (
	MeasureKilled    = "killed"
	MeasureInjured   = "injured"
	MeasureMissing   = "missing"
	MeasureArrested  = "arrested"
	MeasureDisplaced = "displaced"
	MeasureEvacuated = "evacuated"
	MeasureExecuted  = "executed"
)

// MeasureOf returns what the figure at span [start, end) of sentence counts.
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
// Offsets out of range are clamped; an empty span gives "", "". MeasureOf
// never panics, whatever the input (including invalid UTF-8).
func MeasureOf(sentence string, start, end int) (measure, subject string) {
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
	fig := measureTokenize(sentence, start, end, fbuf[:0], false)
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
	left := measureTokenize(sentence, lo, start, lbuf[:0], true)
	hi := end + rightWindow
	if hi > len(sentence) {
		hi = len(sentence)
	}
	// A hyphen right after the figure makes a compound: "32-year-old",
	// "a 10-day truce".
	if end+1 < len(sentence) && sentence[end] == '-' && isLetterByte(sentence[end+1]) {
		return compoundMeasure(sentence, end+1), ""
	}
	right := measureTokenize(sentence, end, hi, rbuf[:0], false)
	return analyse(sentence[start:end], fig, left, right)
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

type mTokKind uint8

const (
	tWord  mTokKind = iota // letters, possibly with digits, hyphens, apostrophes
	tNum                   // digits or a number word
	tComma                 // ,
	tBound                 // clause boundary: ; : — ( ) quotes . ! ?
	tPunct                 // any other symbol (% $ £ € …)
)

type mtok struct {
	text       string // as written
	low        string // lower case
	start, end int    // byte offsets in the sentence
	kind       mTokKind
}

// isNumberWord reports whether w is a number word, hyphenated ones
// included ("forty-two").
func isNumberWord(w string) bool {
	if numberWords[w] {
		return true
	}
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	for w != "" {
		part := w
		k := strings.IndexByte(w, '-')
		if k >= 0 {
			part, w = w[:k], w[k+1:]
		} else {
			w = ""
		}
		if !numberWords[part] {
			return false
		}
	}
	return true
}

func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// compoundMeasure reads the word after "N-": "year-old" is an age (""),
// "day" in "10-day" is a unit.
func compoundMeasure(s string, i int) string {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		j += n
	}
	w := lower(s[i:j])
	if strings.Contains(w, "-old") {
		return ""
	}
	if k := strings.IndexByte(w, '-'); k >= 0 {
		w = w[:k]
	}
	if w == "" {
		return ""
	}
	if g, ok := genericPerson[w]; ok {
		return g
	}
	return singular(w)
}

// tokenize appends the tokens of s[from:to] to buf. With keepLast, a full
// buffer drops its oldest half and goes on (the left context wants the
// tokens nearest the figure); without, tokenizing stops when buf is full.
func measureTokenize(s string, from, to int, buf []mtok, keepLast bool) []mtok {
	i := from
	for i < to {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:to])
		}
		if r == ' ' || unicode.IsSpace(r) {
			i += n
			continue
		}
		if len(buf) == cap(buf) {
			if !keepLast {
				return buf
			}
			h := len(buf) / 2
			copy(buf, buf[h:])
			buf = buf[:len(buf)-h]
		}
		if isAlnum(r) {
			j := wordEnd(s, i, to)
			t := mtok{text: s[i:j], start: i, end: j, kind: tWord}
			t.low = lower(t.text)
			if unicode.IsDigit(r) || isNumberWord(t.low) {
				t.kind = tNum
			}
			buf = append(buf, t)
			i = j
			continue
		}
		t := mtok{text: s[i : i+n], low: s[i : i+n], start: i, end: i + n, kind: tPunct}
		switch r {
		case ',':
			t.kind = tComma
		case ';', ':', '—', '(', ')', '[', ']', '"', '“', '”', '«', '»', '!', '?', '…', '‘', '’', '\'':
			t.kind = tBound
		case '.':
			t.kind = tBound
		case '–', '-', '‒', '―':
			// A dash between spaces separates clauses; a hyphen glued to
			// a word does not.
			if i > 0 && i+n < len(s) && s[i-1] == ' ' && s[i+n] == ' ' || r != '-' {
				t.kind = tBound
			}
		}
		buf = append(buf, t)
		i += n
	}
	return buf
}

// isAlnum reports whether r is a letter or a digit, ASCII first.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by . , ' ’ - when a letter or digit follows (1,674  1.5  U.S.
// IS-K  Afghanistan’s  forty-two).
func wordEnd(s string, i, to int) int {
	j := i
	dotted := false
	for j < to {
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:to])
		}
		if isAlnum(r) {
			j += n
			continue
		}
		if r == '.' || r == ',' || r == '\'' || r == '’' || r == '-' {
			if j+n < to {
				r2, _ := utf8.DecodeRuneInString(s[j+n : to])
				if r == ',' {
					if unicode.IsDigit(r2) && j > i && s[j-1] >= '0' && s[j-1] <= '9' {
						j += n
						continue
					}
					break
				}
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					if r == '.' {
						dotted = true
					}
					j += n
					continue
				}
			}
			// "U.S." keeps its last dot.
			if r == '.' && dotted {
				j += n
			}
			break
		}
		break
	}
	return j
}

// lower lower-cases s, without allocating when s has no upper case ASCII
// letter and is ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

func analyse(figText string, fig, left, right []mtok) (measure, subject string) {
	// 1. Units written in or right after the figure.
	last := fig[len(fig)-1]
	if last.low == "%" || last.low == "percent" || last.low == "pc" || last.low == "cent" && len(fig) > 1 && fig[len(fig)-2].low == "per" {
		return percentOf(right, 0), ""
	}
	if len(right) > 0 {
		switch {
		case right[0].low == "%" || right[0].low == "percent" || right[0].low == "pct":
			return percentOf(right, 1), ""
		case right[0].low == "per" && len(right) > 1 && right[1].low == "cent":
			return percentOf(right, 2), ""
		}
	}
	if c := currencyOf(figText); c != "" {
		return c, ""
	}
	// A suffix glued to the figure: "50th", "12km".
	if len(right) > 0 && right[0].start == fig[len(fig)-1].end && right[0].kind == tWord {
		switch g := right[0].low; {
		case g == "st" || g == "nd" || g == "rd" || g == "th":
			return "", ""
		case unitNouns[g] || unitNouns[singular(g)]:
			return singular(g), ""
		}
	}
	// Age at death: "died at 62".
	if n := len(left); n >= 2 && left[n-1].low == "at" {
		switch left[n-2].low {
		case "died", "dies", "die", "dying", "killed", "retired", "retires":
			return "", ""
		}
	}

	// The noun phrase after the figure. A figure written with its noun
	// ("three children") gives the noun itself.
	i := skipMultipliers(right, 0)
	// "five of whom were freed", "ten of them children": the figure is a
	// part of a count named before it.
	partitive := false
	if i > 0 && i < len(right) && right[i-1].low == "of" && measurePartitive[right[i].low] {
		partitive = true
		i++
	}
	np := nounPhrase(right, i)
	// A phrase that starts with a verb and holds no plural is the
	// figure's own predicate, not its noun: "the four appeared late
	// Sunday", "the two charged with murder".
	verbStart := len(np) > 0 && measureVerbStart(np[0].low) && !measureHasPlural(np)
	if verbStart {
		np = np[:0]
	}
	if len(np) == 0 && !verbStart && last.kind == tWord && !qualifierWords[last.low] {
		np = fig[len(fig)-1:]
		i = 0
		if len(fig) > 1 && fig[len(fig)-2].kind == tWord && !qualifierWords[fig[len(fig)-2].low] {
			np = fig[len(fig)-2:]
		}
	} else {
		i += len(np)
	}
	head := ""
	if len(np) > 0 {
		head = np[len(np)-1].low
	}

	if head != "" {
		if unitNouns[head] || unitNouns[singular(head)] {
			return singular(head), ""
		}
		if strings.HasSuffix(head, "-old") {
			return "", ""
		}
	}
	subject = subjectOf(np)

	// Age in apposition: "Ali, 32, said".
	if len(np) == 0 && len(left) >= 2 && left[len(left)-1].kind == tComma &&
		(len(right) == 0 || right[0].kind != tWord) {
		p := left[len(left)-2]
		if p.kind == tWord && isUpper(p.text) && leftMeasure[p.low] == "" {
			return "", ""
		}
	}

	// 2. Participle or adjective after the noun phrase.
	m, ownVerb := passiveAfter(right, i, head)
	if m != "" {
		return m, subject
	}

	// 3. Measure noun as head.
	if head != "" {
		if m, ok := headMeasure[head]; ok {
			if head == "lives" && savedBefore(left) {
				return "life", ""
			}
			// "31 bodies" are dead, "20 public bodies" are not.
			if head == "bodies" && len(trimModifiers(np)) > 1 {
				return "body", subject
			}
			return m, ""
		}
	}

	// "flew 5,000 people out of the city"
	if i < len(right) && right[i].low == "out" && measureFlewBefore(left) {
		return MeasureEvacuated, subject
	}

	// A partitive with a verb of its own ("four of whom are accused")
	// is its own clause: no verb before it governs it.
	if partitive && len(np) == 0 && i < len(right) && right[i].kind == tWord && !isAdverb(right[i].low) {
		ownVerb = true
	}

	// 4. Nearest measure word to the left, within the clause.
	hostage := i < len(right) && (right[i].low == "hostage" || right[i].low == "captive") ||
		head == "hostages" || head == "captives"
	if !ownVerb {
		if m, tollSubj := leftScan(left, head, hostage); m != "" {
			if subject == "" && len(np) == 0 {
				subject = tollSubj
			}
			return m, subject
		}
	}

	// 5. The counted noun.
	if head == "" {
		return "", ""
	}
	if g, ok := genericPerson[head]; ok {
		return g, ""
	}
	return singular(head), subject
}

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

func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// skipMultipliers skips "million", "dozen", "of", "of the" after a figure.
func skipMultipliers(t []mtok, i int) int {
	for i < len(t) {
		switch {
		case t[i].kind == tNum && multiplierWords[t[i].low]:
			i++
		case t[i].low == "of":
			i++
			if i < len(t) && (t[i].low == "the" || t[i].low == "those" || t[i].low == "these" || possessives[t[i].low]) {
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
func nounPhrase(t []mtok, i int) []mtok {
	j := i
	for j < len(t) && j-i < npLimit {
		w := t[j]
		if w.kind != tWord || npStop[w.low] || participles[w.low] != "" || isAdverb(w.low) ||
			measureCalendar[w.low] && isUpper(w.text) {
			break
		}
		j++
	}
	np := t[i:j]
	// A count modifies a plural: the first plural ends the phrase
	// ("1.5 million Tajik migrants work in Russia").
	for k := range np {
		if isPlural(np[k].low) && k+1 < len(np) {
			np = np[:k+1]
			break
		}
	}
	for len(np) > 1 && strings.HasSuffix(np[len(np)-1].low, "ed") {
		np = np[:len(np)-1]
	}
	return np
}

// isPlural guesses whether a lower-case word is a plural noun.
func isPlural(w string) bool {
	switch w {
	case "people", "children", "men", "women", "feet", "teeth", "mice", "troops":
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

func isAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !notAdverb[w]
}

// trimModifiers drops "other", "more", … from the front of a noun phrase.
func trimModifiers(np []mtok) []mtok {
	for len(np) > 0 && npModifiers[np[0].low] {
		np = np[1:]
	}
	return np
}

// subjectOf writes the noun phrase as a subject, or "" when it says
// nothing about who is counted.
func subjectOf(np []mtok) string {
	np = trimModifiers(np)
	if len(np) == 0 {
		return ""
	}
	head := np[len(np)-1].low
	if _, ok := genericPerson[head]; ok {
		return ""
	}
	if _, ok := headMeasure[head]; ok && (head != "bodies" || len(np) == 1) {
		return ""
	}
	if unitNouns[singular(head)] || measurePronouns[head] {
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

// passiveAfter looks for a measure participle after the noun phrase ending
// at t[i], past auxiliaries and adverbs: "were killed", "have been
// confirmed dead", "remain missing", "are in custody". ownVerb reports a
// passive of another verb ("30 rockets were found"): the figure is then the
// subject of its own clause and no verb before it governs it.
func passiveAfter(t []mtok, i int, head string) (measure string, ownVerb bool) {
	passive := false
	prevVerb := false // a participle was passed
	for k := i; k < len(t) && k-i <= chainLimit; k++ {
		w := t[k]
		if w.kind != tWord {
			return "", passive && prevVerb
		}
		if (w.low == "flown" || w.low == "flew") && k+1 < len(t) && t[k+1].low == "out" {
			return MeasureEvacuated, false
		}
		if m := participles[w.low]; m != "" {
			if w.low == "held" && k+1 < len(t) && (t[k+1].low == "hostage" || t[k+1].low == "captive") {
				return "", true
			}
			// "were held" is an arrest, "has held on" is not; jobs that
			// "disappeared" are not missing people.
			if w.low == "held" && !passive || w.low == "disappeared" && head != "" && !personish(head) {
				return "", false
			}
			if !passive && transitive[w.low] && k+1 < len(t) && takesObject(t[k+1]) {
				return "", false // active voice: "3 gunmen killed 5 people"
			}
			return m, false
		}
		if beForms[w.low] {
			passive = true
			continue
		}
		// A place after a preposition: "30,000 people in Derna had been
		// displaced".
		if !passive && k > i && isTitleCase(w.text) && (prepositions[t[k-1].low] || t[k-1].low == "of" || isTitleCase(t[k-1].text)) {
			continue
		}
		if !passive && w.low == "of" && k+1 < len(t) && t[k+1].kind == tWord && isTitleCase(t[k+1].text) {
			continue
		}
		// A short prepositional phrase before the verb: "14 people from
		// the stricken plane were injured".
		if !passive && (prepositions[w.low] || w.low == "at" || w.low == "of") {
			if j := measureBeAhead(t, k+1); j > 0 {
				k = j - 1
				continue
			}
		}
		// "14 passengers were treated for injuries"
		if passive && w.low == "treated" && k+2 < len(t) && t[k+1].low == "for" && (t[k+2].low == "injuries" || t[k+2].low == "wounds") {
			return MeasureInjured, false
		}
		if chainPass[w.low] || isAdverb(w.low) {
			prevVerb = prevVerb || participleLike(w.low)
			continue
		}
		return "", passive && (prevVerb || participleLike(w.low))
	}
	return "", passive && prevVerb
}

// measureBeAhead returns the index of a form of "to be" at most five plain
// words after t[from], or 0 when there is none.
func measureBeAhead(t []mtok, from int) int {
	for j := from; j < len(t) && j < from+6; j++ {
		if t[j].kind != tWord {
			return 0
		}
		if beForms[t[j].low] {
			return j
		}
		adjective := j > from && determiners[t[j-1].low] // "the derailed train"
		if !adjective && (participles[t[j].low] != "" || isVerbish(t[j].low) && !prepositions[t[j].low] && !determiners[t[j].low]) {
			return 0
		}
	}
	return 0
}

// participleLike guesses a past participle or gerund: "found", "seized".
func participleLike(w string) bool {
	if irregularVerbs[w] || chainParticiples[w] {
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// takesObject reports whether t starts the object of an active verb.
func takesObject(t mtok) bool {
	return t.kind == tNum || determiners[t.low] || measurePronouns[t.low]
}

// savedBefore reports whether a "save" verb precedes "N lives".
func savedBefore(left []mtok) bool {
	for k := len(left) - 1; k >= 0 && k >= len(left)-3; k-- {
		switch left[k].low {
		case "saved", "save", "saves", "saving":
			return true
		}
	}
	return false
}

// leftScan returns the measure of the nearest measure word to the left of
// the figure within its clause, or "". When the figure is the complement
// of a toll ("the number of Afghans killed in the blast stood at 170"),
// tollSubj is the toll's counted noun as a subject ("Afghans").
//
// A bare "to N" or "at N" makes the figure a toll's complement across
// any number of prepositional phrases ("lowered the death toll from the
// bombings in the city of Kerman to 84"), but then only a toll noun
// ("toll", "the number of dead", "the number of people injured") may
// govern it: "killed a guard in the square at 6 pm" is no toll.
//
// A sub-count marker ("including", "among them") followed by a
// determiner or quantifier before the figure ("including the four men",
// "among them all four of the gunmen") names a group the story counts on
// its own: the figure does not inherit the verb before the marker. A bare
// listing ("including three children") does.
func leftScan(left []mtok, head string, hostage bool) (measure, tollSubj string) {
	copula := false
	bare := false // copula only by a bare "to"/"at" before the figure
	n := 0
	// A qualifier left out of the figure's span ("as many as") is part of
	// the figure; an "as" that is not one is a conjunction ("..., as
	// thousands of mourners gathered").
	end := len(left)
	for end > 0 && end > len(left)-4 && qualifierWords[left[end-1].low] {
		if left[end-1].low == "as" && !measureAsQualifier(left, end-1) {
			break
		}
		end--
	}
	if end == len(left)-1 && (left[end].low == "to" || left[end].low == "at") {
		copula, bare = true, true
	}
	for k := end - 1; k >= 0 && (n < leftLimit || copula && n < tollLimit); k-- {
		t := left[k]
		n++
		switch t.kind {
		case tBound:
			return "", ""
		case tComma:
			// A toll's subject does not run across a comma: "IS-K, which
			// killed 13 soldiers in 2021, is a group of 3,000".
			if copula {
				return "", ""
			}
			continue
		case tNum:
			// Nor across another figure: "children will die before 2015
			// and budgets are half their 1960 levels".
			if copula {
				return "", ""
			}
			continue
		case tPunct:
			continue
		}
		w := t.low
		if copula && w == "and" {
			return "", ""
		}
		// "flew out 5,000 people"
		if w == "out" && k > 0 && (left[k-1].low == "flew" || left[k-1].low == "flown" || left[k-1].low == "flying") {
			return MeasureEvacuated, ""
		}
		// A capitalised word inside the sentence is a name or a title
		// ("Die Hard 2", "Shaun of the Dead"), not a verb.
		if k > 0 && isTitleCase(t.text) && left[k-1].kind != tBound {
			continue
		}
		m := leftMeasure[w]
		if copula && w == "missing" {
			// "the number of people missing rose to 40"; elsewhere a
			// "missing" before a figure is a verb ("missing 14 players").
			m = MeasureMissing
		}
		if m != "" {
			if ambiguous[w] && (hostage || !personish(head)) {
				return "", ""
			}
			if w == "lives" && savedBefore(left[:k]) {
				return "", ""
			}
			// "those who were arrested had 5 guns": a passive participle
			// governs only a figure right after it.
			if k > 0 && beForms[left[k-1].low] && !adjacent(left[k+1:]) && participles[w] != "" && !copula {
				return "", ""
			}
			if bare && !measureTollPhrase(left, k) {
				return "", ""
			}
			if copula {
				tollSubj = measureTollSubject(left, k)
			}
			return m, tollSubj
		}
		switch {
		case copula && (w == "that" || w == "which" || w == "who"):
			// A toll's subject may hold a relative clause: "the death toll
			// from the floods that devastated Derna has climbed to 11,300".
			continue
		case leftStop[w]:
			return "", ""
		case measureSubMarkers[w] && measureDefiniteRef(left[k+1:]):
			return "", ""
		case tollVerbs[w]:
			copula = true
			if !measureWeakToll[w] {
				bare = false
			}
		case prepositions[w]:
			if !copula {
				return "", ""
			}
		case isVerbish(w) && !copula:
			// A toll's subject may hold participles and -ing nouns: "the
			// number of people injured in the bombing rose to 40".
			return "", ""
		}
	}
	return "", ""
}

// measureAsQualifier reports whether the "as" at left[j] belongs to "as
// many as", "as much as", "as few as", … rather than being a conjunction.
func measureAsQualifier(left []mtok, j int) bool {
	if j+1 < len(left) && measureAsWords[left[j+1].low] {
		return true
	}
	return j > 0 && measureAsWords[left[j-1].low]
}

// measureTollPhrase reports whether the measure word left[k] is, or ends,
// a toll noun phrase: "toll", "the number of dead", "the total number of
// Afghans killed".
func measureTollPhrase(left []mtok, k int) bool {
	if left[k].low == "toll" || left[k].low == "tolls" {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-npLimit-2; j-- {
		if left[j].kind != tWord {
			return false
		}
		if measureTollNouns[left[j].low] {
			return true
		}
	}
	return false
}

// measureTollSubject returns the counted noun of a toll ending at the
// measure word left[k]: "the number of US soldiers killed" → "US
// soldiers"; "" when there is none or it says only "people".
func measureTollSubject(left []mtok, k int) string {
	j := k - 1
	for j >= 0 && k-1-j < npLimit && left[j].kind == tWord && left[j].low != "of" {
		j--
	}
	if j < 1 || j == k-1 || left[j].low != "of" || !measureTollNouns[left[j-1].low] {
		return ""
	}
	np := left[j+1 : k]
	for _, w := range np {
		if npStop[w.low] || isVerbish(w.low) {
			return ""
		}
	}
	return subjectOf(np)
}

// measureDefiniteRef reports whether the words between a sub-count marker
// and the figure hold a determiner or quantifier ("the", "all", "both"),
// past "them"/"whom".
func measureDefiniteRef(between []mtok) bool {
	ref := false
	for _, t := range between {
		switch {
		case t.kind != tWord:
			return false
		case t.low == "them" || t.low == "whom":
		case measureRefWords[t.low]:
			ref = true
		default:
			return false
		}
	}
	return ref
}

// measureFlewBefore reports whether a form of "fly" stands right before
// the figure, past the qualifiers left out of its span.
func measureFlewBefore(left []mtok) bool {
	k := len(left) - 1
	for k >= 0 && k > len(left)-4 && qualifierWords[left[k].low] {
		k--
	}
	if k < 0 {
		return false
	}
	switch left[k].low {
	case "flew", "flown", "fly", "flies", "flying":
		return true
	}
	return false
}

// measureVerbStart guesses a past tense or participle starting a phrase
// after a figure: "appeared", "met", "charged" (not "meeting").
func measureVerbStart(w string) bool {
	if unitNouns[w] {
		return false // "100 trillion won"
	}
	return irregularVerbs[w] || chainParticiples[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// measureHasPlural reports whether a phrase holds a plural noun.
func measureHasPlural(np []mtok) bool {
	for _, w := range np {
		if isPlural(w.low) {
			return true
		}
	}
	return false
}

// adjacent reports whether only punctuation and "including" stand between
// a word and the figure.
func adjacent(between []mtok) bool {
	for _, t := range between {
		if t.kind == tWord && t.low != "including" && t.low != "among" && t.low != "them" {
			return false
		}
	}
	return true
}

// isVerbish guesses a verb that is not a measure: -ed and -ing words and
// common irregular verbs.
func isVerbish(w string) bool {
	if passWords[w] {
		return false
	}
	if irregularVerbs[w] {
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// personish reports whether a head noun names people.
func personish(head string) bool {
	if _, ok := genericPerson[head]; ok {
		return true
	}
	return personNouns[singular(head)]
}

// percentOf returns the noun after "of" following a percent figure: "40
// percent of the population" → "population"; a proper noun gives "".
func percentOf(t []mtok, i int) string {
	if i >= len(t) || t[i].low != "of" {
		return ""
	}
	i++
	for i < len(t) && (determiners[t[i].low] || possessives[t[i].low] || strings.HasSuffix(t[i].low, "'s") || strings.HasSuffix(t[i].low, "’s")) {
		i++
	}
	np := nounPhrase(t, i)
	if len(np) == 0 {
		return ""
	}
	h := np[len(np)-1]
	if isUpper(h.text) {
		return ""
	}
	if g, ok := genericPerson[h.low]; ok {
		return g
	}
	return singular(h.low)
}

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
func singular(w string) string {
	if s, ok := irregularPlurals[w]; ok {
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

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func measureMap(groups map[string][]string) map[string]string {
	m := make(map[string]string)
	for measure, words := range groups {
		for _, w := range words {
			m[w] = measure
		}
	}
	return m
}

var (
	numberWords = set("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
		"ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens",
		"hundreds", "thousands", "millions", "billions", "scores", "half", "m", "bn", "k")

	multiplierWords = set("hundred", "thousand", "million", "billion", "trillion", "dozen",
		"hundreds", "thousands", "millions", "billions", "dozens", "m", "bn", "k")

	qualifierWords = set("at", "least", "more", "than", "over", "about", "around", "nearly", "almost",
		"some", "up", "to", "as", "many", "much", "fewer", "less", "under", "below", "above",
		"roughly", "approximately", "estimated", "an", "a", "just", "no", "or", "and", "between",
		"exceeding", "most", "upwards", "of", "the", "only", "another", "total")

	// participles are the measure words that may follow a figure and its
	// noun: "130 people were killed", "60 wounded", "15 remain missing".
	participles = measureMap(map[string][]string{
		MeasureKilled: {"killed", "dead", "died", "die", "dies", "dying", "perished", "slain",
			"murdered", "massacred", "drowned"},
		MeasureInjured:   {"injured", "wounded", "hurt", "hospitalised", "hospitalized"},
		MeasureMissing:   {"missing", "unaccounted", "disappeared"},
		MeasureArrested:  {"arrested", "detained", "held", "custody", "apprehended", "jailed"},
		MeasureDisplaced: {"displaced", "homeless", "fled", "uprooted"},
		MeasureEvacuated: {"evacuated", "airlifted"},
		MeasureExecuted:  {"executed", "hanged"},
	})

	// transitive participles read as active verbs when an object follows.
	transitive = set("killed", "murdered", "massacred", "injured", "wounded", "hurt", "arrested",
		"detained", "held", "apprehended", "jailed", "displaced", "evacuated",
		"airlifted", "executed", "hanged")

	// headMeasure maps measure nouns heading the noun phrase: "84 deaths".
	headMeasure = measureMap(map[string][]string{
		MeasureKilled:    {"deaths", "death", "fatalities", "fatality", "lives", "bodies", "dead", "killings"},
		MeasureInjured:   {"injuries", "injured", "wounded"},
		MeasureMissing:   {"missing"},
		MeasureArrested:  {"arrests", "detentions", "detainees"},
		MeasureDisplaced: {"displaced"},
		MeasureEvacuated: {"evacuations", "evacuees"},
		MeasureExecuted:  {"executions"},
	})

	// leftMeasure maps measure words that govern a figure after them.
	leftMeasure = measureMap(map[string][]string{
		MeasureKilled: {"killed", "kill", "kills", "killing", "killings", "dead", "died", "die",
			"dies", "dying", "death", "deaths", "toll", "lives", "fatalities", "bodies", "perished",
			"slain", "slaying", "murdered", "murdering", "murder", "murders", "massacred",
			"massacring", "massacre"},
		MeasureInjured: {"injured", "injure", "injures", "injuring", "injury", "injuries",
			"wounded", "wound", "wounds", "wounding", "hurt", "hurting"},
		MeasureMissing: {"disappearance", "disappearances"},
		MeasureArrested: {"arrested", "arrest", "arrests", "arresting", "detained", "detain",
			"detains", "detaining", "detention", "held", "holding", "custody", "apprehended",
			"captured", "capturing", "jailed", "jailing"},
		MeasureDisplaced: {"displaced", "displacing", "displace", "displaces", "displacement", "uprooted", "uprooting"},
		MeasureEvacuated: {"evacuated", "evacuate", "evacuates", "evacuating", "evacuation",
			"evacuations", "airlifted", "airlift", "airlifts", "airlifting"},
		MeasureExecuted: {"executed", "execute", "executes", "executing", "execution",
			"executions", "hanged", "hanging"},
	})

	// ambiguous measure verbs count people only: "held 11 suspects" but
	// not "held 3 rallies".
	ambiguous = set("held", "holding", "captured", "capturing", "hanging", "wound", "wounds",
		"hurt", "hurting")

	chainParticiples = set("found", "taken", "left", "shot", "known", "thought", "seen",
		"given", "sent", "brought", "put", "held", "built", "sold", "won", "lost")

	beForms = set("were", "was", "are", "is", "been", "being", "be", "am")

	// chainPass may stand between a noun phrase and its participle.
	chainPass = set("who", "that", "have", "has", "had", "will", "would", "may", "might", "could",
		"should", "must", "also", "now", "still", "later", "since", "reportedly", "remain",
		"remained", "remains", "confirmed", "reported", "feared", "believed", "thought",
		"presumed", "said", "known", "listed", "declared", "pronounced", "found", "left",
		"to", "taken", "into", "in", "placed", "under", "all", "not", "yet", "either",
		"eventually", "subsequently", "shot", "been", "got", "became", "become", "among", "the",
		"those", "as", "officially", "recorded", "registered")

	determiners = set("a", "an", "the", "this", "that", "these", "those", "his", "her", "its",
		"their", "our", "my", "your", "some", "all", "at", "more", "over", "about", "around",
		"nearly", "almost", "least", "no", "dozens", "hundreds", "thousands", "scores")

	possessives = set("his", "her", "its", "their", "our", "my", "your")

	measurePronouns = set("them", "him", "her", "it", "us", "me", "you", "those", "these", "they", "we", "whom", "each")

	// npStop ends a noun phrase after a figure.
	npStop = set("and", "or", "but", "nor", "of", "in", "on", "at", "by", "for", "from", "with",
		"without", "to", "into", "onto", "near", "during", "after", "before", "since", "until",
		"across", "through", "against", "among", "amid", "between", "per", "than", "as", "like",
		"who", "whom", "whose", "which", "that", "where", "when", "while", "were", "was", "are",
		"is", "be", "been", "being", "am", "have", "has", "had", "will", "would", "may", "might",
		"could", "should", "must", "can", "did", "do", "does", "said", "say", "says", "told",
		"according", "including", "a", "an", "the", "this", "these", "those", "his", "her",
		"its", "their", "our", "remain", "remained", "remains", "also", "not", "each", "apiece",
		"ago", "earlier", "later", "old", "aged", "each", "out", "so", "too", "if", "then",
		"there", "here", "it", "they", "we", "he", "she", "you", "i", "because", "although",
		"though", "whereas", "left", "took", "got", "became", "last", "next")

	// npModifiers are dropped from the front of a subject: "13 other US
	// soldiers" → "US soldiers".
	npModifiers = set("other", "others", "more", "additional", "further", "extra", "fellow", "new", "another")

	genericPerson = map[string]string{
		"people": "people", "persons": "people", "person": "people", "individuals": "people",
		"individual": "people", "others": "people", "other": "people",
	}

	notAdverb = set("family", "rally", "italy", "ally", "belly", "assembly", "supply", "anomaly",
		"july", "monopoly", "butterfly", "bully", "jelly", "lily", "homily", "emily", "kelly",
		"holly", "sally", "molly", "polly", "reilly", "daily", "weekly", "monthly", "yearly",
		"quarterly", "elderly")

	unitNouns = set(
		// time
		"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade",
		"century", "millennium", "term", "season", "fortnight",
		// money
		"dollar", "cent", "euro", "pound", "penny", "pence", "ruble", "rouble", "rupee", "afghani",
		"yuan", "renminbi", "yen", "won", "franc", "lira", "dinar", "riyal", "rial", "toman",
		"somoni", "shekel", "peso", "real", "rand", "naira", "shilling", "krona", "krone", "dirham",
		"hryvnia", "tenge", "manat", "lari", "dram", "taka", "baht", "ringgit", "rupiah", "kyat",
		"sterling", "bitcoin",
		// measures
		"percent", "percentage", "point", "kilometre", "kilometer", "km", "mile", "metre", "meter",
		"m", "foot", "feet", "inch", "centimetre", "centimeter", "cm", "mm", "yard", "acre",
		"hectare", "kilogram", "kg", "gram", "tonne", "ton", "pound", "ounce", "litre", "liter",
		"gallon", "barrel", "degree", "mph", "kph", "kmh", "knot", "megawatt", "gigawatt",
		"kilowatt", "watt", "volt", "calorie", "byte", "megabyte", "gigabyte", "terabyte",
		// areas and places
		"province", "district", "state", "county", "region", "country", "nation", "city", "town",
		"village", "municipality", "governorate", "territory", "oblast", "prefecture", "canton",
		"neighbourhood", "neighborhood", "continent", "island", "capital")

	personNouns = set("civilian", "activist", "blogger", "lawyer", "monk", "priest", "cleric",
		"diplomat", "politician", "candidate", "migrant", "detainee", "convict", "smuggler",
		"trafficker", "dealer", "thief", "robber", "pupil", "driver", "sailor", "soldier", "child", "woman", "man", "boy", "girl", "adult",
		"suspect", "militant", "fighter", "protester", "protestor", "demonstrator", "student",
		"journalist", "reporter", "worker", "migrant", "refugee", "resident", "officer",
		"policeman", "policewoman", "police", "troop", "hostage", "prisoner", "inmate",
		"passenger", "pilot", "crew", "member", "citizen", "national", "tourist", "pilgrim",
		"worshipper", "worshiper", "teacher", "doctor", "nurse", "patient", "activist",
		"opponent", "dissident", "official", "employee", "gunman", "attacker", "bomber",
		"insurgent", "rebel", "jihadist", "extremist", "terrorist", "serviceman",
		"servicewoman", "servicemember", "marine", "sailor", "guard", "villager", "farmer",
		"miner", "fisherman", "victim", "survivor", "spectator", "fan", "concertgoer",
		"asylum-seeker", "leader", "commander", "infant", "baby", "toddler", "teenager",
		"youth", "minor", "elder", "staff", "personnel", "agent", "spy", "colleague",
		"relative", "family", "customer", "shopper", "voter", "supporter", "player", "athlete")

	irregularPlurals = map[string]string{
		"people": "people", "children": "child", "women": "woman", "men": "man", "feet": "foot",
		"teeth": "tooth", "mice": "mouse", "lives": "life", "wives": "wife", "knives": "knife",
		"halves": "half", "wolves": "wolf", "leaves": "leaf", "thieves": "thief", "police": "police",
		"staff": "staff", "personnel": "personnel", "crew": "crew", "series": "series",
		"species": "species", "news": "news", "data": "data", "criteria": "criterion",
		"phenomena": "phenomenon", "media": "media", "crises": "crisis", "analyses": "analysis",
		"theses": "thesis", "bases": "base", "cases": "case", "pence": "pence", "dice": "die",
		"geese": "goose", "oxen": "ox", "troops": "troop", "specimens": "specimen",
		"stamen": "stamen", "omen": "omen", "yemen": "yemen", "abdomen": "abdomen",
		"semen": "semen", "lumen": "lumen", "cattle": "cattle", "sheep": "sheep", "deer": "deer",
		"fish": "fish", "aircraft": "aircraft", "means": "means", "headquarters": "headquarters",
		"whereabouts": "whereabouts", "hostages": "hostage", "sales": "sale", "taxes": "tax",
		"horses": "horse", "houses": "house", "nurses": "nurse", "courses": "course",
		"purposes": "purpose", "responses": "response", "clauses": "clause", "causes": "cause",
		"excuses": "excuse", "uses": "use", "rises": "rise", "noses": "nose", "doses": "dose",
		"vases": "vase", "phases": "phase", "purchases": "purchase", "lenses": "lens",
		"buses": "bus", "gases": "gas", "bonuses": "bonus", "viruses": "virus",
		"campuses": "campus", "censuses": "census", "focuses": "focus", "statuses": "status",
		"corpses": "corpse", "license": "license", "pulses": "pulse", "verses": "verse",
		"curses": "curse", "businesses": "business", "witnesses": "witness", "addresses": "address",
		"heroes": "hero", "shoes": "shoe", "toes": "toe", "foes": "foe", "canoes": "canoe",
		"oboes": "oboe", "tiptoes": "tiptoe", "kilos": "kilo", "photos": "photo",
		"euros": "euro", "pesos": "peso", "afghanis": "afghani", "rupees": "rupee",
		"percent": "percent", "km": "km", "mph": "mph", "kg": "kg",
		"sorties": "sortie", "movies": "movie", "calories": "calorie", "cookies": "cookie",
		"zombies": "zombie", "rookies": "rookie", "goalies": "goalie", "prairies": "prairie",
	}

	// tollVerbs link a toll to its figure: "the death toll from the attack
	// rose to 139", "the number of dead stood at 84".
	tollVerbs = set("rose", "risen", "rise", "rises", "rising", "climbed", "climbs", "climb",
		"climbing", "reached", "reaches", "reach", "reaching", "stood", "stands", "stand",
		"standing", "hit", "hits", "increased", "increases", "jumped", "jumps", "surged",
		"soared", "mounted", "totalled", "totaled", "totals", "total", "numbered", "numbers",
		"is", "was", "are", "were", "been", "now", "to", "at", "put",
		"puts", "bringing", "brought", "brings", "raised", "raising", "revised", "grew", "grown",
		"included", "includes", "include", "exceeded", "exceeds", "topped", "tops", "passed",
		"neared", "nears", "lowered", "lowers", "lowering", "fell", "fallen", "falls",
		"dropped", "declined", "updated", "corrected")

	// measureWeakToll are toll links that are no verb of their own.
	measureWeakToll = set("to", "at", "is", "was", "are", "were", "been", "now")

	// measureTollNouns head a toll phrase: "the number of people killed".
	measureTollNouns = set("toll", "tolls", "number", "numbers", "total", "tally", "count", "figure")

	// measureSubMarkers introduce a part of an earlier count.
	measureSubMarkers = set("including", "included", "includes", "include", "among")

	// measureRefWords make a sub-count a reference to a known group.
	measureRefWords = set("the", "all", "both", "those", "these", "his", "her", "its", "their",
		"our", "my", "your", "each", "every")

	// measurePartitive follow "N of" in a partitive sub-count.
	measurePartitive = set("whom", "them", "which")

	// measureAsWords make "as … as" a qualifier.
	measureAsWords = set("many", "much", "few", "little", "high", "low", "long", "far")

	// measureCalendar are day and month names, never a counted noun when
	// capitalised.
	measureCalendar = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december")

	// passWords are -ed/-ing words that do not end the left scan.
	passWords = set("including", "rising", "climbing", "reaching", "increasing", "standing",
		"bringing", "totalling", "totaling", "numbering", "estimated", "reported", "confirmed",
		"believed", "feared", "climbed", "reached", "increased", "jumped", "surged", "soared",
		"mounted", "raised", "raising", "revised", "updated", "included", "exceeded", "topped",
		"passed", "neared", "totalled", "totaled", "numbered", "officially", "alleged",
		"allegedly", "suspected", "armed", "unarmed", "unidentified", "injured", "wounded",
		"named", "unnamed", "hundred", "reportedly", "among")

	irregularVerbs = set("said", "says", "say", "told", "tells", "tell", "sent", "sends", "took",
		"takes", "gave", "gives", "made", "makes", "found", "finds", "met", "meets", "saw",
		"sees", "got", "gets", "paid", "pays", "won", "wins", "left", "leaves", "went", "goes",
		"came", "comes", "built", "builds", "bought", "buys", "sold", "sells", "wrote",
		"writes", "spent", "spends", "lost", "loses", "cut", "cuts", "ran", "runs", "kept",
		"keeps", "fought", "fights", "led", "leads", "owns", "saved", "save", "saves",
		"destroyed", "damaged", "deployed", "deploys", "deploy", "hosts", "host", "employs",
		"employ", "houses", "produced", "produces", "seized", "seizes", "flew", "fly", "flies")

	// leftStop ends the left scan: subordinators, relatives, reporting
	// words.
	leftStop = set("but", "which", "while", "whereas", "although", "though", "because",
		"when", "where", "whom", "whose", "if", "unless", "as", "that", "according", "than", "so", "yet", "then", "meanwhile", "however",
		"who", "aged", "age", "ages")

	prepositions = set("in", "on", "for", "from", "by", "with", "within", "without", "during",
		"near", "into", "onto", "across", "through", "against", "about", "under", "over",
		"inside", "outside", "throughout", "toward", "towards", "behind", "beyond", "via",
		"per", "amid", "around", "between", "after", "before", "since", "until")
)

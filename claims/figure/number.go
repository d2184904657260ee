package figure

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the number reader: a hand-written tokenizer for one
// sentence, the lexicon of number words and the parser that turns digits,
// words or a mix of both ("1,674", "1.5 million", "forty-two", "one hundred and
// six", "a dozen", "10M") into a value. figure.go builds figures on top of it.

// tokKind is the sort of a token.
type tokKind uint8

const (
	tkWord tokKind = iota + 1 // a run of letters
	tkNum                     // a number written in digits (with its separators)
	tkSym                     // any other single rune
)

// Flags of a number token.
const (
	nComma    uint8 = 1 << iota // thousands separators: 1,674 or 12,34,567
	nDecimal                    // a decimal part: 2.5, .08, 5,00
	nLeadZero                   // written with a leading zero: 01, 007
	nNeg                        // a minus sign is part of the token
	nSpaced                     // thousands separated by spaces: 40 000
	nInSeq                      // part of a dotted sequence: 192.168.1.2
)

// token is one lexical unit of a sentence; start and end are byte offsets.
type token struct {
	start, end int32
	val        float64 // tkNum: the value
	r          rune    // tkSym: the rune
	wi         uint16  // tkWord: lexicon index, 0 when the word is unknown
	kind       tokKind
	upper      bool  // tkWord: begins with an upper-case letter
	nd         uint8 // tkNum: digits written before any separator or point
	nf         uint8 // tkNum: n* flags
}

// flags returns the lexicon flags of a word token (0 for others).
func (t *token) flags() uint32 { return lexiconInfo[t.wi].flags }

// Word classes of the lexicon.
type wclass uint8

const (
	wNone     wclass = iota
	wZero            // zero, nought, naught
	wUnit            // one … nine
	wTeen            // ten … nineteen
	wTens            // twenty … ninety
	wHundred         // hundred
	wBig             // thousand, million, billion, trillion, lakh, crore
	wDozen           // dozen, dozens, dz, doz
	wOrdUnit         // first … ninth
	wOrdTeen         // tenth … nineteenth
	wOrdTens         // twentieth … ninetieth
	wOrdScale        // hundredth, thousandth, millionth, billionth
)

// Word flags of the lexicon.
const (
	fMonth       uint32 = 1 << iota // January, Jan, Sept
	fCurrency                       // dollars, rubles, euros
	fTimeUnit                       // years, months, days, hours
	fPercent                        // percent, pct
	fUnit                           // km, kg, metres: a physical measure
	fYearPrep                       // in, since, until: a plain 4-digit number after it is a year
	fChangeVerb                     // rose, fell: "rose from 10 to 20" is a change, not a range
	fFraction                       // half, quarter, third … as a denominator
	fTimeOfDay                      // am, pm, GMT
	fPhraseStart                    // first word of a qualifier wording
	fVagueStart                     // may open a vague figure: dozens, several
	fNumStart                       // may open a number: a number word, "a", "half", "minus"
)

// wordInfo is what the lexicon knows about a lower-case word.
type wordInfo struct {
	word  string
	val   float64 // number value (class != wNone) or fraction denominator
	class wclass
	flags uint32
}

// lexicon maps lower-case words to indexes of lexiconInfo; built once, never
// modified.
var lexicon, lexiconInfo = buildLexicon()

func buildLexicon() (map[string]uint16, []wordInfo) {
	m := map[string]uint16{}
	info := []wordInfo{{}}
	add := func(w string, class wclass, val float64, flags uint32) {
		if k, ok := m[w]; ok {
			e := &info[k]
			if class != wNone {
				e.class, e.val = class, val
			}
			if flags&fFraction != 0 && val != 0 {
				e.val = val
			}
			e.flags |= flags
			return
		}
		m[w] = uint16(len(info))
		info = append(info, wordInfo{word: w, class: class, val: val, flags: flags})
	}
	for w, v := range map[string]float64{"zero": 0, "nought": 0, "naught": 0} {
		add(w, wZero, v, 0)
	}
	units := []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	for i, w := range units {
		add(w, wUnit, float64(i+1), 0)
	}
	teens := []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range teens {
		add(w, wTeen, float64(i+10), 0)
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		add(w, wTens, float64(20+10*i), 0)
	}
	add("hundred", wHundred, 100, 0)
	for w, v := range map[string]float64{
		"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
		"bn": 1e9, "mn": 1e6, "mln": 1e6, "bln": 1e9, "tln": 1e12, "trn": 1e12,
	} {
		add(w, wBig, v, 0)
	}
	for _, w := range []string{"dozen", "dozens", "dz", "dzs", "doz", "dozs"} {
		add(w, wDozen, 12, 0)
	}
	ordUnits := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	for i, w := range ordUnits {
		add(w, wOrdUnit, float64(i+1), 0)
	}
	ordTeens := []string{"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
	for i, w := range ordTeens {
		add(w, wOrdTeen, float64(i+10), 0)
	}
	ordTens := []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
	for i, w := range ordTens {
		add(w, wOrdTens, float64(20+10*i), 0)
	}
	for w, v := range map[string]float64{"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9} {
		add(w, wOrdScale, v, 0)
	}
	// Fraction denominators: "a half", "two thirds", "one-fourth".
	for w, v := range map[string]float64{
		"half": 2, "halves": 2, "quarter": 4, "quarters": 4, "third": 3, "thirds": 3,
		"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
		"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
		"tenth": 10, "tenths": 10,
	} {
		add(w, wNone, v, fFraction)
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
	for _, w := range months {
		add(w, wNone, 0, fMonth)
	}
	for _, w := range []string{"dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling",
		"ruble", "rubles", "rouble", "roubles", "yuan", "renminbi", "yen", "rupee", "rupees",
		"franc", "francs", "pence", "cent", "cents", "dinar", "dinars", "riyal", "riyals",
		"rial", "rials", "lira", "liras", "shekel", "shekels", "peso", "pesos", "dirham",
		"dirhams", "naira", "rand", "afghani", "afghanis", "baht", "ringgit", "kroner",
		"krona", "kronor", "zloty", "hryvnia", "hryvnias", "tenge", "somoni", "manat", "dong",
		"usd", "eur", "gbp", "rub", "inr", "cny", "jpy", "chf", "bucks"} {
		add(w, wNone, 0, fCurrency)
	}
	for _, w := range []string{"second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours",
		"hr", "hrs", "day", "days", "night", "nights", "week", "weeks", "fortnight", "fortnights",
		"month", "months", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
		"weekend", "weekends", "semester", "semesters", "term", "terms", "season", "seasons"} {
		add(w, wNone, 0, fTimeUnit)
	}
	for _, w := range []string{"percent", "percents", "pct", "pc", "percentage"} {
		add(w, wNone, 0, fPercent)
	}
	for _, w := range []string{"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers",
		"mile", "miles", "metre", "metres", "meter", "meters", "cm", "mm", "centimetres",
		"centimeters", "millimetres", "millimeters", "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos",
		"gram", "grams", "tonne", "tonnes", "ton", "tons", "litre", "litres", "liter", "liters",
		"gallon", "gallons", "foot", "feet", "ft", "inch", "inches", "yard", "yards", "acre", "acres",
		"hectare", "hectares", "ha", "sq", "square", "degree", "degrees", "mph", "kph", "kmh",
		"mw", "gw", "kw", "kwh", "mwh", "gwh", "gb", "mb", "tb", "kb", "ghz", "mhz", "bpd",
		"barrel", "barrels", "calorie", "calories", "kcal", "lb", "lbs", "oz", "ounce", "ounces",
		"knots", "volts", "watts", "fold", "megawatts", "gigawatts", "bytes", "pixels", "megapixels"} {
		add(w, wNone, 0, fUnit)
	}
	for _, w := range []string{"in", "since", "by", "until", "till", "during", "before", "after",
		"early", "late", "mid", "summer", "spring", "autumn", "winter", "year", "circa", "throughout"} {
		add(w, wNone, 0, fYearPrep)
	}
	for _, w := range []string{"rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls",
		"fallen", "falling", "increased", "increase", "increases", "increasing", "decreased",
		"decrease", "decreasing", "grew", "grow", "grown", "growing", "jumped", "jump", "jumps",
		"climbed", "climb", "climbing", "dropped", "drop", "dropping", "declined", "decline",
		"declining", "soared", "surged", "plunged", "plummeted", "slipped", "slumped", "raised",
		"raise", "cut", "cuts", "lowered", "reduced", "reduce", "up", "down", "changed",
		"moved", "shifted", "went", "doubled", "tripled", "swelled", "revised", "upgraded",
		"downgraded", "boosted", "trimmed", "slashed", "expanded", "shrank", "shrunk", "edged",
		"slump", "slumped", "slumping", "dip", "dipped", "dips", "shed", "sheds", "shedding", "gained", "gain",
		"gains", "gaining", "added", "adding", "adds", "lost", "lose", "loses", "losing", "lifted", "lift",
		"eased", "ease", "sank", "sink", "tumbled", "tumble", "rallied", "rally", "advanced", "firmed",
		"widened", "narrowed", "hiked", "dived", "slid", "slide", "sliding", "leapt", "leaped", "soar",
		"surge", "plunge", "spiked", "recovered", "rebounded", "retreated", "increases", "decreases"} {
		add(w, wNone, 0, fChangeVerb)
	}
	for _, w := range []string{"am", "pm", "gmt", "bst", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "o"} {
		add(w, wNone, 0, fTimeOfDay)
	}
	// Words the figure rules look for by spelling.
	for _, w := range phraseWords {
		add(w, wNone, 0, 0)
	}
	for _, spec := range qualifierSpecs {
		for _, ph := range strings.Split(spec.list, "|") {
			add(strings.Fields(ph)[0], wNone, 0, fPhraseStart)
		}
	}
	for _, w := range []string{"several", "few", "a", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens"} {
		add(w, wNone, 0, fVagueStart)
	}
	for _, w := range []string{"a", "an", "half", "minus", "negative"} {
		add(w, wNone, 0, fNumStart)
	}
	for k := range info {
		if info[k].class != wNone {
			info[k].flags |= fNumStart
		}
	}
	return m, info
}

// lookupWord returns the lexicon index of the word s (any case), or 0.
func lookupWord(s string) uint16 {
	if len(s) > 24 {
		return 0
	}
	var buf [24]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return 0
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lexicon[string(buf[:len(s)])]
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// tokenize appends the tokens of s to dst, stopping after max tokens when
// max > 0.
func tokenize(s string, dst []token, max int) []token {
	i := 0
	for i < len(s) && (max <= 0 || len(dst) < max) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case isDigit(c):
			var t token
			t, i = lexNum(s, i, i)
			dst = append(dst, t)
		case c == '.' && i+1 < len(s) && isDigit(s[i+1]) && (i == 0 || !(isDigit(s[i-1]) || isASCIILetter(s[i-1]) || s[i-1] == '.')):
			var t token
			t, i = lexNum(s, i, i)
			dst = append(dst, t)
		case c == '-' && i+1 < len(s) && isDigit(s[i+1]) && signAllowed(s, i):
			var t token
			t, i = lexNum(s, i, i+1)
			dst = append(dst, t)
		case isASCIILetter(c):
			var t token
			t, i = lexWord(s, i)
			dst = append(dst, t)
		case c < utf8.RuneSelf:
			dst = append(dst, token{start: int32(i), end: int32(i + 1), kind: tkSym, r: rune(c)})
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == 0x2212 && i+size < len(s) && isDigit(s[i+size]) && signAllowed(s, i):
				var t token
				t, i = lexNum(s, i, i+size)
				dst = append(dst, t)
			case vulgarFractions[r] != 0:
				dst = append(dst, token{start: int32(i), end: int32(i + size), kind: tkNum, val: vulgarFractions[r], nf: nDecimal})
				i += size
			case unicode.IsSpace(r):
				i += size
			case unicode.IsLetter(r):
				var t token
				t, i = lexWord(s, i)
				dst = append(dst, t)
			default:
				dst = append(dst, token{start: int32(i), end: int32(i + size), kind: tkSym, r: r})
				i += size
			}
		}
	}
	return dst
}

// signAllowed reports whether the '-' at i may be a minus sign: it must not
// join two words or numbers ("1992-97", "SCP-173").
func signAllowed(s string, i int) bool {
	if i == 0 {
		return true
	}
	switch s[i-1] {
	case ' ', '\t', '\n', '(', '[', '<', '>', '=', '~', ':', ';', '"':
		return true
	}
	return false
}

func lexWord(s string, i int) (token, int) {
	start := i
	upper := false
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			if i == start {
				upper = 'A' <= c && c <= 'Z'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		if i == start {
			upper = unicode.IsUpper(r)
		}
		i += size
	}
	return token{start: int32(start), end: int32(i), kind: tkWord, wi: lookupWord(s[start:i]), upper: upper}, i
}

// scanDigits returns the end of the run of ASCII digits that starts at i.
func scanDigits(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// digitsValue is the value of the digits of s[i:j], skipping other bytes.
func digitsValue(s string, i, j int) float64 {
	v := 0.0
	for ; i < j; i++ {
		if isDigit(s[i]) {
			v = v*10 + float64(s[i]-'0')
		}
	}
	return v
}

// pow10 holds the powers of ten that float64 represents exactly.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// decimalValue is the value of the integer digits of s[i:j] (separators
// skipped) followed by the fraction digits s[fi:fj]. When all digits fit in
// 15 it divides one exact integer by one exact power of ten, so that "1.89"
// is the double nearest to 1.89.
func decimalValue(s string, i, j, fi, fj int) float64 {
	var mant uint64
	digits := 0
	for k := i; k < j; k++ {
		if isDigit(s[k]) {
			mant = mant*10 + uint64(s[k]-'0')
			digits++
		}
	}
	if digits+(fj-fi) > 15 {
		return digitsValue(s, i, j) + fracValue(s, fi, fj)
	}
	for k := fi; k < fj; k++ {
		mant = mant*10 + uint64(s[k]-'0')
	}
	return float64(mant) / pow10[fj-fi]
}

// fracValue is the value of the digit run s[i:j] read after a decimal point.
func fracValue(s string, i, j int) float64 {
	v, scale := 0.0, 1.0
	for ; i < j && scale < 1e18; i++ {
		v = v*10 + float64(s[i]-'0')
		scale *= 10
	}
	return v / scale
}

// groupSep returns the length of a thousands separator made of one space
// (ASCII, no-break, narrow no-break or thin) at i, or 0.
func groupSep(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == ' ' {
		return 1
	}
	if len(s) >= i+2 && s[i] == 0xc2 && s[i+1] == 0xa0 {
		return 2
	}
	if len(s) >= i+3 && s[i] == 0xe2 && s[i+1] == 0x80 && (s[i+2] == 0xaf || s[i+2] == 0x89) {
		return 3
	}
	return 0
}

// lexNum reads the number whose sign or point starts at start and whose first
// digit (or point) is at i.
func lexNum(s string, start, i int) (token, int) {
	t := token{start: int32(start), kind: tkNum}
	neg := start < i
	if neg {
		t.nf |= nNeg
	}
	if s[i] == '.' { // ".08"
		j := scanDigits(s, i+1)
		t.val = fracValue(s, i+1, j)
		t.nf |= nDecimal
		return finishNum(t, j, neg)
	}
	j := scanDigits(s, i)
	L := j - i
	t.nd = uint8(min(L, 255))
	if L > 1 && s[i] == '0' {
		t.nf |= nLeadZero
	}
	// Inside a dotted sequence ("192.168.1.2") a run takes no decimal part.
	if i >= 2 && s[i-1] == '.' && isDigit(s[i-2]) {
		t.nf |= nInSeq
		t.val = digitsValue(s, i, j)
		return finishNum(t, j, neg)
	}
	end := j
	intEnd := j
	decided := false
	// Comma groups.
	if j+1 < len(s) && s[j] == ',' && isDigit(s[j+1]) {
		// Any number of groups: a cap would cut a long number into
		// several, the later ones with a leading zero.
		n, first, last := 0, 0, 0
		all3, indian := L <= 3, L <= 2
		k := j
		for k+1 < len(s) && s[k] == ',' && isDigit(s[k+1]) {
			m := scanDigits(s, k+1)
			g := m - k - 1
			if n == 0 {
				first = g
			} else if last != 2 {
				indian = false // every group before the last has two digits
			}
			all3 = all3 && g == 3
			last = g
			n++
			k = m
		}
		indian = indian && n >= 2 && last == 3
		inList := i >= 2 && s[i-1] == ',' && isDigit(s[i-2])
		switch {
		case all3 || indian:
			intEnd, end = k, k
			t.nf |= nComma
			decided = true
		case n == 1 && first <= 2 && !inList && !(k+1 < len(s) && s[k] == '.' && isDigit(s[k+1])):
			// A decimal comma: "5,00", "1,3".
			t.val = decimalValue(s, i, j, j+1, k)
			t.nf |= nDecimal
			return finishNum(t, k, neg)
		default:
			decided = true // a list: "22,24,26": the first run alone
		}
	}
	// Dots as thousands separators with a decimal comma: "1.111,11".
	if !decided && L <= 3 && j+4 < len(s) && s[j] == '.' && scanDigits(s, j+1) == j+4 {
		k := j
		for k+4 <= len(s) && s[k] == '.' && scanDigits(s, k+1) == k+4 {
			k += 4
		}
		if k+1 < len(s) && s[k] == ',' && isDigit(s[k+1]) {
			m := scanDigits(s, k+1)
			t.val = decimalValue(s, i, k, k+1, m)
			t.nf |= nDecimal | nComma
			return finishNum(t, m, neg)
		}
	}
	// Spaces as thousands separators: "40 000", "1 234 567".
	if !decided && L <= 3 {
		k := j
		for {
			sep := groupSep(s, k)
			if sep == 0 || !(k+sep < len(s) && isDigit(s[k+sep])) {
				break
			}
			m := scanDigits(s, k+sep)
			if m-(k+sep) != 3 {
				break
			}
			k = m
		}
		if k > j {
			intEnd, end = k, k
			t.nf |= nSpaced
		}
	}
	t.val = digitsValue(s, i, intEnd)
	// Decimal point, unless it opens a dotted sequence.
	if end+1 < len(s) && s[end] == '.' && isDigit(s[end+1]) {
		m := scanDigits(s, end+1)
		if m+1 < len(s) && s[m] == '.' && isDigit(s[m+1]) {
			t.nf |= nInSeq
			return finishNum(t, end, neg)
		}
		t.val = decimalValue(s, i, intEnd, end+1, m)
		t.nf |= nDecimal
		end = m
	}
	return finishNum(t, end, neg)
}

func finishNum(t token, end int, neg bool) (token, int) {
	if neg {
		t.val = -t.val
	}
	t.end = int32(end)
	return t, end
}

// parser reads numbers and figures over the tokens of one sentence.
type parser struct {
	s     string
	ts    []token
	facts *sentenceFacts // what the whole sentence says, read once when a rule asks (sentence.go)
	// person reports whether a lower-case singular noun names people
	// ("soldier"), from the measures' vocabulary; nil reads as false.
	person func(string) bool
}

func (p *parser) info(k int) *wordInfo {
	if k < 0 || k >= len(p.ts) || p.ts[k].kind != tkWord {
		return &lexiconInfo[0]
	}
	return &lexiconInfo[p.ts[k].wi]
}

// is reports whether token k is the word w (lower case).
func (p *parser) is(k int, w string) bool {
	return k >= 0 && k < len(p.ts) && p.ts[k].kind == tkWord && p.ts[k].wi != 0 && lexiconInfo[p.ts[k].wi].word == w
}

// isSym reports whether token k is the symbol r.
func (p *parser) isSym(k int, r rune) bool {
	return k >= 0 && k < len(p.ts) && p.ts[k].kind == tkSym && p.ts[k].r == r
}

// text returns the source text of token k.
func (p *parser) text(k int) string { return p.s[p.ts[k].start:p.ts[k].end] }

// adj reports whether token k begins where token k-1 ends.
func (p *parser) adj(k int) bool {
	return k > 0 && k < len(p.ts) && p.ts[k].start == p.ts[k-1].end
}

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '‐' || r == '‑' }

// num is a number read from tokens [i, j).
type num struct {
	i, j     int
	val      float64
	mult     float64 // the multiplier a suffix or scale word applied (1 when none)
	words    bool    // spelled with number words
	ordinal  bool
	decade   bool
	fraction bool
	plain    bool // one bare digit run: no sign, separators, point or suffix
	nd       int  // digits of a plain run
	lead0    bool
}

// Number suffixes written right after digits, case-sensitive: "10k", "3bn",
// "£15.8m", "1MM". "mm" (millimetres) and "g" (grams) are not among them.
var numSuffix = map[string]float64{
	"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "MN": 1e6, "mln": 1e6, "mil": 1e6,
	"MM": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "BN": 1e9, "bln": 1e9, "G": 1e9,
	"tn": 1e12, "trn": 1e12, "tln": 1e12,
}

// Suffixes that may also follow the digits after one space ("2.33 k").
var spacedSuffix = map[string]float64{"k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9, "B": 1e9}

// parse reads the number that begins at token i.
func (p *parser) parse(i int) (num, bool) {
	if i < 0 || i >= len(p.ts) {
		return num{}, false
	}
	t := &p.ts[i]
	if t.kind == tkNum {
		return p.parseDigits(i)
	}
	if t.kind != tkWord || t.wi == 0 {
		return num{}, false
	}
	w := lexiconInfo[t.wi].word
	if (w == "minus" || w == "negative") && i+1 < len(p.ts) && !p.is(i+1, "minus") && !p.is(i+1, "negative") {
		n, ok := p.parse(i + 1)
		if ok && !n.ordinal && n.val > 0 {
			n.i = i
			n.val = -n.val
			return n, true
		}
		return num{}, false
	}
	return p.parseWords(i)
}

func (p *parser) parseDigits(i int) (num, bool) {
	t := &p.ts[i]
	n := num{i: i, j: i + 1, val: t.val, mult: 1, nd: int(t.nd), lead0: t.nf&nLeadZero != 0}
	n.plain = t.nf&(nComma|nDecimal|nNeg|nSpaced) == 0
	integer := t.nf&nDecimal == 0
	k := i + 1
	if v, ok := p.slashFraction(i); ok {
		n.val, n.fraction, n.j, n.plain = v, true, i+3, false
		return n, true
	}
	if k < len(p.ts) && p.adj(k) {
		nt := &p.ts[k]
		if nt.kind == tkWord {
			txt := p.text(k)
			switch {
			case txt == "s" && integer && (n.nd == 2 || n.nd == 4) && int64(t.val)%10 == 0 && t.val > 0:
				n.decade, n.j, n.plain = true, k+1, false
				p.decadeStart(&n)
				return n, true
			case (txt == "st" || txt == "nd" || txt == "rd" || txt == "th" || txt == "ST" || txt == "ND" || txt == "RD" || txt == "TH") && integer && t.val >= 0:
				n.ordinal, n.j, n.plain = true, k+1, false
				return n, true
			}
			if m, ok := numSuffix[txt]; ok {
				// "5G" and "4G" name mobile networks, not five billion.
				if !(txt == "G" && n.plain && n.nd == 1) {
					n.val *= m
					n.mult = m
					n.j = k + 1
					n.plain = false
					return n, true
				}
			}
		}
		if nt.kind == tkSym && (nt.r == '\'' || nt.r == '’') && k+1 < len(p.ts) && p.adj(k+1) && p.text(k+1) == "s" &&
			integer && (n.nd == 2 || n.nd == 4) && int64(t.val)%10 == 0 && t.val > 0 {
			n.decade, n.j, n.plain = true, k+2, false
			p.decadeStart(&n)
			return n, true
		}
		if nt.kind == tkWord || nt.kind == tkNum {
			return n, true // "G7" style codes end here
		}
	}
	if k < len(p.ts) && p.ts[k].kind == tkWord {
		if m, ok := spacedSuffix[p.text(k)]; ok {
			n.val *= m
			n.mult = m
			n.j = k + 1
			n.plain = false
			return n, true
		}
	}
	// Scale words: "3 million", "322 hundred", "three dozens", "1 crore".
	a := acc{cur: n.val, seg: n.val, lastBig: math.Inf(1), state: stDigit, digitLed: true}
	end, ok := p.words(&a, k)
	if ok && end > k {
		if n.val != 0 {
			n.mult = a.value() / n.val
		}
		n.val = a.value()
		n.j = end
		n.plain = false
	}
	return n, true
}

// decadeStart takes in the apostrophe of "'90s" and makes a two-digit decade
// a year of the 1900s.
func (p *parser) decadeStart(n *num) {
	if n.nd != 2 {
		return
	}
	switch p.info(n.i - 1).word {
	case "his", "her", "their", "my", "your", "our", "mid", "early", "late":
		return // "in his 30s": an age
	}
	if i := n.i; i > 0 && p.adj(i) && (p.isSym(i-1, '\'') || p.isSym(i-1, '’')) {
		n.i = i - 1
	}
	n.val += 1900
}

// slashFraction reads "1/2", "3/4": a small proper fraction written with a
// slash, not part of a longer sequence such as a date ("9/11" is not one: its
// denominator is above ten).
func (p *parser) slashFraction(i int) (float64, bool) {
	if i+2 >= len(p.ts) || !p.isSym(i+1, '/') || !p.adj(i+1) || !p.adj(i+2) || p.ts[i+2].kind != tkNum {
		return 0, false
	}
	a, b := &p.ts[i], &p.ts[i+2]
	if a.nf&^nInSeq != 0 || b.nf != 0 || a.val < 1 || b.val > 10 || a.val >= b.val {
		return 0, false
	}
	if i > 0 && p.adj(i) && p.ts[i-1].kind == tkSym && (p.ts[i-1].r == '/' || isDash(p.ts[i-1].r) || p.ts[i-1].r == '+') {
		return 0, false
	}
	if i+3 < len(p.ts) && p.adj(i+3) && p.ts[i+3].kind == tkSym && (p.ts[i+3].r == '/' || isDash(p.ts[i+3].r)) {
		return 0, false
	}
	return a.val / b.val, true
}

// Parser states of a spelled-out number.
const (
	stNone = iota
	stDigit
	stZero
	stUnit
	stTeen
	stTens
	stHundred
	stBig
	stDozen
	stA // "a" or "half a" before a scale
	stHalf
	stPoint
)

// acc accumulates a spelled-out number: total holds the part above the last
// big scale word, cur the part below it, seg the last group below a hundred.
type acc struct {
	total, cur, seg, lastBig float64
	state                    int
	ordinal                  bool
	digitLed                 bool // begun with digits: only scale words may follow
}

func (a *acc) value() float64 { return a.total + a.cur }

func (p *parser) parseWords(i int) (num, bool) {
	a := acc{lastBig: math.Inf(1), state: stNone}
	end, ok := p.words(&a, i)
	if !ok || end <= i {
		return num{}, false
	}
	return num{i: i, j: end, val: a.value(), mult: 1, words: true, ordinal: a.ordinal}, true
}

// words runs the spelled-number grammar from token k in state a and returns
// the end of the longest valid number.
func (p *parser) words(a *acc, k int) (int, bool) {
	type commit struct {
		a   acc
		end int
	}
	var last, preAnd commit
	have := false
	andActive := false
	if a.state != stNone {
		last = commit{*a, k}
		have = true
	}
	accept := func(next int) {
		last = commit{*a, next}
		have = true
	}
	hyphen := false
loop:
	for k < len(p.ts) {
		t := &p.ts[k]
		if t.kind == tkSym && isDash(t.r) && a.state == stTens && !hyphen {
			nc := p.info(k + 1).class
			if nc == wUnit || nc == wOrdUnit {
				hyphen = true
				k++
				continue
			}
			break
		}
		if t.kind != tkWord || t.wi == 0 {
			break
		}
		wi := &lexiconInfo[t.wi]
		switch wi.class {
		case wZero:
			if a.state != stNone {
				break loop
			}
			a.state = stZero
			accept(k + 1)
		case wUnit:
			if a.digitLed {
				break loop
			}
			switch a.state {
			case stNone, stHundred, stBig:
				a.cur += wi.val
				a.seg = wi.val
			case stTens:
				a.cur += wi.val
				a.seg += wi.val
			default:
				break loop
			}
			a.state = stUnit
			accept(k + 1)
		case wTeen, wTens:
			if a.digitLed {
				break loop
			}
			switch a.state {
			case stNone, stHundred, stBig:
			default:
				break loop
			}
			a.cur += wi.val
			a.seg = wi.val
			if wi.class == wTeen {
				a.state = stTeen
			} else {
				a.state = stTens
			}
			accept(k + 1)
		case wHundred:
			if a.state == stNone && p.info(k+1).class == wBig {
				a.cur, a.seg, a.state = 1, 1, stA // "hundred thousand"
			}
			switch a.state {
			case stUnit, stTeen, stTens, stA:
				if a.cur >= 100 {
					break loop
				}
			case stDigit:
			default:
				break loop
			}
			if a.cur >= 100 && andActive {
				break loop
			}
			a.cur *= 100
			a.seg = 0
			a.state = stHundred
			accept(k + 1)
		case wBig:
			// "thousand million": a leading scale word counts one of itself
			// only before a larger scale word, never before an equal one.
			if next := p.info(k + 1); a.state == stNone && next.class == wBig && next.val > wi.val {
				a.cur, a.seg, a.state = 1, 1, stA
			}
			s := wi.val
			switch a.state {
			case stUnit, stTeen, stTens, stHundred, stA, stDigit, stHalf, stPoint, stDozen:
				if s < a.lastBig {
					a.total += a.cur * s
				} else if s > a.lastBig {
					a.total = (a.total + a.cur) * s
				} else {
					break loop
				}
			case stBig:
				if s <= a.lastBig || a.cur != 0 {
					break loop
				}
				a.total *= s
			default:
				break loop
			}
			a.lastBig = s
			a.cur, a.seg = 0, 0
			a.state = stBig
			andActive = false
			accept(k + 1)
		case wDozen:
			switch a.state {
			case stUnit, stTeen, stTens, stA, stDigit, stHalf:
			default:
				break loop
			}
			if a.seg == 0 {
				break loop
			}
			a.cur += a.seg * 11
			a.seg *= 12
			a.state = stDozen
			accept(k + 1)
		case wOrdUnit, wOrdTeen, wOrdTens:
			if a.digitLed {
				break loop
			}
			switch a.state {
			case stNone, stHundred, stBig:
			case stTens:
				if wi.class != wOrdUnit {
					break loop
				}
			default:
				break loop
			}
			// "second" after a number is a unit of time: "10 second".
			a.cur += wi.val
			a.ordinal = true
			accept(k + 1)
			break loop
		case wOrdScale:
			if a.state != stNone {
				break loop
			}
			a.cur = wi.val
			a.ordinal = true
			accept(k + 1)
			break loop
		default:
			switch wi.word {
			case "a", "an":
				if a.state == stNone {
					if c := p.info(k + 1).class; c == wHundred || c == wBig || c == wDozen {
						a.cur, a.seg, a.state = 1, 1, stA
						k++
						continue
					}
				}
			case "half":
				if a.state == stNone && (p.is(k+1, "a") || p.is(k+1, "an")) {
					if c := p.info(k + 2).class; c == wHundred || c == wBig || c == wDozen {
						a.cur, a.seg, a.state = 0.5, 0.5, stA
						k += 2
						continue
					}
				}
			case "and":
				if (a.state == stUnit || a.state == stTeen || a.state == stTens) && (p.is(k+1, "a") || p.is(k+1, "an")) && p.is(k+2, "half") {
					a.cur += 0.5
					a.seg += 0.5
					a.state = stHalf
					accept(k + 3)
					k += 3
					continue
				}
				if (a.state == stHundred || a.state == stBig) && !a.digitLed {
					if c := p.info(k + 1).class; c == wUnit || c == wTeen || c == wTens || c == wOrdUnit || c == wOrdTeen || c == wOrdTens {
						preAnd = last
						andActive = true
						k++
						continue
					}
				}
			case "point":
				if a.state != stNone && a.state != stDigit && a.state != stPoint && a.state != stA {
					if f, end, ok := p.pointDigits(k + 1); ok {
						a.cur += f
						a.state = stPoint
						accept(end)
						k = end
						continue
					}
				}
			}
			break loop
		}
		hyphen = false
		k++
	}
	if !have {
		return 0, false
	}
	// A scale word that cannot follow an "and" group means the "and" joined
	// two numbers: "between two hundred and three hundred".
	if andActive && k < len(p.ts) && last.end == k {
		if c := p.info(k).class; c == wHundred || c == wBig || c == wDozen {
			if preAnd.end > 0 {
				last = preAnd
			}
		}
	}
	*a = last.a
	return last.end, true
}

// pointDigits reads the words after "point": digit words ("zero three") or
// one number ("seventy-one") whose digits follow the point.
func (p *parser) pointDigits(k int) (float64, int, bool) {
	c := p.info(k).class
	if c == wZero || c == wUnit {
		v, scale := 0.0, 1.0
		j := k
		for j < len(p.ts) && scale < 1e15 {
			wi := p.info(j)
			if wi.class != wZero && wi.class != wUnit {
				break
			}
			v = v*10 + wi.val
			scale *= 10
			j++
		}
		return v / scale, j, true
	}
	if c == wTeen || c == wTens {
		a := acc{lastBig: math.Inf(1)}
		end, ok := p.words(&a, k)
		if !ok {
			return 0, 0, false
		}
		// Only the sub-hundred group belongs after the point.
		v := a.value()
		if v >= 100 {
			return 0, 0, false
		}
		scale := 10.0
		for v >= scale {
			scale *= 10
		}
		return v / scale, end, true
	}
	return 0, 0, false
}

// ParseNumber parses the number written at the start of s (digits, words or
// mixed: "1,674", "2.5", "10M", "forty-two", "one hundred and six", "a dozen",
// "3 million", "minus five") and returns its value and the byte length
// consumed. Leading white space is skipped and counted in n. Ordinals
// ("21st", "sixth") give their position; vague plurals ("dozens") and text
// that does not begin with a number give ok == false.
func ParseNumber(s string) (value float64, n int, ok bool) {
	s = capLen(s)
	var buf [48]token
	ts := tokenize(s, buf[:0], len(buf))
	if len(ts) == 0 {
		return 0, 0, false
	}
	if int(ts[0].start) != len(s)-len(trimLeftSpace(s)) {
		return 0, 0, false
	}
	p := parser{s: s, ts: ts}
	r, ok := p.parse(0)
	if !ok || r.j <= r.i {
		return 0, 0, false
	}
	if math.IsNaN(r.val) || math.IsInf(r.val, 0) {
		return 0, 0, false
	}
	return r.val, int(ts[r.j-1].end), true
}

// capLen keeps token offsets within int32.
func capLen(s string) string {
	if len(s) > math.MaxInt32 {
		return s[:math.MaxInt32]
	}
	return s
}

// trimLeftSpace drops leading Unicode white space.
func trimLeftSpace(s string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[size:]
	}
	return s
}

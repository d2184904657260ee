package figure

import (
	"strings"
)

// This file holds the lexicon: every word the number and figure rules
// look up, with its number value, class and flags, built once.

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

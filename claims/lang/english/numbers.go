package english

import "github.com/crosscheck-news/crosscheck/claims/lang"

// NumberLexicon is the number vocabulary (lang.NumberLexicon).
type NumberLexicon = lang.NumberLexicon

// Numbers returns the number vocabulary, a fresh copy each call.
func Numbers() NumberLexicon {
	return NumberLexicon{
		Zero:    []string{"zero", "nought", "naught"},
		Units:   []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"},
		Teens:   []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"},
		Tens:    []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"},
		Hundred: "hundred",
		Scales: map[string]float64{
			"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
			"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
			"bn": 1e9, "mn": 1e6, "mln": 1e6, "bln": 1e9, "tln": 1e12, "trn": 1e12,
		},
		Dozens:        []string{"dozen", "dozens", "dz", "dzs", "doz", "dozs"},
		OrdinalUnits:  []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"},
		OrdinalTeens:  []string{"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"},
		OrdinalTens:   []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"},
		OrdinalScales: map[string]float64{"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9},
		Fractions: map[string]float64{
			"half": 2, "halves": 2, "quarter": 4, "quarters": 4, "third": 3, "thirds": 3,
			"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
			"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
			"tenth": 10, "tenths": 10,
		},
		VagueQuantifiers: []string{"several", "few", "a", "tens"},
		VaguePlurals: map[string][2]float64{
			"dozens":    {24, 99},
			"scores":    {40, 99},
			"hundreds":  {200, 999},
			"thousands": {2000, 9999},
			"millions":  {2e6, 9999999},
			"billions":  {2e9, 9999999999},
		},
		VagueOf: map[[2]string][2]float64{
			{"tens", "thousands"}:     {20000, 99999},
			{"hundreds", "thousands"}: {200000, 999999},
			{"tens", "millions"}:      {2e7, 99999999},
			{"hundreds", "millions"}:  {2e8, 999999999},
			{"tens", "billions"}:      {2e10, 99999999999},
			{"hundreds", "billions"}:  {2e11, 999999999999},
			{"dozens", "thousands"}:   {24000, 99999},
			{"dozens", "millions"}:    {24e6, 99999999},
		},
		VagueSingular: map[string]string{
			"dozen": "dozens", "hundred": "hundreds", "thousand": "thousands",
			"million": "millions", "billion": "billions", "score": "scores",
		},
		NumberStart: []string{"a", "an", "half", "minus", "negative"},
	}
}

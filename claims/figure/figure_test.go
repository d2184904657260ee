package figure

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newFinder returns a Finder with opts, as claims.NewExtractor does.
func newFinder(opts Options) (*Finder, error) { return New(opts, &englishLexicon), nil }

// defaultOptions are claims.DefaultExtractOptions.
func defaultOptions() Options { return Options{Tolerance: 0.1} }

var (
	posInf = math.Inf(1)
	negInf = math.Inf(-1)
)

// fig is the expected part of a Figure: its text, interval, qualifier, kind.
type fig struct {
	text           string
	lo, hi         float64
	loOpen, hiOpen bool
	q              core.Qualifier
	kind           core.Kind
}

func exact(text string, v float64, kind core.Kind) fig {
	return fig{text: text, lo: v, hi: v, q: core.Exact, kind: kind}
}

var figureCases = []struct {
	name     string
	sentence string
	want     []fig
}{
	{"exact count", "The flood killed 139 residents of the valley.",
		[]fig{exact("139", 139, core.Count)}},
	{"more than", "More than 130 villagers died, and over 100 were hurt.",
		[]fig{{"More than 130", 130, posInf, true, false, core.MoreThan, core.Count}, {"over 100", 100, posInf, true, false, core.MoreThan, core.Count}}},
	{"at least", "At least 133 miners were trapped and at least 175 rescued.",
		[]fig{{"At least 133", 133, posInf, false, false, core.AtLeast, core.Count}, {"at least 175", 175, posInf, false, false, core.AtLeast, core.Count}}},
	{"nearly", "The storm left nearly 100 homes without roofs.",
		[]fig{{"nearly 100", negInf, 100, false, true, core.Nearly, core.Count}}},
	{"almost and just under", "Almost 40 ships and just under 2,000 sailors took part.",
		[]fig{{"Almost 40", negInf, 40, false, true, core.Nearly, core.Count}, {"just under 2,000", negInf, 2000, false, true, core.Nearly, core.Count}}},
	{"about", "About 200 volunteers and roughly 1.5 million euros were needed.",
		[]fig{{"About 200", 180, 220, false, false, core.About, core.Count}, {"roughly 1.5 million", 1.35e6, 1.65e6, false, false, core.About, core.Money}}},
	{"a verb of passing in its base form", "Officials warned the final toll could pass 200.",
		[]fig{{"pass 200", 200, posInf, true, false, core.MoreThan, core.Count}}},
	{"an estimated", "An estimated 150,000 refugees crossed the border.",
		[]fig{{"An estimated 150,000", 135000, 165000, false, false, core.About, core.Count}}},
	{"up to", "The airline may cut up to 700 routes and no more than 12 jets.",
		[]fig{{"up to 700", negInf, 700, false, false, core.UpTo, core.Count}, {"no more than 12", negInf, 12, false, false, core.UpTo, core.Count}}},
	{"fewer than", "Fewer than 1,000 tickets and less than 5% of seats remain.",
		[]fig{{"Fewer than 1,000", negInf, 1000, false, true, core.FewerThan, core.Count}, {"less than 5%", negInf, 5, false, true, core.FewerThan, core.Percent}}},
	{"or more", "Teams of 11 or more players and groups of five or fewer.",
		[]fig{{"11 or more", 11, posInf, false, false, core.AtLeast, core.Count}, {"five or fewer", negInf, 5, false, false, core.UpTo, core.Count}}},
	{"between", "Between 20 and 30 boats sank near the harbour.",
		[]fig{{"Between 20 and 30", 20, 30, false, false, core.Range, core.Count}}},
	{"dash range", "Each room holds 20-30 guests and costs $5-10 million.",
		[]fig{{"20-30", 20, 30, false, false, core.Range, core.Count}, {"$5-10 million", 5e6, 10e6, false, false, core.Range, core.Money}}},
	{"to range", "The survey covered 40 to 60 farms.",
		[]fig{{"40 to 60", 40, 60, false, false, core.Range, core.Count}}},
	{"change is no range", "Unemployment rose from 20 to 30 percent.",
		[]fig{exact("20", 20, core.Percent), exact("30", 30, core.Percent)}},
	{"score is no range", "The visitors won 3-1 at home.",
		[]fig{exact("3-1", 3, core.Score)}},
	{"vague", "Dozens were arrested, hundreds fled and tens of thousands marched.",
		[]fig{{"Dozens", 24, 99, false, false, core.Vague, core.Count}, {"hundreds", 200, 999, false, false, core.Vague, core.Count},
			{"tens of thousands", 20000, 99999, false, false, core.Vague, core.Count}}},
	{"scores of", "Scores of fishermen and several hundred traders protested.",
		[]fig{{"Scores", 40, 99, false, false, core.Vague, core.Count}, {"several hundred", 200, 999, false, false, core.Vague, core.Count}}},
	{"words", "Forty-two boys and one hundred and six girls enrolled, a dozen left.",
		[]fig{exact("Forty-two", 42, core.Count), exact("one hundred and six", 106, core.Count), exact("a dozen", 12, core.Count)}},
	{"percent", "Turnout reached 40 percent, up from 35 per cent and 38%.",
		[]fig{exact("40", 40, core.Percent), exact("35", 35, core.Percent), exact("38%", 38, core.Percent)}},
	{"money", "The fine was 500,000 rubles, or $5,425, and the deal £15m, a 3bn yen loan.",
		[]fig{exact("500,000", 500000, core.Money), exact("$5,425", 5425, core.Money), exact("£15m", 15e6, core.Money), exact("3bn", 3e9, core.Money)}},
	{"years", "The bridge opened in 2021 after a war in 1992-97 and repairs in 1979-89.",
		[]fig{exact("2021", 2021, core.Year), {"1992-97", 1992, 1997, false, false, core.Range, core.Year}, {"1979-89", 1979, 1989, false, false, core.Range, core.Year}}},
	{"decades", "Prices were lower in the 1990s and the '80s.",
		[]fig{exact("1990s", 1990, core.Decade), exact("'80s", 1980, core.Decade)}},
	{"dates", "Voting began on March 22 and ends on 5 April, or September 11th.",
		[]fig{exact("22", 22, core.Date), exact("5", 5, core.Date), exact("11th", 11, core.Date)}},
	{"ages", "Ivan Petrov, 32, a 19-year-old student aged 20 and a man of 45 years old were held.",
		[]fig{exact("32", 32, core.Age), exact("19", 19, core.Age), exact("20", 20, core.Age), exact("45", 45, core.Age)}},
	{"a list of ages", "Four boys, aged seven, 10 and 14, and 12 adults were hurt.",
		[]fig{exact("Four", 4, core.Count), exact("seven", 7, core.Age), exact("10", 10, core.Age), exact("14", 14, core.Age), exact("12", 12, core.Count)}},
	{"grades of a scale", "A 7.2-magnitude quake and a magnitude 5.8 aftershock, then a level 4 alert, left 12 dead.",
		[]fig{exact("7.2", 7.2, core.Other), exact("5.8", 5.8, core.Other), exact("12", 12, core.Count)}}, // "level 4" is no count and no figure
	{"age after a person noun", "The driver, 58, and a nurse (34) were hurt.",
		[]fig{exact("58", 58, core.Age), exact("34", 34, core.Age)}},
	{"an age's bound", "The children who died were all younger than 12; entry was free under the age of 5.",
		[]fig{exact("12", 12, core.Age), exact("5", 5, core.Age)}},
	{"age stated with a copula", "Officials said the average age of those detained was 17, and the toll was 12.",
		[]fig{exact("17", 17, core.Age), exact("12", 12, core.Count)}},
	{"durations", "He served 10 years, then a three-month term, and left nine years later.",
		[]fig{exact("10", 10, core.Duration), exact("three", 3, core.Duration), exact("nine", 9, core.Duration)}},
	{"over a duration", "Output fell over 3 years.",
		[]fig{exact("3", 3, core.Duration)}},
	{"ordinals", "It was the sixth blast and the 21st this year, the first since May.",
		[]fig{exact("sixth", 6, core.Ordinal), exact("21st", 21, core.Ordinal), exact("first", 1, core.Ordinal)}},
	{"times and phones", "Call +44-20-7946-0958 before 10 p.m. or at 9:30.",
		[]fig{exact("44", 44, core.Other), exact("20", 20, core.Other), exact("7946", 7946, core.Other), exact("0958", 958, core.Other),
			exact("10 p.m.", 22, core.Time), exact("9:30", 9.5, core.Time)}},
	{"codes are names", "The G7 met about COVID-19 in 34 provinces.",
		[]fig{exact("34", 34, core.Count)}},
	{"one as pronoun", "No one knew; one of the guards said one day the others would help one another.",
		nil},
	{"one counted", "One soldier and three children died.",
		[]fig{exact("One", 1, core.Count), exact("three", 3, core.Count)}},
	{"compound bounds", "The score must be more than 10 and less than 20.",
		[]fig{{"more than 10 and less than 20", 10, 20, true, true, core.Range, core.Count}}},
	{"no compound when empty", "Values above 40 and below 10 are rejected.",
		[]fig{{"above 40", 40, posInf, true, false, core.MoreThan, core.Count}, {"below 10", negInf, 10, false, true, core.FewerThan, core.Count}}},
	{"symbols", "Readings >= 30 and <12 were flagged.",
		[]fig{{">= 30", 30, posInf, false, false, core.AtLeast, core.Count}, {"<12", negInf, 12, false, true, core.FewerThan, core.Count}}},
	{"digits in sequence", "The server at 10.0.0.1 failed on 5/17/2018.",
		[]fig{exact("10", 10, core.Other), exact("0", 0, core.Other), exact("0", 0, core.Other), exact("1", 1, core.Other),
			exact("5", 5, core.Date), exact("17", 17, core.Date), exact("2018", 2018, core.Date)}},
	{"fractions", "More than half of the 30 votes and a quarter of the seats.",
		[]fig{{"More than half", 0.5, posInf, true, false, core.MoreThan, core.Other}, exact("30", 30, core.Count), exact("a quarter", 0.25, core.Other)}},
	{"approximate postfixes", "Some 50-odd boats, 200 or so sailors and a 10,000-plus crowd; it was 40C.",
		[]fig{{"Some 50-odd", 45, 55, false, false, core.About, core.Count}, {"200 or so", 180, 220, false, false, core.About, core.Count},
			{"10,000-plus", 10000, posInf, false, false, core.AtLeast, core.Count}, exact("40", 40, core.Measurement)}},
	{"or range", "Two or three ferries and 10 or 12 buses were late; either 5 or 50.",
		[]fig{{"Two or three", 2, 3, false, false, core.Range, core.Count}, {"10 or 12", 10, 12, false, false, core.Range, core.Count},
			exact("5", 5, core.Count), exact("50", 50, core.Count)}},
	{"year ranges", "Spending between 2010 and 2015 and in the 2022-23 season, not in 1995-01.",
		[]fig{{"between 2010 and 2015", 2010, 2015, false, false, core.Range, core.Year}, {"2022-23", 2022, 2023, false, false, core.Range, core.Year},
			exact("1995", 1995, core.Date), exact("01", 1, core.Date)}},
	{"negative", "It was -5 degrees, minus twelve overnight.",
		[]fig{exact("-5", -5, core.Measurement), exact("minus twelve", -12, core.Count)}},
}

func TestFigures(t *testing.T) {
	ex, err := newFinder(defaultOptions())
	require.NoError(t, err)
	for _, tc := range figureCases {
		t.Run(tc.name, func(t *testing.T) {
			got := ex.Figures(tc.sentence)
			var gotF []fig
			for _, g := range got {
				require.Equal(t, g.Text, tc.sentence[g.Start:g.End], "span of %q", g.Text)
				gotF = append(gotF, fig{g.Text, g.Lo, g.Hi, g.LoOpen, g.HiOpen, g.Qualifier, g.Kind})
			}
			assert.Equal(t, tc.want, gotF)
		})
	}
}

func TestFiguresValue(t *testing.T) {
	ex, err := newFinder(defaultOptions())
	require.NoError(t, err)
	got := ex.Figures("Between 20 and 30 people and at least 133 others.")
	require.Len(t, got, 2)
	assert.Equal(t, 20.0, got[0].Value, "a range's value is its lower number")
	assert.Equal(t, 133.0, got[1].Value)
	assert.Zero(t, got[0].Line, "Line is the caller's")
	assert.Empty(t, got[0].Measure)
}

func TestNearlyLower(t *testing.T) {
	ex, err := newFinder(Options{Tolerance: 0.2, NearlyLower: 0.1})
	require.NoError(t, err)
	got := ex.Figures("Nearly 100 boats and about 50 crews.")
	require.Len(t, got, 2)
	assert.Equal(t, core.Interval{Lo: 90, Hi: 100, HiOpen: true}, got[0].Interval)
	assert.Equal(t, core.Interval{Lo: 40, Hi: 60}, got[1].Interval)
}

// checkFigures asserts the invariants every output must keep.
func checkFigures(t *testing.T, s string, figs []core.Figure) {
	t.Helper()
	prevStart := -1
	for _, f := range figs {
		if f.Start < 0 || f.End > len(s) || f.Start >= f.End {
			t.Fatalf("span %d:%d out of range for %q", f.Start, f.End, s)
		}
		if s[f.Start:f.End] != f.Text {
			t.Fatalf("text %q != span %q", f.Text, s[f.Start:f.End])
		}
		if f.Start < prevStart {
			t.Fatalf("figures out of order in %q", s)
		}
		prevStart = f.Start
		if math.IsNaN(f.Value) || math.IsNaN(f.Lo) || math.IsNaN(f.Hi) {
			t.Fatalf("bad number in %+v", f)
		}
		// A value beyond float64's range is a figure of kind other.
		if math.IsInf(f.Value, 0) && (f.Kind != core.Other || f.Lo != f.Value || f.Hi != f.Value) {
			t.Fatalf("infinite value in %+v", f)
		}
		if _, ok := f.Interval.Intersect(f.Interval); !ok {
			t.Fatalf("empty interval %v of %q", f.Interval, f.Text)
		}
		if f.Qualifier == "" || f.Kind == "" {
			t.Fatalf("missing qualifier or kind in %+v", f)
		}
		if utf8.ValidString(s) && !utf8.ValidString(f.Text) {
			t.Fatalf("text cut inside a rune: %q", f.Text)
		}
	}
}

func FuzzFigures(f *testing.F) {
	for _, tc := range figureCases {
		f.Add(tc.sentence)
	}
	for _, tc := range parseNumberCases {
		f.Add(tc.in)
	}
	f.Add("\xff1,2\xc0 more than \xe2\x80")
	f.Add(strings.Repeat("one hundred and ", 40))
	ex, err := newFinder(defaultOptions())
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string) {
		checkFigures(t, s, ex.Figures(s))
	})
}

package compare

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
)

// twoEvents is invented coverage of two events by three outlets each: a
// quake (a toll that conflicts, a sub-count, a projection, an earlier
// quake named for background) and a ferry sinking.
const twoEvents = `{"id":"q1","outlet":"Wire A","published":"2026-03-08","title":"Quake in Valdoria kills at least 310","text":"The earthquake that struck the mountain province of Valdoria on Sunday killed at least 310 people, including 40 children, officials said. The governor warned the toll could reach 1,000. In 1998 a quake in the same valley killed 2,400 people."}
{"id":"q2","outlet":"Paper B","published":"2026-03-09","title":"Valdoria earthquake toll rises","text":"The death toll from Sunday's earthquake in Valdoria has risen to 287, the interior ministry said. Rescuers were still searching collapsed houses in the mountain villages."}
{"id":"q3","outlet":"Channel C","published":"2026-03-09","title":"Hundreds dead in Valdoria quake","text":"More than 300 people died when the earthquake hit Valdoria's mountain villages on Sunday, the civil protection agency said. The 1998 Valdoria quake killed about 2,400 people."}
{"id":"f1","outlet":"Wire A","published":"2026-05-12","title":"Ferry sinks off Marlow Island","text":"A ferry carrying 212 passengers sank off Marlow Island on Tuesday, and 35 people are missing, the coast guard said."}
{"id":"f2","outlet":"Paper B","published":"2026-05-12","title":"Marlow Island ferry: dozens missing","text":"The coast guard said 35 people were missing after the ferry capsized near Marlow Island on Tuesday."}
{"id":"f3","outlet":"Channel C","published":"2026-05-13","title":"Search for missing after Marlow ferry sinking","text":"Divers searched for 41 people still missing after the Marlow Island ferry went down on Tuesday."}
`

func compareText(t *testing.T, jsonl string) *Result {
	t.Helper()
	arts, problems := claims.Parse("events.jsonl", []byte(jsonl), claims.LoadOptions{})
	require.Empty(t, problems)
	res, err := Compare(docsOf(arts), DefaultOptions())
	require.NoError(t, err)
	return res
}

// groupTexts lists each group's measure and member texts, outlet first.
func groupTexts(res *Result) []string {
	var out []string
	for _, g := range res.Groups {
		var ms []string
		for _, m := range g.Members {
			ms = append(ms, m.Outlet()+" "+m.Figure.Text)
		}
		out = append(out, fmt.Sprintf("%s %s %s: %s", g.Story, g.Measure, g.Verdict, strings.Join(ms, ", ")))
	}
	return out
}

func TestStoriesAndFacts(t *testing.T) {
	res := compareText(t, twoEvents)
	require.Len(t, res.Stories, 2, "two events, two stories")
	for _, st := range res.Stories {
		ids := make([]string, len(st.Articles))
		for i, a := range st.Articles {
			ids[i] = a.ID[:1]
		}
		assert.Len(t, slices.Compact(ids), 1, "a story holds one event's articles: %v", ids)
		assert.Len(t, st.Outlets, 3)
	}
	got := groupTexts(res)
	assert.Contains(t, got, "s1 killed conflict: Channel C Hundreds, Channel C More than 300, Paper B 287, Wire A at least 310, Wire A at least 310",
		"one toll, whatever the wording, headline and body both in")
	for _, g := range got {
		assert.NotContains(t, g, "Wire A 40,", "a sub-count stays out: %s", g)
		assert.NotContains(t, g, "1,000", "a projection stays out: %s", g)
	}
	assert.Contains(t, got, "s1 killed consistent: Channel C about 2,400, Wire A 2,400", "the earlier quake is its own fact")
	assert.Contains(t, got, "s2 missing conflict: Channel C 41, Paper B dozens, Paper B 35, Wire A 35")
}

func TestFactKey(t *testing.T) {
	count := func(measure, who string) *claims.Figure {
		return &claims.Figure{Kind: claims.Count, Measure: measure, Who: who, Value: 10, Interval: claims.Point(10)}
	}
	tests := []struct {
		name string
		fig  *claims.Figure
		sib  []claims.Figure
		key  string
		ok   bool
	}{
		{"toll", count(claims.MeasureKilled, ""), nil, "killed||||", true},
		{"nationality", count(claims.MeasureKilled, "egyptian"), nil, "killed|egyptian|||", true},
		{"a people by its nationality", count("national", "indian"), nil, "count|people indian|10", true},
		{"a demonym is that people", count("indian", "indian"), nil, "count|people indian|10", true},
		{"a share of a people by its nationality", func() *claims.Figure {
			f := count("national", "british")
			f.PartOf = 1
			return f
		}(), []claims.Figure{*count("passenger", "")}, "count|people british|10", true},
		{"a counted thing keeps its noun", count("car", "italian"), nil, "count|car|10", true},
		{"a share of a counted noun states nothing", func() *claims.Figure {
			f := count("car", "")
			f.PartOf = 1
			return f
		}(), []claims.Figure{*count("vehicle", "")}, "", false},
		{"the dead and hurt together are a fact of their own", count(claims.MeasureCasualties, ""), nil, "casualties||||", true},
		{"attendance ignores who", count(claims.MeasureAttendance, "students"), nil, "attendance||||", true},
		{"projection", func() *claims.Figure {
			f := count(claims.MeasureKilled, "")
			f.Modality = claims.ModalityProjected
			return f
		}(), nil, "killed||projected||", true},
		{"part of the same people with the whole's measure", func() *claims.Figure {
			f := count(claims.MeasureKilled, "")
			f.PartOf = 1
			return f
		}(), []claims.Figure{*count(claims.MeasureKilled, "")}, "killed||||share 10", true},
		{"an interval part of the same people states no share", func() *claims.Figure {
			f := count(claims.MeasureKilled, "")
			f.PartOf, f.Interval = 1, claims.Interval{Lo: 10, Hi: 12}
			return f
		}(), []claims.Figure{*count(claims.MeasureKilled, "")}, "", false},
		{"part with a measure of its own", func() *claims.Figure {
			f := count(claims.MeasureKilled, "")
			f.PartOf = 1
			return f
		}(), []claims.Figure{*count(claims.MeasureHospitalised, "")}, "killed||||part", true},
		{"a state of its whole is that state's fact", func() *claims.Figure {
			f := count(claims.MeasureCritical, "")
			f.PartOf = 1
			return f
		}(), []claims.Figure{*count(claims.MeasureHospitalised, "")}, "critical||||", true},
		{"a state of a whole named before the sentence", func() *claims.Figure {
			f := count(claims.MeasureDischarged, "")
			f.PartOf = -1
			return f
		}(), nil, "discharged||||", true},
		{"part of other people", func() *claims.Figure {
			f := count(claims.MeasureKilled, "children")
			f.PartOf = 1
			return f
		}(), []claims.Figure{*count(claims.MeasureKilled, "")}, "killed|children|||", true},
		{"part of a hospital's patients", func() *claims.Figure {
			f := count(claims.MeasureKilled, "")
			f.PartOf = 1
			return f
		}(), []claims.Figure{*count("patient", "")}, "", false},
		{"part of a whole that states no fact", func() *claims.Figure {
			f := count(claims.MeasureKilled, "")
			f.PartOf = 1
			return f
		}(), []claims.Figure{func() claims.Figure {
			c := *count("crew", "")
			c.Start = 10 // "Five of the six crew members were killed"
			return c
		}()}, "killed||||", true},
		{"part after a number that states no fact", func() *claims.Figure {
			f := count(claims.MeasureKilled, "")
			f.PartOf, f.Start = 1, 30
			return f
		}(), []claims.Figure{*count("", "")}, "", false},
		{"counted noun, exact", count("pilgrim", ""), nil, "count|pilgrim|10", true},
		{"counted noun of a class", count("officer", "police"), nil, "count|police|10", true},
		{"a count of one", func() *claims.Figure {
			f := count(claims.MeasureKilled, "")
			f.Value, f.Interval = 1, claims.Point(1)
			return f
		}(), nil, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key, ok := factKey(tt.fig, tt.sib)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.key, key)
		})
	}
}

func TestSplitByPlace(t *testing.T) {
	at := func(places ...string) []*item {
		items := make([]*item, len(places))
		for i, p := range places {
			items[i] = &item{fig: &claims.Figure{Place: p}, stmt: Statement{Sentence: claims.Sentence{Text: "x"}}}
		}
		return items
	}
	tests := []struct {
		name      string
		places    []string
		split     [][]int
		uncertain []int
	}{
		{"no place", []string{"", ""}, [][]int{{0, 1}}, nil},
		{"one city only", []string{"peshawar", "", "khyber"}, [][]int{{0, 1, 2}}, nil},
		{"city and country", []string{"derna", claims.PlaceCountry, ""}, [][]int{{0}, {1, 2}}, nil},
		{"elsewhere apart", []string{"", claims.PlaceElsewhere}, [][]int{{0}, {1}}, nil},
		{"events together apart", []string{"", claims.PlaceCombined, claims.PlaceElsewhere, ""}, [][]int{{0, 3}, {2}, {1}}, nil},
		{"events together apart from provinces", []string{"tazrit province", "kel province", claims.PlaceCombined, ""}, [][]int{{0}, {1}, {2}, {3}}, nil},
		{"several countries", []string{"spain", "italy", ""}, [][]int{{0}, {1}}, []int{2}},
		{"one country by two names", []string{"turkey", "türkiye", ""}, [][]int{{0, 1, 2}}, nil},
		{"provinces", []string{"tazrit province", "kel province", ""}, [][]int{{0}, {1}, {2}}, nil},
		{"provinces only", []string{"tazrit province", "kel province"}, [][]int{{0}, {1}}, nil},
		{"a district in its state", []string{"varna district", "kel state", ""}, [][]int{{0, 1, 2}}, nil},
		{"a village beside two districts", []string{"tazrit district", "kel district", "ramidanda", ""}, [][]int{{0}, {1}, {2}, {3}}, nil},
		{"a town named by a district", []string{"tazrit district", "kel district", "kel west", ""}, [][]int{{0}, {1, 2}, {3}}, nil},
		{"the titles' town beside two districts", []string{"tazrit district", "kel district", "sorvo", ""}, [][]int{{0}, {1}, {2, 3}}, nil},
	}
	own := map[string]bool{"sorvo": true, "crash": true}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			split, uncertain := splitByPlace(at(tt.places...), indices(len(tt.places)), own)
			assert.Equal(t, tt.split, split)
			assert.Equal(t, tt.uncertain, uncertain)
		})
	}
}

// A toll restated day after day is one fact; arrests of two nights are two.
func TestRunningTotalsAndNights(t *testing.T) {
	res := compareText(t, `{"id":"a","outlet":"Wire A","published":"2026-07-02","title":"Riots in Portvale","text":"The death toll from the riots in Portvale stood at 12 on Monday. Police said 310 people were arrested on Monday night."}
{"id":"b","outlet":"Paper B","published":"2026-07-03","title":"Portvale riots continue","text":"The death toll from the riots in Portvale rose to 15 on Tuesday. Police said 280 people were arrested on Tuesday night."}
`)
	got := groupTexts(res)
	assert.Contains(t, got, "s1 killed conflict: Paper B 15, Wire A 12")
	for _, g := range got {
		assert.NotContains(t, g, "arrested", "arrests of two nights are two facts: %s", g)
	}
}

func TestOtherEvent(t *testing.T) {
	story := map[string]bool{}
	for _, k := range claims.EventKinds("Twin blasts kill 90 at a memorial") {
		story[k] = true
	}
	tests := []struct {
		sentence string
		other    bool
	}{
		{"A stampede at his funeral killed 56 people.", true},
		{"The explosion killed 84 people, officials said.", false},
		{"At least 84 people were killed.", false},
		{"The chief of the fire department said 82 were hurt.", false},
		{"A crush at the gate after the blast hurt dozens.", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.other, otherEvent(claims.EventKinds(tt.sentence), story), tt.sentence)
	}
}

// FuzzCompare compares three articles made of any text: no panic, and
// every group holds figures of two sources or more.
func FuzzCompare(f *testing.F) {
	f.Add("Quake kills 300", "At least 300 people died, including 40 children, in the province of Tazrit.", "The toll rose to 287 on Sunday; Kel province counted 12 dead.")
	f.Add("Ferry sinks", "35 people are missing.", "Divers searched for 41 missing, five of the six crew were killed.")
	f.Fuzz(func(t *testing.T, title, a, b string) {
		arts := []*claims.Article{
			{ID: "a", Outlet: "Wire A", Title: title, Text: a, Source: "a", Line: 1},
			{ID: "b", Outlet: "Paper B", Title: title, Text: b, Source: "b", Line: 1},
			{ID: "c", Outlet: "Channel C", Title: title, Text: a + " " + b, Source: "c", Line: 1},
		}
		res, err := Compare(docsOf(arts), DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range res.Groups {
			if len(g.Outlets) < 2 {
				t.Fatalf("group %s of one outlet: %v", g.ID, g.Outlets)
			}
		}
	})
}

func TestNeverPair(t *testing.T) {
	fig := func(who string, past bool) *claims.Figure { return &claims.Figure{Who: who, Past: past, Value: 170} }
	tests := []struct {
		name  string
		a, b  *claims.Figure
		never bool
	}{
		{"same people, same event", fig("troops", false), fig("us troops", false), false},
		{"two nationalities", fig("afghan", false), fig("us", false), true},
		{"one earlier event, dated by one outlet only", fig("", true), fig("", false), false},
		{"two classes", fig("troops", false), fig("police", false), true},
		{"two named places", &claims.Figure{Past: true, Value: 8, Place: "dhaka"}, &claims.Figure{Past: true, Value: 64, Place: "savar"}, true},
		{"a city and the country", &claims.Figure{Value: 80, Place: "dhaka"}, &claims.Figure{Value: 90, Place: claims.PlaceCountry}, false},
		{"a city and its country by name", &claims.Figure{Value: 90, Place: "kerman"}, &claims.Figure{Value: 84, Place: "iran"}, false},
		{"a dated history and a toll far apart", &claims.Figure{Past: true, Value: 2400}, &claims.Figure{Value: 13}, true},
		{"a class and the people at large", &claims.Figure{Who: "civilians", Value: 5, Interval: claims.Point(5)}, &claims.Figure{Value: 11, Interval: claims.Point(11)}, true},
		{"a class one outlet leaves out", &claims.Figure{Who: "unregistered", Value: 95, Interval: claims.Point(95)}, &claims.Figure{Value: 95, Interval: claims.Point(95)}, false},
		{"two hospitals' counts", &claims.Figure{Value: 80, Interval: claims.Point(80), Place: claims.PlaceHospital}, &claims.Figure{Value: 95, Interval: claims.Point(95), Place: claims.PlaceHospital}, true},
		{"a hospital's count and the toll", &claims.Figure{Value: 35, Interval: claims.Point(35), Place: claims.PlaceHospital}, &claims.Figure{Value: 30, Interval: claims.Point(30)}, true},
		{"a hospital's count that agrees", &claims.Figure{Value: 35, Interval: claims.Point(35), Place: claims.PlaceHospital}, &claims.Figure{Value: 35, Interval: claims.Point(35)}, false},
		{"civilians and a nationality", &claims.Figure{Who: "civilians", Value: 175, Interval: claims.Point(175)}, &claims.Figure{Who: "afghan", Value: 170, Interval: claims.Point(170)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.never, neverPair(tt.a, tt.b))
		})
	}
}

func TestStoryKinds(t *testing.T) {
	arts := []*claims.Article{
		{Title: "Fire at Baghdad Covid hospital kills at least 58"},
		{Title: "Over 80 killed in Baghdad hospital fire"},
		{Title: "Baghdad hospital fire kills at least 82"},
		{Title: "Hospital director arrested as fire toll stands at 82"},
	}
	kinds := storyKinds(arts, []int{0, 1, 2, 3})
	assert.True(t, kinds["fire"])
	assert.False(t, kinds["epidemic"], "one title of four names it in passing")
	assert.True(t, otherEvent(claims.EventKinds("Iraq has recorded more than 15,000 Covid deaths."), kinds))
}

func TestOtherEventCompanions(t *testing.T) {
	tests := []struct {
		name, title, sentence string
		other                 bool
	}{
		{"a blast in a story of a fire", "Fire in Soma coal mine traps hundreds", "Some 787 people were in the mine when the blast struck.", false},
		{"a fire in a story of a crash", "Jet crash at Tokyo airport", "The fire destroyed the airliner within hours.", false},
		{"a collapse in a story of a quake", "Earthquake kills 2,000 in Herat", "More than 1,300 homes collapsed in 12 villages.", false},
		{"a collapse in a story of a storm", "Typhoon Haiyan leaves thousands dead", "Eight were crushed when a warehouse wall collapsed.", true},
		{"an epidemic in a story of a fire", "Baghdad hospital fire kills 82", "Iraq has recorded 15,000 Covid deaths.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kinds := storyKinds([]*claims.Article{{Title: tt.title}}, []int{0})
			assert.Equal(t, tt.other, otherEvent(claims.EventKinds(tt.sentence), kinds))
		})
	}
}

func TestNamedCity(t *testing.T) {
	tests := []struct {
		name     string
		capitals []string
		cities   []string
		want     string
	}{
		{"one word", []string{"derna", "libya"}, []string{"derna", "benghazi"}, "derna"},
		{"every word of a two-word name", []string{"al", "haouz", "morocco"}, []string{"al haouz", "taroudant"}, "al haouz"},
		{"part of a name is not the name", []string{"al", "morocco"}, []string{"al haouz"}, ""},
		{"two cities named", []string{"derna", "benghazi"}, []string{"derna", "benghazi"}, ""},
		{"none", []string{"libya"}, []string{"derna"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, namedCity(tt.capitals, tt.cities))
		})
	}
}

func TestByHospital(t *testing.T) {
	fig := func(v float64, place string) *item {
		return &item{fig: &claims.Figure{Interval: claims.Interval{Lo: v, Hi: v}, Place: place}}
	}
	tests := []struct {
		name  string
		items []*item
		want  [][]int
	}{
		{"counts of hospitals split by interval", []*item{fig(6, claims.PlaceHospital), fig(20, claims.PlaceHospital), fig(6, claims.PlaceHospital)}, [][]int{{0, 2}, {1}}},
		{"a count elsewhere keeps the part whole", []*item{fig(6, claims.PlaceHospital), fig(20, "")}, [][]int{{0, 1}}},
		{"no hospital", []*item{fig(6, ""), fig(20, "")}, [][]int{{0, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, byHospital(tt.items, indices(len(tt.items))))
		})
	}
}

func TestYearsApart(t *testing.T) {
	at := func(figYear float64) *item {
		f := &claims.Figure{Kind: claims.Count, Span: claims.Span{Start: 40, End: 42}}
		sib := []claims.Figure{*f}
		if figYear != 0 {
			sib = append(sib, claims.Figure{Kind: claims.Year, Value: figYear, Span: claims.Span{Start: 10, End: 14}})
		}
		return &item{fig: f, sib: sib}
	}
	tests := []struct {
		name string
		a, b float64
		want bool
	}{
		{"two years", 1992, 2018, true},
		{"one year", 1992, 1992, false},
		{"a year and none", 1992, 0, false},
		{"no year", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, yearsApart(sentenceYear(at(tt.a)), sentenceYear(at(tt.b))))
		})
	}
}

func TestMoneyAndMeasurementsByValue(t *testing.T) {
	const port = `{"id":"p1","outlet":"Wire A","title":"Blast at Ostrava port kills 40","text":"A blast at the port of Ostrava killed 40 people on Monday. It was set off by 900 tonnes of fertiliser kept in a shed. The government will pay $5,000 to the family of each person killed."}
{"id":"p2","outlet":"Paper B","title":"Ostrava port blast: 40 dead","text":"The blast at Ostrava port on Monday killed 40 people. Officials blamed 900 tonnes of fertiliser stored in a shed. Each family of the dead will get $5,000, and each injured person $1,000."}
{"id":"p3","outlet":"Channel C","title":"Port of Ostrava blast","text":"Forty people died in the blast at the port of Ostrava on Monday. About 1,200 tonnes of fertiliser had been stored there, a union said."}
`
	got := groupTexts(compareText(t, port))
	assert.Contains(t, got, "s1 tonne agree: Paper B 900, Wire A 900", "one quantity in one unit, one exact value")
	assert.Contains(t, got, "s1 dollar agree: Paper B $5,000, Wire A $5,000", "money is compared by its exact value, never with the toll")
	for _, g := range got {
		assert.NotContains(t, g, "1,200", "a different amount is no conflict: nothing says it is the same load")
		assert.NotContains(t, g, "$1,000")
	}
}

func TestFactKeyTollWithAttackers(t *testing.T) {
	toll := func(who string, partOf int) claims.Figure {
		return claims.Figure{Kind: claims.Count, Measure: claims.MeasureKilled, Who: who, PartOf: partOf, Value: 26, Interval: claims.Point(26)}
	}
	arrest := func(who string, partOf int) claims.Figure {
		f := toll(who, partOf)
		f.Measure = claims.MeasureArrested
		return f
	}
	tests := []struct {
		name string
		sib  []claims.Figure
		key  string
	}{
		{"a toll that includes its attackers", []claims.Figure{toll("", 0), toll("militants", 1)}, "killed|with militants|||"},
		{"a toll that includes children", []claims.Figure{toll("", 0), toll("children", 1)}, "killed||||"},
		{"attackers of another count", []claims.Figure{toll("", 0), toll("militants", 0)}, "killed||||"},
		{"arrests that include the gunmen", []claims.Figure{arrest("", 0), arrest("militants", 1)}, "arrested||||"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key, ok := factKey(&tt.sib[0], tt.sib)
			require.True(t, ok)
			assert.Equal(t, tt.key, key)
		})
	}
}

// TestTollWithAttackers checks that a toll counting the attackers among
// its dead is kept apart from the victims' toll: no conflict of 26 with
// 20, and no pairing by context.
func TestTollWithAttackers(t *testing.T) {
	const siege = `{"id":"c1","outlet":"Wire A","published":"2026-07-02","title":"Gunmen kill 20 hostages in Korvik cafe siege","text":"Gunmen who stormed a cafe in Korvik on Friday killed 20 people before troops ended the siege, the army said."}
{"id":"c2","outlet":"Paper B","published":"2026-07-02","title":"Korvik cafe siege ends","text":"Twenty people were killed in the siege of the Korvik cafe, officials said on Saturday."}
{"id":"c3","outlet":"Channel C","published":"2026-07-02","title":"Army ends Korvik cafe siege","text":"The army said the siege of the Korvik cafe had left 26 people dead, a count that included six attackers. Officials said 20 people were killed in the cafe."}
`
	got := groupTexts(compareText(t, siege))
	for _, g := range got {
		assert.NotContains(t, g, "Channel C 26", "a toll with its attackers is its own fact: %v", got)
	}
	assert.Contains(t, got, "s1 killed agree: Channel C 20, Paper B Twenty, Wire A 20", "the victims' toll: %v", got)
}

func TestHospitalParts(t *testing.T) {
	fig := func(art int, v float64, place, who string) *item {
		return &item{art: art, fig: &claims.Figure{Measure: claims.MeasureInjured, Who: who, Interval: claims.Point(v), Place: place}}
	}
	tests := []struct {
		name  string
		items []*item
		want  map[int]bool
	}{
		{"a hospital's count below its article's toll", []*item{fig(0, 36, claims.PlaceHospital, ""), fig(0, 150, "", "")}, map[int]bool{0: true}},
		{"the largest count is the toll", []*item{fig(0, 150, claims.PlaceHospital, ""), fig(0, 36, "", "")}, map[int]bool{}},
		{"the badly injured at a hospital are no part of all the injured", []*item{fig(0, 12, claims.PlaceHospital, "serious"), fig(0, 150, "", "")}, map[int]bool{}},
		{"another article's toll", []*item{fig(0, 36, claims.PlaceHospital, ""), fig(1, 150, "", "")}, map[int]bool{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, hospitalParts(tt.items, indices(len(tt.items))))
		})
	}
}

// indices returns 0, 1, ..., n-1.
func indices(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

package figure

import (
	"math"
	"testing"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/qualify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// unitFig is the expected part of a figure for the unit tests.
type unitFig struct {
	text  string
	value float64
	kind  core.Kind
	unit  string
}

func figuresOf(t *testing.T, sentence string) []unitFig {
	t.Helper()
	ex, err := newFinder(defaultOptions())
	require.NoError(t, err)
	var got []unitFig
	for _, f := range ex.Figures(sentence) {
		require.Equal(t, f.Text, sentence[f.Start:f.End], "span of %q", f.Text)
		v := f.Value
		if math.Abs(v) > 1e-3 {
			v = qualify.Tidy(v)
		}
		got = append(got, unitFig{f.Text, v, f.Kind, f.Unit})
	}
	return got
}

var unitCases = []struct {
	name     string
	sentence string
	want     []unitFig
}{
	// Currencies: ISO codes, signs before and after, shared names resolved.
	{"dollar sign", "The bridge cost $4.2bn and tolls are $3.",
		[]unitFig{{"$4.2bn", 4.2e9, core.Money, "USD"}, {"$3", 3, core.Money, "USD"}}},
	{"dollar of a country", "Canberra will spend $80m on the port, the Australian treasurer said.",
		[]unitFig{{"$80m", 80e6, core.Money, "AUD"}}},
	{"prefixed dollars", "Fares rose to HK$12 and S$9, and to C$40 a night.",
		[]unitFig{{"HK$12", 12, core.Money, "HKD"}, {"S$9", 9, core.Money, "SGD"}, {"C$40", 40, core.Money, "CAD"}}},
	{"pounds euros yen", "Tickets cost £25, €30 or 4,000 yen; the fund holds 2 million euros.",
		[]unitFig{{"£25", 25, core.Money, "GBP"}, {"€30", 30, core.Money, "EUR"}, {"4,000", 4000, core.Money, "JPY"}, {"2 million", 2e6, core.Money, "EUR"}}},
	{"rupees and shillings", "A meal is Rs 450 in Pakistan; a bus fare in Nairobi is KSh 100.",
		[]unitFig{{"Rs 450", 450, core.Money, "PKR"}, {"100", 100, core.Money, "KES"}}},
	{"code after and before", "The deal is worth 300 CHF or USD 320.",
		[]unitFig{{"300", 300, core.Money, "CHF"}, {"USD 320", 320, core.Money, "USD"}}},
	{"cents join dollars", "A loaf costs 3 dollars and 20 cents.",
		[]unitFig{{"3 dollars and 20 cents", 3.2, core.Money, "USD"}}},
	{"pence", "Shares closed 12p lower at 240 pence.",
		[]unitFig{{"12", 12, core.Money, "penny"}, {"240", 240, core.Money, "penny"}}},
	// Measurements: symbol, glued, hyphenated, spelled out, two units.
	{"lengths", "The trail is 12 km long, a 6-mile loop with a 300-foot climb.",
		[]unitFig{{"12", 12, core.Measurement, "km"}, {"6", 6, core.Measurement, "mi"}, {"300", 300, core.Measurement, "ft"}}},
	{"range of one unit", "Floods hit towns from 40 to 55 miles inland.",
		[]unitFig{{"from 40 to 55", 40, core.Measurement, "mi"}}},
	{"m is metres by context", "The 37m (121ft)-long hull sank beside a 4.5m wall.",
		[]unitFig{{"37m", 37, core.Measurement, "m"}, {"121", 121, core.Measurement, "ft"}, {"4.5m", 4.5, core.Measurement, "m"}}},
	{"a range of metres down a shaft", "Some 49 miners were trapped between 300m and 350m down.",
		[]unitFig{{"Some 49", 49, core.Count, ""}, {"between 300m and 350m", 300, core.Measurement, "m"}}},
	{"m in a race", "She won the 800m in a world-leading time and threw 13.7m; 9m viewers watched the final.",
		[]unitFig{{"800m", 800, core.Measurement, "m"}, {"13.7m", 13.7, core.Measurement, "m"}, {"9m", 9e6, core.Count, ""}}},
	{"m is million otherwise", "The scheme reached 3m households and cost £15m.",
		[]unitFig{{"3m", 3e6, core.Count, ""}, {"£15m", 15e6, core.Money, "GBP"}}},
	{"areas", "Fire burned 1,200 hectares, about 45 sq km, and a 32m2 shed.",
		[]unitFig{{"1,200", 1200, core.Measurement, "ha"}, {"about 45", 45, core.Measurement, "km2"}, {"32m", 32, core.Measurement, "m2"}}},
	{"mass and volume", "They seized 40kg of resin, 3 tonnes of rice and 500 litres of fuel.",
		[]unitFig{{"40", 40, core.Measurement, "kg"}, {"3", 3, core.Measurement, "t"}, {"500", 500, core.Measurement, "l"}}},
	{"pounds of weight", "The boy lost 14 pounds in a month.",
		[]unitFig{{"14", 14, core.Measurement, "lb"}}},
	{"speed", "Gusts reached 120 km/h, or 75 miles per hour.",
		[]unitFig{{"120", 120, core.Measurement, "km/h"}, {"75", 75, core.Measurement, "mph"}}},
	{"rate", "The field pumps 20,000 barrels a day.",
		[]unitFig{{"20,000", 20000, core.Measurement, "bbl/d"}}},
	{"temperatures", "It was 41C in the shade, 106 degrees Fahrenheit, and -3°C at night.",
		[]unitFig{{"41", 41, core.Measurement, "°C"}, {"106", 106, core.Measurement, "°F"}, {"-3", -3, core.Measurement, "°C"}}},
	{"feet and inches", "The tallest player is 6ft 9in.",
		[]unitFig{{"6ft 9in", 6.75, core.Measurement, "ft"}}},
	{"power and data", "A 185-hp engine, a 6.1-inch screen and 128GB of storage.",
		[]unitFig{{"185", 185, core.Measurement, "hp"}, {"6.1", 6.1, core.Measurement, "in"}, {"128", 128, core.Measurement, "GB"}}},
	{"mixed fraction", "The river rose 2 1/2 feet.",
		[]unitFig{{"2 1/2", 2.5, core.Measurement, "ft"}}},
	{"fraction characters", "He served 2½ years and walked ½ mile.",
		[]unitFig{{"2½", 2.5, core.Duration, "year"}, {"½", 0.5, core.Measurement, "mi"}}},
	// Percents, durations and ages.
	{"percent", "Turnout was 61% and support 40 per cent.",
		[]unitFig{{"61%", 61, core.Percent, "%"}, {"40", 40, core.Percent, "%"}}},
	{"durations and ages", "The 19-year-old served three months; her son is four weeks old.",
		[]unitFig{{"19", 19, core.Age, "year"}, {"three", 3, core.Duration, "month"}, {"four", 4, core.Age, "week"}}},
	// Times.
	{"times", "The blast came at 10.45pm, the alarm at 5:55 AM and the call at 23:10.",
		[]unitFig{{"10.45pm", 22.75, core.Time, ""}, {"5:55 AM", 5.916667, core.Time, ""}, {"23:10", 23.166667, core.Time, ""}}},
	{"timestamp", "Logged 2023-05-04T07:15:00Z by the server.",
		[]unitFig{{"2023-05-04T07:15:00Z", 7.25, core.Time, ""}}},
	{"zone", "Polls close at 2100 GMT.",
		[]unitFig{{"2100 GMT", 21, core.Time, ""}}},
	// Scores.
	{"scores", "They were 2-0 down, drew level at 3-3 and lost 3-4 on penalties.",
		[]unitFig{{"2-0", 2, core.Score, ""}, {"3-3", 3, core.Score, ""}, {"3-4", 3, core.Score, ""}}},
	{"range is no score", "Between 20-30 people gathered for 3-4 days.",
		[]unitFig{{"Between 20-30", 20, core.Count, ""}, {"3-4", 3, core.Duration, "day"}}},
	// Scientific notation.
	{"scientific", "A proton weighs 1.67×10−27 kg; Avogadro's number is 6.02e23.",
		[]unitFig{{"1.67×10−27", 1.67e-27, core.Measurement, "kg"}, {"6.02e23", 6.02e23, core.Other, ""}}},
	// Numbers in names are no figures.
	{"products", "Her iPhone 12 and his Galaxy S23 broke; 40 phones were sold.",
		[]unitFig{{"40", 40, core.Count, ""}}},
	{"indices", "The FTSE 100 and the S&P 500 fell, as did the Nasdaq 100; the Big 12 voted.",
		nil},
	{"places and codes", "Fans in Row 21 of Section 8 took flight 370 to Gate 5 near the TA-125 and Unit 3.",
		nil},
	{"addresses", "10 Downing Street denied it; crowds gathered at 221 Baker Street.",
		nil},
	{"codes after digits", "Phones with 5G and 3D screens; 12 shops.",
		[]unitFig{{"12", 12, core.Count, ""}}},
	{"shilling resolved", "In Kampala a fare is Sh 2,000 and in Nairobi KSh 50.",
		[]unitFig{{"2,000", 2000, core.Money, "KES"}, {"50", 50, core.Money, "KES"}}},
	{"shilling of a country", "Uganda raised fees to Sh 5,000.",
		[]unitFig{{"5,000", 5000, core.Money, "UGX"}}},
	{"capitals before a scale", "A US 500 billion package passed.",
		[]unitFig{{"500 billion", 500e9, core.Count, ""}}},
	{"name then count", "Route 66 saw 12 crashes.",
		[]unitFig{{"12", 12, core.Count, ""}}},
	{"year before a unit word", "In 2019 tonnes of waste piled up, and the 2000 km race began.",
		[]unitFig{{"2019", 2019, core.Year, ""}, {"2000", 2000, core.Measurement, "km"}}},
	{"year after month kept", "The February 1974 election and the 2019 vote.",
		[]unitFig{{"1974", 1974, core.Year, ""}, {"2019", 2019, core.Year, ""}}},
}

func TestUnits(t *testing.T) {
	for _, c := range unitCases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, figuresOf(t, c.sentence))
		})
	}
}

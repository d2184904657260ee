package unit

import (
	"math"
	"testing"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang"
	en "github.com/crosscheck-news/crosscheck/claims/lang/english"
	"github.com/stretchr/testify/assert"
)

// english is the unit table of the English lexicon.
var english = New(en.Lexicon().Currencies)

func TestNormalise(t *testing.T) {
	cases := []struct {
		f      core.Figure
		lo, hi float64
		dim    string
	}{
		{core.Figure{Unit: "mi", Interval: core.Point(10)}, 16093.44, 16093.44, DimLength},
		{core.Figure{Unit: "km", Interval: core.Interval{Lo: 16, Hi: math.Inf(1)}}, 16000, math.Inf(1), DimLength},
		{core.Figure{Unit: "°F", Interval: core.Point(212)}, 373.15, 373.15, DimTemperature},
		{core.Figure{Unit: "°C", Interval: core.Point(100)}, 373.15, 373.15, DimTemperature},
		{core.Figure{Unit: "USD", Interval: core.Point(5)}, 5, 5, "money:USD"},
		{core.Figure{Unit: "bbl/d", Interval: core.Point(1)}, 0.158987294928 / 86400, 0.158987294928 / 86400, "volume/time"},
		{core.Figure{Unit: "", Interval: core.Point(7)}, 7, 7, ""},
		{core.Figure{Unit: "%", Interval: core.Point(7)}, 7, 7, DimPercent},
		{core.Figure{Unit: "zorks", Interval: core.Point(7)}, 7, 7, "unit:zorks"},
	}
	for _, c := range cases {
		iv, dim := english.Normalise(c.f)
		assert.Equal(t, c.dim, dim, c.f.Unit)
		assert.InDelta(t, c.lo, iv.Lo, 1e-6*math.Max(1, math.Abs(c.lo)), c.f.Unit)
		if math.IsInf(c.hi, 0) {
			assert.True(t, math.IsInf(iv.Hi, 1), c.f.Unit)
		} else {
			assert.InDelta(t, c.hi, iv.Hi, 1e-6*math.Max(1, math.Abs(c.hi)), c.f.Unit)
		}
	}
}

func TestComparable(t *testing.T) {
	u := func(s string) core.Figure { return core.Figure{Unit: s} }
	assert.True(t, english.Comparable(u("mi"), u("km")), "10 miles vs 16 km")
	assert.True(t, english.Comparable(u("km/h"), u("mph")))
	assert.True(t, english.Comparable(u("°C"), u("°F")))
	assert.True(t, english.Comparable(u(""), u("")))
	assert.True(t, english.Comparable(u("EUR"), u("EUR")))
	assert.False(t, english.Comparable(u("USD"), u("EUR")), "currencies never compare")
	assert.False(t, english.Comparable(u("km"), u("kg")))
	assert.False(t, english.Comparable(u(""), u("%")))
	assert.False(t, english.Comparable(u("°"), u("°C")), "bare degrees say no scale")
	assert.Equal(t, DimLength, english.Dimension("ft"))
	assert.Equal(t, "money:KES", english.Dimension("KES"))
}

func TestUnitTables(t *testing.T) {
	seen := map[string]bool{}
	for _, defs := range [][]Def{Measures(), Times()} {
		for _, d := range defs {
			assert.False(t, seen[d.Symbol], "one row a unit: %s", d.Symbol)
			seen[d.Symbol] = true
			assert.NotEmpty(t, d.Words, d.Symbol)
			assert.Greater(t, d.Factor, 0.0, d.Symbol)
		}
	}
	for _, c := range en.Currencies() {
		assert.NotEmpty(t, c.Code)
		if c.Family != "" {
			assert.NotNil(t, english.BySymbol(c.Code))
		}
	}
}

// TestTableCurrencies: a table's currencies are the rows it is built from,
// in their order, with their families; a currency the rows do not name is
// no unit of the table.
func TestTableCurrencies(t *testing.T) {
	rows := []lang.Currency{
		{Code: "ZMK", Words: "zorkmid|zorkmids"},
		{Code: "USD", Family: "dollar", Words: "dollars", Before: "$"},
	}
	tb := New(rows)
	defs := tb.Currencies()
	assert.Len(t, defs, 2)
	assert.Equal(t, "ZMK", defs[0].Symbol)
	assert.Equal(t, "zorkmid|zorkmids", defs[0].Words)
	assert.Equal(t, "", tb.FamilyOf(&defs[0]))
	assert.Equal(t, "dollar", tb.FamilyOf(&defs[1]))
	assert.Equal(t, "money:ZMK", tb.Dimension("ZMK"))
	assert.Equal(t, "unit:ZMK", english.Dimension("ZMK"), "not an English currency")
	assert.Equal(t, "unit:EUR", tb.Dimension("EUR"))
	assert.Equal(t, DimLength, tb.Dimension("km"), "the physical units are every table's")
	assert.Empty(t, tb.FamilyOf(&Def{Symbol: "USD"}), "a row of another table")
}

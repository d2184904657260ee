package unit

import (
	"math"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

// Dimension returns what sort of quantity a unit measures: DimLength for
// "km" and "mi", "money:USD" for "USD" (each currency its own), DimPercent
// for "%", "" for no unit (a count), "speed" for "km/h" and a made-up
// "length/time" for a rate such as "bbl/d". A unit the tables do not know
// is its own dimension ("unit:" and the symbol).
func (t *Table) Dimension(unit string) string {
	_, dim, _, ok := t.scale(unit)
	if !ok {
		return "unit:" + unit
	}
	return dim
}

// scale returns the base-unit factor and offset of a unit, its
// dimension, and whether the unit is known.
func (t *Table) scale(unit string) (factor float64, dim string, offset float64, ok bool) {
	switch unit {
	case "":
		return 1, "", 0, true
	case "%":
		return 1, DimPercent, 0, true
	}
	if d := t.BySymbol(unit); d != nil {
		if d.Dim == DimMoney {
			return 1, DimMoney + ":" + d.Symbol, 0, true
		}
		return d.Factor, d.Dim, d.Offset, true
	}
	// A rate: "bbl/d", "Mbit/s", "km/ms".
	if i := strings.LastIndexByte(unit, '/'); i > 0 {
		num, per := t.BySymbol(unit[:i]), t.timeOfRate(unit[i+1:])
		if num != nil && per != nil && num.Dim != DimMoney && num.Offset == 0 {
			return num.Factor / per.Factor, num.Dim + "/" + DimTime, 0, true
		}
	}
	return 0, "", 0, false
}

// timeOfRate returns the time unit a rate symbol stands for ("h" is an hour).
func (t *Table) timeOfRate(sym string) *Def {
	for name, s := range rateSymbol {
		if s == sym {
			return t.BySymbol(name)
		}
	}
	return nil
}

// Normalise returns the interval of f in the base unit of its unit's
// dimension (metres, square metres, kilograms, kelvin, seconds, …), and
// that dimension (see [Table.Dimension]). Counts, percents and money keep their
// interval: a currency is its own dimension and is never converted.
func (t *Table) Normalise(f core.Figure) (core.Interval, string) {
	factor, dim, offset, ok := t.scale(f.Unit)
	if !ok {
		return f.Interval, "unit:" + f.Unit
	}
	iv := f.Interval
	if factor != 1 || offset != 0 {
		iv.Lo, iv.Hi = toBase(iv.Lo, factor, offset), toBase(iv.Hi, factor, offset)
	}
	return iv, dim
}

func toBase(v, factor, offset float64) float64 {
	if math.IsInf(v, 0) {
		return v
	}
	return v*factor + offset
}

// Comparable reports whether figures a and b are stated in units that can
// be compared: the same unit, or units of one dimension that convert into
// each other (10 miles and 16 km). Figures in different currencies, in
// incompatible units, or one with a unit and one without never compare, so
// they never make a conflict.
func (t *Table) Comparable(a, b core.Figure) bool {
	if a.Unit == b.Unit {
		return true
	}
	_, da, _, oka := t.scale(a.Unit)
	_, db, _, okb := t.scale(b.Unit)
	return oka && okb && da == db && da != DimDegree
}

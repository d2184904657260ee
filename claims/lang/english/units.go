package english

// TimeUnitWords are the words of durations and ages after a number: "3
// days", "10 years", "two terms". (The unit table of package claims/figure
// spells the time units it converts; this list is what the kind rules read.)
func TimeUnitWords() []string {
	return []string{"second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours",
		"hr", "hrs", "day", "days", "night", "nights", "week", "weeks", "fortnight", "fortnights",
		"month", "months", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
		"weekend", "weekends", "semester", "semesters", "term", "terms", "season", "seasons"}
}

// PercentWords say a percent after a number: "5 percent", "10 pct".
func PercentWords() []string {
	return []string{"percent", "percents", "pct", "pc", "percentage"}
}

// UnitWords say a physical measure after a number: "5 km", "2 tonnes",
// "10 mph". (The unit table of package claims/figure spells the units it
// converts; this list is what the kind rules read.)
func UnitWords() []string {
	return []string{"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers",
		"mile", "miles", "metre", "metres", "meter", "meters", "cm", "mm", "centimetres",
		"centimeters", "millimetres", "millimeters", "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos",
		"gram", "grams", "tonne", "tonnes", "ton", "tons", "litre", "litres", "liter", "liters",
		"gallon", "gallons", "foot", "feet", "ft", "inch", "inches", "yard", "yards", "acre", "acres",
		"hectare", "hectares", "ha", "sq", "square", "degree", "degrees", "mph", "kph", "kmh",
		"mw", "gw", "kw", "kwh", "mwh", "gwh", "gb", "mb", "tb", "kb", "ghz", "mhz", "bpd",
		"barrel", "barrels", "calorie", "calories", "kcal", "lb", "lbs", "oz", "ounce", "ounces",
		"knots", "volts", "watts", "fold", "megawatts", "gigawatts", "bytes", "pixels", "megapixels"}
}

// LengthWords say a length next to "37m", or shortly before it: "37m tall",
// "a height of 1.8m", "waves of up to 5m". They make the "m" metres rather
// than million.
func LengthWords() []string {
	return []string{
		"tall", "high", "long", "wide", "deep", "thick", "away", "height", "length", "depth", "width",
		"altitude", "elevation", "distance", "diameter", "radius", "span", "wingspan", "waves", "wave",
		"surge", "measuring", "measures", "measured", "stands", "sprint", "race", "hurdles", "freestyle",
		"butterfly", "backstroke", "breaststroke", "relay", "medley", "underground", "below", "above", "down",
		"metres", "meters", "feet", "ft",
	}
}

// ScaleWords name a scale whose grade a number gives: "magnitude 7.2", "a
// 7.2-magnitude earthquake", "a Category 5 storm", "a level 4 alert".
func ScaleWords() []string {
	return []string{"magnitude", "richter", "category", "level", "grade", "force"}
}

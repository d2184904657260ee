package unit

// This file holds the unit vocabulary: one row a unit. A row names the
// symbol a figure carries (Figure.Unit), the dimension, the factor to the
// base unit of that dimension (and an offset, for temperatures), and how the
// unit is written after a number. Adding a unit is adding a row.
//
// Spellings are "|"-separated. Words match in any case ("km", "Kilometres");
// a spelling prefixed with "=" matches case-sensitively ("=MB" is megabytes,
// "=Mb" megabits), one prefixed with "^" only glued to the digits ("^t" in
// "100t"; "^=C" in "40C"). A spelling of several tokens ("square metres",
// "km/h", "° C") matches them with at most one space between tokens.

// Dimensions of units. Figures of one dimension convert into each other;
// figures of different dimensions never compare.
const (
	DimLength      = "length"
	DimArea        = "area"
	DimVolume      = "volume"
	DimMass        = "mass"
	DimSpeed       = "speed"
	DimTemperature = "temperature"
	DimAngle       = "angle"
	DimDegree      = "degree" // "98 degrees": a temperature or an angle, the text does not say
	DimData        = "data"
	DimPower       = "power"
	DimEnergy      = "energy"
	DimFrequency   = "frequency"
	DimTime        = "time"
	DimPercent     = "percent"
	DimMoney       = "money" // one currency: figures of different currencies never compare
)

// Def is one unit of the vocabulary.
type Def struct {
	Symbol string
	Dim    string
	Factor float64 // base units in one unit
	Offset float64 // base = value·Factor + Offset (temperatures, to kelvin)
	Words  string  // spellings after a number
}

// measures are the physical units, in the base units m, m2, m3, kg, m/s,
// K, rad, byte, W, J, Hz.
var measures = []Def{
	{"km", DimLength, 1000, 0, "km|kms|kilometre|kilometres|kilometer|kilometers"},
	{"m", DimLength, 1, 0, "=m|metre|metres|meter|meters"},
	{"cm", DimLength, 0.01, 0, "cm|centimetre|centimetres|centimeter|centimeters"},
	{"mm", DimLength, 0.001, 0, "mm|millimetre|millimetres|millimeter|millimeters"},
	{"dm", DimLength, 0.1, 0, "dm|decimetre|decimetres|decimeter|decimeters"},
	{"pm", DimLength, 1e-12, 0, "picometre|picometres|picometer|picometers"},
	{"mi", DimLength, 1609.344, 0, "mi|mile|miles"},
	{"nmi", DimLength, 1852, 0, "nautical mile|nautical miles|nmi"},
	{"ft", DimLength, 0.3048, 0, "ft|foot|feet"},
	{"in", DimLength, 0.0254, 0, "^=in|inch|inches"},
	{"yd", DimLength, 0.9144, 0, "yd|yds|yard|yards"},
	{"m2", DimArea, 1, 0, "=m2|=m²|sq m|sq. m|sqm|square metre|square metres|square meter|square meters"},
	{"km2", DimArea, 1e6, 0, "km2|km²|sq km|sq. km|square kilometre|square kilometres|square kilometer|square kilometers"},
	{"mi2", DimArea, 2589988.110336, 0, "sq mi|sq. mi|square mile|square miles"},
	{"ft2", DimArea, 0.09290304, 0, "sq ft|sq. ft|sqft|square foot|square feet"},
	{"ha", DimArea, 1e4, 0, "ha|hectare|hectares"},
	{"acre", DimArea, 4046.8564224, 0, "acre|acres"},
	{"m3", DimVolume, 1, 0, "=m3|=m³|cubic metre|cubic metres|cubic meter|cubic meters"},
	{"ft3", DimVolume, 0.028316846592, 0, "cu ft|cubic foot|cubic feet|ft3"},
	{"l", DimVolume, 0.001, 0, "litre|litres|liter|liters"},
	{"ml", DimVolume, 1e-6, 0, "ml|millilitre|millilitres|milliliter|milliliters"},
	{"gal", DimVolume, 0.003785411784, 0, "gal|gallon|gallons"},
	{"bbl", DimVolume, 0.158987294928, 0, "bbl|barrel|barrels"},
	{"tbsp", DimVolume, 1.478676478125e-5, 0, "tbsp|tablespoon|tablespoons"},
	{"tsp", DimVolume, 4.92892159375e-6, 0, "tsp|teaspoon|teaspoons"},
	{"cup", DimVolume, 2.365882365e-4, 0, "cup|cups"},
	{"kg", DimMass, 1, 0, "kg|kgs|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos"},
	{"g", DimMass, 0.001, 0, "^=g|gram|grams|gramme|grammes"},
	{"mg", DimMass, 1e-6, 0, "mg|milligram|milligrams|milligramme|milligrammes"},
	{"µg", DimMass, 1e-9, 0, "µg|μg|mcg|microgram|micrograms|microgramme|microgrammes"},
	{"t", DimMass, 1000, 0, "^=t|tonne|tonnes|metric ton|metric tons|metric tonne|metric tonnes"},
	{"ton", DimMass, 907.18474, 0, "ton|tons"},
	{"lb", DimMass, 0.45359237, 0, "lb|lbs"},
	{"oz", DimMass, 0.028349523125, 0, "oz|ounce|ounces"},
	{"km/h", DimSpeed, 1 / 3.6, 0, "km/h|km/hr|kph|kmh|kmph|kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour|km per hour|km an hour"},
	{"mph", DimSpeed, 0.44704, 0, "mph|mi/h|miles per hour|miles an hour|mile per hour"},
	{"m/s", DimSpeed, 1, 0, "m/s|metres per second|meters per second|metres a second"},
	{"kn", DimSpeed, 0.514444, 0, "knot|knots"},
	{"°C", DimTemperature, 1, 273.15, "°c|℃|^=C|degrees celsius|degree celsius|deg celsius|deg c|degrees c|degrees centigrade|celsius|celcius|centigrade"},
	{"°F", DimTemperature, 5.0 / 9, 255.3722222222222, "°f|℉|^=F|degrees fahrenheit|degree fahrenheit|deg fahrenheit|deg f|degrees f|fahrenheit|farenheit|degrees farenheit|degree farenheit"},
	{"°", DimDegree, 1, 0, "°|degree|degrees|deg"},
	{"rad", DimAngle, 1, 0, "rad|radian|radians"},
	{"bit", DimData, 0.125, 0, "bit|bits"},
	{"Mbit", DimData, 125000, 0, "=Mb|=mb|Mbit|megabit|megabits"},
	{"B", DimData, 1, 0, "byte|bytes"},
	{"KB", DimData, 1e3, 0, "=KB|=kB|kilobyte|kilobytes"},
	{"MB", DimData, 1e6, 0, "=MB|megabyte|megabytes"},
	{"GB", DimData, 1e9, 0, "gb|gigabyte|gigabytes"},
	{"TB", DimData, 1e12, 0, "tb|terabyte|terabytes"},
	{"W", DimPower, 1, 0, "=W|watt|watts"},
	{"kW", DimPower, 1e3, 0, "kw|kilowatt|kilowatts"},
	{"MW", DimPower, 1e6, 0, "mw|megawatt|megawatts"},
	{"GW", DimPower, 1e9, 0, "gw|gigawatt|gigawatts"},
	{"hp", DimPower, 745.699872, 0, "hp|bhp|horsepower"},
	{"kWh", DimEnergy, 3.6e6, 0, "kwh"},
	{"MWh", DimEnergy, 3.6e9, 0, "mwh"},
	{"GWh", DimEnergy, 3.6e12, 0, "gwh"},
	{"kcal", DimEnergy, 4184, 0, "kcal|calorie|calories"},
	{"Hz", DimFrequency, 1, 0, "hz|hertz"},
	{"kHz", DimFrequency, 1e3, 0, "khz"},
	{"MHz", DimFrequency, 1e6, 0, "mhz"},
	{"GHz", DimFrequency, 1e9, 0, "ghz"},
}

// times are the units of durations and ages, in seconds.
var times = []Def{
	{"ms", DimTime, 0.001, 0, "ms|millisecond|milliseconds"},
	{"second", DimTime, 1, 0, "second|seconds|sec|secs"},
	{"minute", DimTime, 60, 0, "minute|minutes|min|mins"},
	{"hour", DimTime, 3600, 0, "hour|hours|hr|hrs|^=h"},
	{"day", DimTime, 86400, 0, "day|days"},
	{"night", DimTime, 86400, 0, "night|nights"},
	{"week", DimTime, 604800, 0, "week|weeks"},
	{"fortnight", DimTime, 1209600, 0, "fortnight|fortnights"},
	{"month", DimTime, 2629746, 0, "month|months"},
	{"year", DimTime, 31556952, 0, "year|years|yr|yrs|yo"},
	{"decade", DimTime, 315569520, 0, "decade|decades"},
	{"century", DimTime, 3155695200, 0, "century|centuries"},
}

// Measures returns the physical units, one row a unit. The rows are the
// package's own: callers keep pointers to them and never modify them.
func Measures() []Def { return measures }

// Times returns the units of durations and ages, in seconds (rows as
// [Measures]).
func Times() []Def { return times }

// RateSymbol returns the symbol of a time unit in a rate ("h" for "hour"
// in "km/h", "d" for "day" in "bbl/d"), or "".
func RateSymbol(name string) string { return rateSymbol[name] }

// rateSymbol is the symbol of a time unit in a rate ("km/ms", "bbl/d").
var rateSymbol = map[string]string{"ms": "ms", "second": "s", "minute": "min", "hour": "h", "day": "d", "week": "wk", "month": "mo", "year": "yr"}

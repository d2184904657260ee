package measure

import "github.com/crosscheck-news/crosscheck/claims/lang/english"

// lex is the vocabulary the tables of the measure and slot passes are
// built from.
var lex = english.Measures()

// byMeasure keys the word lists of b by the measures they give.
func byMeasure(b english.ByMeasure) map[string][]string {
	return map[string][]string{
		Killed: b.Killed, Injured: b.Injured, Missing: b.Missing, Arrested: b.Arrested,
		Displaced: b.Displaced, Evacuated: b.Evacuated, Executed: b.Executed,
		Hospitalised: b.Hospitalised, Critical: b.Critical, Attendance: b.Attendance,
		Protesters: b.Protesters, Discharged: b.Discharged, Identified: b.Identified,
		Unidentified: b.Unidentified, HandedOver: b.HandedOver, Rescued: b.Rescued,
		Trapped: b.Trapped, Affected: b.Affected,
	}
}

var (
	numberWords = set("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
		"ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens",
		"hundreds", "thousands", "millions", "billions", "scores", "half", "m", "bn", "k")

	multiplierWords = set("hundred", "thousand", "million", "billion", "trillion", "dozen",
		"hundreds", "thousands", "millions", "billions", "dozens", "m", "bn", "k")

	qualifierWords = set("at", "least", "more", "than", "over", "about", "around", "nearly", "almost",
		"some", "up", "to", "as", "many", "much", "fewer", "less", "under", "below", "above",
		"roughly", "approximately", "estimated", "an", "a", "just", "no", "or", "and", "between",
		"exceeding", "most", "upwards", "of", "the", "only", "another", "total")

	// participles are the measure words that may follow a figure and its
	// noun: "130 people were killed", "60 wounded", "15 remain missing".
	participles = measureMap(byMeasure(lex.Participles))

	// transitive participles read as active verbs when an object follows.
	transitive = set(lex.Transitive...)

	// headMeasure maps measure nouns heading the noun phrase: "84 deaths".
	headMeasure = measureMap(byMeasure(lex.HeadMeasure))

	// leftMeasure maps measure words that govern a figure after them.
	leftMeasure = measureMap(byMeasure(lex.LeftMeasure))

	// ambiguous measure verbs count people only: "held 11 suspects" but
	// not "held 3 rallies".
	ambiguous = set(lex.Ambiguous...)

	chainParticiples = set(lex.ChainParticiples...)

	beForms = set(lex.BeForms...)

	// chainPass may stand between a noun phrase and its participle.
	chainPass = set(lex.ChainPass...)

	determiners = set(lex.Determiners...)

	possessives = set(lex.Possessives...)

	// demonstratives point back at something said before.
	demonstratives = set(lex.Demonstratives...)

	measurePronouns = set(lex.Pronouns...)

	// npStop ends a noun phrase after a figure.
	npStop = set(lex.NpStop...)

	// npModifiers are dropped from the front of a subject: "13 other US
	// soldiers" → "US soldiers".
	npModifiers = set(lex.NpModifiers...)

	genericPerson = lex.GenericPerson

	notAdverb = set(lex.NotAdverb...)

	unitNouns = set(
		// time
		"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade",
		"century", "millennium", "term", "season", "fortnight",
		// money
		"dollar", "cent", "euro", "pound", "penny", "pence", "ruble", "rouble", "rupee", "afghani",
		"yuan", "renminbi", "yen", "won", "franc", "lira", "dinar", "riyal", "rial", "toman",
		"somoni", "shekel", "peso", "real", "rand", "naira", "shilling", "krona", "krone", "dirham",
		"hryvnia", "tenge", "manat", "lari", "dram", "taka", "baht", "ringgit", "rupiah", "kyat",
		"sterling", "bitcoin",
		// measures
		"percent", "percentage", "point", "kilometre", "kilometer", "km", "mile", "metre", "meter",
		"m", "foot", "feet", "inch", "centimetre", "centimeter", "cm", "mm", "yard", "acre",
		"hectare", "kilogram", "kg", "gram", "tonne", "ton", "pound", "ounce", "litre", "liter",
		"gallon", "barrel", "degree", "mph", "kph", "kmh", "knot", "megawatt", "gigawatt",
		"kilowatt", "watt", "volt", "calorie", "byte", "megabyte", "gigabyte", "terabyte",
		// areas and places
		"province", "district", "state", "county", "region", "country", "nation", "city", "town",
		"village", "municipality", "governorate", "territory", "oblast", "prefecture", "canton",
		"neighbourhood", "neighborhood", "continent", "island", "capital")

	irregularPlurals = lex.IrregularPlurals

	// tollVerbs link a toll to its figure: "the death toll from the attack
	// rose to 139", "the number of dead stood at 84".
	tollVerbs = set(lex.TollVerbs...)

	// measureWeakToll are toll links that are no verb of their own.
	measureWeakToll = set(lex.WeakToll...)

	// measureTollNouns head a toll phrase: "the number of people killed".
	measureTollNouns = set(lex.TollNouns...)

	// measureSubMarkers introduce a part of an earlier count.
	measureSubMarkers = set(lex.SubMarkers...)

	// measureRefWords make a sub-count a reference to a known group.
	measureRefWords = set(lex.RefWords...)

	// measurePartitive follow "N of" in a partitive sub-count.
	measurePartitive = set(lex.Partitive...)

	// measureAsWords make "as … as" a qualifier.
	measureAsWords = set(lex.AsWords...)

	// measureCalendar are day and month names, never a counted noun when
	// capitalised.
	measureCalendar = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december")

	// passWords are -ed/-ing words that do not end the left scan.
	passWords = set(lex.PassWords...)

	irregularVerbs = set(lex.IrregularVerbs...)

	// leftStop ends the left scan: subordinators, relatives, reporting
	// words.
	leftStop = set(lex.LeftStop...)

	prepositions = set(lex.Prepositions...)

	flyVerbs           = set(lex.FlyVerbs...)
	ageAtDeathVerbs    = set(lex.AgeAtDeathVerbs...)
	saveVerbs          = set(lex.SaveVerbs...)
	pluralNouns        = set(lex.PluralNouns...)
	seriousWords       = set(lex.SeriousWords...)
	minorWords         = set(lex.MinorWords...)
	carryVerbs         = set(lex.CarryVerbs...)
	conditionNouns     = set(lex.ConditionNouns...)
	clauseConjunctions = set(lex.ClauseConjunctions...)
)

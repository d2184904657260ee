package english

import "strings"

// The words of the measure pass's tokens and units: which words are
// numbers and qualifiers to Of, which nouns are units, and the spans of
// time.

// countWords sets the words that make a token a number or a qualifier to
// Of, the unit nouns, the time spans and the nouns of people (NumberWords
// to PersonNouns).
func countWords(l *MeasureLexicon) {
	l.NumberWords = strings.Fields(`zero one two three four five six seven eight nine ten eleven twelve
		thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
		sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens
		hundreds thousands millions billions scores half m bn k`)
	l.MultiplierWords = strings.Fields(`hundred thousand million billion trillion dozen hundreds thousands
		millions billions dozens m bn k`)
	l.QualifierWords = strings.Fields(`at least more than over about around nearly almost some up to as many
		much fewer less under below above roughly approximately estimated an a just no or and
		between exceeding most upwards of the only another total`)
	l.UnitNouns = strings.Fields(
		// time
		`second minute hour day night week weekend month year decade century millennium term
		season fortnight ` +
			// money
			`dollar cent euro pound penny pence ruble rouble rupee afghani yuan renminbi yen won
		franc lira dinar riyal rial toman somoni shekel peso real rand naira shilling krona krone
		dirham hryvnia tenge manat lari dram taka baht ringgit rupiah kyat sterling bitcoin ` +
			// measures
			`percent percentage point kilometre kilometer km mile metre meter m foot feet inch
		centimetre centimeter cm mm yard acre hectare kilogram kg gram tonne ton pound ounce litre
		liter gallon barrel degree mph kph kmh knot megawatt gigawatt kilowatt watt volt calorie
		byte megabyte gigabyte terabyte ` +
			// areas and places
			`province district state county region country nation city town village municipality
		governorate territory oblast prefecture canton neighbourhood neighborhood continent
		island capital`)
	l.TimeSpans = strings.Fields(`years months weeks year month`)
	l.ComeVerbs = strings.Fields(`came comes coming`)
	l.EarlierWords = strings.Fields(`earlier initially initial previously preliminary`)
	l.ReportNouns = strings.Fields(`report reports estimate estimates figure figures count counts toll tolls account accounts`)
	l.DayEdges = strings.Fields(`early late`)
	l.BackAdverbs = strings.Fields(`there then`)
	l.SourceTitles = strings.Fields(`chief head spokesman spokeswoman spokesperson governor minister director
		mission office ministry agency department authority authorities commissioner administrator
		commander official officials`)
	l.GivingVerbs = strings.Fields(`given gave give gives put puts listed lists first initially`)
	l.AgesWords = strings.Fields(`aged`)
	l.HomeWords = strings.Fields(`home`)
	l.GivenAs = strings.Fields(`as`)
	l.NewsDays = strings.Fields(`today yesterday tonight overnight tomorrow now`)
	l.DurationUnits = strings.Fields(`seconds second minutes minute hours hour days day`)
	l.AmbiguousMonths = strings.Fields(`may`)
	l.PersonNouns = strings.Fields(personNounWords)
}

package measure

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/lang"
)

// Vocab is the vocabulary of the measure and slot passes of one language:
// the word sets Of and the Slotter read, built once from a lexicon's
// measure vocabulary (lang.Lexicon.Measures) by [New]. It is read only, so
// a Vocab is safe for concurrent use.
type Vocab struct {
	measureWords
	phraseWords
	slotWords
	placeWords
}

// measureWords are the sets of the measure words and of the verb chain
// after a figure.
type measureWords struct {
	// participles are the measure words that may follow a figure and its
	// noun: "130 people were killed", "60 wounded", "15 remain missing".
	participles map[string]string
	// transitive participles read as active verbs when an object follows.
	transitive map[string]bool
	// headMeasure maps measure nouns heading the noun phrase: "84 deaths".
	headMeasure map[string]string
	// ofHeads maps the nouns that measure the figure of their "of"
	// phrase: "the bodies of 1,127 people".
	ofHeads map[string]string
	// leftMeasure maps measure words that govern a figure after them.
	leftMeasure map[string]string
	// ambiguous measure verbs count people only: "held 11 suspects" but
	// not "held 3 rallies".
	ambiguous map[string]bool
	// presentRoles are people an ambiguous verb does not arrest
	// (lang.MeasureLexicon.PresentRoles).
	presentRoles     map[string]bool
	chainParticiples map[string]bool
	beForms          map[string]bool
	// chainPass may stand between a noun phrase and its participle.
	chainPass       map[string]bool
	determiners     map[string]bool
	possessives     map[string]bool
	demonstratives  map[string]bool // point back at something said before
	measurePronouns map[string]bool
	// npStop ends a noun phrase after a figure.
	npStop map[string]bool
	// tollVerbs link a toll to its figure: "the death toll from the attack
	// rose to 139", "the number of dead stood at 84".
	tollVerbs map[string]bool
	// measureWeakToll are toll links that are no verb of their own.
	measureWeakToll map[string]bool
	// measureTollNouns head a toll phrase: "the number of people killed".
	measureTollNouns  map[string]bool
	measureSubMarkers map[string]bool // introduce a part of an earlier count
	measureRefWords   map[string]bool // make a sub-count a reference to a known group
	measurePartitive  map[string]bool // follow "N of" in a partitive sub-count
	measureAsWords    map[string]bool // make "as … as" a qualifier
	// passWords are -ed/-ing words that do not end the left scan.
	passWords      map[string]bool
	irregularVerbs map[string]bool
	// leftStop ends the left scan: subordinators, relatives, reporting
	// words.
	leftStop        map[string]bool
	prepositions    map[string]bool
	flyVerbs        map[string]bool
	ageAtDeathVerbs map[string]bool
	saveVerbs       map[string]bool
	// personNouns are the lower-case singular nouns that name people. (A
	// set, not lang.Lexicon.PersonNoun: a word passed to a func value
	// escapes, and with it the token buffers of Of.)
	personNouns map[string]bool
}

// phraseWords are the sets of Of's tokens and noun phrases.
type phraseWords struct {
	numberWords     map[string]bool // number words, hyphenated together or alone
	multiplierWords map[string]bool
	qualifierWords  map[string]bool
	// npModifiers are dropped from the front of a subject: "13 other US
	// soldiers" → "US soldiers".
	npModifiers      map[string]bool
	genericPerson    map[string]string
	thingSynonyms    map[string]string
	notAdverb        map[string]bool
	unitNouns        map[string]bool
	irregularPlurals map[string]string
	pluralNouns      map[string]bool
	// measureCalendar are day and month names, never a counted noun when
	// capitalised.
	measureCalendar map[string]bool
}

// slotWords are the sets of the slot pass's predicates, tolls, parts and
// who.
type slotWords struct {
	// predicateWords give a measure when they follow a count's noun phrase
	// ("44 people had been martyred", "more than 120 people suffered
	// wounds", "300 people were praying inside the mosque").
	predicateWords map[string]string
	// beWords are the forms of "be" before a place ("were at the venue").
	beWords map[string]bool
	// linkWords may stand between a count's noun phrase and its predicate.
	linkWords map[string]bool
	// presenceBefore after a form of "be" make a count the people present
	// ("were at the gathering", "in the hall").
	presenceBefore map[string]bool
	// presenceVerbs before a place make a count those present, as "be"
	// does ("were working in the mine").
	presenceVerbs map[string]bool
	// remainVerbs open the main predicate after a reduced relative
	// (lang.MeasureLexicon.RemainVerbs).
	remainVerbs map[string]bool
	// aftermathNouns name the gatherings after an event, whose attendance
	// is mourners (lang.MeasureLexicon.AftermathNouns).
	aftermathNouns map[string]bool
	// clauseStops end the predicate scan: a new clause begins.
	clauseStops map[string]bool
	// tollHeads name a count a toll verb then gives ("the death toll ...
	// rose to 84", "the number of people killed ... has risen to 44").
	tollHeads map[string]string
	// tollValueVerbs give a toll's value, directly or through "to"/"at".
	tollValueVerbs map[string]bool
	// figureNouns refer back to a count given before ("gave a much higher
	// figure for Derna, 11,300").
	figureNouns map[string]bool
	// subCountBefore introduce a part of a count given before.
	subCountBefore map[string]bool
	// shareOpeners open an aside that shares a count out.
	shareOpeners map[string]bool
	// modalWords make a count a projection ("could reach 20,000").
	modalWords map[string]bool
	// genericWho are nouns that count persons in general.
	genericWho map[string]bool
	// whoClasses map a noun to its class of people; whoClassNames are
	// the classes and the severities: the words of Figure.Who that are no
	// nationality.
	whoClasses    map[string]string
	shareClasses  map[string]bool
	whoClassNames map[string]bool
	// lossVerbs before a count of people make it a toll ("lost 11,324
	// people to the heat", "claimed 40 victims").
	lossVerbs map[string]bool
	// thingNouns are counted nouns of things, which a clause about the
	// dead or the hurt never makes a count of people (Of gives them in the
	// singular).
	thingNouns map[string]bool
	// orderVerbs and leaveVerbs make a count ordered to leave the
	// evacuated (lang.MeasureLexicon.OrderVerbs).
	orderVerbs, leaveVerbs map[string]bool
	// nationalities map a demonym or a country's name to one key.
	nationalities map[string]string
	// countryNames are the names of countries in nationalities: a count
	// of "58 from Egypt" is of Egyptians, but "Libya's city of Derna"
	// names a place, not who is counted.
	countryNames map[string]bool
	// handlingVerbs are what one person does with the dead or the hurt;
	// seeingVerbs right before a count make it what someone saw;
	// witnessSubjects are the persons a witness speaks as or of;
	// reportingWords end a witness's clause: what follows is reported.
	handlingVerbs, seeingVerbs, witnessSubjects, reportingWords map[string]bool
	// shareVerbs say that the subject before them is who a part counts
	// ("Egyptians accounted for 658 of the deaths").
	shareVerbs map[string]bool
	// familyVerbs are what families do with their dead.
	familyVerbs map[string]bool
	// seriousWords and minorWords say how badly the injured are hurt.
	seriousWords, minorWords map[string]bool
	// carryVerbs carry the injured to a hospital.
	carryVerbs map[string]bool
	// conditionNouns after "in" say how people are, not where: "in serious
	// condition".
	conditionNouns map[string]bool
	// durationUnits are the units a duration's number may stand before.
	durationUnits map[string]bool
}

// placeWords are the sets of the slot pass's places and times.
type placeWords struct {
	// placeNouns name a place a count may be scoped to.
	placeNouns map[string]bool
	// hospitalWords name one place where the dead or the wounded are
	// counted.
	hospitalWords map[string]bool
	// hospitalSources follow a hospital that only says who reported a
	// figure ("a hospital official said").
	hospitalSources map[string]bool
	// admittedBefore come right before a hospital that says where people
	// are treated, not which hospital counts them ("admitted to hospital",
	// "still in hospital", "told AFP from a hospital").
	admittedBefore map[string]bool
	// adminAreas are the nouns of a country's parts: "Chichaoua province",
	// "the province of Al Haouz", "the Marrakech prefecture".
	adminAreas map[string]bool
	// placePreps introduce a place in a count's clause.
	placePreps map[string]bool
	// eventKind says which kind of event a word names ("stampede"), and
	// eventVerbs give an event's toll ("killed 27", "left 40 dead").
	eventKind  func(w string) (string, bool)
	eventVerbs map[string]bool
	// aboardNouns count the people on a vehicle.
	aboardNouns map[string]bool
	// clause holds the phrases of a count's clause.
	clause clausePhrases
	// placeAdjectives may stand between a place preposition and a name;
	// aloneWords after a name scope a count to it.
	placeAdjectives, aloneWords map[string]bool
	// bodyNouns and bodyMoveVerbs tell the dead handled as bodies.
	bodyNouns, bodyMoveVerbs map[string]bool
	// kinNouns and familyNouns tell one family's dead.
	kinNouns, familyNouns map[string]bool
	// clauseConjunctions after a comma open a new clause.
	clauseConjunctions map[string]bool
	// pastWords place a count in an earlier event.
	pastWords map[string]bool
	// superlatives compare an event with those before it.
	superlatives map[string]bool
	// eventNouns name an event a sentence may point back to.
	eventNouns map[string]bool
	// timeSpans are the units of "two years later", "six months earlier".
	timeSpans map[string]bool
	// comeVerbs say the news came after an earlier event ("came a week
	// after").
	comeVerbs map[string]bool
	// earlierWords, reportNouns and dayEdges give a count as an earlier
	// report (lang.MeasureLexicon.EarlierWords).
	earlierWords, reportNouns, dayEdges map[string]bool
	// backAdverbs open a sentence that goes on telling of the scene the
	// sentence before named (lang.MeasureLexicon.BackAdverbs).
	backAdverbs map[string]bool
	// comparisonWords open the event a superlative compares the news
	// with (lang.MeasureLexicon.ComparisonWords).
	comparisonWords map[string]bool
	// sourceTitles name who speaks for a place (lang.MeasureLexicon.SourceTitles).
	sourceTitles map[string]bool
	// givingVerbs give a toll "as" a number (lang.MeasureLexicon.GivingVerbs).
	givingVerbs map[string]bool
	// agesWords, homeWords and givenAs open an aside of ages, say the
	// counted live somewhere and give a toll's value
	// (lang.MeasureLexicon.AgesWords, HomeWords, GivenAs).
	agesWords, homeWords, givenAs map[string]bool
	// newsDays name the day of the news (lang.MeasureLexicon.NewsDays).
	newsDays map[string]bool
	// months and weekdayNames are the names of the months and of the
	// days, lower case.
	months, weekdayNames map[string]bool
	// monthNames are the months as written, those that are other words
	// too ("May") left out.
	monthNames []string
	// monthOrder are the twelve months in order, lower case.
	monthOrder []string
	// monthAbbrevs are the abbreviations of the months as written ("Nov"),
	// each with its month, lower case ("november").
	monthAbbrevs map[string]string
}

// New returns the vocabulary of the measure and slot passes of the
// lexicon lex. It keeps lex's maps and funcs, which it never modifies.
func New(lex *lang.Lexicon) *Vocab {
	l := &lex.Measures
	v := &Vocab{}
	v.measureWords = newMeasureWords(l)
	v.phraseWords = newPhraseWords(lex)
	v.slotWords = newSlotWords(l)
	v.placeWords = newPlaceWords(lex)
	return v
}

// newMeasureWords builds the sets of the measure words of l.
func newMeasureWords(l *lang.MeasureLexicon) measureWords {
	return measureWords{
		participles:       measureMap(byMeasure(l.Participles)),
		transitive:        set(l.Transitive...),
		headMeasure:       measureMap(byMeasure(l.HeadMeasure)),
		ofHeads:           measureMap(byMeasure(l.OfHeads)),
		leftMeasure:       measureMap(byMeasure(l.LeftMeasure)),
		ambiguous:         set(l.Ambiguous...),
		presentRoles:      set(l.PresentRoles...),
		chainParticiples:  set(l.ChainParticiples...),
		beForms:           set(l.BeForms...),
		chainPass:         set(l.ChainPass...),
		determiners:       set(l.Determiners...),
		possessives:       set(l.Possessives...),
		demonstratives:    set(l.Demonstratives...),
		measurePronouns:   set(l.Pronouns...),
		npStop:            set(l.NpStop...),
		tollVerbs:         set(l.TollVerbs...),
		measureWeakToll:   set(l.WeakToll...),
		measureTollNouns:  set(l.TollNouns...),
		measureSubMarkers: set(l.SubMarkers...),
		measureRefWords:   set(l.RefWords...),
		measurePartitive:  set(l.Partitive...),
		measureAsWords:    set(l.AsWords...),
		passWords:         set(l.PassWords...),
		irregularVerbs:    set(l.IrregularVerbs...),
		leftStop:          set(l.LeftStop...),
		prepositions:      set(l.Prepositions...),
		flyVerbs:          set(l.FlyVerbs...),
		ageAtDeathVerbs:   set(l.AgeAtDeathVerbs...),
		saveVerbs:         set(l.SaveVerbs...),
		personNouns:       set(l.PersonNouns...),
	}
}

// newPhraseWords builds the sets of the tokens and noun phrases of lex.
func newPhraseWords(lex *lang.Lexicon) phraseWords {
	l := &lex.Measures
	calendar := set(lex.MonthNames...)
	for d := range lex.Weekdays {
		calendar[d] = true
	}
	return phraseWords{
		numberWords:      set(l.NumberWords...),
		multiplierWords:  set(l.MultiplierWords...),
		qualifierWords:   set(l.QualifierWords...),
		npModifiers:      set(l.NpModifiers...),
		genericPerson:    l.GenericPerson,
		thingSynonyms:    l.ThingSynonyms,
		notAdverb:        set(l.NotAdverb...),
		unitNouns:        set(l.UnitNouns...),
		irregularPlurals: l.IrregularPlurals,
		pluralNouns:      set(l.PluralNouns...),
		measureCalendar:  calendar,
	}
}

// newSlotWords builds the sets of the predicates, tolls, parts and who of
// l.
func newSlotWords(l *lang.MeasureLexicon) slotWords {
	s := slotWords{
		predicateWords:  measureMap(byMeasure(l.PredicateWords)),
		beWords:         set(l.BeWords...),
		linkWords:       set(l.LinkWords...),
		presenceBefore:  set(l.PresenceBefore...),
		presenceVerbs:   set(l.PresenceVerbs...),
		remainVerbs:     set(l.RemainVerbs...),
		aftermathNouns:  set(l.AftermathNouns...),
		clauseStops:     set(l.ClauseStops...),
		tollHeads:       measureMap(byMeasure(l.TollHeads)),
		tollValueVerbs:  set(l.TollValueVerbs...),
		figureNouns:     set(l.FigureNouns...),
		subCountBefore:  set(l.SubCountBefore...),
		shareOpeners:    set(l.ShareOpeners...),
		modalWords:      set(l.ModalWords...),
		genericWho:      set(l.GenericWho...),
		whoClasses:      l.WhoClasses,
		shareClasses:    set(l.ShareClasses...),
		whoClassNames:   map[string]bool{severitySerious: true, severityMinor: true, WhoAboard: true, WhoGround: true},
		lossVerbs:       set(l.LossVerbs...),
		thingNouns:      set(l.ThingNouns...),
		orderVerbs:      set(l.OrderVerbs...),
		leaveVerbs:      set(l.LeaveVerbs...),
		nationalities:   measureMap(l.Nationalities),
		countryNames:    set(l.CountryNames...),
		handlingVerbs:   set(l.HandlingVerbs...),
		seeingVerbs:     set(l.SeeingVerbs...),
		witnessSubjects: set(l.WitnessSubjects...),
		reportingWords:  set(l.ReportingWords...),
		shareVerbs:      set(l.ShareVerbs...),
		familyVerbs:     set(l.FamilyVerbs...),
		seriousWords:    set(l.SeriousWords...),
		minorWords:      set(l.MinorWords...),
		carryVerbs:      set(l.CarryVerbs...),
		conditionNouns:  set(l.ConditionNouns...),
		durationUnits:   set(l.DurationUnits...),
	}
	for _, c := range s.whoClasses {
		s.whoClassNames[c] = true
	}
	return s
}

// newPlaceWords builds the sets of the places and times of lex.
func newPlaceWords(lex *lang.Lexicon) placeWords {
	l := &lex.Measures
	p := placeWords{
		placeNouns:      set(l.PlaceNouns...),
		hospitalWords:   set(l.HospitalWords...),
		hospitalSources: set(l.HospitalSources...),
		admittedBefore:  set(l.AdmittedBefore...),
		adminAreas:      set(l.AdminAreas...),
		placePreps:      set(l.PlacePreps...),
		eventKind:       lex.EventKind,
		eventVerbs:      set(l.EventVerbs...),
		aboardNouns:     set(l.AboardNouns...),
		clause: clausePhrases{ownShare: newPhrases(l.OwnShare), onTheSpot: newPhrases(l.OnTheSpot),
			toFamilies: newPhrases(l.ToFamilies), onGround: newPhrases(l.OnGround), onBoard: newPhrases(l.OnBoard)},
		placeAdjectives:    set(l.PlaceAdjectives...),
		aloneWords:         set(l.AloneWords...),
		bodyNouns:          set(l.BodyNouns...),
		kinNouns:           set(l.KinNouns...),
		familyNouns:        set(l.FamilyNouns...),
		bodyMoveVerbs:      set(l.BodyMoveVerbs...),
		clauseConjunctions: set(l.ClauseConjunctions...),
		pastWords:          set(l.PastWords...),
		superlatives:       set(l.Superlatives...),
		eventNouns:         set(l.EventNouns...),
		timeSpans:          set(l.TimeSpans...),
		comeVerbs:          set(l.ComeVerbs...),
		earlierWords:       set(l.EarlierWords...),
		reportNouns:        set(l.ReportNouns...),
		dayEdges:           set(l.DayEdges...),
		backAdverbs:        set(l.BackAdverbs...),
		newsDays:           set(l.NewsDays...),
		agesWords:          set(l.AgesWords...),
		homeWords:          set(l.HomeWords...),
		givenAs:            set(l.GivenAs...),
		givingVerbs:        set(l.GivingVerbs...),
		sourceTitles:       set(l.SourceTitles...),
		comparisonWords:    set(l.ComparisonWords...),
		months:             set(lex.MonthNames...),
		weekdayNames:       map[string]bool{},
	}
	for d := range lex.Weekdays {
		p.weekdayNames[d] = true
	}
	ambiguous := set(l.AmbiguousMonths...)
	p.monthOrder = lex.MonthNames
	p.monthAbbrevs = map[string]string{}
	for _, m := range lex.MonthNames {
		if !ambiguous[m] && m != "" {
			p.monthNames = append(p.monthNames, strings.ToUpper(m[:1])+m[1:])
		}
		for _, a := range lex.Months {
			if a != m && a != "" && strings.HasPrefix(m, a) {
				p.monthAbbrevs[strings.ToUpper(a[:1])+a[1:]] = m
			}
		}
	}
	return p
}

// byMeasure keys the word lists of b by the measures they give.
func byMeasure(b lang.ByMeasure) map[string][]string {
	return map[string][]string{
		Killed: b.Killed, Injured: b.Injured, Missing: b.Missing, Arrested: b.Arrested,
		Displaced: b.Displaced, Evacuated: b.Evacuated, Executed: b.Executed,
		Hospitalised: b.Hospitalised, Critical: b.Critical, Attendance: b.Attendance,
		Protesters: b.Protesters, Discharged: b.Discharged, Identified: b.Identified,
		Unidentified: b.Unidentified, HandedOver: b.HandedOver, Rescued: b.Rescued,
		Trapped: b.Trapped, Hostages: b.Hostages, Affected: b.Affected, Aboard: b.Aboard, Residents: b.Residents,
	}
}

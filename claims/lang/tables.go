package lang

import "github.com/crosscheck-news/crosscheck/claims/core"

// Currency is one way of naming a currency: its ISO 4217 code, the
// spellings written after a number ("euros", "Swiss francs") and before it
// ("€", "US$", "USD", "Rs"), "|"-separated, with the flags of the unit
// table of package claims/figure ("=" case-sensitive, "^" glued to the
// digits). A row with a Family is a name several currencies share ("$",
// "dollars", "Rs", "pounds"): its Code is the default, and a country the
// sentence names picks another ([CurrencyCountries]).
type Currency struct {
	Code   string // ISO 4217, or the family's name where none is the default ("riyal")
	Family string // the shared name of several currencies, or ""
	Words  string // after the number
	Before string // before the number
}

// NumberLexicon is the vocabulary of numbers written in words, from which
// package claims/figure builds its lexicon. The ordered lists are valued by
// position: Units[i] is i+1, Teens[i] is 10+i, Tens[i] is 20+10·i, and the
// ordinal lists alike.
type NumberLexicon struct {
	// Zero are the words of 0: "zero", "nought".
	Zero []string
	// Units are one … nine, Teens ten … nineteen, Tens twenty … ninety.
	Units, Teens, Tens []string
	// Hundred is the word of 100.
	Hundred string
	// Scales are the words that multiply what comes before them:
	// "thousand", "million", "lakh", "bn".
	Scales map[string]float64
	// Dozens are the words of 12: "dozen", "doz".
	Dozens []string
	// OrdinalUnits are first … ninth, OrdinalTeens tenth … nineteenth,
	// OrdinalTens twentieth … ninetieth.
	OrdinalUnits, OrdinalTeens, OrdinalTens []string
	// OrdinalScales are the ordinals of the scales: "hundredth", "millionth".
	OrdinalScales map[string]float64
	// Fractions are the denominators a number word may be divided by:
	// "a half", "two thirds", "one-fourth".
	Fractions map[string]float64
	// VagueQuantifiers may open a vague figure before a scale: "several
	// hundred", "a few thousand", "tens of thousands".
	VagueQuantifiers []string
	// VaguePlurals are the vague plurals and the intervals they are taken
	// to mean: the plural says "two or more", the next larger word was not
	// used ("hundreds" is [200, 999]; "scores", two score, [40, 99]).
	VaguePlurals map[string][2]float64
	// VagueOf are "tens of thousands" and its kin, by the same reasoning.
	VagueOf map[[2]string][2]float64
	// VagueSingular maps a singular scale to its vague plural: after a
	// vague quantifier ("several hundred") it means the same.
	VagueSingular map[string]string
	// NumberStart are the words other than number words that may open a
	// number: "a dozen", "half a million", "minus five".
	NumberStart []string
}

// QualifierWording is one row of the qualifier table: the wordings before
// a number ("|"-separated, words a space apart) that give it a qualifier.
// Quiet wordings ("equal to", "exactly") say the value is exact and are
// not part of the figure's text. Adding a qualifier wording is adding it
// to a row.
type QualifierWording struct {
	Qualifier core.Qualifier
	Quiet     bool
	Wordings  string
}

// AbbrevClass is what a word written before a period tells about the
// sentence around it.
type AbbrevClass int

// Abbreviation classes.
const (
	AbbrNone   AbbrevClass = iota // not an abbreviation
	AbbrTitle                     // precedes a name, never ends a sentence: Mr., Dr., Gen., St.
	AbbrNever                     // always followed by more: vs., cf., viz.
	AbbrNumber                    // precedes a number (No. 10, p. 5, Jan. 6); else like AbbrOther
	AbbrName                      // follows a name (Inc., Co., Jr.): ends a sentence before a word that opens one
	AbbrOther                     // ends a sentence before a capital: etc., a.m.
)

// ByMeasure are word lists by the measure they give (package measure names
// the measures): the words of Killed give "killed", and so on.
type ByMeasure struct {
	Killed, Injured, Missing, Arrested, Displaced, Evacuated, Executed, Hospitalised, Critical, Attendance, Protesters, Discharged, Identified, Unidentified, HandedOver, Rescued, Trapped, Hostages, Affected, Aboard, Residents []string
}

// MeasureLexicon is the vocabulary of the measure and slot passes (package
// measure): each list is typed once here, in lower case.
type MeasureLexicon struct {
	// Participles are the measure words that may follow a figure and its
	// noun: "130 people were killed", "60 wounded", "15 remain missing".
	Participles ByMeasure
	// Transitive participles read as active verbs when an object follows.
	Transitive []string
	// HeadMeasure maps measure nouns heading the noun phrase: "84 deaths".
	HeadMeasure ByMeasure
	// OfHeads are the nouns that measure the figure of their "of" phrase,
	// whatever verb the phrase then takes: "the bodies of 1,127 people
	// have been pulled out", "a crowd of 22,000".
	OfHeads ByMeasure
	// LeftMeasure maps measure words that govern a figure after them.
	LeftMeasure ByMeasure
	// Ambiguous measure verbs count people only: "held 11 suspects" but
	// not "held 3 rallies".
	Ambiguous []string
	// PresentRoles are the people a place holds when an attack strikes
	// it: an Ambiguous verb does not arrest them ("the hotel held 140
	// guests and 30 employees").
	PresentRoles []string
	// ChainParticiples are irregular participles that may stand between a
	// count and its measure: "30 rockets were found".
	ChainParticiples []string
	// BeForms are the forms of "to be".
	BeForms []string
	// ChainPass may stand between a noun phrase and its participle.
	ChainPass []string
	// Determiners open a noun phrase (or a qualified figure): "the", "his",
	// "some", "dozens".
	Determiners []string
	// Possessives are the possessive determiners.
	Possessives []string
	// Demonstratives are the determiners that point back at something said
	// before: "that number", "this total".
	Demonstratives []string
	// Pronouns are object and relative pronouns, which count no one by name.
	Pronouns []string
	// NpStop ends a noun phrase after a figure.
	NpStop []string
	// NpModifiers are dropped from the front of a subject: "13 other US
	// soldiers" → "US soldiers".
	NpModifiers []string
	// GenericPerson maps nouns that only say "persons" to "people".
	GenericPerson map[string]string
	// ThingSynonyms maps the singular of a counted noun to the noun it is
	// counted as: "houses" and "homes" destroyed are one count, "30 staff"
	// and "30 employees" held are one.
	ThingSynonyms map[string]string
	// NotAdverb are words in -ly that are no adverb.
	NotAdverb []string
	// IrregularPlurals map a plural (or an invariable noun) to its singular.
	IrregularPlurals map[string]string
	// TollVerbs link a toll to its figure: "the death toll from the attack
	// rose to 139", "the number of dead stood at 84".
	TollVerbs []string
	// WeakToll are toll links that are no verb of their own.
	WeakToll []string
	// TollNouns head a toll phrase: "the number of people killed".
	TollNouns []string
	// SubMarkers introduce a part of an earlier count.
	SubMarkers []string
	// RefWords make a sub-count a reference to a known group.
	RefWords []string
	// Partitive follow "N of" in a partitive sub-count.
	Partitive []string
	// AsWords make "as … as" a qualifier.
	AsWords []string
	// PassWords are -ed/-ing words that do not end the left scan.
	PassWords []string
	// IrregularVerbs are common verb forms that do not end in -ed or -ing.
	IrregularVerbs []string
	// LeftStop ends the left scan: subordinators, relatives, reporting
	// words.
	LeftStop []string
	// Prepositions may stand between a toll and its figure.
	Prepositions []string
	// Superlatives compare an event with those before it; after one,
	// ComparisonWords open the event compared with ("the deadliest since
	// the 2014 massacre", "worse than the 2005 quake").
	Superlatives, ComparisonWords []string
	// EventNouns name an event a sentence may point back to.
	EventNouns []string
	// HandlingVerbs are what one person does with the dead or the hurt.
	HandlingVerbs []string
	// SeeingVerbs right before a count make it what someone saw.
	SeeingVerbs []string
	// WitnessSubjects are the persons a witness speaks as or of.
	WitnessSubjects []string
	// ReportingWords end a witness's clause: what follows is reported.
	ReportingWords []string
	// ShareVerbs say that the subject before them is who a part counts
	// ("Egyptians accounted for 658 of the deaths").
	ShareVerbs []string
	// PlaceNouns name a place a count may be scoped to, or a part of a
	// vehicle or building ("from a single bogie").
	PlaceNouns []string
	// FamilyVerbs are what families do with their dead.
	FamilyVerbs []string
	// HospitalWords name one place where the dead or the wounded are counted.
	HospitalWords []string
	// HospitalSources follow a hospital that only says who reported a figure
	// ("a hospital official said").
	HospitalSources []string
	// AdmittedBefore come right before a hospital that says where people are
	// treated, not which hospital counts them ("admitted to hospital", "still
	// in hospital", "told AFP from a hospital").
	AdmittedBefore []string
	// AdminAreas are the nouns of a country's parts: "Chichaoua province",
	// "the province of Al Haouz", "the Marrakech prefecture".
	AdminAreas []string
	// PlacePreps introduce a place in a count's clause.
	PlacePreps []string
	// PlaceAdjectives may stand between a place preposition and the name
	// of another place than the event's ("in neighbouring Rukum West");
	// a point of the compass does not ("in western Afghanistan" names
	// where the event is).
	PlaceAdjectives []string
	// EventVerbs give the toll of an event named before them ("a stampede
	// in Hathras killed 27", "left 40 dead").
	EventVerbs []string
	// AboardNouns count the people on a vehicle: its dead were aboard
	// ("241 passengers and crew members who died").
	AboardNouns []string
	// Phrases of a count's clause, each a few words: OwnShare gives it as
	// one agent's share ("on its own"), OnTheSpot as those who died where
	// the event struck ("on the spot"), ToFamilies hands the dead to their
	// families ("to their families"), OnGround and OnBoard say where a
	// crash's dead were ("on the ground", "on board").
	OwnShare, OnTheSpot, ToFamilies, OnGround, OnBoard []string
	// AloneWords after a name scope a count to that place ("Jajarkot alone
	// has recorded 92 deaths", "the city itself").
	AloneWords []string
	// BodyNouns are the nouns of the dead as bodies ("16 bodies", "the
	// remains"), and BodyMoveVerbs what is done to bodies once counted
	// ("sent", "holding"): such a count is a share of the dead, never
	// the toll.
	BodyNouns, BodyMoveVerbs []string
	// KinNouns name people by their kin ("three grandchildren", "his two
	// sons", "relatives"), and FamilyNouns a family ("five members of one
	// family"): such a count is one family's share of a toll.
	KinNouns, FamilyNouns []string
	// PredicateWords give a measure when they follow a count's noun phrase
	// ("44 people had been martyred", "more than 120 people suffered
	// wounds", "300 people were praying inside the mosque").
	PredicateWords ByMeasure
	// BeWords are the forms of "be" before a place ("were at the venue").
	BeWords []string
	// LinkWords may stand between a count's noun phrase and its predicate.
	LinkWords []string
	// PresenceBefore after a form of "be" make a count the people present
	// ("were at the gathering", "in the hall").
	PresenceBefore []string
	// AftermathNouns name the gatherings that follow an event (a
	// funeral, a vigil): those who attend one are mourners, not the
	// event's attendance ("About 3,000 people attended the service").
	AftermathNouns []string
	// RemainVerbs open the main predicate after a count's reduced
	// relative clause, as a form of "be" does: "70 people injured in the
	// crash remained in hospital".
	RemainVerbs []string
	// PresenceVerbs before PresenceBefore, or before a place word of
	// Attendance, make a count the people present, as a form of "be" does:
	// "110 people had been working in the mine", "miners working
	// underground".
	PresenceVerbs []string
	// ClauseStops end the predicate scan: a new clause begins.
	ClauseStops []string
	// TollHeads name a count a toll verb then gives ("the death toll ...
	// rose to 84", "the number of people killed ... has risen to 44").
	TollHeads ByMeasure
	// TollValueVerbs give a toll's value, directly or through "to"/"at".
	TollValueVerbs []string
	// FigureNouns refer back to a count given before ("gave a much higher
	// figure for Derna, 11,300").
	FigureNouns []string
	// SubCountBefore introduce a part of a count given before.
	SubCountBefore []string
	// ShareOpeners open an aside after a comma that shares a count out
	// (", most of them in ...", ", mostly children").
	ShareOpeners []string
	// ModalWords make a count a projection ("could reach 20,000").
	ModalWords []string
	// PastWords place a count in an earlier event.
	PastWords []string
	// GenericWho are nouns that count persons in general.
	GenericWho []string
	// WhoClasses map a noun to its class of people.
	WhoClasses map[string]string
	// ShareClasses are the classes of WhoClasses that only a share of a
	// whole names ("20 of the dead were men"): alone, their noun names
	// people at large ("police arrested two men").
	ShareClasses []string
	// LossVerbs before a count of people make it a toll ("lost 11,324
	// people to the heat", "claimed 40 victims").
	LossVerbs []string
	// OrderVerbs before a count, and LeaveVerbs after "to" after it, make
	// it the evacuated: "officials ordered 24,000 people to leave".
	OrderVerbs, LeaveVerbs []string
	// ThingNouns are counted nouns of things, which a clause about the dead
	// or the hurt never makes a count of people (Of gives them in
	// the singular).
	ThingNouns []string
	// Nationalities map a demonym or a country's name to one key.
	Nationalities map[string][]string
	// CountryNames are the names of countries in nationalities: a count of
	// "58 from Egypt" is of Egyptians, but "Libya's city of Derna" names a
	// place, not who is counted.
	CountryNames []string
	// FlyVerbs are the forms of "fly": "flew 5,000 people out".
	FlyVerbs []string
	// AgeAtDeathVerbs make a figure after "at" an age: "died at 62".
	AgeAtDeathVerbs []string
	// SaveVerbs before "N lives" count lives saved, not lost.
	SaveVerbs []string
	// PluralNouns are plurals that do not end in -s.
	PluralNouns []string
	// SeriousWords say that the injured are badly hurt.
	SeriousWords []string
	// MinorWords say that the injured are lightly hurt.
	MinorWords []string
	// CarryVerbs carry the injured to a hospital.
	CarryVerbs []string
	// ConditionNouns after "in" say how people are, not where: "in serious condition".
	ConditionNouns []string
	// ClauseConjunctions after a comma open a new clause.
	ClauseConjunctions []string
	// NumberWords make a token a number to Of, hyphenated together
	// ("forty-two") or alone: the number words, their vague plurals and
	// the scale abbreviations ("bn", "k").
	NumberWords []string
	// MultiplierWords are the number words a noun phrase after a figure
	// starts past: "million", "dozen", "bn".
	MultiplierWords []string
	// QualifierWords are the words of qualifiers a figure's span may
	// leave out ("at least", "as many as", "an estimated").
	QualifierWords []string
	// UnitNouns are the nouns of units and areas, singular: a count of
	// them measures a quantity, not people (time, money, measures,
	// administrative areas).
	UnitNouns []string
	// TimeSpans are the units of "two years later", "six months earlier".
	TimeSpans []string
	// ComeVerbs tell that the news came after an earlier event: "The raid
	// came a week after militants killed 129 people".
	ComeVerbs []string
	// EarlierWords give a count as an earlier report of the day's count
	// ("Earlier on Sunday, ... said 500", "initially killing 75");
	// ReportNouns are what "the first" of them names ("the first
	// reports"); DayEdges open a time of day ("early on Wednesday", "late
	// Tuesday").
	EarlierWords, ReportNouns, DayEdges []string
	// BackAdverbs open a sentence, before a comma, that goes on telling of
	// the scene the sentence before named: "There, a stove set off a
	// fire", "Then, 124 people died".
	BackAdverbs []string
	// SourceTitles name who speaks for a place, besides people's nouns:
	// "the police chief for Kunduz province", "the mission in Afghanistan".
	SourceTitles []string
	// GivingVerbs give a toll "as" a number, with the adverbs that may
	// stand among them: "the toll had first been given as 49", "listed the
	// injured as 12".
	GivingVerbs []string
	// AgesWords open an aside of ages after a count's noun: "Three
	// children, aged eight, 12 and 13, were ...".
	AgesWords []string
	// HomeWords, before "to" and a count, say the counted live there: "a
	// block home to about 195 migrant workers".
	HomeWords []string
	// GivenAs give a toll's value after its words: "the toll had first been
	// given as 49".
	GivenAs []string
	// NewsDays name the day of the news: a sentence that says "today" or
	// "overnight" tells of it, not of a past event.
	NewsDays []string
	// DurationUnits are the units a duration's number may stand before.
	DurationUnits []string
	// AmbiguousMonths are the month names that are other words too ("may"):
	// they do not count towards an article's month.
	AmbiguousMonths []string
	// PersonNouns are the lower-case singular nouns that name people
	// ("civilian", "soldier", "child"), the words of Lexicon.PersonNoun.
	PersonNouns []string
}

// RelativeNight is a wording of a night relative to the day an article
// was written, lower case, and how many days back it is.
type RelativeNight struct {
	Words string
	Back  int
}

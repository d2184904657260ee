package measure

// The vocabulary of the slot pass (slot.go): what a clause says about the
// fact a count states. Each table is a set of lower-case words.

// Measures the slot pass gives beyond those of Of: counts of people
// in hospital, in a critical condition, present at a place, or marching.
const (
	Hospitalised = "hospitalised"
	Critical     = "critical"
	Attendance   = "attendance"
	Protesters   = "protesters"
	// Discharged counts people let out of hospital.
	Discharged = "discharged"
	// Identified and Unidentified count the bodies named,
	// or still unnamed: parts of a toll, never the toll.
	Identified   = "identified"
	Unidentified = "unidentified"
	// HandedOver counts the bodies handed over to their families.
	HandedOver = "handed over"
	// Rescued and Trapped count the people brought out
	// alive, and those still trapped.
	Rescued = "rescued"
	Trapped = "trapped"
	// Affected counts the people a disaster touched ("11.3 million
	// people have been affected"), never the toll or the displaced.
	Affected = "affected"
	// Interval is the time between two of an event's happenings
	// ("the explosions came 15 minutes apart"), a duration.
	Interval = "interval"
)

var (
	// predicateWords give a measure when they follow a count's noun phrase
	// ("44 people had been martyred", "more than 120 people suffered
	// wounds", "300 people were praying inside the mosque").
	predicateWords = map[string]string{
		"killed": Killed, "dead": Killed, "died": Killed, "perished": Killed,
		"martyred": Killed, "slain": Killed, "lives": Killed, "drowned": Killed,
		"injured": Injured, "wounded": Injured, "hurt": Injured, "wounds": Injured,
		"injuries": Injured,
		"missing":  Missing, "unaccounted": Missing,
		"arrested": Arrested, "detained": Arrested,
		"displaced": Displaced, "homeless": Displaced, "homes": Displaced,
		"evacuated": Evacuated,
		"hospital":  Hospitalised, "hospitals": Hospitalised, "hospitalised": Hospitalised,
		"hospitalized": Hospitalised, "admitted": Hospitalised, "treatment": Hospitalised,
		"critical": Critical, "critically": Critical,
		"discharged": Discharged, "handed": HandedOver,
		"rescued": Rescued, "saved": Rescued, "alive": Rescued, "trapped": Trapped,
		"underground": Attendance, "affected": Affected, "evacuation": Evacuated,
		"found":      Missing,
		"identified": Identified, "unidentified": Unidentified, "unclaimed": Unidentified,
		"recognised": Identified, "recognized": Identified, "claimed": Identified,
		"gathered": Attendance, "assembled": Attendance, "present": Attendance,
		"attending": Attendance, "attended": Attendance, "praying": Attendance,
		"prayer": Attendance, "prayers": Attendance, "inside": Attendance,
		"marched": Protesters, "protested": Protesters, "rallied": Protesters,
		"demonstrated": Protesters, "marching": Protesters, "protesting": Protesters,
	}
	// predicateRank orders the measures of one predicate: "57 injured
	// people were still in hospital, 10 of them in critical condition"
	// counts people in hospital.
	predicateRank = map[string]int{Critical: 2, Hospitalised: 1, Discharged: 1,
		Identified: 1, Unidentified: 1, HandedOver: 1, Rescued: 1}
	// beWords are the forms of "be" before a place ("were at the venue").
	beWords = set("were", "was", "are", "is", "been", "still")
	// linkWords may stand between a count's noun phrase and its predicate.
	linkWords = set("were", "was", "are", "is", "had", "have", "has", "been", "being", "be", "still",
		"reportedly", "also", "all", "later", "so", "far", "confirmed", "officially", "now", "already",
		"suffered", "lost", "their", "in", "at", "a", "an", "the", "among", "those", "who", "receiving",
		"treated", "taken", "to", "under", "seriously", "said", "either", "or", "left")
	// placeWords after "were at/in" make a count the people present
	// ("were at the gathering", "in the hall").
	presenceBefore = set("at", "in", "inside")
	// clauseStops end the predicate scan: a new clause begins.
	clauseStops = set("when", "while", "after", "as", "because", "but", "although", "though", "whereas",
		"before", "since", "until", "if", "which", "where", "and", "according")

	// tollHeads name a count a toll verb then gives ("the death toll ...
	// rose to 84", "the number of people killed ... has risen to 44").
	tollHeads = map[string]string{
		"toll": Killed, "deaths": Killed, "dead": Killed, "fatalities": Killed,
		"killed": Killed, "died": Killed, "death": Killed, "lives": Killed,
		"injured": Injured, "wounded": Injured, "injuries": Injured,
		"missing": Missing, "arrests": Arrested, "arrested": Arrested,
	}
	// tollValueVerbs give a toll's value, directly or through "to"/"at".
	tollValueVerbs = set("rose", "risen", "rises", "rise", "climbed", "climbs", "reached", "reaches", "stood",
		"stands", "lowered", "raised", "revised", "increased", "jumped", "exceeded", "exceeds", "topped",
		"tops", "surpassed", "passed", "hit", "hits", "crossed", "put", "puts", "steady", "soared",
		"mounted", "grew", "reach", "climb", "stand", "is", "was", "at", "to")
	// figureNouns refer back to a count given before ("gave a much higher
	// figure for Derna, 11,300").
	figureNouns = set("figure", "figures", "tally", "count", "estimate", "number", "total")

	// subCountBefore introduce a part of a count given before.
	subCountBefore = set("including", "includes", "included", "among")
	// modalWords make a count a projection ("could reach 20,000").
	modalWords = set("could", "may", "might", "would", "feared", "fears", "fear", "expected", "projected",
		"expects", "expect", "final",
		"likely", "possibly", "possible", "potential")
	// pastWords place a count in an earlier event.
	pastWords = set("previous", "earlier", "last", "ago", "similar", "past")
)

// Who: the normalised subject of a count. A nationality and a class of
// people are each their own subject; persons in general are "".
var (
	// genericWho are nouns that count persons in general.
	genericWho = set("people", "person", "persons", "individuals", "individual", "victims", "victim",
		"others", "pilgrims", "pilgrim", "worshippers", "worshipers", "residents", "students", "student",
		"bodies", "body", "injured", "wounded", "dead", "casualties", "participants", "attendees",
		"supporters", "mourners", "those", "them", "whom", "more", "other", "lives")
	// whoClasses map a noun to its class of people.
	whoClasses = map[string]string{
		"soldiers": "troops", "soldier": "troops", "troops": "troops", "servicemen": "troops",
		"servicemembers": "troops", "service": "troops", "marines": "troops", "marine": "troops",
		"sailors": "troops", "personnel": "troops", "military": "troops",
		"police": "police", "policemen": "police", "policeman": "police", "officers": "police",
		"cops": "police", "constables": "police",
		"children": "children", "child": "children", "kids": "children", "minors": "children",
		"boys":  "children",
		"women": "female", "woman": "female", "girls": "female", "girl": "female", "female": "female",
		"schoolgirls": "female",
		"civilians":   "civilians", "civilian": "civilians",
		"militants": "militants", "attackers": "militants", "gunmen": "militants", "insurgents": "militants",
		"fighters": "militants", "jihadists": "militants", "terrorists": "militants",
		"foreigners": "foreigners", "tourists": "foreigners",
		"volunteers": "responders", "volunteer": "responders", "rescuers": "responders",
		"rescuer": "responders", "paramedics": "responders", "paramedic": "responders",
		"firefighters": "responders", "firefighter": "responders", "medics": "responders",
		"journalists": "journalists", "journalist": "journalists", "reporters": "journalists",
		"unregistered": "unregistered", "unauthorised": "unregistered", "unauthorized": "unregistered",
		"undocumented": "unregistered",
	}
	// lossVerbs before a count of people make it a toll ("lost 11,324
	// people to the heat", "claimed 40 victims").
	lossVerbs = set("lost", "claimed", "claiming", "losing")
	// thingNouns are counted nouns of things, which a clause about the dead
	// or the hurt never makes a count of people (Of gives them in
	// the singular).
	thingNouns = set("ambulance", "vehicle", "car", "bus", "truck", "lorry", "train", "coach", "carriage",
		"boat", "ship", "plane", "aircraft", "helicopter", "house", "home", "building", "hospital", "school",
		"shop", "tent", "bed", "dam", "bridge", "road", "village", "district", "province", "team", "unit",
		"factory", "company", "firm", "store", "floor", "storey", "story", "pet", "animal", "dog", "cat",
		"horse", "cow", "sheep", "goat")
	// nationalities map a demonym or a country's name to one key.
	nationalities = nationalityTable(map[string][]string{
		"us":          {"us", "u.s", "u.s.", "american", "americans", "america"},
		"afghan":      {"afghan", "afghans", "afghanistan"},
		"egyptian":    {"egyptian", "egyptians", "egypt"},
		"jordanian":   {"jordanian", "jordanians", "jordan"},
		"indian":      {"indian", "indians", "india"},
		"indonesian":  {"indonesian", "indonesians", "indonesia"},
		"pakistani":   {"pakistani", "pakistanis", "pakistan"},
		"iranian":     {"iranian", "iranians", "iran"},
		"iraqi":       {"iraqi", "iraqis", "iraq"},
		"syrian":      {"syrian", "syrians", "syria"},
		"turkish":     {"turkish", "turks", "turkey", "türkiye"},
		"tunisian":    {"tunisian", "tunisians", "tunisia"},
		"malaysian":   {"malaysian", "malaysians", "malaysia"},
		"senegalese":  {"senegalese", "senegal"},
		"algerian":    {"algerian", "algerians", "algeria"},
		"moroccan":    {"moroccan", "moroccans", "morocco"},
		"libyan":      {"libyan", "libyans", "libya"},
		"british":     {"british", "britons", "uk", "britain"},
		"french":      {"french", "france"},
		"german":      {"german", "germans", "germany"},
		"israeli":     {"israeli", "israelis", "israel"},
		"palestinian": {"palestinian", "palestinians", "palestine"},
		"russian":     {"russian", "russians", "russia"},
		"ukrainian":   {"ukrainian", "ukrainians", "ukraine"},
		"chinese":     {"chinese", "china"},
		"japanese":    {"japanese", "japan"},
		"nigerian":    {"nigerian", "nigerians", "nigeria"},
		"bangladeshi": {"bangladeshi", "bangladeshis", "bangladesh"},
		"filipino":    {"filipino", "filipinos", "philippines"},
		"saudi":       {"saudi", "saudis"},
		"yemeni":      {"yemeni", "yemenis", "yemen"},
		"sudanese":    {"sudanese", "sudan"},
		"somali":      {"somali", "somalis", "somalia"},
		"kenyan":      {"kenyan", "kenyans", "kenya"},
		"greek":       {"greek", "greeks", "greece"},
		"italian":     {"italian", "italians", "italy"},
		"spanish":     {"spanish", "spaniards", "spain"},
		"mexican":     {"mexican", "mexicans", "mexico"},
		"canadian":    {"canadian", "canadians", "canada"},
		"australian":  {"australian", "australians", "australia"},
		"lebanese":    {"lebanese", "lebanon"},
		"ethiopian":   {"ethiopian", "ethiopians", "ethiopia"},
		"nepali":      {"nepali", "nepalis", "nepalese", "nepal"},
		"thai":        {"thai", "thais", "thailand"},
		"vietnamese":  {"vietnamese", "vietnam"},
		"korean":      {"korean", "koreans", "korea"},
		"haitian":     {"haitian", "haitians", "haiti"},
		"brazilian":   {"brazilian", "brazilians", "brazil"},
		"colombian":   {"colombian", "colombians", "colombia"},
		"cuban":       {"cuban", "cubans", "cuba"},
		"qatari":      {"qatari", "qataris", "qatar"},
		"emirati":     {"emirati", "emiratis"},
		"kuwaiti":     {"kuwaiti", "kuwaitis", "kuwait"},
		"omani":       {"omani", "omanis", "oman"},
		"ghanaian":    {"ghanaian", "ghanaians", "ghana"},
		"cameroonian": {"cameroonian", "cameroonians", "cameroon"},
		"congolese":   {"congolese", "congo"},
		"ugandan":     {"ugandan", "ugandans", "uganda"},
		"tanzanian":   {"tanzanian", "tanzanians", "tanzania"},
		"mozambican":  {"mozambican", "mozambicans", "mozambique"},
		"malian":      {"malian", "malians", "mali"},
		"nigerien":    {"nigerien", "nigeriens", "niger"},
		"chadian":     {"chadian", "chadians", "chad"},
		"burkinabe":   {"burkinabe"},
		"polish":      {"polish", "poles", "poland"},
		"dutch":       {"dutch", "netherlands"},
		"belgian":     {"belgian", "belgians", "belgium"},
		"swiss":       {"swiss", "switzerland"},
		"austrian":    {"austrian", "austrians", "austria"},
		"swedish":     {"swedish", "swedes", "sweden"},
		"norwegian":   {"norwegian", "norwegians", "norway"},
		"danish":      {"danish", "danes", "denmark"},
		"irish":       {"irish", "ireland"},
		"portuguese":  {"portuguese", "portugal"},
		"romanian":    {"romanian", "romanians", "romania"},
		"armenian":    {"armenian", "armenians", "armenia"},
		"georgian":    {"georgian", "georgians"},
		"kazakh":      {"kazakh", "kazakhs", "kazakhstan"},
		"uzbek":       {"uzbek", "uzbeks", "uzbekistan"},
		"tajik":       {"tajik", "tajiks", "tajikistan"},
		"kyrgyz":      {"kyrgyz", "kyrgyzstan"},
		"azerbaijani": {"azerbaijani", "azerbaijanis", "azerbaijan"},
		"burmese":     {"burmese", "myanmar"},
		"cambodian":   {"cambodian", "cambodians", "cambodia"},
		"singaporean": {"singaporean", "singaporeans", "singapore"},
		"peruvian":    {"peruvian", "peruvians", "peru"},
		"chilean":     {"chilean", "chileans", "chile"},
		"argentine":   {"argentine", "argentines", "argentinian", "argentina"},
		"venezuelan":  {"venezuelan", "venezuelans", "venezuela"},
	})
)

// countryNames are the names of countries in nationalities: a count of
// "58 from Egypt" is of Egyptians, but "Libya's city of Derna" names a
// place, not who is counted.
var countryNames = set("america", "afghanistan", "egypt", "jordan", "india", "indonesia", "pakistan",
	"iran", "iraq", "syria", "turkey", "türkiye", "tunisia", "malaysia", "senegal", "algeria", "morocco",
	"libya", "uk", "britain", "france", "germany", "israel", "palestine", "russia", "ukraine", "china",
	"japan", "nigeria", "bangladesh", "philippines", "yemen", "sudan", "somalia", "kenya", "greece",
	"italy", "spain", "mexico", "canada", "australia", "lebanon", "ethiopia", "nepal", "thailand", "vietnam",
	"korea", "haiti", "brazil", "colombia", "cuba", "qatar", "kuwait", "oman", "ghana", "cameroon", "congo",
	"uganda", "tanzania", "mozambique", "mali", "niger", "chad", "poland", "netherlands", "belgium",
	"switzerland", "austria", "sweden", "norway", "denmark", "ireland", "portugal", "romania", "armenia",
	"kazakhstan", "uzbekistan", "tajikistan", "kyrgyzstan", "azerbaijan", "myanmar", "cambodia", "singapore",
	"peru", "chile", "argentina", "venezuela")

// IsWhoClass reports whether a word of Figure.Who names a class of people
// ("troops", "female", "serious") rather than a nationality.
func IsWhoClass(w string) bool { return whoClassNames[w] }

// Severities of the injured, as severity gives them in Figure.Who.
const (
	severitySerious = "serious"
	severityMinor   = "minor"
)

// whoClassNames are the classes whoClasses maps to, and the severities:
// the words of Figure.Who that are no nationality.
var whoClassNames = func() map[string]bool {
	out := map[string]bool{severitySerious: true, severityMinor: true}
	for _, c := range whoClasses {
		out[c] = true
	}
	return out
}()

// IsCountryName reports whether a lower-case place is the name of a
// country that the slot vocabulary knows ("libya", "spain").
func IsCountryName(place string) bool { return countryNames[place] }

func nationalityTable(m map[string][]string) map[string]string {
	out := make(map[string]string)
	for key, words := range m {
		for _, w := range words {
			out[w] = key
		}
	}
	return out
}

package measure

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
	participles = measureMap(map[string][]string{
		Killed: {"killed", "dead", "died", "die", "dies", "dying", "perished", "slain",
			"murdered", "massacred", "drowned"},
		Injured:   {"injured", "wounded", "hurt", "hospitalised", "hospitalized"},
		Missing:   {"missing", "unaccounted", "disappeared"},
		Arrested:  {"arrested", "detained", "held", "custody", "apprehended", "jailed"},
		Displaced: {"displaced", "homeless", "fled", "uprooted"},
		Evacuated: {"evacuated", "airlifted"},
		Executed:  {"executed", "hanged"},
	})

	// transitive participles read as active verbs when an object follows.
	transitive = set("killed", "murdered", "massacred", "injured", "wounded", "hurt", "arrested",
		"detained", "held", "apprehended", "jailed", "displaced", "evacuated",
		"airlifted", "executed", "hanged")

	// headMeasure maps measure nouns heading the noun phrase: "84 deaths".
	headMeasure = measureMap(map[string][]string{
		Killed:    {"deaths", "death", "fatalities", "fatality", "lives", "bodies", "dead", "killings"},
		Injured:   {"injuries", "injured", "wounded"},
		Missing:   {"missing"},
		Arrested:  {"arrests", "detentions", "detainees"},
		Displaced: {"displaced"},
		Evacuated: {"evacuations", "evacuees"},
		Executed:  {"executions"},
	})

	// leftMeasure maps measure words that govern a figure after them.
	leftMeasure = measureMap(map[string][]string{
		Killed: {"killed", "kill", "kills", "killing", "killings", "dead", "died", "die",
			"dies", "dying", "death", "deaths", "toll", "lives", "fatalities", "bodies", "perished",
			"slain", "slaying", "murdered", "murdering", "murder", "murders", "massacred",
			"massacring", "massacre"},
		Injured: {"injured", "injure", "injures", "injuring", "injury", "injuries",
			"wounded", "wound", "wounds", "wounding", "hurt", "hurting"},
		Missing: {"disappearance", "disappearances"},
		Arrested: {"arrested", "arrest", "arrests", "arresting", "detained", "detain",
			"detains", "detaining", "detention", "held", "holding", "custody", "apprehended",
			"captured", "capturing", "jailed", "jailing"},
		Displaced: {"displaced", "displacing", "displace", "displaces", "displacement", "uprooted", "uprooting"},
		Evacuated: {"evacuated", "evacuate", "evacuates", "evacuating", "evacuation",
			"evacuations", "airlifted", "airlift", "airlifts", "airlifting"},
		Executed: {"executed", "execute", "executes", "executing", "execution",
			"executions", "hanged", "hanging"},
	})

	// ambiguous measure verbs count people only: "held 11 suspects" but
	// not "held 3 rallies".
	ambiguous = set("held", "holding", "captured", "capturing", "hanging", "wound", "wounds",
		"hurt", "hurting")

	chainParticiples = set("found", "taken", "left", "shot", "known", "thought", "seen",
		"given", "sent", "brought", "put", "held", "built", "sold", "won", "lost")

	beForms = set("were", "was", "are", "is", "been", "being", "be", "am")

	// chainPass may stand between a noun phrase and its participle.
	chainPass = set("who", "that", "have", "has", "had", "will", "would", "may", "might", "could",
		"should", "must", "also", "now", "still", "later", "since", "reportedly", "remain",
		"remained", "remains", "confirmed", "reported", "feared", "believed", "thought",
		"presumed", "said", "known", "listed", "declared", "pronounced", "found", "left",
		"to", "taken", "into", "in", "placed", "under", "all", "not", "yet", "either",
		"eventually", "subsequently", "shot", "been", "got", "became", "become", "among", "the",
		"those", "as", "officially", "recorded", "registered")

	determiners = set("a", "an", "the", "this", "that", "these", "those", "his", "her", "its",
		"their", "our", "my", "your", "some", "all", "at", "more", "over", "about", "around",
		"nearly", "almost", "least", "no", "dozens", "hundreds", "thousands", "scores")

	possessives = set("his", "her", "its", "their", "our", "my", "your")

	measurePronouns = set("them", "him", "her", "it", "us", "me", "you", "those", "these", "they", "we", "whom", "each")

	// npStop ends a noun phrase after a figure.
	npStop = set("and", "or", "but", "nor", "of", "in", "on", "at", "by", "for", "from", "with",
		"without", "to", "into", "onto", "near", "during", "after", "before", "since", "until",
		"across", "through", "against", "among", "amid", "between", "per", "than", "as", "like",
		"who", "whom", "whose", "which", "that", "where", "when", "while", "were", "was", "are",
		"is", "be", "been", "being", "am", "have", "has", "had", "will", "would", "may", "might",
		"could", "should", "must", "can", "did", "do", "does", "said", "say", "says", "told",
		"according", "including", "a", "an", "the", "this", "these", "those", "his", "her",
		"its", "their", "our", "remain", "remained", "remains", "also", "not", "each", "apiece",
		"ago", "earlier", "later", "old", "aged", "each", "out", "so", "too", "if", "then",
		"there", "here", "it", "they", "we", "he", "she", "you", "i", "because", "although",
		"though", "whereas", "left", "took", "got", "became", "last", "next")

	// npModifiers are dropped from the front of a subject: "13 other US
	// soldiers" → "US soldiers".
	npModifiers = set("other", "others", "more", "additional", "further", "extra", "fellow", "new", "another")

	genericPerson = map[string]string{
		"people": "people", "persons": "people", "person": "people", "individuals": "people",
		"individual": "people", "others": "people", "other": "people",
	}

	notAdverb = set("family", "rally", "italy", "ally", "belly", "assembly", "supply", "anomaly",
		"july", "monopoly", "butterfly", "bully", "jelly", "lily", "homily", "emily", "kelly",
		"holly", "sally", "molly", "polly", "reilly", "daily", "weekly", "monthly", "yearly",
		"quarterly", "elderly")

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

	irregularPlurals = map[string]string{
		"people": "people", "children": "child", "women": "woman", "men": "man", "feet": "foot",
		"teeth": "tooth", "mice": "mouse", "lives": "life", "wives": "wife", "knives": "knife",
		"halves": "half", "wolves": "wolf", "leaves": "leaf", "thieves": "thief", "police": "police",
		"staff": "staff", "personnel": "personnel", "crew": "crew", "series": "series",
		"species": "species", "news": "news", "data": "data", "criteria": "criterion",
		"phenomena": "phenomenon", "media": "media", "crises": "crisis", "analyses": "analysis",
		"theses": "thesis", "bases": "base", "cases": "case", "pence": "pence", "dice": "die",
		"geese": "goose", "oxen": "ox", "troops": "troop", "specimens": "specimen",
		"stamen": "stamen", "omen": "omen", "yemen": "yemen", "abdomen": "abdomen",
		"semen": "semen", "lumen": "lumen", "cattle": "cattle", "sheep": "sheep", "deer": "deer",
		"fish": "fish", "aircraft": "aircraft", "means": "means", "headquarters": "headquarters",
		"whereabouts": "whereabouts", "hostages": "hostage", "sales": "sale", "taxes": "tax",
		"horses": "horse", "houses": "house", "nurses": "nurse", "courses": "course",
		"purposes": "purpose", "responses": "response", "clauses": "clause", "causes": "cause",
		"excuses": "excuse", "uses": "use", "rises": "rise", "noses": "nose", "doses": "dose",
		"vases": "vase", "phases": "phase", "purchases": "purchase", "lenses": "lens",
		"buses": "bus", "gases": "gas", "bonuses": "bonus", "viruses": "virus",
		"campuses": "campus", "censuses": "census", "focuses": "focus", "statuses": "status",
		"corpses": "corpse", "license": "license", "pulses": "pulse", "verses": "verse",
		"curses": "curse", "businesses": "business", "witnesses": "witness", "addresses": "address",
		"heroes": "hero", "shoes": "shoe", "toes": "toe", "foes": "foe", "canoes": "canoe",
		"oboes": "oboe", "tiptoes": "tiptoe", "kilos": "kilo", "photos": "photo",
		"euros": "euro", "pesos": "peso", "afghanis": "afghani", "rupees": "rupee",
		"percent": "percent", "km": "km", "mph": "mph", "kg": "kg",
		"sorties": "sortie", "movies": "movie", "calories": "calorie", "cookies": "cookie",
		"zombies": "zombie", "rookies": "rookie", "goalies": "goalie", "prairies": "prairie",
	}

	// tollVerbs link a toll to its figure: "the death toll from the attack
	// rose to 139", "the number of dead stood at 84".
	tollVerbs = set("rose", "risen", "rise", "rises", "rising", "climbed", "climbs", "climb",
		"climbing", "reached", "reaches", "reach", "reaching", "stood", "stands", "stand",
		"standing", "hit", "hits", "increased", "increases", "jumped", "jumps", "surged",
		"soared", "mounted", "totalled", "totaled", "totals", "total", "numbered", "numbers",
		"is", "was", "are", "were", "been", "now", "to", "at", "put",
		"puts", "bringing", "brought", "brings", "raised", "raising", "revised", "grew", "grown",
		"included", "includes", "include", "exceeded", "exceeds", "topped", "tops", "passed",
		"neared", "nears", "lowered", "lowers", "lowering", "fell", "fallen", "falls",
		"dropped", "declined", "updated", "corrected")

	// measureWeakToll are toll links that are no verb of their own.
	measureWeakToll = set("to", "at", "is", "was", "are", "were", "been", "now")

	// measureTollNouns head a toll phrase: "the number of people killed".
	measureTollNouns = set("toll", "tolls", "number", "numbers", "total", "tally", "count", "figure")

	// measureSubMarkers introduce a part of an earlier count.
	measureSubMarkers = set("including", "included", "includes", "include", "among")

	// measureRefWords make a sub-count a reference to a known group.
	measureRefWords = set("the", "all", "both", "those", "these", "his", "her", "its", "their",
		"our", "my", "your", "each", "every")

	// measurePartitive follow "N of" in a partitive sub-count.
	measurePartitive = set("whom", "them", "which")

	// measureAsWords make "as … as" a qualifier.
	measureAsWords = set("many", "much", "few", "little", "high", "low", "long", "far")

	// measureCalendar are day and month names, never a counted noun when
	// capitalised.
	measureCalendar = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december")

	// passWords are -ed/-ing words that do not end the left scan.
	passWords = set("including", "rising", "climbing", "reaching", "increasing", "standing",
		"bringing", "totalling", "totaling", "numbering", "estimated", "reported", "confirmed",
		"believed", "feared", "climbed", "reached", "increased", "jumped", "surged", "soared",
		"mounted", "raised", "raising", "revised", "updated", "included", "exceeded", "topped",
		"passed", "neared", "totalled", "totaled", "numbered", "officially", "alleged",
		"allegedly", "suspected", "armed", "unarmed", "unidentified", "injured", "wounded",
		"named", "unnamed", "hundred", "reportedly", "among")

	irregularVerbs = set("said", "says", "say", "told", "tells", "tell", "sent", "sends", "took",
		"takes", "gave", "gives", "made", "makes", "found", "finds", "met", "meets", "saw",
		"sees", "got", "gets", "paid", "pays", "won", "wins", "left", "leaves", "went", "goes",
		"came", "comes", "built", "builds", "bought", "buys", "sold", "sells", "wrote",
		"writes", "spent", "spends", "lost", "loses", "cut", "cuts", "ran", "runs", "kept",
		"keeps", "fought", "fights", "led", "leads", "owns", "saved", "save", "saves",
		"destroyed", "damaged", "deployed", "deploys", "deploy", "hosts", "host", "employs",
		"employ", "houses", "produced", "produces", "seized", "seizes", "flew", "fly", "flies")

	// leftStop ends the left scan: subordinators, relatives, reporting
	// words.
	leftStop = set("but", "which", "while", "whereas", "although", "though", "because",
		"when", "where", "whom", "whose", "if", "unless", "as", "that", "according", "than", "so", "yet", "then", "meanwhile", "however",
		"who", "aged", "age", "ages")

	prepositions = set("in", "on", "for", "from", "by", "with", "within", "without", "during",
		"near", "into", "onto", "across", "through", "against", "about", "under", "over",
		"inside", "outside", "throughout", "toward", "towards", "behind", "beyond", "via",
		"per", "amid", "around", "between", "after", "before", "since", "until")
)

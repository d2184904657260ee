package english

import "maps"

// The people of the measure vocabulary: nouns that name people, their
// classes and their nationalities.

// PersonNoun reports whether a lower-case singular noun names people:
// "civilian", "soldier", "child", "official".
func PersonNoun(w string) bool { return personNouns[w] }

// personNouns are the nouns of PersonNoun (MeasureLexicon.PersonNouns).
var personNouns = fieldsSet(personNounWords)

const personNounWords = `civilian activist blogger lawyer monk priest cleric diplomat politician candidate migrant
	detainee convict smuggler trafficker dealer thief robber pupil driver sailor soldier child
	woman man boy girl adult suspect militant fighter protester protestor demonstrator student
	journalist reporter worker migrant refugee resident officer policeman policewoman police
	troop hostage prisoner inmate passenger pilot crew member citizen national tourist pilgrim
	worshipper worshiper teacher doctor nurse patient activist opponent dissident official
	employee gunman attacker bomber insurgent rebel jihadist extremist terrorist serviceman
	servicewoman servicemember marine sailor guard villager farmer miner fisherman victim
	survivor spectator fan concertgoer asylum-seeker leader commander infant baby toddler
	teenager youth minor elder staff personnel agent spy colleague relative family customer
	shopper voter supporter player athlete`

// whoClasses map a noun to its class of people.
func whoClasses() map[string]string {
	return map[string]string{
		"soldiers": "troops", "soldier": "troops", "troops": "troops", "servicemen": "troops",
		"servicemembers": "troops", "service": "troops", "marines": "troops", "marine": "troops",
		"sailors": "troops", "personnel": "troops", "military": "troops",
		"police": "police", "policemen": "police", "policeman": "police", "officers": "police",
		"cops": "police", "constables": "police",
		"children": "children", "child": "children", "kids": "children", "minors": "children",
		"boys":  "children",
		"women": "female", "woman": "female", "girls": "female", "girl": "female", "female": "female",
		"schoolgirls": "female", "men": "male", "males": "male",
		"civilians": "civilians", "civilian": "civilians",
		"militants": "militants", "attackers": "militants", "gunmen": "militants", "insurgents": "militants",
		"fighters": "militants", "jihadists": "militants", "terrorists": "militants",
		"foreigners": "foreigners", "tourists": "foreigners",
		"volunteers": "responders", "volunteer": "responders", "rescuers": "responders",
		"rescuer": "responders", "paramedics": "responders", "paramedic": "responders",
		"firefighters": "responders", "firefighter": "responders", "medics": "responders",
		"journalists": "journalists", "journalist": "journalists", "reporters": "journalists",
		"cameramen": "journalists", "cameraman": "journalists", "photojournalists": "journalists",
		"photojournalist": "journalists", "photographers": "journalists",
		"hostages": "hostages", "hostage": "hostages", "captives": "hostages",
		"unregistered": "unregistered", "unauthorised": "unregistered", "unauthorized": "unregistered",
		"undocumented": "unregistered",
	}
}

// nationalities map a demonym or a country's name to one key.
func nationalities() map[string][]string {
	m := nationalitiesMore()
	maps.Copy(m, nationalitiesOther())
	maps.Copy(m, map[string][]string{
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
	})
	return m
}

// nationalitiesMore is the second half of the table of nationalities.
func nationalitiesMore() map[string][]string {
	return map[string][]string{
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
	}
}

// nationalitiesOther is the third part of the table of nationalities.
func nationalitiesOther() map[string][]string {
	return map[string][]string{
		"albanian":    {"albanian", "albanians", "albania"},
		"jamaican":    {"jamaican", "jamaicans", "jamaica"},
		"eritrean":    {"eritrean", "eritreans", "eritrea"},
		"serbian":     {"serbian", "serbians", "serbs", "serbia"},
		"croatian":    {"croatian", "croatians", "croats", "croatia"},
		"bosnian":     {"bosnian", "bosnians", "bosnia"},
		"macedonian":  {"macedonian", "macedonians", "macedonia"},
		"bulgarian":   {"bulgarian", "bulgarians", "bulgaria"},
		"hungarian":   {"hungarian", "hungarians", "hungary"},
		"czech":       {"czech", "czechs"},
		"slovak":      {"slovak", "slovaks", "slovakia"},
		"finnish":     {"finnish", "finns", "finland"},
		"estonian":    {"estonian", "estonians", "estonia"},
		"latvian":     {"latvian", "latvians", "latvia"},
		"lithuanian":  {"lithuanian", "lithuanians", "lithuania"},
		"belarusian":  {"belarusian", "belarusians", "belarus"},
		"moldovan":    {"moldovan", "moldovans", "moldova"},
		"ecuadorian":  {"ecuadorian", "ecuadorians", "ecuador"},
		"bolivian":    {"bolivian", "bolivians", "bolivia"},
		"paraguayan":  {"paraguayan", "paraguayans", "paraguay"},
		"uruguayan":   {"uruguayan", "uruguayans", "uruguay"},
		"guatemalan":  {"guatemalan", "guatemalans", "guatemala"},
		"honduran":    {"honduran", "hondurans", "honduras"},
		"salvadoran":  {"salvadoran", "salvadorans"},
		"nicaraguan":  {"nicaraguan", "nicaraguans", "nicaragua"},
		"panamanian":  {"panamanian", "panamanians", "panama"},
		"zambian":     {"zambian", "zambians", "zambia"},
		"zimbabwean":  {"zimbabwean", "zimbabweans", "zimbabwe"},
		"malawian":    {"malawian", "malawians", "malawi"},
		"rwandan":     {"rwandan", "rwandans", "rwanda"},
		"burundian":   {"burundian", "burundians", "burundi"},
		"namibian":    {"namibian", "namibians", "namibia"},
		"angolan":     {"angolan", "angolans", "angola"},
		"liberian":    {"liberian", "liberians", "liberia"},
		"ivorian":     {"ivorian", "ivorians"},
		"togolese":    {"togolese", "togo"},
		"gambian":     {"gambian", "gambians", "gambia"},
		"mauritanian": {"mauritanian", "mauritanians", "mauritania"},
		"bahraini":    {"bahraini", "bahrainis", "bahrain"},
		"mongolian":   {"mongolian", "mongolians", "mongolia"},
		"laotian":     {"laotian", "laotians", "laos"},
		"fijian":      {"fijian", "fijians", "fiji"},
		"turkmen":     {"turkmen", "turkmenistan"},
		"icelandic":   {"icelandic", "icelanders", "iceland"},
	}
}

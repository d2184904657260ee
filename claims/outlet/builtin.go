package outlet

// builtinOutlets lists the outlets of DefaultRegistry: canonical name first,
// then variants. Ambiguous names ("The Times", "ABC", "FT", "The Post") are
// left out on purpose.
var builtinOutlets = [][]string{
	{"AP", "Associated Press", "The Associated Press", "AP News"},
	{"Reuters", "Thomson Reuters", "Reuters News"},
	{"AFP", "Agence France-Presse", "Agence France Presse", "Agence France-Press"},
	{"BBC", "BBC News", "BBC World Service", "BBC World", "BBC News Online", "BBC Persian", "BBC Pashto", "BBC Urdu", "BBC Russian", "BBC Monitoring"},
	{"The New York Times", "New York Times", "NYT", "NY Times", "N.Y. Times", "nytimes.com"},
	{"The Washington Post", "Washington Post"},
	{"CNN", "CNN International"},
	{"Al Jazeera", "Al Jazeera English", "Aljazeera", "Al-Jazeera", "Al Jazeera Arabic", "Al Jazeera America"},
	{"TOLOnews", "Tolo News", "TOLOnews.com"},
	{"CBS News", "CBS", "CBS News Philadelphia", "CBS Philadelphia", "CBS News Chicago", "CBS News New York", "CBS News Boston", "CBS News Los Angeles", "CBS News Bay Area", "CBS News Miami", "CBS News Minnesota", "CBS News Colorado", "CBS News Detroit", "CBS News Pittsburgh", "CBS News Baltimore", "CBS News Texas", "CBS News Sacramento"},
	{"NBC News", "NBC"},
	{"ABC News"},
	{"VOA", "Voice of America", "VOA News"},
	{"RFE/RL", "Radio Free Europe/Radio Liberty", "Radio Free Europe / Radio Liberty", "Radio Free Europe", "Radio Liberty", "RFERL"},
	{"The Guardian", "Guardian"},
	{"Fox News", "Fox News Channel", "Fox News Digital"},
	{"Bloomberg", "Bloomberg News"},
	{"Xinhua", "Xinhua News Agency"},
	{"TASS", "ITAR-TASS"},
	{"RIA Novosti"},
	{"Al Arabiya", "Al-Arabiya", "Alarabiya"},
	{"Dawn", "Dawn.com", "Dawn News"},
	{"The Wall Street Journal", "Wall Street Journal", "WSJ"},
	{"Financial Times"},
	{"NPR", "National Public Radio"},
	{"Sky News"},
	{"Deutsche Welle", "DW", "DW News"},
	{"France 24", "France24"},
	{"Euronews"},
	{"The Independent"},
	{"The Telegraph", "The Daily Telegraph"},
	{"Politico"},
	{"Axios"},
	{"Khaama Press", "Khaama Press News Agency", "Khaama"},
	{"Ariana News", "Ariana News Agency"},
	{"Pajhwok", "Pajhwok Afghan News", "Pajhwok News"},
}

// agencyOutlets are news agencies beyond the big wires: other outlets
// credit and quote them ("(EFE/NAN)", "told IRNA"), so they too are never
// found by interview alone.
var agencyOutlets = [][]string{
	{"Anadolu Agency", "AA", "Anadolu", "Anadolu Ajansi", "Anadolu News Agency"},
	{"PTI", "Press Trust of India"},
	{"ANI", "Asian News International"},
	{"IANS", "Indo-Asian News Service"},
	{"APP", "Associated Press of Pakistan"},
	{"NAN", "News Agency of Nigeria"},
	{"IRNA", "Islamic Republic News Agency"},
	{"Tasnim", "Tasnim News Agency", "Tasnim News"},
	{"Fars News Agency", "Fars News"},
	{"Mehr News Agency", "Mehr News"},
	{"ISNA", "Iranian Students' News Agency"},
	{"WAM", "Emirates News Agency"},
	{"SPA", "Saudi Press Agency"},
	{"KUNA", "Kuwait News Agency"},
	{"QNA", "Qatar News Agency"},
	{"MENA", "Middle East News Agency"},
	{"dpa", "DPA", "Deutsche Presse-Agentur", "Deutsche Presse Agentur"},
	{"EFE", "Agencia EFE"},
	{"ANSA"},
	{"Kyodo", "Kyodo News"},
	{"Yonhap", "Yonhap News Agency"},
	{"Bernama"},
	{"Antara", "Antara News Agency"},
	{"Interfax"},
	{"Ukrinform"},
	{"Sputnik", "Sputnik News"},
	{"BSS", "Bangladesh Sangbad Sangstha"},
	{"UNB", "United News of Bangladesh"},
	{"SANA", "Syrian Arab News Agency"},
	{"KCNA", "Korean Central News Agency"},
	{"APA", "Azeri-Press Agency"},
}

// moreOutlets are broadcasters and papers, some named under several
// spellings; outlets often quote them, so an interview attributes only when
// told twice. Editions and sister outlets (NHK and NHK World, TRT and TRT
// World) are not merged.
var moreOutlets = [][]string{
	{"TRT World"},
	{"Geo News"},
	{"ARY News"},
	{"The Express Tribune", "Express Tribune"},
	{"Daily Sabah"},
	{"Gulf News"},
	{"Khaleej Times"},
	{"Arab News"},
	{"The Times of India", "Times of India", "TOI"},
	{"Hindustan Times"},
	{"The Hindu"},
	{"NDTV"},
	{"India Today"},
	{"Press TV", "PressTV"},
	{"CGTN", "China Global Television Network"},
	{"China Daily"},
	{"Global Times"},
	{"RT", "Russia Today"},
	{"South China Morning Post", "SCMP"},
	{"The Straits Times", "Straits Times"},
	{"The Times of Israel", "Times of Israel"},
	{"The Jerusalem Post", "Jerusalem Post"},
	{"Haaretz"},
	{"USA Today"},
	{"Los Angeles Times", "LA Times"},
	{"CNBC"},
	{"MSNBC"},
	{"The Economist"},
	{"Newsweek"},
}

// citedAgencies are news agencies other outlets quote all the time ("told
// Reuters"); their own copy opens with a dateline, so an interview alone
// never attributes an article to them.
var citedAgencies = []string{"AP", "Reuters", "AFP", "Bloomberg", "Xinhua", "TASS", "RIA Novosti"}

// citedPapers are newspapers other outlets often quote ("told the Financial
// Times"); an article is theirs by interview only when it says so twice.
var citedPapers = []string{"The New York Times", "The Washington Post", "The Wall Street Journal",
	"Financial Times", "The Guardian", "The Independent", "The Telegraph", "Politico", "Axios"}

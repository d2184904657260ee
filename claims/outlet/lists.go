package outlet

import "strings"

// The word lists below are facts about names, not about any article: they
// keep a place or a person from being taken for an outlet when a credit
// line's shape alone cannot tell.

// wordSet builds a set from "|"-separated lower-case entries.
func wordSet(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Split(l, "|") {
			if w = strings.TrimSpace(w); w != "" {
				m[w] = true
			}
		}
	}
	return m
}

// places are countries, regions and the cities datelines name most often,
// lower case. A dateline's place or a "By NAME, Kabul" byline's place is
// never an outlet.
var places = wordSet(
	// Countries and territories.
	"afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|"+
		"bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|"+
		"botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|chad|chile|"+
		"china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|"+
		"djibouti|dominica|ecuador|egypt|el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|"+
		"france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guyana|haiti|"+
		"honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|"+
		"japan|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|"+
		"libya|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|"+
		"mauritius|mexico|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|"+
		"nepal|netherlands|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|norway|"+
		"oman|pakistan|palestine|panama|paraguay|peru|philippines|poland|portugal|qatar|romania|"+
		"russia|rwanda|saudi arabia|senegal|serbia|sierra leone|singapore|slovakia|slovenia|somalia|"+
		"south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|"+
		"taiwan|tajikistan|tanzania|thailand|togo|tunisia|turkey|türkiye|turkmenistan|uganda|ukraine|"+
		"united arab emirates|uae|united kingdom|uk|united states|us|usa|u.s.|u.k.|uruguay|uzbekistan|"+
		"venezuela|vietnam|yemen|zambia|zimbabwe|gaza|west bank|kashmir|crimea|kurdistan|hong kong|"+
		"scotland|wales|england|northern ireland|puerto rico|greenland|tibet|xinjiang|darfur|balochistan|"+
		"punjab|sindh|khyber pakhtunkhwa|bajaur|waziristan|kerala|bengal|california|texas|florida|"+
		"europe|asia|africa|middle east|latin america|gulf|balkans|sahel|caucasus|central asia",
	// Cities.
	"kabul|kandahar|herat|mazar-i-sharif|jalalabad|islamabad|karachi|lahore|peshawar|quetta|"+
		"rawalpindi|multan|faisalabad|new delhi|delhi|mumbai|kolkata|chennai|bengaluru|bangalore|"+
		"hyderabad|srinagar|dhaka|kathmandu|colombo|tehran|mashhad|isfahan|kerman|shiraz|tabriz|"+
		"baghdad|basra|mosul|erbil|damascus|aleppo|beirut|amman|jerusalem|tel aviv|ramallah|cairo|"+
		"alexandria|riyadh|jeddah|mecca|makkah|medina|madinah|dubai|abu dhabi|doha|manama|muscat|"+
		"kuwait city|sanaa|aden|ankara|istanbul|izmir|tripoli|benghazi|derna|tobruk|tunis|algiers|"+
		"rabat|casablanca|khartoum|addis ababa|nairobi|mogadishu|kampala|kigali|dar es salaam|lagos|"+
		"abuja|accra|dakar|bamako|niamey|johannesburg|cape town|pretoria|harare|kinshasa|luanda|"+
		"moscow|st petersburg|kyiv|kiev|kharkiv|odesa|minsk|warsaw|berlin|munich|frankfurt|hamburg|"+
		"paris|marseille|lyon|london|manchester|birmingham|edinburgh|glasgow|dublin|belfast|cardiff|"+
		"madrid|barcelona|lisbon|rome|milan|naples|vienna|brussels|amsterdam|the hague|geneva|zurich|"+
		"stockholm|oslo|copenhagen|helsinki|tallinn|riga|vilnius|prague|budapest|bucharest|sofia|"+
		"athens|belgrade|zagreb|sarajevo|tbilisi|yerevan|baku|tashkent|dushanbe|bishkek|almaty|astana|"+
		"ashgabat|beijing|shanghai|hong kong|guangzhou|shenzhen|wuhan|taipei|tokyo|osaka|seoul|"+
		"pyongyang|manila|jakarta|kuala lumpur|bangkok|hanoi|ho chi minh city|phnom penh|yangon|"+
		"naypyitaw|sydney|melbourne|canberra|auckland|wellington|washington|new york|los angeles|"+
		"chicago|boston|philadelphia|san francisco|miami|houston|dallas|atlanta|seattle|detroit|"+
		"ottawa|toronto|montreal|vancouver|mexico city|havana|bogota|caracas|lima|santiago|"+
		"buenos aires|sao paulo|rio de janeiro|brasilia|quito|la paz|montevideo|united nations|"+
		"vatican city|gaza city|rafah|khan younis|sanaa|marib|hodeidah|goma|juba|port-au-prince",
)

// givenNames are common first names, lower case: "By NAME" with one of them
// first is a person, whatever else the line looks like.
var givenNames = wordSet(
	// English and European.
	"aaron|adam|alan|albert|alex|alexander|alice|alison|amanda|amy|andrew|andy|angela|ann|anna|"+
		"anne|anthony|ben|benjamin|beth|bill|bob|brian|carl|carol|caroline|catherine|charles|"+
		"charlie|chris|christina|christine|christopher|claire|colin|craig|dan|daniel|dave|david|"+
		"dawn|deborah|dennis|diana|donald|douglas|ed|edward|elena|elizabeth|emily|emma|eric|frank|"+
		"fred|gary|george|grace|greg|hannah|harry|helen|henry|ian|jack|jacob|james|jane|janet|"+
		"jason|jeff|jennifer|jenny|jessica|jim|jo|joe|john|jon|jonathan|joseph|josh|julia|julie|"+
		"karen|kate|katie|keith|ken|kevin|kim|laura|lauren|lee|lena|linda|lisa|liz|louise|lucy|"+
		"maria|mark|martin|mary|matt|matthew|megan|michael|michelle|mike|nancy|nathan|nick|"+
		"nicholas|nicola|oliver|pam|patrick|paul|peter|phil|philip|rachel|ray|rebecca|richard|rob|"+
		"robert|roger|ruth|ryan|sam|samuel|sara|sarah|scott|sean|simon|sophie|stephen|steve|steven|"+
		"sue|susan|thomas|tim|timothy|tom|tony|victoria|william|hans|pierre|jean|marie|carlos|"+
		"jose|juan|luis|miguel|pedro|ana|sofia|ivan|olga|sergei|sergey|vladimir|dmitry|natalia|"+
		"giovanni|marco|luca|anders|lars|ole|ingrid|piotr|jan|tomas|andrei|nikolai|rupam|nadia|rae|"+
		"ruth|amir|li|wei|chen|wang|zhang|liu|yuki|kenji|hiroshi|min|jin|ji|nguyen",
	// Arabic, Persian, Turkish, South Asian and African.
	"abdul|abdullah|abdel|abu|ahmad|ahmed|ali|amin|amina|anwar|asad|asif|aziz|bilal|farah|"+
		"farid|farhan|faisal|fatima|fawad|habib|hamid|hamza|hassan|hussain|hussein|ibrahim|imran|"+
		"ismail|jamal|javed|karim|khalid|khaled|layla|mahmoud|mariam|maryam|mohamed|mohammad|"+
		"mohammed|muhammad|mustafa|nabil|nasir|nasser|omar|osama|rahim|rashid|reza|saad|saeed|"+
		"said|salim|salman|sami|shahid|shireen|tariq|usman|waleed|yasir|yousef|youssef|yusuf|zainab|"+
		"zia|zahra|zaid|mehmet|mustafa|ayse|emre|fatih|hakan|murat|ozan|aamir|arif|ashraf|ayesha|"+
		"babar|danish|haroon|ijaz|irfan|kamran|mansoor|naveed|noor|qasim|rizwan|sajid|shahzad|"+
		"shoaib|syed|waqar|zubair|amit|anil|arjun|deepak|kumar|manoj|priya|rahul|raj|rajesh|ravi|"+
		"sanjay|sunil|suresh|vijay|vikram|sadiq|zabihullah|hamdullah|sharif|rasul|ehsan|parisa|"+
		"kwame|kofi|chinedu|oluwaseun|tunde|amara|wanjiru",
)

// titleWords are honorifics before a person's name ("Dr Ali Khan").
var titleWords = wordSet("dr|mr|mrs|ms|miss|prof|professor|sir|dame|sheikh|maulana|mufti|gen|col|capt|maj|lt|sgt|rev|fr")

// genericWords name no outlet on their own: "(Agencies)", "By Staff
// Reporter", "Web Desk", "News Desk".
var genericWords = wordSet(
	"agencies|agency|news|staff|reporter|reporters|correspondent|correspondents|desk|web|online|" +
		"wire|wires|newswire|newswires|our|special|monitoring|editor|editors|editorial|report|" +
		"reports|team|bureau|photo|photos|file|video|videos|image|images|getty|the|and|writer|" +
		"writers|inputs|input|sources|source|foreign|local|others|various|compiled|updated|" +
		"published|share|newsroom|service|services|contributor|contributors|top|home|menu|" +
		"advertisement|listen|next|story|previous|print|email|subscribe|follow|comments|related|" +
		"trending|latest|breaking|more|skip|content|close|search|login|sign|up|back|world|opinion|" +
		"analysis|exclusive|explainer|politics|business|sport|sports|health|science|technology|tech|" +
		"entertainment|lifestyle|culture|regional|region|asia|pacific|americas|middle|east|south|" +
		"north|west|central|updates|update|feature|features|interview|editorial|comment|" +
		"commentary|column|blog|podcast|gallery",
)

// institutionWords mark an organisation that publishes figures but is not
// a news outlet: "Source: Ministry of Health", "Source: UN agencies".
var institutionWords = wordSet(
	"ministry|department|office|organization|organisation|council|university|institute|police|" +
		"government|authority|authorities|commission|bank|committee|army|military|hospital|" +
		"court|parliament|assembly|party|union|foundation|association|federation|society|" +
		"statistics|survey|census|embassy|consulate|unicef|unhcr|who|un|ocha|nato|red cross|" +
		"red crescent|centre|center|company|corporation|group|inc|ltd|plc|says|said",
)

// eventWords are what headlines and kickers speak of ("Pakistan Bombing",
// "Death Toll Rises"); no outlet is named with them.
var eventWords = wordSet(
	"attack|attacks|attacked|bombing|bombings|bomb|bombs|blast|blasts|explosion|explosions|toll|" +
		"death|deaths|dead|killed|kills|kill|dies|died|injured|wounded|floods|flood|flooding|earthquake|" +
		"quake|fire|fires|crash|war|strike|strikes|protest|protests|election|elections|storm|crisis|" +
		"rises|rise|climbs|soars|victims|pilgrims|hajj|funeral|mourning|rally|violence|terror|" +
		"terrorism|terrorist|suicide|massacre|disaster|rescue|evacuation|conflict|ceasefire",
)

// cueWords are words outlet names are made of ("Gulf Star", "River TV",
// "Yahoo News"); a name with one is no person.
var cueWords = wordSet(
	"news|times|post|tv|television|radio|daily|gazette|herald|tribune|journal|press|agency|" +
		"today|online|network|channel|express|observer|telegraph|chronicle|standard|mail|star|" +
		"sun|mirror|monitor|review|weekly|dispatch|insider|world|international|media|wire|" +
		"broadcasting|broadcast|fm|magazine|nation|national|live|" +
		"digest|bulletin|courier|examiner|guardian|independent|inquirer|leader|record|register|" +
		"reporter|sentinel|voice|focus|info|24|365",
)

// connectorWords stay lower case inside a title-cased name ("Times of
// Islamabad") and may stand lower case in a name.
var connectorWords = wordSet("of|the|and|for|in|on|de|del|della|des|du|da|di|la|le|el|al|y|e|et|ul|ur|bin|ibn|van|von|&")

// monthWords and dayWords start the date part of a dateline.
var monthWords = wordSet(
	"jan|jan.|january|feb|feb.|february|mar|mar.|march|apr|apr.|april|may|jun|jun.|june|jul|jul.|" +
		"july|aug|aug.|august|sep|sep.|sept|sept.|september|oct|oct.|october|nov|nov.|november|dec|" +
		"dec.|december",
)

var dayWords = wordSet("monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|today|yesterday")

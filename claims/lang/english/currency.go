package english

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

// Currencies returns the currency vocabulary, one row a way of naming a
// currency: a fresh copy of the table each call.
func Currencies() []Currency { return append([]Currency(nil), currencyRows...) }

// currencyRows is the currency table; it is never modified.
var currencyRows = []Currency{
	{"USD", "dollar", "dollar|dollars|bucks|$", "$|dollar"},
	{"USD", "", "usd|us dollar|us dollars|u.s. dollar|u.s. dollars|american dollars|united states dollars", "US $|U.S. $|u.s $|USD|usd $|^=US$"},
	{"CAD", "", "cad|canadian dollar|canadian dollars", "c $|^=C$|^=CA$|CAD|cad $|^=Can$"},
	{"AUD", "", "aud|australian dollar|australian dollars", "^=A$|^=AU$|AUD|aud $"},
	{"NZD", "", "nzd|new zealand dollar|new zealand dollars", "nz $|NZD|nzd $"},
	{"HKD", "", "hkd|hong kong dollar|hong kong dollars", "hk $|HKD|hkd $"},
	{"SGD", "", "sgd|singapore dollar|singapore dollars", "^=S$|SGD|sgd $"},
	{"TWD", "", "twd|taiwan dollar|taiwan dollars|new taiwan dollars", "nt $|TWD"},
	{"ZWL", "", "zimbabwean dollar|zimbabwean dollars|zimbabwe dollars", ""},
	{"GBP", "pound", "pound|pounds|£", "£"},
	{"GBP", "", "gbp|sterling|pounds sterling|pound sterling|british pounds", "GBP|^=GB£"},
	{"EGP", "", "egyptian pound|egyptian pounds|egp", "EGP|^=E£"},
	{"LBP", "", "lebanese pound|lebanese pounds|lbp", "LBP"},
	{"SYP", "", "syrian pound|syrian pounds|syp", "SYP"},
	{"SDG", "", "sudanese pound|sudanese pounds|sdg", "SDG"},
	{"EUR", "", "eur|euro|euros|€", "€|EUR"},
	{"JPY", "", "jpy|yen|japanese yen|¥", "¥|JPY"},
	{"CNY", "", "cny|yuan|renminbi|rmb|chinese yuan|元", "CNY|RMB|rmb"},
	{"INR", "rupee", "rupee|rupees|inr", "Rs|rs .|INR|₹|^=Re"},
	{"INR", "", "indian rupee|indian rupees|₹", "₹|INR"},
	{"PKR", "", "pakistani rupee|pakistani rupees|pkr", "PKR"},
	{"LKR", "", "sri lankan rupee|sri lankan rupees|lkr", "LKR"},
	{"NPR", "", "nepalese rupee|nepalese rupees|nepali rupees|npr", "NPR"},
	{"KES", "shilling", "shilling|shillings", "Sh"},
	{"KES", "", "kenyan shilling|kenyan shillings|kes", "KSh|KES"},
	{"UGX", "", "ugandan shilling|ugandan shillings|ugx", "USh|UGX"},
	{"TZS", "", "tanzanian shilling|tanzanian shillings|tzs", "TSh|TZS"},
	{"SOS", "", "somali shilling|somali shillings", ""},
	{"RUB", "", "rub|ruble|rubles|rouble|roubles|₽", "₽|RUB"},
	{"UAH", "", "uah|hryvnia|hryvnias|hryvnas|₴", "₴|UAH"},
	{"CHF", "", "chf|swiss franc|swiss francs", "CHF|SFr"},
	{"FRF", "", "french franc|french francs", "FF"},
	{"MXN", "", "mxn|mexican peso|mexican pesos", "mxn $|mex $|MXN"},
	{"PHP", "", "php|philippine peso|philippine pesos|₱", "₱|PHP"},
	{"ARS", "", "ars|argentine peso|argentine pesos|argentinian pesos", "ARS"},
	{"CLP", "", "clp|chilean peso|chilean pesos", "CLP"},
	{"COP", "", "=COP|colombian peso|colombian pesos", ""},
	{"BRL", "", "brl|reais|brazilian real|brazilian reais", "^=R$|BRL"},
	{"TRY", "", "=TRY|lira|liras|turkish lira|turkish liras|₺", "₺|=TRY"},
	{"ILS", "", "ils|shekel|shekels|new shekels|₪", "₪|ILS|NIS"},
	{"AED", "", "aed|dirham|dirhams|emirati dirhams", "AED|Dh|Dhs"},
	{"MAD", "", "moroccan dirham|moroccan dirhams", "=MAD"},
	{"SAR", "", "sar|saudi riyal|saudi riyals", "SAR|SR"},
	{"QAR", "", "qar|qatari riyal|qatari riyals", "QAR|QR"},
	{"IRR", "", "irr|rial|rials|iranian rial|iranian rials", "IRR"},
	{"IQD", "", "iqd|iraqi dinar|iraqi dinars", "IQD"},
	{"KWD", "", "kwd|kuwaiti dinar|kuwaiti dinars", "KWD"},
	{"JOD", "", "jod|jordanian dinar|jordanian dinars", "JOD"},
	{"LYD", "", "lyd|libyan dinar|libyan dinars", "LYD"},
	{"NGN", "", "ngn|naira|₦", "₦|NGN"},
	{"ZAR", "", "zar|rand|rands|south african rand", "ZAR"},
	{"GHS", "", "ghs|cedi|cedis", "GH₵|GHS"},
	{"ETB", "", "etb|birr", "ETB"},
	{"AFN", "", "afn|afghani|afghanis", "AFN"},
	{"THB", "", "thb|baht|฿", "฿|THB"},
	{"MYR", "", "myr|ringgit", "RM|MYR"},
	{"IDR", "", "idr|rupiah", "Rp|IDR"},
	{"VND", "", "vnd|dong|₫", "₫|VND"},
	{"BDT", "", "bdt|taka", "Tk|BDT"},
	{"KRW", "", "krw|korean won|south korean won|₩", "₩|KRW"},
	{"PLN", "", "pln|zloty|zlotys|zlotych", "PLN"},
	{"HUF", "", "huf|forint|forints", "HUF"},
	{"CZK", "", "czk|koruna|korunas", "CZK"},
	{"SEK", "", "sek|swedish krona|swedish kronor|kronor", "SEK"},
	{"NOK", "", "nok|norwegian krone|norwegian kroner", "NOK"},
	{"DKK", "", "dkk|danish krone|danish kroner", "DKK"},
	{"KZT", "", "kzt|tenge", "KZT"},
	{"TJS", "", "somoni", "TJS"},
	{"AZN", "", "azn|manat", "AZN"},
	{"GEL", "", "=GEL|lari|₾", "₾|=GEL"},
	{"CRC", "", "crc|colón|colones|₡", "₡|CRC"},
	{"LAK", "", "lak|kip|₭", "₭|LAK"},
	{"FIM", "", "markka|markkaa|finnish markka|finnish markkaa", ""},
	{"ESP", "", "peseta|pesetas", ""},
	{"NLG", "", "guilder|guilders|dutch guilders", ""},
	{"BTC", "", "btc|bitcoin|bitcoins|₿", "₿|BTC"},
	{"satoshi", "", "satoshi|satoshis", ""},
	{"cent", "", "cent|cents|¢", ""},
	{"penny", "", "penny|pence|^=p", ""},
	{"franc", "franc", "franc|francs", ""},
	{"peso", "peso", "peso|pesos", ""},
	{"dinar", "dinar", "dinar|dinars", ""},
	{"riyal", "riyal", "riyal|riyals", ""},
	{"krone", "krone", "krone|kroner|krona", ""},
}

// CurrencyCountries maps, for each family of a shared currency name, the
// words that name a country to the currency the name means there.
func CurrencyCountries() map[string]map[string]string {
	return map[string]map[string]string{
		"dollar": {"australia": "AUD", "australian": "AUD", "canada": "CAD", "canadian": "CAD",
			"zealand": "NZD", "singapore": "SGD", "singaporean": "SGD", "kong": "HKD",
			"taiwan": "TWD", "taiwanese": "TWD", "zimbabwe": "ZWL", "zimbabwean": "ZWL"},
		"pound":    {"egypt": "EGP", "egyptian": "EGP", "lebanon": "LBP", "lebanese": "LBP", "syria": "SYP", "syrian": "SYP", "sudan": "SDG", "sudanese": "SDG"},
		"rupee":    {"pakistan": "PKR", "pakistani": "PKR", "lanka": "LKR", "lankan": "LKR", "nepal": "NPR", "nepali": "NPR", "nepalese": "NPR"},
		"shilling": {"uganda": "UGX", "ugandan": "UGX", "tanzania": "TZS", "tanzanian": "TZS", "somalia": "SOS", "somali": "SOS"},
		"franc":    {"swiss": "CHF", "switzerland": "CHF", "france": "FRF", "french": "FRF"},
		"peso": {"mexico": "MXN", "mexican": "MXN", "philippines": "PHP", "philippine": "PHP", "argentina": "ARS",
			"argentine": "ARS", "chile": "CLP", "chilean": "CLP", "colombia": "COP", "colombian": "COP"},
		"dinar": {"iraq": "IQD", "iraqi": "IQD", "kuwait": "KWD", "kuwaiti": "KWD", "jordan": "JOD", "jordanian": "JOD", "libya": "LYD", "libyan": "LYD"},
		"riyal": {"saudi": "SAR", "qatar": "QAR", "qatari": "QAR", "iran": "IRR", "iranian": "IRR"},
		"krone": {"sweden": "SEK", "swedish": "SEK", "norway": "NOK", "norwegian": "NOK", "denmark": "DKK", "danish": "DKK"},
	}
}

// HomeCountry are the words that name the United States: a sentence naming
// it keeps "$" a US dollar.
func HomeCountry() []string {
	return []string{
		"us", "u.s", "american", "america", "states", "washington",
	}
}

// CurrencyWords say money after a number: "5 dollars", "10 rupees", "3
// usd". The lexicon of package claims/figure flags them. (They overlap
// [Currencies] but are not derived from it: see the test.)
func CurrencyWords() []string {
	return []string{"dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling",
		"ruble", "rubles", "rouble", "roubles", "yuan", "renminbi", "yen", "rupee", "rupees",
		"franc", "francs", "pence", "cent", "cents", "dinar", "dinars", "riyal", "riyals",
		"rial", "rials", "lira", "liras", "shekel", "shekels", "peso", "pesos", "dirham",
		"dirhams", "naira", "rand", "afghani", "afghanis", "baht", "ringgit", "kroner",
		"krona", "kronor", "zloty", "hryvnia", "hryvnias", "tenge", "somoni", "manat", "dong",
		"usd", "eur", "gbp", "rub", "inr", "cny", "jpy", "chf", "bucks"}
}

// CurrencyCodesBefore are the currency words written right before the
// digits of a figure, whose text they join: "Rs 500", "USD 20", "INR 300".
func CurrencyCodesBefore() []string {
	return []string{"rs", "usd", "eur", "gbp", "inr"}
}

// CurrencyCodesOpening are the currency words a figure's number may begin
// after, when a qualifier wording comes first: "more than USD 20". They are
// CurrencyCodesBefore without "inr", a drift kept as it is (the test names it).
func CurrencyCodesOpening() []string {
	return []string{"rs", "usd", "eur", "gbp"}
}

package english

import "github.com/crosscheck-news/crosscheck/claims/lang"

// Currency is a row of the currency vocabulary (lang.Currency).
type Currency = lang.Currency

// Currencies returns the currency vocabulary, one row a way of naming a
// currency: a fresh copy of the table each call.
func Currencies() []Currency { return append([]Currency(nil), currencyRows...) }

// currencyRows is the currency table; it is never modified.
var currencyRows = []Currency{
	{Code: "USD", Family: "dollar", Words: "dollar|dollars|bucks|$", Before: "$|dollar"},
	{Code: "USD", Family: "", Words: "usd|us dollar|us dollars|u.s. dollar|u.s. dollars|american dollars|united states dollars", Before: "US $|U.S. $|u.s $|USD|usd $|^=US$"},
	{Code: "CAD", Family: "", Words: "cad|canadian dollar|canadian dollars", Before: "c $|^=C$|^=CA$|CAD|cad $|^=Can$"},
	{Code: "AUD", Family: "", Words: "aud|australian dollar|australian dollars", Before: "^=A$|^=AU$|AUD|aud $"},
	{Code: "NZD", Family: "", Words: "nzd|new zealand dollar|new zealand dollars", Before: "nz $|NZD|nzd $"},
	{Code: "HKD", Family: "", Words: "hkd|hong kong dollar|hong kong dollars", Before: "hk $|HKD|hkd $"},
	{Code: "SGD", Family: "", Words: "sgd|singapore dollar|singapore dollars", Before: "^=S$|SGD|sgd $"},
	{Code: "TWD", Family: "", Words: "twd|taiwan dollar|taiwan dollars|new taiwan dollars", Before: "nt $|TWD"},
	{Code: "ZWL", Family: "", Words: "zimbabwean dollar|zimbabwean dollars|zimbabwe dollars", Before: ""},
	{Code: "GBP", Family: "pound", Words: "pound|pounds|£", Before: "£"},
	{Code: "GBP", Family: "", Words: "gbp|sterling|pounds sterling|pound sterling|british pounds", Before: "GBP|^=GB£"},
	{Code: "EGP", Family: "", Words: "egyptian pound|egyptian pounds|egp", Before: "EGP|^=E£"},
	{Code: "LBP", Family: "", Words: "lebanese pound|lebanese pounds|lbp", Before: "LBP"},
	{Code: "SYP", Family: "", Words: "syrian pound|syrian pounds|syp", Before: "SYP"},
	{Code: "SDG", Family: "", Words: "sudanese pound|sudanese pounds|sdg", Before: "SDG"},
	{Code: "EUR", Family: "", Words: "eur|euro|euros|€", Before: "€|EUR"},
	{Code: "JPY", Family: "", Words: "jpy|yen|japanese yen|¥", Before: "¥|JPY"},
	{Code: "CNY", Family: "", Words: "cny|yuan|renminbi|rmb|chinese yuan|元", Before: "CNY|RMB|rmb"},
	{Code: "INR", Family: "rupee", Words: "rupee|rupees|inr", Before: "Rs|rs .|INR|₹|^=Re"},
	{Code: "INR", Family: "", Words: "indian rupee|indian rupees|₹", Before: "₹|INR"},
	{Code: "PKR", Family: "", Words: "pakistani rupee|pakistani rupees|pkr", Before: "PKR"},
	{Code: "LKR", Family: "", Words: "sri lankan rupee|sri lankan rupees|lkr", Before: "LKR"},
	{Code: "NPR", Family: "", Words: "nepalese rupee|nepalese rupees|nepali rupees|npr", Before: "NPR"},
	{Code: "KES", Family: "shilling", Words: "shilling|shillings", Before: "Sh"},
	{Code: "KES", Family: "", Words: "kenyan shilling|kenyan shillings|kes", Before: "KSh|KES"},
	{Code: "UGX", Family: "", Words: "ugandan shilling|ugandan shillings|ugx", Before: "USh|UGX"},
	{Code: "TZS", Family: "", Words: "tanzanian shilling|tanzanian shillings|tzs", Before: "TSh|TZS"},
	{Code: "SOS", Family: "", Words: "somali shilling|somali shillings", Before: ""},
	{Code: "RUB", Family: "", Words: "rub|ruble|rubles|rouble|roubles|₽", Before: "₽|RUB"},
	{Code: "UAH", Family: "", Words: "uah|hryvnia|hryvnias|hryvnas|₴", Before: "₴|UAH"},
	{Code: "CHF", Family: "", Words: "chf|swiss franc|swiss francs", Before: "CHF|SFr"},
	{Code: "FRF", Family: "", Words: "french franc|french francs", Before: "FF"},
	{Code: "MXN", Family: "", Words: "mxn|mexican peso|mexican pesos", Before: "mxn $|mex $|MXN"},
	{Code: "PHP", Family: "", Words: "php|philippine peso|philippine pesos|₱", Before: "₱|PHP"},
	{Code: "ARS", Family: "", Words: "ars|argentine peso|argentine pesos|argentinian pesos", Before: "ARS"},
	{Code: "CLP", Family: "", Words: "clp|chilean peso|chilean pesos", Before: "CLP"},
	{Code: "COP", Family: "", Words: "=COP|colombian peso|colombian pesos", Before: ""},
	{Code: "BRL", Family: "", Words: "brl|reais|brazilian real|brazilian reais", Before: "^=R$|BRL"},
	{Code: "TRY", Family: "", Words: "=TRY|lira|liras|turkish lira|turkish liras|₺", Before: "₺|=TRY"},
	{Code: "ILS", Family: "", Words: "ils|shekel|shekels|new shekels|₪", Before: "₪|ILS|NIS"},
	{Code: "AED", Family: "", Words: "aed|dirham|dirhams|emirati dirhams", Before: "AED|Dh|Dhs"},
	{Code: "MAD", Family: "", Words: "moroccan dirham|moroccan dirhams", Before: "=MAD"},
	{Code: "SAR", Family: "", Words: "sar|saudi riyal|saudi riyals", Before: "SAR|SR"},
	{Code: "QAR", Family: "", Words: "qar|qatari riyal|qatari riyals", Before: "QAR|QR"},
	{Code: "IRR", Family: "", Words: "irr|rial|rials|iranian rial|iranian rials", Before: "IRR"},
	{Code: "IQD", Family: "", Words: "iqd|iraqi dinar|iraqi dinars", Before: "IQD"},
	{Code: "KWD", Family: "", Words: "kwd|kuwaiti dinar|kuwaiti dinars", Before: "KWD"},
	{Code: "JOD", Family: "", Words: "jod|jordanian dinar|jordanian dinars", Before: "JOD"},
	{Code: "LYD", Family: "", Words: "lyd|libyan dinar|libyan dinars", Before: "LYD"},
	{Code: "NGN", Family: "", Words: "ngn|naira|₦", Before: "₦|NGN"},
	{Code: "ZAR", Family: "", Words: "zar|rand|rands|south african rand", Before: "ZAR"},
	{Code: "GHS", Family: "", Words: "ghs|cedi|cedis", Before: "GH₵|GHS"},
	{Code: "ETB", Family: "", Words: "etb|birr", Before: "ETB"},
	{Code: "AFN", Family: "", Words: "afn|afghani|afghanis", Before: "AFN"},
	{Code: "THB", Family: "", Words: "thb|baht|฿", Before: "฿|THB"},
	{Code: "MYR", Family: "", Words: "myr|ringgit", Before: "RM|MYR"},
	{Code: "IDR", Family: "", Words: "idr|rupiah", Before: "Rp|IDR"},
	{Code: "VND", Family: "", Words: "vnd|dong|₫", Before: "₫|VND"},
	{Code: "BDT", Family: "", Words: "bdt|taka", Before: "Tk|BDT"},
	{Code: "KRW", Family: "", Words: "krw|korean won|south korean won|₩", Before: "₩|KRW"},
	{Code: "PLN", Family: "", Words: "pln|zloty|zlotys|zlotych", Before: "PLN"},
	{Code: "HUF", Family: "", Words: "huf|forint|forints", Before: "HUF"},
	{Code: "CZK", Family: "", Words: "czk|koruna|korunas", Before: "CZK"},
	{Code: "SEK", Family: "", Words: "sek|swedish krona|swedish kronor|kronor", Before: "SEK"},
	{Code: "NOK", Family: "", Words: "nok|norwegian krone|norwegian kroner", Before: "NOK"},
	{Code: "DKK", Family: "", Words: "dkk|danish krone|danish kroner", Before: "DKK"},
	{Code: "KZT", Family: "", Words: "kzt|tenge", Before: "KZT"},
	{Code: "TJS", Family: "", Words: "somoni", Before: "TJS"},
	{Code: "AZN", Family: "", Words: "azn|manat", Before: "AZN"},
	{Code: "GEL", Family: "", Words: "=GEL|lari|₾", Before: "₾|=GEL"},
	{Code: "CRC", Family: "", Words: "crc|colón|colones|₡", Before: "₡|CRC"},
	{Code: "LAK", Family: "", Words: "lak|kip|₭", Before: "₭|LAK"},
	{Code: "FIM", Family: "", Words: "markka|markkaa|finnish markka|finnish markkaa", Before: ""},
	{Code: "ESP", Family: "", Words: "peseta|pesetas", Before: ""},
	{Code: "NLG", Family: "", Words: "guilder|guilders|dutch guilders", Before: ""},
	{Code: "BTC", Family: "", Words: "btc|bitcoin|bitcoins|₿", Before: "₿|BTC"},
	{Code: "satoshi", Family: "", Words: "satoshi|satoshis", Before: ""},
	{Code: "cent", Family: "", Words: "cent|cents|¢", Before: ""},
	{Code: "penny", Family: "", Words: "penny|pence|^=p", Before: ""},
	{Code: "franc", Family: "franc", Words: "franc|francs", Before: ""},
	{Code: "peso", Family: "peso", Words: "peso|pesos", Before: ""},
	{Code: "dinar", Family: "dinar", Words: "dinar|dinars", Before: ""},
	{Code: "riyal", Family: "riyal", Words: "riyal|riyals", Before: ""},
	{Code: "krone", Family: "krone", Words: "krone|kroner|krona", Before: ""},
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

package english

// Months are the names of the months and their abbreviations, lower case:
// a plain number beside one is a day or a year ("March 22", "May 2019").
func Months() []string {
	return []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
}

// YearWords are the words after which a plain four-digit number is a year:
// "in 2019", "since 1990", "early 2020", "summer 1969".
func YearWords() []string {
	return []string{"in", "since", "by", "until", "till", "during", "before", "after",
		"early", "late", "mid", "summer", "spring", "autumn", "winter", "year", "circa", "throughout"}
}

// TimeOfDayWords say a time of day after a number: "10 pm", "9 GMT",
// "6 o'clock" (the "o").
func TimeOfDayWords() []string {
	return []string{"am", "pm", "gmt", "bst", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "o"}
}

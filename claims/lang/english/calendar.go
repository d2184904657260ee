package english

import "github.com/crosscheck-news/crosscheck/claims/lang"

// MonthNames are the full names of the months, lower case.
func MonthNames() []string {
	return []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
}

// Months are the names of the months and their abbreviations, lower case:
// a plain number beside one is a day or a year ("March 22", "May 2019").
func Months() []string {
	return append(MonthNames(), "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
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

// Weekdays gives each day's name, lower case, its number as time.Weekday
// does.
func Weekdays() map[string]int {
	return map[string]int{
		"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
		"friday": 5, "saturday": 6,
	}
}

// PartsOfDay follow a day's name when it dates an event ("Thursday night").
func PartsOfDay() []string { return []string{"night", "evening", "morning", "afternoon"} }

// NumberedNights are the words that make the ordinal before them a
// numbered night or day: "the fourth night", "the second day".
func NumberedNights() []string { return []string{"night", "day"} }

// RelativeNights are the wordings of a night relative to the day an
// article was written, with how many days back: "the night before" is said
// the morning after the next one.
func RelativeNights() []lang.RelativeNight {
	return []lang.RelativeNight{{Words: "overnight", Back: 1}, {Words: "last night", Back: 1},
		{Words: "previous night", Back: 2}, {Words: "night before", Back: 2}}
}

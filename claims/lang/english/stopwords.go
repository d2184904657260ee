package english

import snowball "github.com/kljensen/snowball/english"

// extraStop are words that carry no event identity in news copy, beyond
// Snowball's English stop words: reporting verbs, number words (numbers are
// compared as figures, never as text) and the generic nouns and verbs of a
// count, which the measure already compares.
var extraStop = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "according": true,
	"reported": true, "report": true, "also": true, "would": true, "could": true,
	"may": true, "might": true, "must": true, "one": true, "two": true,
	"three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true,
	"seventy": true, "eighty": true, "ninety": true, "hundred": true,
	"hundreds": true, "thousand": true, "thousands": true, "million": true,
	"millions": true, "billion": true, "dozen": true, "dozens": true,
	"least": true, "nearly": true, "almost": true, "around": true,
	"roughly": true, "approximately": true, "estimated": true, "many": true,
	"people": true, "others": true, "including": true, "among": true,
	"killed": true, "killing": true, "kill": true, "kills": true, "dead": true,
	"died": true, "death": true, "deaths": true, "toll": true, "injured": true,
	"injuring": true, "wounded": true, "wounding": true, "percent": true,
	"per": true, "cent": true,
	// Titles and days of the week are written with a capital but name no
	// one and nowhere: two reports sharing "Gen." or "Thursday" need not
	// speak of one event.
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "maj": true,
	"lt": true, "col": true, "capt": true, "sgt": true, "sen": true, "rep": true,
	"gov": true, "prof": true, "st": true, "jr": true, "sr": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "today": true,
	"yesterday": true, "tomorrow": true,
}

// IsStop reports whether a lower-cased word carries nothing of what an
// event is: a Snowball stop word, one of the words of news copy above, or
// a word of one letter.
func IsStop(w string) bool {
	return snowball.IsStopWord(w) || extraStop[w] || len(w) < 2
}

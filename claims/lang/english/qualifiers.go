package english

import (
	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang"
)

// QualifierWording is one row of the qualifier table (lang.QualifierWording).
type QualifierWording = lang.QualifierWording

// Qualifiers returns the qualifier table. The wordings after a number
// ("133 or more", "200 or so") are read by package claims/figure
// (qualify.go, postfix).
func Qualifiers() []QualifierWording {
	return []QualifierWording{
		{Qualifier: core.AtLeast, Quiet: false, Wordings: "at least|at least or equal to|no fewer than|no less than|not fewer than|not less than|" +
			"a minimum of|minimum of|at a minimum|greater than or equal to|more than or equal to|higher than or equal to|" +
			"larger than or equal to|bigger than or equal to|greater or equal than|higher or equal than|bigger or equal than|" +
			"larger or equal than|more or equal than|greater or equal to|more or equal to|equal to or more than|" +
			"equal to or greater than|equal or more than|equal or greater than|equal to or higher than|equal to or above|" +
			"no less than or equal to"},
		{Qualifier: core.MoreThan, Quiet: false, Wordings: "more than|greater than|larger than|bigger than|higher than|over|well over|just over|" +
			"above|well above|exceeding|exceed|exceeds|exceeded|in excess of|upwards of|upward of|surpass|surpassing|" +
			"surpasses|surpassed|topping|tops|topped|pass|passes|passed|crosses|crossed|north of|well in excess of|beyond"},
		{Qualifier: core.Nearly, Quiet: false, Wordings: "nearly|almost|just under|close to|just short of|just below|nigh on|not quite|very nearly|" +
			"just shy of|shy of"},
		{Qualifier: core.About, Quiet: false, Wordings: "about|around|roughly|some|an estimated|estimated|approximately|approx|circa|" +
			"an approximate|approximate|somewhere around|more or less|in the region of|on the order of|" +
			"in the order of|something like|an average of|on average"},
		{Qualifier: core.UpTo, Quiet: false, Wordings: "up to|as many as|at most|at the most|no more than|not more than|a maximum of|maximum of|" +
			"less than or equal to|fewer than or equal to|smaller than or equal to|lower than or equal to|" +
			"less or equal than|smaller or equal than|lower or equal than|fewer or equal than|less or equal to|" +
			"equal to or less than|equal to or fewer than|equal to or lower than|equal to or smaller than|" +
			"as much as|as high as|no greater than|not exceeding|no higher than"},
		{Qualifier: core.FewerThan, Quiet: false, Wordings: "fewer than|less than|lower than|smaller than|under|below|well under|well below|beneath"},
		{Qualifier: core.Exact, Quiet: true, Wordings: "equal to|equals|equals to|equaling|equaling to|equalling|equalling to|exactly|precisely|" +
			"a total of|totalling|totaling|just|only"},
		{Qualifier: core.Range, Quiet: false, Wordings: "between|from|anywhere from|anywhere between|somewhere between"},
	}
}

// FigureRuleWords are the words, other than the qualifier wordings, that
// the figure rules of package claims/figure compare tokens with ("and",
// "to", "aged", "per", "cent", "o'clock"): the lexicon holds them so that a
// token is compared by its lexicon entry.
func FigureRuleWords() []string {
	return []string{"a", "an", "and", "or", "to", "through", "thru", "the", "of", "than", "so",
		"plus", "equal", "aged", "age", "ages", "old", "minus", "negative", "point", "half",
		"no", "any", "every", "each", "which", "this", "that", "another", "other", "someone", "anyone",
		"everyone", "day", "by", "hand", "after", "several", "few", "couple", "many", "tens", "hundreds",
		"thousands", "millions", "billions", "scores", "score", "per", "cent", "clock", "his", "her", "their",
		"my", "your", "our", "its", "more", "less", "fewer", "greater", "higher", "lower", "above", "below",
		"over", "under", "older", "younger", "smaller", "larger", "bigger", "but", "us", "hk", "nz", "rs",
		"no", "number", "nos", "nr", "nrs", "version", "p", "m", "s", "st", "nd", "rd", "th", "points",
		"old", "long", "only", "off", "way", "sided", "time", "such", "on", "in", "top", "odd"}
}

// ChangeVerbs say that a value changed: "rose from 10 to 20" is a change,
// not a range, and "fell by 5" no bound.
func ChangeVerbs() []string {
	return []string{"rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls",
		"fallen", "falling", "increased", "increase", "increases", "increasing", "decreased",
		"decrease", "decreasing", "grew", "grow", "grown", "growing", "jumped", "jump", "jumps",
		"climbed", "climb", "climbing", "dropped", "drop", "dropping", "declined", "decline",
		"declining", "soared", "surged", "plunged", "plummeted", "slipped", "slumped", "raised",
		"raise", "cut", "cuts", "lowered", "reduced", "reduce", "up", "down", "changed",
		"moved", "shifted", "went", "doubled", "tripled", "swelled", "revised", "upgraded",
		"downgraded", "boosted", "trimmed", "slashed", "expanded", "shrank", "shrunk", "edged",
		"slump", "slumped", "slumping", "dip", "dipped", "dips", "shed", "sheds", "shedding", "gained", "gain",
		"gains", "gaining", "added", "adding", "adds", "lost", "lose", "loses", "losing", "lifted", "lift",
		"eased", "ease", "sank", "sink", "tumbled", "tumble", "rallied", "rally", "advanced", "firmed",
		"widened", "narrowed", "hiked", "dived", "slid", "slide", "sliding", "leapt", "leaped", "soar",
		"surge", "plunge", "spiked", "recovered", "rebounded", "retreated", "increases", "decreases"}
}

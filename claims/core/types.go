package core

import (
	"encoding/json"
	"math"
	"strings"
)

// Article is one news article: its metadata and its body text.
type Article struct {
	// ID identifies the article in every output: the JSON Lines "id" when the
	// input gives one, else a stable id made from the file and the article's
	// position in it.
	ID string `json:"id"`
	// Outlet is the canonical outlet name ("AP", "The New York Times"), or ""
	// when nothing in the metadata or the text says.
	Outlet string `json:"outlet"`
	// OutletFrom says how Outlet was found, "" when Outlet is "": one of
	// the Outlet* constants ("metadata", "flag", "folder", "file", or from
	// the text "byline", "dateline", "site", "credit", "interview").
	OutletFrom string `json:"outlet_from,omitempty"`
	Title      string `json:"title"`
	Published  string `json:"published,omitempty"`
	URL        string `json:"url,omitempty"`
	// OutletGiven is the outlet's name as the input or the --outlet flag
	// spelled it, when it has a capital letter ("Anadolu", "DW"); "" when
	// the outlet was found otherwise. Loading a set names each outlet by
	// its most common given spelling (see read.NameOutlets), so that a
	// report speaks of outlets as the user's input does.
	OutletGiven string `json:"-"`
	// Source is the file the article was read from ("-" for standard input).
	Source string `json:"source"`
	// Text is the article's body. Byte offsets of sentences and figures point
	// into it.
	Text string `json:"-"`
	// Line is the 1-based line of Source on which Text begins (front matter
	// and earlier articles of a bundle counted).
	Line int `json:"-"`
	// SingleLine is true when the whole text sits on one line of Source (a
	// JSON Lines record): every offset then maps to Line.
	SingleLine bool `json:"-"`
	// TitleLine is the 1-based line of Source that holds the title (for
	// front matter, the line of its title field), or 0 when unknown.
	TitleLine int `json:"-"`
	// Ignore lists the crosscheck-ignore directives of a Markdown article.
	Ignore []Ignore `json:"-"`
}

// LineAt returns the 1-based line of Source that holds byte offset off of Text.
func (a *Article) LineAt(off int) int {
	if a.SingleLine {
		return a.Line
	}
	if off > len(a.Text) {
		off = len(a.Text)
	}
	if off < 0 {
		off = 0
	}
	return a.Line + strings.Count(a.Text[:off], "\n")
}

// Span is a half-open byte range [Start, End) of an article's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Sentence is one sentence of an article, with text[Start:End] == Text.
type Sentence struct {
	Index int    `json:"index"`
	Text  string `json:"text"`
	Span
	Line int `json:"line"`
	// Tokens are the content words of Text, as the Extractor reads them
	// (see [Token]); nil for a sentence that was not extracted.
	Tokens []Token `json:"-"`
	// Events are the kinds of event a sentence that states figures names
	// ("explosion", "quake", …), sorted; nil for other sentences.
	Events []string `json:"-"`
	// Capitals are the words a sentence that states figures writes with a
	// capital, lower-cased: runs of letters and hyphens ("derna",
	// "al-haouz"); nil for other sentences.
	Capitals []string `json:"-"`
}

// Token is one content word of a sentence: a run of letters (apostrophes
// and hyphens between letters included) that holds no digit and is no stop
// word, normalised for comparison.
type Token struct {
	// Span is the word's byte range in its sentence, a final "'s" included.
	Span
	// Lower is the word lower-cased, without a final possessive "'s".
	Lower string
	// Stem is the Snowball stem of Lower.
	Stem string
	// Capital is true when the word starts with an upper-case letter.
	Capital bool
	// Initial is true for the first word of the sentence (stop word or
	// not), whose capital says nothing.
	Initial bool
	// Joined is true when nothing but white space and a possessive stands
	// between the token before and this one: the two may form one name.
	Joined bool
	// Reports is true when a reporting verb follows the word, perhaps
	// after up to two source nouns ("… ministry said").
	Reports bool
	// According is true when "according to" (and perhaps "the") comes
	// right before the word.
	According bool
	// Placed is true for a capitalised word when one of the two words
	// before it is a preposition of place ("in Iran", "at Kabul
	// University").
	Placed bool
}

// Name reports whether the token is written with a capital inside its
// sentence: a name or a place.
func (t Token) Name() bool { return t.Capital && !t.Initial }

// Qualifier says how the wording of a figure bounds the true value.
type Qualifier string

// Qualifiers, with the wordings that give them.
const (
	Exact     Qualifier = "exact"      // 139
	AtLeast   Qualifier = "at_least"   // at least 133, no fewer than, 133 or more
	MoreThan  Qualifier = "more_than"  // more than, over, above, exceeding
	Nearly    Qualifier = "nearly"     // nearly, almost, just under
	About     Qualifier = "about"      // about, around, roughly, some, an estimated
	UpTo      Qualifier = "up_to"      // up to, as many as, at most
	FewerThan Qualifier = "fewer_than" // fewer than, less than, under, below
	Range     Qualifier = "range"      // between A and B, A to B, A-B
	Vague     Qualifier = "vague"      // dozens, scores, hundreds, thousands
)

// Kind is what sort of quantity a figure is. Only counts and percents are
// compared across outlets.
type Kind string

// Kinds.
const (
	Count    Kind = "count"
	Percent  Kind = "percent"
	Money    Kind = "money"
	Year     Kind = "year"
	Decade   Kind = "decade"
	Date     Kind = "date"
	Age      Kind = "age"
	Duration Kind = "duration"
	Ordinal  Kind = "ordinal"
	Other    Kind = "other"
	// Time is a time of day or a timestamp: "10.45pm", "5:55 AM", "11:30",
	// "2019-09-01T10:38:07Z". Its Value is the hour with the minutes as a
	// fraction (10.75 for 10.45pm); a timestamp's Value is its hour too.
	Time Kind = "time"
	// Score is a sports score or a vote tally: "2-0 down", "tied at 89-89",
	// "a 9-2 lead". Its Value is the first number, Lo and Hi are the two
	// numbers as written; it is never a range.
	Score Kind = "score"
	// Measurement is a quantity with a physical unit: "37m", "10 miles",
	// "40C", "32m2", "6.1-inch", "100 GB". Its Unit says which.
	Measurement Kind = "measurement"
)

// Interval is the set of true values a figure's wording allows. An unbounded
// end is an infinity (math.Inf); an open end excludes its bound.
type Interval struct {
	Lo, Hi         float64
	LoOpen, HiOpen bool
}

// Point returns the closed interval [v, v].
func Point(v float64) Interval { return Interval{Lo: v, Hi: v} }

// LoUnbounded reports whether the lower end is infinite.
func (iv Interval) LoUnbounded() bool { return math.IsInf(iv.Lo, -1) }

// HiUnbounded reports whether the upper end is infinite.
func (iv Interval) HiUnbounded() bool { return math.IsInf(iv.Hi, 1) }

// IsPoint reports whether the interval holds exactly one value.
func (iv Interval) IsPoint() bool {
	return iv.Lo == iv.Hi && !iv.LoOpen && !iv.HiOpen
}

// Intersect returns the common part of two intervals and whether it is
// non-empty.
func (iv Interval) Intersect(o Interval) (Interval, bool) {
	r := iv
	if o.Lo > r.Lo || (o.Lo == r.Lo && o.LoOpen) {
		r.Lo, r.LoOpen = o.Lo, o.LoOpen
	}
	if o.Hi < r.Hi || (o.Hi == r.Hi && o.HiOpen) {
		r.Hi, r.HiOpen = o.Hi, o.HiOpen
	}
	if r.Lo > r.Hi || (r.Lo == r.Hi && (r.LoOpen || r.HiOpen)) {
		return r, false
	}
	return r, true
}

// String writes the interval in mathematical notation: [139, 139], (140, ∞).
func (iv Interval) String() string {
	var b strings.Builder
	if iv.LoOpen || iv.LoUnbounded() {
		b.WriteByte('(')
	} else {
		b.WriteByte('[')
	}
	b.WriteString(formatBound(iv.Lo))
	b.WriteString(", ")
	b.WriteString(formatBound(iv.Hi))
	if iv.HiOpen || iv.HiUnbounded() {
		b.WriteByte(')')
	} else {
		b.WriteByte(']')
	}
	return b.String()
}

func formatBound(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return "−∞"
	}
	return FormatNumber(v)
}

// FormatNumber writes v without a trailing ".0" and without exponent for the
// magnitudes news figures have.
func FormatNumber(v float64) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// Figure is one number stated in a sentence, with what its wording says about
// the true value.
type Figure struct {
	// Text is the figure as written, qualifier included: "at least 133".
	Text string
	// Span is the byte range of Text in the article's Text.
	Span
	// Line is the 1-based line of the figure's first byte in its file.
	Line int
	// Value is the stated number (133 for "at least 133"; the lower number
	// of a range).
	Value float64
	Interval
	Qualifier Qualifier
	Kind      Kind
	// Measure is what is counted: killed, injured, missing, arrested,
	// displaced, evacuated, executed, or the counted noun ("people").
	Measure string
	// Subject is who or what is counted when the text says ("Afghans", "US
	// servicemen"); it may be empty.
	Subject string
	// Unit is what the number is measured in: a currency as its ISO 4217
	// code ("USD", "GBP", "KES"), a measurement by its usual symbol ("km",
	// "mi", "m", "kg", "°C", "m2", "km/h", "GB"), "%" for a percent, and a
	// duration or an age in its time unit ("year", "month", "day", "hour").
	// It is empty for a count and for a kind that has no unit (a year, a
	// date, a time of day, a score). [Comparable] and [Normalise] read it.
	Unit string
	// Who is the subject normalised to one key a fact is told apart by: a
	// nationality ("afghan", "us"), a class of people ("troops",
	// "children", "female", "police"), both ("us troops"), or "" for
	// persons in general (people, victims, pilgrims).
	Who string
	// PartOf is set when the figure counts a part of another count
	// ("including 51 students", "220 of whom", "were among the dead"): the
	// 1-based index of that count among its sentence's figures, or -1 when
	// it was given before the sentence.
	PartOf int
	// Place is where the figure's clause places it: "country" for the
	// whole country, a city's name in lower case ("derna"), "elsewhere"
	// for outside the event's place, or "" when it names no place.
	Place string
	// Modality is "" for a reported figure, "projected" for one that says
	// what may be ("could reach 20,000"), "denied" for one the text says is
	// not so ("not 10,000").
	Modality string
	// Past is true when the figure belongs to an earlier event the
	// sentence names for background ("in 2018 a bombing killed 57").
	Past bool
	// Earlier is true when the sentence gives the figure as an earlier
	// report of the day's count, since revised: "Earlier on Sunday, the Red
	// Crescent said 500 people had been killed", "initially killing 75".
	Earlier bool
	// When are the times the figure's sentence pins it to, nearest the
	// figure of each sort (see [Anchor]); nil when it names none.
	When []Anchor `json:"-"`
}

// Anchor is one time a sentence pins its figures to.
type Anchor struct {
	// Sort tells which anchors can be compared: 'n' for a night or day
	// (Value a date "2023-06-30", or a numbered night "#3"), 'w' for a
	// day of the week named without the article's date (Value "thursday").
	Sort  byte
	Value string
}

// ModalityProjected marks a figure that says what may be, not what is.
const ModalityProjected = "projected"

// ModalityDenied marks a figure the text says is not so ("likely 2,000 to
// 2,500, not 10,000").
const ModalityDenied = "denied"

// Claim is one sentence of an article with the figures it states.
type Claim struct {
	Article  *Article
	Sentence Sentence
	Figures  []Figure
}

// Doc is one article with the claims read of it: its title's claim first
// (Sentence.Index -1), when the title states a figure, then one claim for
// each sentence, in order. Every claim's Article is the Doc's Article.
type Doc struct {
	Article *Article
	Claims  []Claim
}

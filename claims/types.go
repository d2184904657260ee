package claims

import "github.com/crosscheck-news/crosscheck/claims/core"

// The public types of an article's analysis. They are defined in package
// core, which the passes under claims share, and are the same types here.
type (
	// Article is one news article: its metadata and its body text.
	Article = core.Article
	// Span is a byte range [Start, End) of an article's Text.
	Span = core.Span
	// Sentence is one sentence of an article, with its byte range and line.
	Sentence = core.Sentence
	// Qualifier is what the wording around a number says about the value.
	Qualifier = core.Qualifier
	// Kind is what a number is: a count, a percent, a year, an age, ….
	Kind = core.Kind
	// Interval is the set of values a figure's wording allows.
	Interval = core.Interval
	// Figure is one number stated in a sentence, with its slot.
	Figure = core.Figure
	// Claim is one sentence of an article with the figures it states.
	Claim = core.Claim
	// Ignore is a crosscheck-ignore directive of a Markdown article.
	Ignore = core.Ignore
	// InputError is a problem with one input: the file and, when known,
	// the line.
	InputError = core.InputError
)

// Qualifiers.
const (
	Exact     = core.Exact
	AtLeast   = core.AtLeast
	MoreThan  = core.MoreThan
	Nearly    = core.Nearly
	About     = core.About
	UpTo      = core.UpTo
	FewerThan = core.FewerThan
	Range     = core.Range
	Vague     = core.Vague
)

// Kinds.
const (
	Count       = core.Count
	Percent     = core.Percent
	Money       = core.Money
	Year        = core.Year
	Decade      = core.Decade
	Date        = core.Date
	Age         = core.Age
	Duration    = core.Duration
	Ordinal     = core.Ordinal
	Other       = core.Other
	Time        = core.Time
	Score       = core.Score
	Measurement = core.Measurement
)

// Modalities of a figure (Figure.Modality).
const (
	ModalityProjected = core.ModalityProjected
	ModalityDenied    = core.ModalityDenied
)

// Errors reported by the readers; test for them with errors.Is.
var (
	ErrEmpty     = core.ErrEmpty
	ErrBinary    = core.ErrBinary
	ErrNoArticle = core.ErrNoArticle
)

// Point returns the interval [v, v].
func Point(v float64) Interval { return core.Point(v) }

// FormatNumber writes v as JSON does: the shortest form that reads back.
func FormatNumber(v float64) string { return core.FormatNumber(v) }

package figure

import "github.com/crosscheck-news/crosscheck/claims/core"

// The shared types, by their short names.
type (
	// Figure is one number stated in a sentence (core.Figure).
	Figure = core.Figure
	// Interval is the set of values a figure's wording allows.
	Interval = core.Interval
	// Qualifier is what the wording around a number says about the value.
	Qualifier = core.Qualifier
	// Kind is what a number is: a count, a percent, a year, ….
	Kind = core.Kind
	// Span is a byte range [Start, End) of a text.
	Span = core.Span
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

// Point returns the interval [v, v].
func Point(v float64) Interval { return core.Point(v) }

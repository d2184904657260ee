package compare

import (
	"errors"
	"fmt"
	"math"
)

// Options tunes how articles are clustered into stories and how figures
// are grouped.
//
// Stories: two clusters of articles join while the average cosine of their
// pairs reaches StoryLinkage (terms of the titles count StoryTitleWeight
// times), or, for a follow-up of one or two articles joining a larger
// story, 0.6 of their best pair does. Within a story, figures with one slot form a group without any
// weight (see README, "How it decides"). The weights below decide only for
// the figures that no slot holds (background figures, and figures whose slot
// no other outlet shares) and for figure-free sentences.
//
// The similarity of two such figures of the same measure from different
// outlets is a weighted sum of signals, each in [0, 1]:
//
//	ContextWeight · context + StringWeight · string + ValueWeight · value + SubjectWeight · subject
//
// divided by the sum of the weights. context compares the figures'
// contexts: the content stems of the sentence, each weighted by its inverse
// document frequency over the sentences being compared and by its
// closeness to the figure (a word next to the figure counts fully, one
// MaxDistance words away counts less, never below MinProximity); and the
// names of the sentence (weighted by NameBoost, never below 0.6 for
// closeness), of the previous sentence at PreviousWeight, and of the title
// (and, for a sentence that names no one, of the latest sentence that did)
// at InheritWeight. It is the average of the words' cosine and the names'
// weighted overlap; for a figure whose sentence names nothing, the
// similarity of the two articles' titles and leads at TopicWeight stands in
// when it is higher. string is strutil's Sørensen–Dice coefficient of the
// two sentences' stemmed, stop-word-free text. value is how close the two
// stated numbers are (1 when equal, falling to 0 at a ratio of ValueRatio).
// subject is 1 when both figures name who is counted and the names share a
// stem, 0.5 when either names none, and 0 when they name different subjects.
//
// Default options (DefaultOptions):
//
//	ContextWeight:   0.6
//	StringWeight:    0.1
//	ValueWeight:     0.15
//	SubjectWeight:   0.15
//	NameBoost:       1.5
//	PreviousWeight:  0.3
//	InheritWeight:   0.2
//	InheritSpan:     3
//	TopicWeight:     1
//	MaxDistance:     12
//	MinProximity:    0.35
//	ValueRatio:      10
//	MinSimilarity:   0.32
//	MinLinkage:      0.32
//	AgreeLinkage:    0.2
//	ConflictLinkage: 0.35
//	MinContext:      0.12
//	FactSimilarity:  0.4
//	MaxPostings:     64
//	StoryLinkage:    0.2
//	StoryTitleWeight: 2
type Options struct {
	// ContextWeight weighs the IDF-weighted overlap of the figures' contexts.
	ContextWeight float64
	// StringWeight weighs the strutil Sørensen–Dice similarity of the two
	// sentences' stemmed, stop-word-free text.
	StringWeight float64
	// ValueWeight weighs the closeness of the stated numbers.
	ValueWeight float64
	// SubjectWeight weighs the agreement of the counted subjects.
	SubjectWeight float64
	// NameBoost multiplies the weight of names and places in the context.
	NameBoost float64
	// PreviousWeight multiplies the weights of the previous sentence's names.
	PreviousWeight float64
	// InheritWeight is the share of their weight at which the names of the
	// article's title, and for a figure whose own sentence names no one the
	// names of the latest sentence that did (at most InheritSpan sentences
	// back), count in the figure's context.
	InheritWeight float64
	// TopicWeight is the share of the similarity of two articles' titles
	// and lead sentences that stands for the context of a figure whose own
	// sentence names no one and nowhere.
	TopicWeight float64
	// InheritSpan is how many sentences back a figure's sentence looks for
	// the latest named event.
	InheritSpan int
	// MaxDistance is the distance in words from the figure at which a word's
	// weight stops falling.
	MaxDistance int
	// MinProximity is the weight of a word MaxDistance words or more away.
	MinProximity float64
	// ValueRatio is the ratio of two values at which their closeness is 0.
	ValueRatio float64
	// MinSimilarity is the least similarity of a candidate pair of figures.
	MinSimilarity float64
	// MinLinkage is the least average similarity of a figure to the members
	// of a group it joins (average linkage: no chaining through one member).
	MinLinkage float64
	// AgreeLinkage is the least average similarity at which groups and
	// lone figures that all state one exact value of one measure are
	// gathered into one group: such a merge raises no alarm.
	AgreeLinkage float64
	// ConflictLinkage is the least average similarity for a merge that
	// would put two disjoint intervals in one group: a false conflict alarm
	// costs more than a missed group, so a conflict needs more evidence.
	ConflictLinkage float64
	// MinContext is the least context overlap of a pair, whatever the other
	// signals say: two figures must share some rare words to be one fact.
	MinContext float64
	// FactSimilarity is the least context cosine of two figure-free
	// sentences that state the same fact.
	FactSimilarity float64
	// MaxPostings skips blocking words (every content word and name of a
	// figure's context, or of a sentence, under its measure) shared by more items than this: they
	// are too common to say two items speak of one event, and skipping them
	// keeps the number of pairs near linear in the number of articles.
	MaxPostings int
	// StoryLinkage is the least average similarity of two clusters of
	// articles that report one story: the cosine of their titles, leads
	// and names, each term weighted by its rarity over the articles.
	StoryLinkage float64
	// StoryTitleWeight is how much more a title's term counts in a story's
	// terms than a term of the lead.
	StoryTitleWeight float64
}

// DefaultOptions returns the options documented on Options.
func DefaultOptions() Options {
	return Options{
		ContextWeight:    0.6,
		StringWeight:     0.1,
		ValueWeight:      0.15,
		SubjectWeight:    0.15,
		NameBoost:        1.5,
		PreviousWeight:   0.3,
		InheritWeight:    0.2,
		InheritSpan:      3,
		TopicWeight:      1,
		MaxDistance:      12,
		MinProximity:     0.35,
		ValueRatio:       10,
		MinSimilarity:    0.32,
		MinLinkage:       0.32,
		AgreeLinkage:     0.2,
		ConflictLinkage:  0.35,
		MinContext:       0.12,
		FactSimilarity:   0.4,
		MaxPostings:      64,
		StoryLinkage:     0.2,
		StoryTitleWeight: 2,
	}
}

// Validate reports every option out of its range, joined in one error.
func (o Options) Validate() error {
	var errs []error
	for _, w := range []struct {
		name string
		v    float64
	}{
		{"ContextWeight", o.ContextWeight}, {"StringWeight", o.StringWeight},
		{"ValueWeight", o.ValueWeight}, {"SubjectWeight", o.SubjectWeight},
	} {
		if !(w.v >= 0) || math.IsInf(w.v, 0) {
			errs = append(errs, fmt.Errorf("%s is %g: weights cannot be negative", w.name, w.v))
		}
	}
	if o.ContextWeight+o.StringWeight+o.ValueWeight+o.SubjectWeight <= 0 {
		errs = append(errs, errors.New("the similarity weights sum to zero"))
	}
	for _, p := range []struct {
		name string
		v    float64
	}{
		{"MinSimilarity", o.MinSimilarity}, {"MinLinkage", o.MinLinkage}, {"AgreeLinkage", o.AgreeLinkage}, {"ConflictLinkage", o.ConflictLinkage},
		{"MinContext", o.MinContext}, {"FactSimilarity", o.FactSimilarity}, {"StoryLinkage", o.StoryLinkage},
		{"MinProximity", o.MinProximity}, {"PreviousWeight", o.PreviousWeight},
		{"InheritWeight", o.InheritWeight}, {"TopicWeight", o.TopicWeight},
	} {
		if !(p.v >= 0 && p.v <= 1) {
			errs = append(errs, fmt.Errorf("%s is %g, want a value in [0, 1]", p.name, p.v))
		}
	}
	if !(o.NameBoost >= 1) || math.IsInf(o.NameBoost, 0) {
		errs = append(errs, fmt.Errorf("NameBoost is %g, want at least 1", o.NameBoost))
	}
	if !(o.ValueRatio > 1) || math.IsInf(o.ValueRatio, 0) {
		errs = append(errs, fmt.Errorf("ValueRatio is %g, want more than 1", o.ValueRatio))
	}
	if !(o.StoryTitleWeight >= 1) || math.IsInf(o.StoryTitleWeight, 0) {
		errs = append(errs, fmt.Errorf("StoryTitleWeight is %g, want at least 1", o.StoryTitleWeight))
	}
	if o.InheritSpan < 0 {
		errs = append(errs, fmt.Errorf("InheritSpan is %d, want at least 0", o.InheritSpan))
	}
	if o.MaxDistance < 1 {
		errs = append(errs, fmt.Errorf("MaxDistance is %d, want at least 1", o.MaxDistance))
	}
	if o.MaxPostings < 2 {
		errs = append(errs, fmt.Errorf("MaxPostings is %d, want at least 2", o.MaxPostings))
	}
	return errors.Join(errs...)
}

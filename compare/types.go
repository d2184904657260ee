package compare

import "github.com/crosscheck-news/crosscheck/claims"

// Verdict says whether the figures of a group fit together.
type Verdict string

// Verdicts, from the intersection of the members' intervals.
const (
	// Agree: every member gives the same exact value.
	Agree Verdict = "agree"
	// Consistent: the intervals share a point but the wording differs.
	Consistent Verdict = "consistent"
	// Conflict: some two intervals are disjoint.
	Conflict Verdict = "conflict"
)

// Rank orders verdicts by severity: conflict 2, consistent 1, agree 0.
func (v Verdict) Rank() int {
	switch v {
	case Conflict:
		return 2
	case Consistent:
		return 1
	}
	return 0
}

// Statement is one sentence of one article.
type Statement struct {
	Article  *claims.Article
	Sentence claims.Sentence
}

// Outlet returns the article's outlet, or "" when it is unattributed.
func (s Statement) Outlet() string { return s.Article.Outlet }

// Member is one figure of a group, with the sentence that states it.
type Member struct {
	Statement
	Figure claims.Figure
	fig    *claims.Figure // the extracted figure Figure copies, to tell repeats apart
}

// Group is one fact for which two or more outlets give a figure.
type Group struct {
	// ID is "g1", "g2", … in the order of Result.Groups.
	ID string
	// Story is the ID of the story the group's figures belong to.
	Story string
	// Measure is what the figures count ("killed").
	Measure string
	Verdict Verdict
	// Outlets lists the outlets of the members, sorted; an unattributed
	// article is listed as "".
	Outlets []string
	// Members are sorted by outlet, then article, then position.
	Members []Member
	// Disjoint lists the pairs of member indices (i < j) whose intervals
	// have no common point: the reason for a conflict verdict.
	Disjoint [][2]int
}

// Fact is a claim without figures that several outlets state.
type Fact struct {
	// ID is "f1", "f2", … in the order of Result.Facts.
	ID         string
	Outlets    []string
	Statements []Statement
}

// Result is the outcome of comparing a set of articles.
type Result struct {
	// Articles are the articles compared, in an order that does not
	// depend on the input order: by source path, then line and id (see
	// Compare).
	Articles []*claims.Article
	// Stories are the events the articles report, each article in one:
	// stories with conflicts first.
	Stories []Story
	// Groups are the figure groups spanning two or more outlets, story by
	// story in the order of Stories; within a story, conflicts first, then
	// consistent, then agreeing groups.
	Groups []Group
	// Facts are the figure-free claims corroborated by two or more outlets.
	Facts []Fact
	// Single are the figure claims (count or percent) that rest on one
	// outlet only, in article order.
	Single []Member
	// Uncompared counts the figures in no group by why: the kind of figure
	// never compared ("year", "money", ...), UncomparedNoMeasure,
	// UncomparedOne or UncomparedOneOutlet.
	Uncompared map[string]int
	// Problems are the inputs that failed or were read with a warning (a
	// copy of another article among them), for the reports to list.
	// Compare leaves it empty; the caller that loaded the articles sets it.
	Problems []*claims.InputError
}

// Finding is one figure of a checked (new) article in a group that holds a
// figure of another outlet: what `crosscheck check` annotates. See
// [Findings] for how reference and new articles are told apart.
type Finding struct {
	// Member is the new article's figure.
	Member
	// GroupID is the ID of the group the figure belongs to.
	GroupID string
	// Severity is the level of the finding: Conflict (an error), Consistent
	// (a warning) or Agree (a notice). It is Relation, except for an
	// Unreferenced finding, where a conflict is a warning and anything else
	// a notice.
	Severity Verdict
	// Relation is how the figure relates to Others: Conflict when its
	// interval is disjoint from one of theirs, Consistent when all
	// intersect but the wording differs, Agree otherwise. Writers take
	// Severity when it is empty.
	Relation Verdict
	// Unreferenced is true when no reference article of another outlet
	// states the fact: Others are then figures of other new articles.
	Unreferenced bool
	// Others are the figures the finding's figure is judged against, in
	// group order: the reference figures of other outlets, or, when
	// Unreferenced, the other new articles' figures.
	Others []Member
	// Disjoint[i] is true when the interval of Others[i] is disjoint from
	// the figure's ([DisjointFrom]).
	Disjoint []bool
}

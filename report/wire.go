package report

// The JSON wire types: what the JSON report (JSON, NewJSONReport) and the
// JSON check document (CheckJSON, NewJSONCheck) are made of. A program may
// decode either document into them; report.schema.json (ReportJSONSchema)
// describes the report. Every field is written, except those marked
// omitempty; lists are [] when empty, never null.

// JSONReport is the JSON report ("crosscheck/report/v1").
type JSONReport struct {
	// Schema is ReportSchema.
	Schema string `json:"schema"`
	// Articles are the articles compared, in the result's order.
	Articles []JSONArticle `json:"articles"`
	// Stories are the events the articles report, conflicts first.
	Stories []JSONStory `json:"stories"`
	// Groups are the figure groups two or more outlets give.
	Groups []JSONGroup `json:"groups"`
	// Facts are figure-free claims several outlets state.
	Facts []JSONFact `json:"facts"`
	// Single are the figures that rest on one outlet.
	Single []JSONMember `json:"single"`
	// Inputs accounts for the inputs that failed or warned and the
	// figures in no group.
	Inputs JSONInputs `json:"inputs"`
}

// JSONArticle is one article compared.
type JSONArticle struct {
	ID string `json:"id"`
	// Outlet is "" when unattributed.
	Outlet string `json:"outlet"`
	// OutletFrom says how the outlet was found (claims.Article.OutletFrom):
	// "metadata", "flag", "folder", "file", "byline", "dateline", "site",
	// "credit", "interview", or "" when unattributed.
	OutletFrom string `json:"outlet_from"`
	Title      string `json:"title"`
	// Source is the file the article was read from.
	Source string `json:"source"`
	// Published is the publication date as the input gave it, when known.
	Published string `json:"published,omitempty"`
	// URL is the article's address, when known.
	URL string `json:"url,omitempty"`
}

// JSONStory is one story: the articles that report one event.
type JSONStory struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Articles are the IDs of the story's articles.
	Articles []string `json:"articles"`
	Outlets  []string `json:"outlets"`
	// First and Last are the earliest and latest publication dates, when
	// known.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
	// Groups are the IDs of the story's figure groups.
	Groups []string `json:"groups"`
}

// JSONGroup is one fact for which two or more outlets give a figure.
type JSONGroup struct {
	ID string `json:"id"`
	// Story is the ID of the group's story.
	Story   string `json:"story"`
	Measure string `json:"measure"`
	// Verdict is "agree", "consistent" or "conflict".
	Verdict string   `json:"verdict"`
	Outlets []string `json:"outlets"`
	// Disjoint holds the pairs of indices into Figures whose intervals
	// have no common point.
	Disjoint [][2]int `json:"disjoint"`
	// Figures are the group's members.
	Figures []JSONMember `json:"figures"`
}

// JSONFigure is the figure object of the claims stream ([Record]):
// one JSON shape for a figure in every output. Unbounded ends and values
// that are not finite numbers are null.
type JSONFigure = FigureRecord

// JSONMember is a figure of a group or a single-outlet claim: the figure
// object with the file, date and address of its article. Line is the
// figure's line in Source.
type JSONMember struct {
	JSONFigure
	Source    string `json:"source"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
}

// JSONFact is a figure-free claim several outlets state.
type JSONFact struct {
	ID         string          `json:"id"`
	Outlets    []string        `json:"outlets"`
	Statements []JSONStatement `json:"statements"`
}

// JSONStatement is one sentence of one article.
type JSONStatement struct {
	Article  string `json:"article"`
	Outlet   string `json:"outlet"`
	Sentence string `json:"sentence"`
	Line     int    `json:"line"`
}

// JSONInputs is the "inputs" object of the JSON report: every input that
// failed or was read with a warning (compare.Result.Problems; a copy of
// another article is a warning whose error starts "duplicate article"),
// and the figures in no group counted by why (compare.Result.Uncompared).
type JSONInputs struct {
	Problems []JSONProblem `json:"problems"`
	// Duplicates counts the copies of other articles left out.
	Duplicates int `json:"duplicates"`
	// Uncompared counts the figures in no group by why; its keys are
	// sorted by encoding/json.
	Uncompared map[string]int `json:"uncompared"`
}

// JSONProblem is one problem with an input.
type JSONProblem struct {
	Path string `json:"path"`
	// Line is the 1-based line of Path, 0 when the problem has none.
	Line int `json:"line"`
	// Level is "error" (the input gave no article) or "warning".
	Level string `json:"level"`
	Error string `json:"error"`
}

// JSONCheck is the JSON check document ("crosscheck/check/v1").
type JSONCheck struct {
	// Schema is CheckSchema.
	Schema   string        `json:"schema"`
	Findings []JSONFinding `json:"findings"`
	// Suppressed counts the findings silenced by a comment.
	Suppressed int `json:"suppressed,omitempty"`
	// Omitted counts the findings over the cap.
	Omitted int `json:"omitted,omitempty"`
}

// JSONFinding is one finding of `crosscheck check`.
type JSONFinding struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	// Severity is "error", "warning" or "notice".
	Severity string `json:"severity"`
	// Verdict is how the figure relates to the others.
	Verdict string `json:"verdict"`
	// Unreferenced is true when the others are new articles because no
	// reference article states the fact.
	Unreferenced bool        `json:"unreferenced,omitempty"`
	Measure      string      `json:"measure"`
	Group        string      `json:"group"`
	Figure       JSONFigure  `json:"figure"`
	Others       []JSONOther `json:"others"`
	Message      string      `json:"message"`
}

// JSONOther is a figure a finding is judged against.
type JSONOther struct {
	JSONFigure
	File string `json:"file"`
	// Disjoint is true when its interval has no point in common with the
	// finding's figure.
	Disjoint bool `json:"disjoint"`
}

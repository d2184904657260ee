package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// Markdown renders a result as the discrepancy report people read, in
// GitHub-flavoured Markdown:
//
//   - a title, a one-paragraph summary and a short legend;
//   - per story with figure groups, a "## s1 — <story title>" section
//     with its articles (linked to their URL where known), outlets and
//     dates, and in it "### Conflicts", "### Consistent" and
//     "### Agreeing": per group a heading that says what is disputed
//     ("#### g1 — Killed: 139 to more than 140 across 4 outlets"), a line
//     naming the pairs that cannot both be true, a text interval strip in
//     a code block, and a table Outlet | Figure | Quote | Published |
//     Source, the figure in bold inside its quote, the quote shortened
//     around it, and figures written without interval notation;
//   - "Corroborated facts": per fact, its outlets and their sentences;
//   - "Single-outlet claims": one table;
//   - "Coverage": per outlet, its articles and the figures it gives in
//     groups;
//   - "Unattributed articles": the articles no outlet was found for, with
//     how to attribute them.
//
// Options keep one verdict (then only that section is written), write a
// compact report (one line per group, no tables, strips, facts, claims or
// coverage), and show source paths relative to a directory. Otherwise
// every verdict section of a story is written even when empty ("None."),
// so that the structure is stable. Groups go to the section of their
// verdict's rank, in the order of the result. Text from the articles
// (sentences, figures, outlets, sources) is flattened to one line and
// backslash-escaped, so that it can neither break a table nor turn into
// emphasis, links, HTML, code, strikethrough, entities or math; the only
// markup is the bold figure and links to http(s) article URLs. An
// unattributed outlet is shown as "unattributed".
type Markdown struct{ Options Options }

// mdLegend is the legend under the summary; mdStripLegend follows it
// when the report has strips.
const (
	mdLegend = "How to read it: a group is one fact for which several outlets give a figure. " +
		"It **conflicts** when two of the figures cannot both be true (marked ✗), is **consistent** " +
		"when they can all be true but are worded differently, and **agrees** when every outlet gives " +
		"the same figure in the same words (139 twice, or \"more than 1,000\" twice)."
	mdStripLegend = " In the strips, `●` is an exact figure, `[` and `]` bounds a figure includes, " +
		"`(` and `)` bounds it excludes, `◀` and `▶` no bound on that side."
)

// Write renders r as the Markdown report. A nil result renders as an empty
// one.
func (m Markdown) Write(w io.Writer, r *compare.Result) error {
	if r == nil {
		r = &compare.Result{}
	}
	o := m.Options
	var b bytes.Buffer
	b.WriteString("# crosscheck report\n\n")
	mdSummary(&b, r)
	if len(r.Groups) > 0 {
		b.WriteString(mdLegend)
		if !o.Compact {
			b.WriteString(mdStripLegend)
		}
		b.WriteString("\n\n")
	}
	mdStories(&b, r, o)
	if !o.Compact {
		mdFacts(&b, r.Facts, o)
		mdSingle(&b, r.Single, o)
		mdCoverage(&b, r)
	}
	mdUnattributed(&b, r.Articles, o)
	mdInputs(&b, r)
	// Drop the blank line after the last block: the file ends with one "\n".
	out := bytes.TrimRight(b.Bytes(), "\n")
	out = append(out, '\n')
	return emit(w, "markdown report", out)
}

// mdSummary writes the summary paragraph.
func mdSummary(b *bytes.Buffer, r *compare.Result) {
	b.WriteString(summaryText(r) + "\n\n")
}

// summaryText is the summary paragraph, plain text: how many articles,
// outlets, groups by verdict, facts and single-outlet figures.
func summaryText(r *compare.Result) string {
	outlets := map[string]bool{}
	articles, unattributed := 0, 0
	for _, a := range r.Articles {
		if a == nil {
			continue
		}
		articles++
		if a.Outlet == "" {
			unattributed++
			continue
		}
		outlets[a.Outlet] = true
	}
	var byVerdict [3]int
	for _, g := range r.Groups {
		byVerdict[g.Verdict.Rank()]++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Compared %s from %s", plural(articles, "article"), plural(len(outlets), "outlet"))
	if unattributed > 0 {
		fmt.Fprintf(&b, ", plus %s", plural(unattributed, "unattributed article"))
	}
	fmt.Fprintf(&b, ". Found %s that two or more outlets give: %d conflict, %d consistent, %d agree.",
		plural(len(r.Groups), "figure group"),
		byVerdict[compare.Conflict.Rank()], byVerdict[compare.Consistent.Rank()], byVerdict[compare.Agree.Rank()])
	fmt.Fprintf(&b, " %s corroborated by several outlets; %s on a single outlet.",
		verb(len(r.Facts), "fact", "is", "are"), verb(len(r.Single), "figure", "rests", "rest"))
	return b.String()
}

// plural writes "1 article", "2 articles".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// verb writes "1 fact is", "2 facts are".
func verb(n int, noun, one, many string) string {
	if n == 1 {
		return plural(n, noun) + " " + one
	}
	return plural(n, noun) + " " + many
}

// mdStories writes one section per story that has figure groups, in the
// result's order (stories with conflicts first), named by the story's
// title and dates; within it, "### Conflicts", "### Consistent" and
// "### Agreeing" hold the story's groups. Groups of no known story (a
// result built by hand) come last, under "Other groups". Stories without
// groups (of the verdict o keeps) are counted in one line.
func mdStories(b *bytes.Buffer, r *compare.Result, o Options) {
	sections, other, quiet := storySections(r, o)
	for _, sec := range sections {
		st := sec.Story
		fmt.Fprintf(b, "## %s — %s\n\n", md(st.ID), md(flatten(storyName(st))))
		fmt.Fprintf(b, "%s.", md(storyMeta(st)))
		if !o.Compact {
			b.WriteString(" " + mdArticles(st.Articles))
		}
		b.WriteString("\n\n")
		mdVerdicts(b, sec.Groups, "###", o)
	}
	switch {
	case len(other) > 0:
		b.WriteString("## Other groups\n\n")
		mdVerdicts(b, other, "###", o)
	case len(r.Stories) == 0:
		b.WriteString("## Stories\n\nNone.\n\n")
	}
	if q := quietLine(quiet); q != "" {
		b.WriteString(q + "\n\n")
	}
}

// mdArticles lists a story's articles: "Articles: [AP](url), 2024-03-26;
// BBC." Outlets link to their article's http(s) URL where known.
func mdArticles(arts []*claims.Article) string {
	parts := make([]string, 0, len(arts))
	for _, a := range arts {
		if a == nil {
			continue
		}
		s := mdLink(md(outletName(a.Outlet)), a.URL)
		if p := flatten(a.Published); p != "" {
			s += ", " + md(p)
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return ""
	}
	return "Articles: " + strings.Join(parts, "; ") + "."
}

// storyName is a story's title, or its ID when no article has a title.
func storyName(st compare.Story) string {
	if strings.TrimSpace(st.Title) != "" {
		return st.Title
	}
	return "untitled story"
}

// storyMeta says how many articles and outlets a story has and when its
// articles were published, when known: "6 articles from 5 outlets,
// published 2024-03-24 to 2024-03-28".
func storyMeta(st compare.Story) string {
	meta := plural(len(st.Articles), "article") + " from " + plural(len(st.Outlets), "outlet")
	switch {
	case st.First == "":
		return meta
	case st.First == st.Last:
		return meta + ", published " + st.First
	}
	return meta + ", published " + st.First + " to " + st.Last
}

// verdictSections are the verdict subsections of a story, most severe
// first.
var verdictSections = []struct {
	title   string
	verdict compare.Verdict
}{
	{"Conflicts", compare.Conflict},
	{"Consistent", compare.Consistent},
	{"Agreeing", compare.Agree},
}

// mdVerdicts writes the "Conflicts", "Consistent" and "Agreeing"
// subsections of some groups at heading level h; each that o keeps is
// written, "None." when empty, so that the structure is stable.
func mdVerdicts(b *bytes.Buffer, gs []compare.Group, h string, o Options) {
	for _, s := range verdictSections {
		if !o.keeps(s.verdict) {
			continue
		}
		fmt.Fprintf(b, "%s %s\n\n", h, s.title)
		n := 0
		for _, g := range gs {
			if g.Verdict.Rank() != s.verdict.Rank() {
				continue
			}
			if o.Compact {
				mdGroupLine(b, newGroupView(g, o))
			} else {
				mdGroup(b, newGroupView(g, o), h+"#")
			}
			n++
		}
		if n == 0 {
			b.WriteString("None.\n\n")
		} else if o.Compact {
			b.WriteString("\n")
		}
	}
}

package report

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/compare"
)

// Markdown renders a result as the discrepancy report people read, in
// GitHub-flavoured Markdown:
//
//   - a title and a one-paragraph summary;
//   - per story with figure groups, a "## s1 — <story title>" section
//     with its articles, outlets and dates, and in it "### Conflicts",
//     "### Consistent" and "### Agreeing": one "#### g1 — killed
//     (conflict)" heading per group, a line naming the disjoint members of
//     a conflict, and a table Outlet | Figure | Interval | Sentence | Source;
//   - "Corroborated facts": per fact, its outlets and their sentences;
//   - "Single-outlet claims": one table;
//   - "Coverage": an outlet × group matrix whose cells hold the outlet's
//     figures in the group;
//   - "Unattributed articles": the articles no outlet was found for, with
//     how to attribute them.
//
// Every verdict section of a story is written even when empty ("None."),
// so that the structure is stable. Groups go to the section of their
// verdict's rank, in the order of the result. Text from the articles (sentences, figures, outlets,
// sources) is flattened to one line and backslash-escaped, so that it can
// neither break a table nor turn into emphasis, links, HTML, code,
// strikethrough, entities or math. An unattributed outlet is shown as
// "unattributed".
type Markdown struct{}

// Write renders r as the Markdown report. A nil result renders as an empty
// one.
func (Markdown) Write(w io.Writer, r *compare.Result) error {
	if r == nil {
		r = &compare.Result{}
	}
	var b bytes.Buffer
	b.WriteString("# crosscheck report\n\n")
	mdSummary(&b, r)

	mdStories(&b, r)
	mdFacts(&b, r.Facts)
	mdSingle(&b, r.Single)
	mdCoverage(&b, r)
	mdUnattributed(&b, r.Articles)
	mdInputs(&b, r)
	// Drop the blank line after the last block: the file ends with one "\n".
	out := bytes.TrimRight(b.Bytes(), "\n")
	out = append(out, '\n')
	return emit(w, "markdown report", out)
}

// mdSummary writes the summary paragraph.
func mdSummary(b *bytes.Buffer, r *compare.Result) {
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
	fmt.Fprintf(b, "Compared %s from %s", plural(articles, "article"), plural(len(outlets), "outlet"))
	if unattributed > 0 {
		fmt.Fprintf(b, ", plus %s", plural(unattributed, "unattributed article"))
	}
	fmt.Fprintf(b, ". Found %s that two or more outlets give: %d conflict, %d consistent, %d agree.",
		plural(len(r.Groups), "figure group"),
		byVerdict[compare.Conflict.Rank()], byVerdict[compare.Consistent.Rank()], byVerdict[compare.Agree.Rank()])
	fmt.Fprintf(b, " %s corroborated by several outlets; %s on a single outlet.\n\n",
		verb(len(r.Facts), "fact", "is", "are"), verb(len(r.Single), "figure", "rests", "rest"))
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
// groups are counted in one line.
func mdStories(b *bytes.Buffer, r *compare.Result) {
	byStory := map[string][]compare.Group{}
	for _, g := range r.Groups {
		byStory[g.Story] = append(byStory[g.Story], g)
	}
	known := map[string]bool{}
	quiet := 0
	for _, st := range r.Stories {
		known[st.ID] = true
		gs := byStory[st.ID]
		if len(gs) == 0 {
			quiet++
			continue
		}
		fmt.Fprintf(b, "## %s — %s\n\n", md(st.ID), md(flatten(storyName(st))))
		fmt.Fprintf(b, "%s from %s%s.\n\n", plural(len(st.Articles), "article"), plural(len(st.Outlets), "outlet"), storyDates(st))
		mdVerdicts(b, gs, "###")
	}
	var other []compare.Group
	for _, g := range r.Groups {
		if !known[g.Story] {
			other = append(other, g)
		}
	}
	switch {
	case len(other) > 0:
		b.WriteString("## Other groups\n\n")
		mdVerdicts(b, other, "###")
	case len(r.Stories) == 0:
		b.WriteString("## Stories\n\nNone.\n\n")
	}
	if quiet > 0 {
		noun := "other story"
		if quiet > 1 {
			noun = "other stories"
		}
		fmt.Fprintf(b, "%d %s without figures that two outlets give.\n\n", quiet, noun)
	}
}

// storyName is a story's title, or its ID when no article has a title.
func storyName(st compare.Story) string {
	if strings.TrimSpace(st.Title) != "" {
		return st.Title
	}
	return "untitled story"
}

// storyDates says when a story's articles were published, when known.
func storyDates(st compare.Story) string {
	switch {
	case st.First == "":
		return ""
	case st.First == st.Last:
		return ", published " + md(st.First)
	}
	return ", published " + md(st.First) + " to " + md(st.Last)
}

// mdVerdicts writes the "Conflicts", "Consistent" and "Agreeing"
// subsections of some groups at heading level h; each is written, "None."
// when empty, so that the structure is stable.
func mdVerdicts(b *bytes.Buffer, gs []compare.Group, h string) {
	sections := []struct {
		title string
		rank  int
	}{
		{"Conflicts", compare.Conflict.Rank()},
		{"Consistent", compare.Consistent.Rank()},
		{"Agreeing", compare.Agree.Rank()},
	}
	for _, s := range sections {
		fmt.Fprintf(b, "%s %s\n\n", h, s.title)
		n := 0
		for _, g := range gs {
			if g.Verdict.Rank() == s.rank {
				mdGroup(b, g, h+"#")
				n++
			}
		}
		if n == 0 {
			b.WriteString("None.\n\n")
		}
	}
}

// mdGroup writes one figure group with a heading at level h.
func mdGroup(b *bytes.Buffer, g compare.Group, h string) {
	fmt.Fprintf(b, "%s %s — %s (%s)\n\n", h, md(g.ID), md(g.Measure), md(string(g.Verdict)))
	var pairs []string
	for _, p := range g.Disjoint {
		i, j := p[0], p[1]
		if i < 0 || j < 0 || i >= len(g.Members) || j >= len(g.Members) {
			continue
		}
		pairs = append(pairs, mdOutletFigure(g.Members[i])+" vs "+mdOutletFigure(g.Members[j]))
	}
	if len(pairs) > 0 {
		fmt.Fprintf(b, "Disjoint: %s.\n\n", strings.Join(pairs, "; "))
	}
	rows := make([][]string, len(g.Members))
	for i, m := range g.Members {
		rows[i] = []string{
			outletName(articleOutlet(m.Article)),
			m.Figure.Text,
			m.Figure.Interval.String(),
			m.Sentence.Text,
			location(m.Article, memberLine(m)),
		}
	}
	mdTable(b, []string{"Outlet", "Figure", "Interval", "Sentence", "Source"}, rows)
}

// mdOutletFigure writes "AP 139", escaped.
func mdOutletFigure(m compare.Member) string {
	return md(outletName(articleOutlet(m.Article))) + " " + md(m.Figure.Text)
}

// mdFacts writes the corroborated facts.
func mdFacts(b *bytes.Buffer, facts []compare.Fact) {
	b.WriteString("## Corroborated facts\n\n")
	if len(facts) == 0 {
		b.WriteString("None.\n\n")
		return
	}
	for _, f := range facts {
		names := make([]string, len(f.Outlets))
		for i, o := range f.Outlets {
			names[i] = md(outletName(o))
		}
		fmt.Fprintf(b, "### %s — %s\n\n", md(f.ID), strings.Join(names, ", "))
		rows := make([][]string, len(f.Statements))
		for i, s := range f.Statements {
			rows[i] = []string{
				outletName(articleOutlet(s.Article)),
				s.Sentence.Text,
				location(s.Article, s.Sentence.Line),
			}
		}
		mdTable(b, []string{"Outlet", "Sentence", "Source"}, rows)
	}
}

// mdSingle writes the single-outlet claims.
func mdSingle(b *bytes.Buffer, single []compare.Member) {
	b.WriteString("## Single-outlet claims\n\n")
	if len(single) == 0 {
		b.WriteString("None.\n\n")
		return
	}
	rows := make([][]string, len(single))
	for i, m := range single {
		rows[i] = []string{
			outletName(articleOutlet(m.Article)),
			m.Figure.Text,
			m.Figure.Measure,
			m.Figure.Interval.String(),
			m.Sentence.Text,
			location(m.Article, memberLine(m)),
		}
	}
	mdTable(b, []string{"Outlet", "Figure", "Measure", "Interval", "Sentence", "Source"}, rows)
}

// mdCoverage writes the outlet × group matrix: one row per outlet (sorted,
// "unattributed" last; outlets of articles that are in no group included),
// one column per group, each cell the outlet's figures in that group.
func mdCoverage(b *bytes.Buffer, r *compare.Result) {
	b.WriteString("## Coverage\n\n")
	if len(r.Groups) == 0 {
		b.WriteString("None.\n\n")
		return
	}
	seen := map[string]bool{}
	var outlets []string
	add := func(o string) {
		if !seen[o] {
			seen[o] = true
			outlets = append(outlets, o)
		}
	}
	for _, a := range r.Articles {
		if a != nil {
			add(a.Outlet)
		}
	}
	for _, g := range r.Groups {
		for _, m := range g.Members {
			add(articleOutlet(m.Article))
		}
	}
	slices.SortFunc(outlets, func(x, y string) int {
		switch {
		case x == y:
			return 0
		case x == "":
			return 1
		case y == "":
			return -1
		}
		return strings.Compare(x, y)
	})
	row := map[string]int{}
	for i, o := range outlets {
		row[o] = i
	}
	header := make([]string, 0, len(r.Groups)+1)
	header = append(header, "Outlet")
	cells := make([][][]string, len(outlets)) // outlet, group, figure texts
	for i := range cells {
		cells[i] = make([][]string, len(r.Groups))
	}
	for j, g := range r.Groups {
		header = append(header, g.ID)
		for _, m := range g.Members {
			i := row[articleOutlet(m.Article)]
			cells[i][j] = append(cells[i][j], m.Figure.Text)
		}
	}
	rows := make([][]string, len(outlets))
	for i, o := range outlets {
		rows[i] = make([]string, 0, len(r.Groups)+1)
		rows[i] = append(rows[i], outletName(o))
		for j := range r.Groups {
			rows[i] = append(rows[i], strings.Join(cells[i][j], ", "))
		}
	}
	mdTable(b, header, rows)
}

// mdTable writes a table; every cell is escaped with md. A row with fewer
// cells than the header is padded with empty cells.
func mdTable(b *bytes.Buffer, header []string, rows [][]string) {
	b.WriteByte('|')
	for _, h := range header {
		b.WriteByte(' ')
		b.WriteString(md(h))
		b.WriteString(" |")
	}
	b.WriteString("\n|")
	for range header {
		b.WriteString(" --- |")
	}
	b.WriteByte('\n')
	for _, r := range rows {
		b.WriteByte('|')
		for i := range header {
			b.WriteByte(' ')
			if i < len(r) {
				b.WriteString(md(r[i]))
			}
			b.WriteString(" |")
		}
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
}

// flatten makes s fit on one line of Markdown: invalid UTF-8 becomes
// U+FFFD, every run of white space and control characters (line breaks
// included) becomes one space, and the ends are trimmed.
func flatten(s string) string {
	if isFlat(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isFlat reports whether flatten would leave s unchanged, looking at ASCII
// only: printable ASCII with single inner spaces.
func isFlat(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f {
			return false
		}
		if c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// mdSpecial are the ASCII punctuation characters escaped in text: those
// that start or end emphasis (*, _), code (`), links and footnotes ([, ]),
// raw HTML and autolinks (<, >), entities (&), table cells (|),
// strikethrough (~), math ($), closing heading sequences (#) and escapes
// themselves (\).
const mdSpecial = "\\`*_[]<>|~&$#"

// md flattens s to one line and backslash-escapes the characters in
// mdSpecial, so that s renders as exactly its text, in a table cell or in a
// paragraph. CommonMark lets any ASCII punctuation be escaped this way, and
// GFM tables take \| as a literal pipe.
func md(s string) string {
	s = flatten(s)
	if !strings.ContainsAny(s, mdSpecial) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte(mdSpecial, c) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

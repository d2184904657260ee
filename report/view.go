package report

import (
	"fmt"
	"math"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// Options shape the reports people read (Markdown and HTML); the JSON
// report is always whole.
type Options struct {
	// Only keeps the groups of one verdict; "" keeps all.
	Only compare.Verdict
	// Compact writes one line per group and leaves out the tables, the
	// plots, the facts, the single-outlet claims and the coverage: for
	// long runs.
	Compact bool
	// Base is the directory source paths are shown relative to (the
	// report's own directory, say); "" shows them as given. A relative
	// source is taken as relative to the working directory.
	Base string
}

// keeps reports whether a group of verdict v is written.
func (o Options) keeps(v compare.Verdict) bool { return o.Only == "" || o.Only == v }

// path shows a source path relative to Base, with forward slashes.
func (o Options) path(src string) string {
	if o.Base == "" || src == "" || src == "-" {
		return src
	}
	abs, err := filepath.Abs(src)
	if err != nil {
		return src
	}
	rel, err := filepath.Rel(o.Base, abs)
	if err != nil {
		return src
	}
	return filepath.ToSlash(rel)
}

// sourceLine writes "path:line" for an article's source, the path as
// o.path shows it; just the path when line is unknown.
func (o Options) sourceLine(a *claims.Article, line int) string {
	src := o.path(articleSource(a))
	if line <= 0 {
		return src
	}
	return fmt.Sprintf("%s:%d", src, line)
}

// quoteContext is how many characters of a sentence a quote keeps on each
// side of its figure.
const quoteContext = 90

// memberView is one figure of a group as the reports show it.
type memberView struct {
	Outlet string
	// Plain is the figure without interval notation: "more than 140".
	Plain string
	// Before, Figure and After are the quote, shortened around the
	// figure: Figure is the figure as written, or "" when it was not
	// found in the sentence (then Before holds the shortened sentence).
	Before, Figure, After string
	// Source is "path:line", the path relative to Options.Base.
	Source string
	// URL is the article's address when it is an http(s) URL.
	URL       string
	Published string
	// Disjoint is true when the member is in a pair that cannot both be
	// true.
	Disjoint bool
	Interval claims.Interval
}

// groupView is one group as the reports show it.
type groupView struct {
	compare.Group
	// Headline says what is disputed: "Killed: 133 to more than 140
	// across 4 outlets".
	Headline string
	// Pairs names the disjoint pairs: "AP 139 and TOLOnews more than 140".
	Pairs   []string
	Members []memberView
	// Dated is true when a member's article has a publication date.
	Dated bool
}

// newGroupView builds the view of g.
func newGroupView(g compare.Group, o Options) groupView {
	v := groupView{Group: g, Members: make([]memberView, len(g.Members))}
	for _, p := range g.Disjoint {
		i, j := p[0], p[1]
		if i < 0 || j < 0 || i >= len(g.Members) || j >= len(g.Members) {
			continue
		}
		pair := outletPlain(g.Members[i]) + " and " + outletPlain(g.Members[j])
		if !slices.Contains(v.Pairs, pair) {
			v.Pairs = append(v.Pairs, pair)
		}
	}
	for i, m := range g.Members {
		mv := memberView{
			Outlet:   outletName(articleOutlet(m.Article)),
			Plain:    plainFigure(m.Figure),
			Source:   o.sourceLine(m.Article, memberLine(m)),
			Interval: m.Figure.Interval,
		}
		if m.Article != nil {
			mv.URL = webURL(m.Article.URL)
			mv.Published = flatten(m.Article.Published)
		}
		v.Dated = v.Dated || mv.Published != ""
		mv.Before, mv.Figure, mv.After = quote(m)
		for _, p := range g.Disjoint {
			mv.Disjoint = mv.Disjoint || p[0] == i || p[1] == i
		}
		v.Members[i] = mv
	}
	v.Headline = headline(v)
	return v
}

// outletPlain writes "AP 139".
func outletPlain(m compare.Member) string {
	return outletName(articleOutlet(m.Article)) + " " + plainFigure(m.Figure)
}

// headline says what a group's outlets say: "Killed: 133 to more than 140
// across 4 outlets", "Arrested: 11 from all 4 outlets".
func headline(v groupView) string {
	measure := flatten(v.Measure)
	if measure == "" {
		measure = "figure"
	}
	r, size := utf8.DecodeRuneInString(measure)
	measure = string(unicode.ToUpper(r)) + measure[size:]
	outlets := plural(len(v.Outlets), "outlet")
	if len(v.Members) == 0 {
		return measure
	}
	lo, hi := 0, 0
	for i, m := range v.Members {
		if key(m.Interval) < key(v.Members[lo].Interval) {
			lo = i
		}
		if key(m.Interval) > key(v.Members[hi].Interval) {
			hi = i
		}
	}
	if v.Members[lo].Plain == v.Members[hi].Plain {
		switch {
		case v.Verdict == compare.Agree && len(v.Outlets) == 2:
			return fmt.Sprintf("%s: %s from both outlets", measure, v.Members[lo].Plain)
		case v.Verdict == compare.Agree:
			return fmt.Sprintf("%s: %s from all %s", measure, v.Members[lo].Plain, outlets)
		}
		return fmt.Sprintf("%s: %s across %s", measure, v.Members[lo].Plain, outlets)
	}
	return fmt.Sprintf("%s: %s to %s across %s", measure, v.Members[lo].Plain, v.Members[hi].Plain, outlets)
}

// key orders intervals for a headline: by their middle, a ray by its
// bound.
func key(iv claims.Interval) float64 {
	switch {
	case iv.LoUnbounded() && iv.HiUnbounded():
		return 0
	case iv.LoUnbounded():
		return iv.Hi
	case iv.HiUnbounded():
		return iv.Lo
	}
	return (iv.Lo + iv.Hi) / 2
}

// qualifierWords returns the words plainFigure writes before a number.
func qualifierWords() map[claims.Qualifier]string {
	return map[claims.Qualifier]string{
		claims.Exact: "", claims.AtLeast: "at least ", claims.MoreThan: "more than ", claims.Nearly: "nearly ",
		claims.About: "about ", claims.UpTo: "up to ", claims.FewerThan: "fewer than ",
	}
}

// plainFigure writes a figure without interval notation, from its
// qualifier and value: "139", "at least 133", "more than 140", "20 to 30".
// A vague figure ("dozens") and one of no known qualifier keep their text.
func plainFigure(f claims.Figure) string {
	if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
		return flatten(f.Text)
	}
	n := number(f.Value)
	if f.Unit == "%" {
		n += "%"
	}
	if f.Qualifier == claims.Range {
		if !math.IsInf(f.Hi, 0) && f.Hi != f.Value {
			return n + " to " + number(f.Hi)
		}
		return n
	}
	if w, ok := qualifierWords()[f.Qualifier]; ok {
		return w + n
	}
	return flatten(f.Text)
}

// number writes v as news do: whole numbers of five digits or more with
// thousands separated by commas ("11,300"; "3000" stays), others as
// claims.FormatNumber does.
func number(v float64) string {
	s := claims.FormatNumber(v)
	if v != math.Trunc(v) || math.Abs(v) < 10000 || strings.ContainsAny(s, "e.") {
		return s
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// quote shortens a member's sentence to quoteContext characters on each
// side of its figure, cut at spaces, with "…" where text was left out.
// When the figure is not found in the sentence, the whole sentence comes
// back as before, shortened at its end.
func quote(m compare.Member) (before, fig, after string) {
	s := m.Sentence.Text
	off := m.Figure.Start - m.Sentence.Start
	if off < 0 || off+len(m.Figure.Text) > len(s) || m.Figure.Text == "" || s[off:off+len(m.Figure.Text)] != m.Figure.Text {
		off = strings.Index(s, m.Figure.Text)
	}
	if m.Figure.Text == "" || off < 0 {
		return shortenEnd(flatten(s)), "", ""
	}
	end := off + len(m.Figure.Text)
	before, after = flatten(s[:off]), flatten(s[end:])
	if before != "" && strings.TrimRightFunc(s[:off], unicode.IsSpace) != s[:off] {
		before += " "
	}
	if after != "" && strings.TrimLeftFunc(s[end:], unicode.IsSpace) != s[end:] {
		after = " " + after
	}
	return shortenStart(before), flatten(m.Figure.Text), shortenEnd(after)
}

// shortenStart keeps the last quoteContext runes of s, from a space on,
// after "…".
func shortenStart(s string) string {
	r := []rune(s)
	if len(r) <= quoteContext {
		return s
	}
	cut := string(r[len(r)-quoteContext:])
	if i := strings.IndexByte(cut, ' '); i >= 0 && i < len(cut)-1 {
		cut = cut[i+1:]
	}
	return "…" + cut
}

// shortenEnd keeps the first quoteContext runes of s, up to a space,
// before "…".
func shortenEnd(s string) string {
	r := []rune(s)
	if len(r) <= quoteContext {
		return s
	}
	cut := string(r[:quoteContext])
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return cut + "…"
}

// webURL returns u when it is an absolute http or https URL, flattened,
// and "" otherwise: only such addresses become links.
func webURL(u string) string {
	u = flatten(u)
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// storySection is one story of a report with the groups a report shows.
type storySection struct {
	Story  compare.Story
	Groups []compare.Group
}

// storySections sorts the groups of r that o keeps by story, in the
// result's order: the stories that have such groups, the groups of no known
// story (a result built by hand), and how many stories have none.
func storySections(r *compare.Result, o Options) (stories []storySection, other []compare.Group, quiet int) {
	byStory := map[string][]compare.Group{}
	for _, g := range r.Groups {
		if o.keeps(g.Verdict) {
			byStory[g.Story] = append(byStory[g.Story], g)
		}
	}
	known := map[string]bool{}
	for _, st := range r.Stories {
		known[st.ID] = true
		if gs := byStory[st.ID]; len(gs) > 0 {
			stories = append(stories, storySection{st, gs})
		} else {
			quiet++
		}
	}
	for _, g := range r.Groups {
		if !known[g.Story] && o.keeps(g.Verdict) {
			other = append(other, g)
		}
	}
	return stories, other, quiet
}

// quietLine says how many stories have no group to show, or "" for none.
func quietLine(quiet int) string {
	switch {
	case quiet == 1:
		return "1 other story without figures that two outlets give."
	case quiet > 1:
		return fmt.Sprintf("%d other stories without figures that two outlets give.", quiet)
	}
	return ""
}

package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// Writer renders a comparison result.
type Writer interface {
	Write(w io.Writer, r *compare.Result) error
}

// CheckWriter renders the findings of `crosscheck check`.
type CheckWriter interface {
	WriteFindings(w io.Writer, fs []compare.Finding) error
}

// formats is the registry of report writers, sorted by name.
var formats = []struct {
	name string
	new  func(Options) Writer
}{
	{"html", func(o Options) Writer { return HTML{Options: o} }},
	{"json", func(Options) Writer { return JSON{} }},
	{"markdown", func(o Options) Writer { return Markdown{Options: o} }},
}

// checkFormats is the registry of check writers, sorted by name.
var checkFormats = []struct {
	name string
	new  func(CheckOptions) CheckWriter
}{
	{"github", func(o CheckOptions) CheckWriter { return GitHub{Options: o} }},
	{"json", func(o CheckOptions) CheckWriter { return CheckJSON{Options: o} }},
	{"sarif", func(o CheckOptions) CheckWriter { return SARIF{Options: o} }},
	{"text", func(o CheckOptions) CheckWriter { return Text{Options: o} }},
}

// New returns the report writer for a format name (see Formats),
// configured with opts (at most one; none is the zero Options, which the
// JSON report ignores). An unknown name is an error that lists the known
// ones.
func New(format string, opts ...Options) (Writer, error) {
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	for _, f := range formats {
		if f.name == format {
			return f.new(o), nil
		}
	}
	return nil, fmt.Errorf("unknown report format %q (want one of: %s)", format, strings.Join(Formats(), ", "))
}

// Formats returns the names New accepts, sorted.
func Formats() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}

// NewCheck returns the check writer for a format name: "github", "json",
// "sarif" or "text", configured with opts (at most one; none is the zero
// CheckOptions). An unknown name is an error that lists the known ones.
func NewCheck(format string, opts ...CheckOptions) (CheckWriter, error) {
	var o CheckOptions
	if len(opts) > 0 {
		o = opts[0]
	}
	for _, f := range checkFormats {
		if f.name == format {
			return f.new(o), nil
		}
	}
	return nil, fmt.Errorf("unknown check format %q (want one of: %s)", format, strings.Join(CheckFormats(), ", "))
}

// CheckFormats returns the names NewCheck accepts, sorted.
func CheckFormats() []string {
	names := make([]string, len(checkFormats))
	for i, f := range checkFormats {
		names[i] = f.name
	}
	return names
}

// Unattributed is how the human-readable formats name the outlet of an
// article whose outlet is unknown (""). JSON keeps "".
const Unattributed = "unattributed"

// outletName returns the outlet for display.
func outletName(outlet string) string {
	if outlet == "" {
		return Unattributed
	}
	return outlet
}

// Nil-safe accessors: a Statement without an Article renders as an
// unattributed statement from an unknown source rather than panicking.

func articleID(a *claims.Article) string {
	if a == nil {
		return ""
	}
	return a.ID
}

func articleOutlet(a *claims.Article) string {
	if a == nil {
		return ""
	}
	return a.Outlet
}

// articleSource returns the file an article came from, falling back to its
// ID when the source is unknown.
func articleSource(a *claims.Article) string {
	switch {
	case a == nil:
		return ""
	case a.Source != "":
		return a.Source
	}
	return a.ID
}

// location writes "source:line", or just the source when line is unknown.
func location(a *claims.Article, line int) string {
	src := articleSource(a)
	if line <= 0 {
		return src
	}
	return fmt.Sprintf("%s:%d", src, line)
}

// memberLine returns the line of a member's figure, falling back to the
// line of its sentence when the figure's line is unset.
func memberLine(m compare.Member) int {
	if m.Figure.Line > 0 {
		return m.Figure.Line
	}
	return m.Sentence.Line
}

// column returns the 1-based column of byte offset off of a's Text on its
// line, counted in runes (Unicode code points), so that a figure after
// "Kyiv – " is at the column an editor shows. Text is taken to begin at
// column 1 of its first line. Articles whose text sits on one line of their
// source (JSON Lines), offsets out of range and a nil article give column 1:
// there the offset says nothing about the source's columns.
func column(a *claims.Article, off int) int {
	if a == nil || a.SingleLine || off <= 0 || off > len(a.Text) {
		return 1
	}
	start := strings.LastIndexByte(a.Text[:off], '\n') + 1
	return utf8.RuneCountInString(a.Text[start:off]) + 1
}

// severity maps a verdict to the level of a CI annotation.
func severity(v compare.Verdict) string {
	switch v {
	case compare.Conflict:
		return "error"
	case compare.Consistent:
		return "warning"
	}
	return "notice"
}

// finding is a compare.Finding with its position and message worked out
// once, for every check format.
type finding struct {
	compare.Finding
	file     string
	line     int
	col      int
	severity string
	measure  string
	title    string
	message  string
	// relation is the Finding's Relation, or its Severity when unset.
	relation compare.Verdict
	// disjoint[i] reports whether Others[i] is disjoint from the figure.
	disjoint []bool
}

// prepare positions, describes and sorts findings: by file, line, column,
// then most severe first, then group and message, so that the order never
// depends on the input order. The input slice is left unchanged.
func prepare(fs []compare.Finding) []finding {
	out := make([]finding, len(fs))
	for i, f := range fs {
		a := f.Article
		line := f.Figure.Line
		if line <= 0 && a != nil {
			line = a.LineAt(f.Figure.Start)
		}
		measure := f.Figure.Measure
		if measure == "" {
			measure = "figure"
		}
		p := finding{
			Finding:  f,
			file:     articleSource(a),
			line:     max(line, 1),
			col:      column(a, f.Figure.Start),
			severity: severity(f.Severity),
			measure:  measure,
			title:    fmt.Sprintf("crosscheck: %s %s", measure, cmp.Or(f.Relation, f.Severity)),
			relation: cmp.Or(f.Relation, f.Severity),
			disjoint: make([]bool, len(f.Others)),
		}
		copy(p.disjoint, f.Disjoint)
		p.message = p.describe()
		out[i] = p
	}
	slices.SortStableFunc(out, func(a, b finding) int {
		return cmp.Or(
			cmp.Compare(a.file, b.file),
			cmp.Compare(a.line, b.line),
			cmp.Compare(a.col, b.col),
			cmp.Compare(b.Severity.Rank(), a.Severity.Rank()),
			cmp.Compare(a.GroupID, b.GroupID),
			cmp.Compare(a.message, b.message),
		)
	})
	return out
}

// describe writes the message of a finding:
//
//	killed: "more than 40" conflicts with Reuters 27 (ref/wire.md:6)
//	killed: "at least 25" is consistent with Reuters 27 (ref/wire.md:6) but worded differently
//	killed: "27" agrees with Reuters 27 (ref/wire.md:6)
//
// A conflict names the other figures disjoint from this one (all of them if
// none is, which compare should not produce). An unreferenced finding says
// that the others are new articles and the reference does not state the
// fact.
func (f *finding) describe() string {
	var others []string
	for j, o := range f.Others {
		if f.relation == compare.Conflict && !f.disjoint[j] {
			continue
		}
		others = append(others, otherText(o))
	}
	if len(others) == 0 {
		for _, o := range f.Others {
			others = append(others, otherText(o))
		}
	}
	list := strings.Join(others, ", ")
	if list == "" {
		list = "no other outlet"
	}
	tail := ""
	if f.Unreferenced {
		list = "new article " + list
		if len(others) > 1 {
			list = "new articles " + strings.Join(others, ", ")
		}
		tail = " (the reference does not state it)"
	}
	switch f.relation {
	case compare.Conflict:
		return fmt.Sprintf("%s: %q conflicts with %s%s", f.measure, flat(f.Figure.Text), list, tail)
	case compare.Consistent:
		return fmt.Sprintf("%s: %q is consistent with %s but worded differently%s", f.measure, flat(f.Figure.Text), list, tail)
	}
	return fmt.Sprintf("%s: %q agrees with %s%s", f.measure, flat(f.Figure.Text), list, tail)
}

// otherText writes another outlet's figure: "Reuters 27 (ref/wire.md:6)".
func otherText(m compare.Member) string {
	return fmt.Sprintf("%s %s (%s)", outletName(articleOutlet(m.Article)), flat(m.Figure.Text), location(m.Article, memberLine(m)))
}

// emit writes a rendered buffer and names the format in a failure.
func emit(w io.Writer, format string, b []byte) error {
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("write %s: %w", format, err)
	}
	return nil
}

// flat writes a figure wrapped over two lines ("more than\n60") on one.
func flat(text string) string { return strings.Join(strings.Fields(text), " ") }

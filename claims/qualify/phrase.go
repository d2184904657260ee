package qualify

import (
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang"
)

// Phrase is a wording before a number that qualifies it.
type Phrase struct {
	Words []string
	Q     core.Qualifier
	Intro Intro // IntroBetween or IntroFrom: the wording opens a range
	Quiet bool  // an "equal to" wording: not part of the figure's text
}

// Intro says whether a wording opens a range, and how its second number is
// joined: "between 20 and 30", "from 10 to 12".
type Intro int

// Intros of a wording.
const (
	IntroNone Intro = iota
	IntroBetween
	IntroFrom
)

// Table is a qualifier table (lang.Lexicon.Qualifiers) indexed for the
// figure rules. It is built once by [New] and never modified, so it is safe
// for concurrent use.
type Table struct {
	rows      []lang.QualifierWording
	ruleWords []string
	// phrases maps the first word of each wording to its wordings,
	// longest first.
	phrases map[string][]Phrase
}

// New returns the Table of the qualifier rows and the other words the
// figure rules spell out (lang.Lexicon.FigureRuleWords).
func New(rows []lang.QualifierWording, ruleWords []string) *Table {
	return &Table{rows: rows, ruleWords: ruleWords, phrases: buildPhrases(rows)}
}

func buildPhrases(table []lang.QualifierWording) map[string][]Phrase {
	m := map[string][]Phrase{}
	for _, spec := range table {
		for _, ph := range strings.Split(spec.Wordings, "|") {
			words := strings.Fields(ph)
			qp := Phrase{Words: words, Q: spec.Qualifier, Quiet: spec.Quiet}
			if spec.Qualifier == core.Range {
				qp.Intro = IntroBetween
				if words[len(words)-1] == "from" {
					qp.Intro = IntroFrom
				}
			}
			m[words[0]] = append(m[words[0]], qp)
		}
	}
	for _, l := range m {
		sort.SliceStable(l, func(a, b int) bool { return len(l[a].Words) > len(l[b].Words) })
	}
	return m
}

// Phrases returns the wordings that begin with the lower-case word first,
// longest first. The slice is the Table's own: read it, never modify it.
func (t *Table) Phrases(first string) []Phrase { return t.phrases[first] }

// Words returns the words of every wording and the other words the figure
// rules spell out, for the lexicon.
func (t *Table) Words() []string {
	var out []string
	for _, spec := range t.rows {
		for _, ph := range strings.Split(spec.Wordings, "|") {
			out = append(out, strings.Fields(ph)...)
		}
	}
	return append(out, t.ruleWords...)
}

// Starts returns the first word of every wording.
func (t *Table) Starts() []string {
	var out []string
	for _, spec := range t.rows {
		for _, ph := range strings.Split(spec.Wordings, "|") {
			out = append(out, strings.Fields(ph)[0])
		}
	}
	return out
}

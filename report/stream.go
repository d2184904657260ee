package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/internal/sanitize"
)

// StreamFormats lists the formats WriteSentences and WriteFigures accept.
func StreamFormats() []string { return []string{"jsonl", "text"} }

func checkStreamFormat(format string) error {
	if slices.Contains(StreamFormats(), format) {
		return nil
	}
	return fmt.Errorf("unknown format %q (want one of %v)", format, StreamFormats())
}

// sentenceRecord is one line of `crosscheck sentences --format jsonl`.
type sentenceRecord struct {
	Article string `json:"article"`
	Outlet  string `json:"outlet"`
	Index   int    `json:"index"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Line    int    `json:"line"`
}

// WriteSentences writes an article's sentences, one a line, as JSON Lines
// ({"article","outlet","index","text","start","end","line"}) or as text
// ("source:line: sentence", source and sentence passed through
// sanitize.Line so that each takes one line and forges no CI command).
func WriteSentences(w io.Writer, format string, a *claims.Article, sents []claims.Sentence) error {
	if err := checkStreamFormat(format); err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range sents {
		var err error
		if format == "jsonl" {
			err = enc.Encode(sentenceRecord{a.ID, a.Outlet, s.Index, s.Text, s.Start, s.End, s.Line})
		} else {
			_, err = fmt.Fprintf(w, "%s:%d: %s\n", sanitize.Line(a.Source), s.Line, sanitize.Line(s.Text))
		}
		if err != nil {
			return fmt.Errorf("write sentences of %s: %w", a.ID, err)
		}
	}
	return nil
}

// FigureRecord is the JSON form of one figure in the claims stream and in
// reports: unbounded ends are null.
type FigureRecord struct {
	Article   string   `json:"article"`
	Outlet    string   `json:"outlet"`
	Sentence  string   `json:"sentence"`
	Text      string   `json:"text"`
	Value     *float64 `json:"value"`
	Lo        *float64 `json:"lo"`
	Hi        *float64 `json:"hi"`
	LoOpen    bool     `json:"lo_open"`
	HiOpen    bool     `json:"hi_open"`
	Qualifier string   `json:"qualifier"`
	Kind      string   `json:"kind"`
	Unit      string   `json:"unit"`
	Measure   string   `json:"measure"`
	Subject   string   `json:"subject"`
	Who       string   `json:"who,omitempty"`
	PartOf    int      `json:"part_of,omitempty"`
	Place     string   `json:"place,omitempty"`
	Modality  string   `json:"modality,omitempty"`
	Past      bool     `json:"past,omitempty"`
	Earlier   bool     `json:"earlier,omitempty"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Line      int      `json:"line"`
}

// Record returns the JSON form of figure f of sentence s in article a.
func Record(a *claims.Article, s claims.Sentence, f claims.Figure) FigureRecord {
	return FigureRecord{
		Article: a.ID, Outlet: a.Outlet, Sentence: s.Text, Text: f.Text, Value: core.Finite(f.Value),
		Lo: core.Finite(f.Lo), Hi: core.Finite(f.Hi), LoOpen: f.LoOpen && !math.IsInf(f.Lo, 0),
		HiOpen: f.HiOpen && !math.IsInf(f.Hi, 0), Qualifier: string(f.Qualifier),
		Kind: string(f.Kind), Unit: f.Unit, Measure: f.Measure, Subject: f.Subject,
		Who: f.Who, PartOf: f.PartOf, Place: f.Place, Modality: f.Modality, Past: f.Past, Earlier: f.Earlier,
		Start: f.Start, End: f.End, Line: f.Line,
	}
}

// WriteFigures writes every figure of claims, one a line, as JSON Lines
// (the claims stream of DESIGN.md) or as text ("source:line: text interval
// kind measure", source and measure passed through sanitize.Line).
func WriteFigures(w io.Writer, format string, a *claims.Article, cls []claims.Claim) error {
	if err := checkStreamFormat(format); err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, c := range cls {
		for _, f := range c.Figures {
			var err error
			if format == "jsonl" {
				err = enc.Encode(Record(a, c.Sentence, f))
			} else {
				m := f.Measure
				if m == "" {
					m = "-"
				}
				_, err = fmt.Fprintf(w, "%s:%d: %q %s %s %s %s\n", sanitize.Line(a.Source), f.Line, f.Text, f.Interval, f.Qualifier, f.Kind, sanitize.Line(m))
			}
			if err != nil {
				return fmt.Errorf("write figures of %s: %w", a.ID, err)
			}
		}
	}
	return nil
}

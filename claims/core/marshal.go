package core

import (
	"encoding/json"
	"fmt"
	"math"
)

// intervalWire is the JSON form of an Interval: an unbounded end is null
// and never open, as in FigureRecord.
type intervalWire struct {
	Lo     *float64 `json:"lo"`
	Hi     *float64 `json:"hi"`
	LoOpen bool     `json:"lo_open"`
	HiOpen bool     `json:"hi_open"`
}

func (iv Interval) wire() intervalWire {
	return intervalWire{Lo: Finite(iv.Lo), Hi: Finite(iv.Hi),
		LoOpen: iv.LoOpen && !math.IsInf(iv.Lo, 0), HiOpen: iv.HiOpen && !math.IsInf(iv.Hi, 0)}
}

// MarshalJSON writes the interval as {"lo","hi","lo_open","hi_open"}, an
// unbounded end as null, so that encoding/json never meets an infinity.
func (iv Interval) MarshalJSON() ([]byte, error) {
	return json.Marshal(iv.wire())
}

// UnmarshalJSON reads what MarshalJSON writes: a null lo is −∞, a null hi
// is +∞.
func (iv *Interval) UnmarshalJSON(b []byte) error {
	var w intervalWire
	if err := json.Unmarshal(b, &w); err != nil {
		return fmt.Errorf("decode interval: %w", err)
	}
	*iv = w.interval()
	return nil
}

// interval is the Interval w stands for.
func (w intervalWire) interval() Interval {
	iv := Interval{Lo: math.Inf(-1), Hi: math.Inf(1)}
	if w.Lo != nil {
		iv.Lo, iv.LoOpen = *w.Lo, w.LoOpen
	}
	if w.Hi != nil {
		iv.Hi, iv.HiOpen = *w.Hi, w.HiOpen
	}
	return iv
}

// figureWire is the JSON form of a Figure. It lists every field itself:
// the embedded Interval's MarshalJSON would otherwise stand for the whole
// figure.
type figureWire struct {
	Text string   `json:"text"`
	Span Span     `json:"span"`
	Line int      `json:"line"`
	Val  *float64 `json:"value"`
	intervalWire
	Qualifier Qualifier `json:"qualifier"`
	Kind      Kind      `json:"kind"`
	Measure   string    `json:"measure"`
	Subject   string    `json:"subject"`
	Unit      string    `json:"unit"`
	Who       string    `json:"who,omitempty"`
	PartOf    int       `json:"part_of,omitempty"`
	Place     string    `json:"place,omitempty"`
	Modality  string    `json:"modality,omitempty"`
	Past      bool      `json:"past,omitempty"`
	Earlier   bool      `json:"earlier,omitempty"`
}

// MarshalJSON writes the figure with its interval's ends as in
// Interval.MarshalJSON and a value that is not a finite number as null.
func (f Figure) MarshalJSON() ([]byte, error) {
	return json.Marshal(figureWire{Text: f.Text, Span: f.Span, Line: f.Line, Val: Finite(f.Value),
		intervalWire: f.Interval.wire(), Qualifier: f.Qualifier, Kind: f.Kind, Measure: f.Measure,
		Subject: f.Subject, Unit: f.Unit, Who: f.Who, PartOf: f.PartOf, Place: f.Place,
		Modality: f.Modality, Past: f.Past, Earlier: f.Earlier})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (f *Figure) UnmarshalJSON(b []byte) error {
	var w figureWire
	if err := json.Unmarshal(b, &w); err != nil {
		return fmt.Errorf("decode figure: %w", err)
	}
	*f = Figure{Text: w.Text, Span: w.Span, Line: w.Line, Value: math.NaN(), Interval: w.interval(),
		Qualifier: w.Qualifier, Kind: w.Kind, Measure: w.Measure, Subject: w.Subject, Unit: w.Unit,
		Who: w.Who, PartOf: w.PartOf, Place: w.Place, Modality: w.Modality, Past: w.Past, Earlier: w.Earlier}
	if w.Val != nil {
		f.Value = *w.Val
	}
	return nil
}

// MarshalJSON writes the problem as {"path","line","warning","error"},
// the error as its message.
func (e *InputError) MarshalJSON() ([]byte, error) {
	msg := ""
	if e.Err != nil {
		msg = e.Err.Error()
	}
	return json.Marshal(struct {
		Path    string `json:"path"`
		Line    int    `json:"line"`
		Warning bool   `json:"warning"`
		Error   string `json:"error"`
	}{e.Path, e.Line, e.Warning, msg})
}

// Finite returns a pointer to v, or nil when v is infinite or NaN: the JSON
// form of a bound or a value that may be unbounded.
func Finite(v float64) *float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return nil
	}
	return &v
}

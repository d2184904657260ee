package compare_test

import (
	"encoding/json"
	"errors"
	"math"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// Every result type encodes with encoding/json, open ends and all: a
// program that imports the library can marshal what Compare returns.
func TestResultMarshalJSON(t *testing.T) {
	arts, problems := claims.Load([]string{filepath.Join("..", "testdata", "stories", "crocus-2024")}, claims.LoadOptions{})
	require.Empty(t, problems)
	res, err := compare.Compare(extract(arts), compare.DefaultOptions())
	require.NoError(t, err)
	require.NotEmpty(t, res.Groups)
	res.Problems = []*claims.InputError{{Path: "x.md", Line: 2, Warning: true, Err: errors.New("bad byte")}}
	open := compare.Member{
		Statement: compare.Statement{Article: arts[0], Sentence: claims.Sentence{Text: "More than 140 died."}},
		Figure:    claims.Figure{Text: "More than 140", Value: 140, Interval: claims.Interval{Lo: 140, Hi: math.Inf(1), LoOpen: true}},
	}
	nearly := open
	nearly.Figure = claims.Figure{Text: "nearly 100", Value: math.NaN(), Interval: claims.Interval{Lo: math.Inf(-1), Hi: 100, HiOpen: true}}
	finding := compare.Finding{Member: open, GroupID: "g1", Severity: compare.Conflict, Others: []compare.Member{nearly}}
	tests := []struct {
		name string
		v    any
		want []string
	}{
		{"result", res, []string{`"Stories":`, `"Problems":[{"path":"x.md","line":2,"warning":true,"error":"bad byte"}]`}},
		{"group", res.Groups[0], []string{`"Members":`}},
		{"story", res.Stories[0], []string{`"Title":`}},
		{"open member", open, []string{`"hi":null`, `"lo":140`, `"lo_open":true`, `"hi_open":false`}},
		{"nearly", nearly.Figure, []string{`"lo":null`, `"value":null`, `"hi_open":true`}},
		{"finding", finding, []string{`"GroupID":"g1"`, `"Others":[`}},
		{"interval", claims.Interval{Lo: math.Inf(-1), Hi: math.Inf(1)}, []string{`{"lo":null,"hi":null,"lo_open":false,"hi_open":false}`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			require.NoError(t, err)
			for _, w := range tt.want {
				assert.Contains(t, string(b), w)
			}
		})
	}
}

// A figure and an interval read back what they wrote.
func TestFigureJSONRoundTrip(t *testing.T) {
	tests := []claims.Figure{
		{Text: "at least 133", Value: 133, Interval: claims.Interval{Lo: 133, Hi: math.Inf(1)}, Qualifier: claims.AtLeast, Kind: claims.Count, Measure: "killed", Line: 3},
		{Text: "nearly 100", Value: 100, Interval: claims.Interval{Lo: math.Inf(-1), Hi: 100, HiOpen: true}, Qualifier: claims.Nearly, PartOf: -1, Past: true},
		{Text: "139", Value: 139, Interval: claims.Point(139), Span: claims.Span{Start: 4, End: 7}, Who: "us", Place: "derna"},
	}
	for _, f := range tests {
		t.Run(f.Text, func(t *testing.T) {
			b, err := json.Marshal(f)
			require.NoError(t, err)
			var got claims.Figure
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, f, got)
		})
	}
}

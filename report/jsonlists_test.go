package report

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMarshalReportIsMarshal checks that the report written field by
// field, its lists in chunks on every core, is byte for byte what
// encoding the JSONReport whole gives: a field added to JSONReport and not
// to marshalReport fails here.
func TestMarshalReportIsMarshal(t *testing.T) {
	tests := []struct {
		name string
		n    int // elements of each list
	}{
		{"empty", 0},
		{"one chunk", listChunk - 1},
		{"chunk and a bit", listChunk + 1},
		{"many chunks", 5*listChunk + 17},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := sampleReport(tt.n)
			want, err := marshal(doc)
			require.NoError(t, err)
			got, err := marshalReport(doc)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got))
		})
	}
	doc := sampleReport(3)
	doc.Articles = nil
	want, err := marshal(doc)
	require.NoError(t, err)
	got, err := marshalReport(doc)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "a nil list is null")
}

// sampleReport is a report with n elements in each list, their strings
// holding what JSON escapes or might: quotes, <, &, controls, non-ASCII.
func sampleReport(n int) JSONReport {
	v := 139.5
	doc := JSONReport{Schema: ReportSchema, Articles: []JSONArticle{}, Stories: []JSONStory{}, Groups: []JSONGroup{},
		Facts: []JSONFact{}, Single: []JSONMember{},
		Inputs: JSONInputs{Problems: []JSONProblem{{Path: "a.md", Line: 2, Level: "warning", Error: "x <y> & \"z\""}},
			Uncompared: map[string]int{"year": 3, "no measure": 1}}}
	for i := range n {
		s := fmt.Sprintf("art-%d <b>&amp; \"quoted\" \u00e9\u2014\t%d", i, i)
		m := JSONMember{JSONFigure: FigureRecord{Article: s, Text: "139", Value: &v, Lo: &v, Kind: "count"}, Source: s}
		doc.Articles = append(doc.Articles, JSONArticle{ID: s, Title: s, Source: s, Published: "2024-03-22"})
		doc.Stories = append(doc.Stories, JSONStory{ID: s, Articles: []string{s}, Outlets: []string{}, Groups: []string{"g1"}})
		doc.Groups = append(doc.Groups, JSONGroup{ID: s, Outlets: []string{"A", "B"}, Disjoint: [][2]int{{0, 1}}, Figures: []JSONMember{m, m}})
		doc.Facts = append(doc.Facts, JSONFact{ID: s, Outlets: []string{}, Statements: []JSONStatement{{Article: s, Sentence: s, Line: i}}})
		doc.Single = append(doc.Single, m)
	}
	return doc
}

// BenchmarkMarshalReport writes a report of 5,000 elements a list.
func BenchmarkMarshalReport(b *testing.B) {
	doc := sampleReport(5000)
	for b.Loop() {
		if _, err := marshalReport(doc); err != nil {
			b.Fatal(err)
		}
	}
}

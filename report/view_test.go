package report

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

func TestPlainFigure(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		f    claims.Figure
		want string
	}{
		{claims.Figure{Text: "139", Value: 139, Qualifier: claims.Exact}, "139"},
		{claims.Figure{Text: "passes 140", Value: 140, Qualifier: claims.MoreThan}, "more than 140"},
		{claims.Figure{Text: "no fewer than 133", Value: 133, Qualifier: claims.AtLeast}, "at least 133"},
		{claims.Figure{Text: "four", Value: 4, Qualifier: claims.Exact}, "4"},
		{claims.Figure{Text: "20 to 30", Value: 20, Interval: claims.Interval{Lo: 20, Hi: 30}, Qualifier: claims.Range}, "20 to 30"},
		{claims.Figure{Text: "dozens", Value: 24, Qualifier: claims.Vague}, "dozens"},
		{claims.Figure{Text: "11,300", Value: 11300, Qualifier: claims.Exact}, "11,300"},
		{claims.Figure{Text: "95%", Value: 95, Unit: "%", Qualifier: claims.Exact}, "95%"},
		{claims.Figure{Text: "x", Value: inf, Qualifier: claims.Exact}, "x"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, plainFigure(tt.f), "%q", tt.f.Text)
	}
	assert.Equal(t, "1,234,567", number(1234567))
	assert.Equal(t, "-20,000", number(-20000))
	assert.Equal(t, "3000", number(3000))
	assert.Equal(t, "2.5", number(2.5))
}

func TestQuote(t *testing.T) {
	long := strings.Repeat("word ", 40)
	tests := []struct {
		name                  string
		sentence, fig         string
		start                 int // of the figure in the sentence; -1: not at its place
		before, figure, after string
	}{
		{"whole", "The floods killed 139 people.", "139", 18, "The floods killed ", "139", " people."},
		{"at the start", "More than 130 people died.", "More than 130", 0, "", "More than 130", " people died."},
		{"shortened both sides", long + "killed 139 people " + long, "139", len(long) + 7,
			"…" + strings.TrimSpace(strings.Repeat("word ", 16)) + " killed ", "139", " people " + strings.TrimSpace(strings.Repeat("word ", 16)) + "…"},
		{"found by text", "Officials said 12 died.", "12", -1, "Officials said ", "12", " died."},
		{"figure missing", "Nothing here.", "40", -1, "Nothing here.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := compare.Member{
				Statement: compare.Statement{Sentence: claims.Sentence{Text: tt.sentence, Span: claims.Span{Start: 100}}},
				Figure:    claims.Figure{Text: tt.fig, Span: claims.Span{Start: 100 + tt.start}},
			}
			if tt.start < 0 {
				m.Figure.Start = 0
			}
			before, fig, after := quote(m)
			assert.Equal(t, tt.before, before)
			assert.Equal(t, tt.figure, fig)
			assert.Equal(t, tt.after, after)
			assert.LessOrEqual(t, len([]rune(before)), quoteContext+1)
			assert.LessOrEqual(t, len([]rune(after)), quoteContext+1)
		})
	}
}

func TestTextStrip(t *testing.T) {
	inf := math.Inf(1)
	g := compare.Group{ID: "g1", Measure: "killed", Verdict: compare.Conflict, Outlets: []string{"AP", "NYT", "TOLOnews"},
		Members: []compare.Member{
			{Statement: compare.Statement{Article: &claims.Article{Outlet: "AP"}}, Figure: claims.Figure{Text: "139", Value: 139, Qualifier: claims.Exact, Interval: claims.Point(139)}},
			{Statement: compare.Statement{Article: &claims.Article{Outlet: "NYT"}}, Figure: claims.Figure{Text: "at least 133", Value: 133, Qualifier: claims.AtLeast, Interval: claims.Interval{Lo: 133, Hi: inf}}},
			{Statement: compare.Statement{Article: &claims.Article{Outlet: "TOLOnews"}}, Figure: claims.Figure{Text: "more than 140", Value: 140, Qualifier: claims.MoreThan, Interval: claims.Interval{Lo: 140, Hi: inf, LoOpen: true}}},
		},
		Disjoint: [][2]int{{0, 2}}}
	v := newGroupView(g, Options{})
	assert.Equal(t, "Killed: at least 133 to more than 140 across 3 outlets", v.Headline)
	rows := strings.Split(strings.TrimSuffix(textStrip(v), "\n"), "\n")
	require.Len(t, rows, 5)
	a := newAxis([]claims.Interval{g.Members[0].Figure.Interval, g.Members[1].Figure.Interval, g.Members[2].Figure.Interval})
	assert.Equal(t, []float64{133, 139, 140}, a.ticks)
	cells := func(row string) []rune { return []rune(row)[len("TOLOnews")+2:][:stripWidth] }
	ap, nyt, tolo := cells(rows[0]), cells(rows[1]), cells(rows[2])
	assert.Equal(t, '●', ap[cell(a.at(139))])
	assert.Equal(t, 1, strings.Count(string(ap), "●"), "a point is one cell")
	assert.Equal(t, '[', nyt[cell(a.at(133))])
	assert.Equal(t, '▶', nyt[stripWidth-1])
	assert.Equal(t, '(', tolo[cell(a.at(140))])
	assert.Less(t, cell(a.at(139)), cell(a.at(140)), "the gap shows")
	assert.True(t, strings.HasSuffix(rows[0], "│ 139 ✗"))
	assert.True(t, strings.HasSuffix(rows[1], "│ at least 133"), "not disjoint: no mark")
	assert.True(t, strings.HasSuffix(rows[2], "│ more than 140 ✗"))
	assert.Contains(t, rows[4], "133")
}

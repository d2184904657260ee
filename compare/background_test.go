package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims"
)

func TestOneEarlierEvent(t *testing.T) {
	past := func(v float64) *claims.Figure {
		return &claims.Figure{Kind: claims.Count, Measure: "killed", Past: true, Value: v}
	}
	news := &claims.Figure{Kind: claims.Count, Measure: "killed", Value: 200000}
	hurt := &claims.Figure{Kind: claims.Count, Measure: "injured", Past: true, Value: 200000}
	tests := []struct {
		name   string
		a, b   *claims.Figure
		ya, yb float64
		want   bool
	}{
		{"one year, close numbers", past(200000), past(300000), 2010, 2010, true},
		{"one year, numbers far apart", past(200000), past(316000 * 2), 2010, 2010, false},
		{"two years", past(200000), past(200000), 2010, 2004, false},
		{"no year", past(200000), past(200000), 0, 0, false},
		{"one is the news", past(200000), news, 2010, 2010, false},
		{"two measures", past(200000), hurt, 2010, 2010, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, oneEarlierEvent(tt.a, tt.b, tt.ya, tt.yb))
		})
	}
}

// earlierQuake is invented coverage of a quake whose outlets name an
// earlier one by its year in words that share little.
const earlierQuake = `{"id":"a","outlet":"Wire A","published":"2026-08-15","title":"Quake in Valdoria kills 300","text":"A quake struck Valdoria on Saturday and killed 300 people, officials said. Aid groups said the poor nation has yet to recover from a 2010 earthquake that killed more than 200,000 people."}
{"id":"b","outlet":"Paper B","published":"2026-08-16","title":"Valdoria quake toll rises to 310","text":"The toll of Saturday's quake in Valdoria rose to 310, officials said. Older residents still recall January 2010, when as many as 250,000 perished as schools, churches and the presidential palace in Port Lenne fell into dust."}
`

func TestBackgroundByYear(t *testing.T) {
	got := groupTexts(compareText(t, earlierQuake))
	assert.Contains(t, got, "s1 killed consistent: Paper B as many as 250,000, Wire A more than 200,000")
}

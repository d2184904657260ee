package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims"
)

func TestTimeAnchors(t *testing.T) {
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	assert.NoError(t, err)
	anchorsOf := func(sentence, published string) anchors {
		a := &claims.Article{ID: "a", Text: sentence, Published: published}
		var when []claims.Anchor
		for _, c := range ex.Extract(a) {
			for _, f := range c.Figures {
				if f.Kind == claims.Count {
					when = f.When
				}
			}
		}
		return anchorsOf(when)
	}
	tests := []struct {
		name      string
		a, b      string
		pa, pb    string
		wantApart bool
	}{
		{"different nights by weekday", "Police detained 875 people on Thursday night.", "Police detained 1,311 people on Friday night.", "2023-07-01", "2023-07-01", true},
		{"a weekday night and overnight the next morning", "Police detained 875 people on Thursday night.", "Police detained 875 people overnight.", "2023-06-30", "2023-06-30", false},
		{"overnight in articles of different days", "Police detained 719 people overnight.", "Police detained 1,311 people overnight.", "2023-07-02", "2023-07-01", true},
		{"the night before", "Police detained 150 people the night before.", "Police detained 875 people on Thursday night.", "2023-06-30", "2023-06-30", true},
		{"numbered nights", "Police detained 875 people during the third night of unrest.", "Police detained 1,311 people during the fourth night of rioting.", "", "", true},
		{"a weekday that dates the report is no anchor", "The toll rose to 139, officials said Tuesday.", "At least 133 people died, officials said on Sunday.", "", "", false},
		{"no anchor at all", "The attack killed 139 people.", "More than 140 people died.", "2024-03-26", "2024-03-28", false},
		{"weekday names without a date", "Police detained 875 people on Thursday night.", "Police detained 917 people on Thursday night.", "", "", false},
		{"the nearest time is the figure's", "Some 45,000 police will be out on Saturday night, after a fourth night in which 1,311 people were detained.", "Police detained 719 people overnight.", "2023-07-01", "2023-07-02", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := anchorsOf(tt.a, tt.pa), anchorsOf(tt.b, tt.pb)
			assert.Equal(t, tt.wantApart, a.apart(b), "%v vs %v", a, b)
			assert.Equal(t, tt.wantApart, b.apart(a), "symmetric")
		})
	}
}

func TestComparableOne(t *testing.T) {
	one := claims.Figure{Text: "One", Value: 1, Interval: claims.Point(1), Kind: claims.Count, Measure: "passenger"}
	assert.False(t, comparable(one), "one passenger told… is a determiner")
	one.Measure = claims.MeasureKilled
	assert.True(t, comparable(one), "one person was killed is a toll")
}

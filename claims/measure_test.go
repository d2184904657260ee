package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestListMeasure(t *testing.T) {
	ex, err := NewExtractor(DefaultExtractOptions())
	require.NoError(t, err)
	tests := []struct {
		sentence string
		want     []string
	}{
		{"Italy had the most deaths, 18,010, followed by Spain with 11,324 and Germany with 8,173.", []string{"killed", "killed", "killed"}},
		{"The storm killed 12 people in Haiti and 4 in Cuba.", []string{"killed", "killed"}},
		{"Eight hackers were arrested and members of the 29A group were fined.", []string{"arrested"}}, // "29A" is a name: no figure,
		{"The blast killed 12 people; officials expect a report in 30 days.", []string{"killed", "day"}},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			a := &Article{Text: tt.sentence, Line: 1}
			var got []string
			for _, c := range ex.Extract(a) {
				for _, f := range c.Figures {
					got = append(got, f.Measure)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

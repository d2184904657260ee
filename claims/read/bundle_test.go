package read

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wantArticle is the expected reading of one article.
type wantArticle struct {
	id, title, text string
	line            int
}

func TestParseBundle(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     []wantArticle
		warnings []int // lines of expected warnings
	}{
		{
			name: "two articles",
			in: "Floods hit the valley\n\nHeavy rain fell for three days.\n\nRoads were closed.\n\nFloods hit the valley\nread more\n\n" +
				"Talks resume\n\nNegotiators met again on Friday.\n\nTalks resume\nread more\n",
			want: []wantArticle{
				{"b.txt#1", "Floods hit the valley", "Heavy rain fell for three days.\n\nRoads were closed.", 3},
				{"b.txt#2", "Talks resume", "Negotiators met again on Friday.", 12},
			},
		},
		{
			name: "spacing, case and blank lines around the terminator",
			in:   "\n\n  Price of bread  rises \n\nBakers blamed the cost of flour.\n\nPrice of bread rises\n\n  Read More  \nNext one\nBody two.\nNEXT ONE\nREAD MORE",
			want: []wantArticle{
				{"b.txt#1", "Price of bread rises", "Bakers blamed the cost of flour.", 5},
				{"b.txt#2", "Next one", "Body two.", 11},
			},
		},
		{
			name: "read more inside the body is text",
			in:   "Market report\n\nShares fell.\nread more\nBonds rose.\n\nMarket report\nread more\n",
			want: []wantArticle{
				{"b.txt#1", "Market report", "Shares fell.\nread more\nBonds rose.", 3},
			},
		},
		{
			name: "unterminated last article",
			in:   "A\n\nText a.\n\nA\nread more\n\nB\n\nText b without end.\n",
			want: []wantArticle{
				{"b.txt#1", "A", "Text a.", 3},
				{"b.txt#2", "B", "Text b without end.", 10},
			},
			warnings: []int{8},
		},
		{
			name: "title only",
			in:   "Lonely\nLonely\nread more\nSecond\n\nHas text.\n\nSecond\nread more\n",
			want: []wantArticle{
				{"b.txt#1", "Lonely", "", 1},
				{"b.txt#2", "Second", "Has text.", 6},
			},
			warnings: []int{1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.True(t, isBundle(tt.in))
			arts, errs := Parse("b.txt", []byte(tt.in), LoadOptions{})
			require.Len(t, arts, len(tt.want), errsText(errs))
			for i, w := range tt.want {
				a := arts[i]
				assert.Equal(t, w.id, a.ID)
				assert.Equal(t, w.title, a.Title)
				assert.Equal(t, w.text, a.Text)
				assert.Equal(t, w.line, a.Line)
				assert.False(t, a.SingleLine)
				assert.Equal(t, "b.txt", a.Source)
			}
			var warn []int
			for _, e := range errs {
				assert.True(t, e.Warning, e.Error())
				warn = append(warn, e.Line)
			}
			assert.Equal(t, tt.warnings, warn)
			checkSlices(t, tt.in, arts)
		})
	}
}

func TestIsBundle(t *testing.T) {
	for _, s := range []string{
		"",
		"read more\n",
		"Title\nread more\n",                  // no repeat: the title line itself
		"Title\n\nBody\n\nOther\nread more\n", // repeat does not match
		"Title\n\nBody\nread more than this\n",
	} {
		assert.False(t, isBundle(s), "%q", s)
	}
}

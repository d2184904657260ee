package when

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang/english"
)

func TestSentence(t *testing.T) {
	lex := english.Lexicon()
	rd := New(&lex)
	tests := []struct {
		sentence, published string
		want                []At
	}{
		{"Police detained 875 people on Thursday night.", "2023-06-30", []At{{core.Anchor{Sort: Night, Value: "2023-06-29"}, 30}}},
		{"Police detained 875 people on Thursday night.", "", []At{{core.Anchor{Sort: Weekday, Value: "thursday"}, 30}}},
		{"Police detained 719 people overnight.", "2023-07-02T08:00:00Z", []At{{core.Anchor{Sort: Night, Value: "2023-07-01"}, 27}}},
		{"The toll rose to 139, officials said Tuesday.", "2024-03-26", nil},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			assert.Equal(t, tt.want, rd.Sentence(tt.sentence, nil, 0, tt.published))
		})
	}
}

func TestNearest(t *testing.T) {
	sat := At{core.Anchor{Sort: Night, Value: "2023-07-01"}, 10}
	fourth := At{core.Anchor{Sort: Night, Value: "#4"}, 40}
	day := At{core.Anchor{Sort: Weekday, Value: "friday"}, 0}
	assert.Equal(t, []core.Anchor{fourth.Anchor}, Nearest([]At{sat, fourth}, 45))
	assert.Equal(t, []core.Anchor{sat.Anchor, day.Anchor}, Nearest([]At{sat, fourth, day}, 12))
	assert.Nil(t, Nearest(nil, 3))
	assert.Equal(t, "2023-06-30", PublishedDay(" 2023-06-30T10:00:00Z"))
}

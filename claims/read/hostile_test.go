package read

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const goodArticle = "Quake kills 12\n\nAn earthquake killed 12 people in the town on Monday, officials said.\n"

func TestDropDuplicates(t *testing.T) {
	a := &core.Article{ID: "a", Source: "x/a.txt", Title: "T", Text: "12 died."}
	b := &core.Article{ID: "b", Source: "x/b.txt", Title: "T", Text: "12 died."}
	c := &core.Article{ID: "c", Source: "x/c.txt", Title: "T", Text: "13 died."}
	for _, order := range [][]*core.Article{{a, b, c}, {b, c, a}, {c, b, a}} {
		kept, errs := DropDuplicates(order)
		assert.ElementsMatch(t, []*core.Article{a, c}, kept)
		require.Len(t, errs, 1)
		assert.Equal(t, "x/b.txt", errs[0].Path)
		assert.True(t, errs[0].Warning)
		assert.ErrorIs(t, errs[0], ErrDuplicate)
	}
}

// TestBlankEscapes: an escape sequence becomes as many spaces, and never
// takes a line break.
func TestBlankEscapes(t *testing.T) {
	assert.Equal(t, "a     b     \nc", blankEscapes("a\x1b[41mb\x1b]0;t\nc"))
}

func TestWithBudget(t *testing.T) {
	tests := []struct {
		name string
		d    time.Duration
		f    func() result
		want string
	}{
		{"in time", time.Second, func() result { return result{arts: []*core.Article{{ID: "a"}}} }, ""},
		{"no limit", -1, func() result { return result{arts: []*core.Article{{ID: "a"}}} }, ""},
		{"too slow", time.Millisecond, func() result { time.Sleep(time.Second); return result{} }, "x: input took too long"},
		{"panic", -1, func() result { panic("boom") }, "x: internal error while reading: boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := withBudget("x", tt.d, tt.f)
			if tt.want == "" {
				assert.Len(t, r.arts, 1)
				assert.Empty(t, r.errs)
				return
			}
			require.Len(t, r.errs, 1)
			assert.Contains(t, r.errs[0].Error(), tt.want)
		})
	}
}

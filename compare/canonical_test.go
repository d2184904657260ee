package compare

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims"
)

// TestCanonicalOrderOfAnyInput sorts articles given in several orders,
// enough of them for both cores (run it with -race): the order is the
// same, by source path, line, id, then content.
func TestCanonicalOrderOfAnyInput(t *testing.T) {
	var arts []*claims.Article
	for i := range 300 {
		arts = append(arts, &claims.Article{
			ID: fmt.Sprintf("a%d", i%40), Source: fmt.Sprintf("dir%d/f%d.md", i%3, i%7), Line: i % 5,
			Title: fmt.Sprintf("Title %d", i), Text: fmt.Sprintf("Text %d.", i),
		})
	}
	want := canonical(arts)
	tests := []struct {
		name string
		in   func() []*claims.Article
	}{
		{"reversed", func() []*claims.Article { r := slices.Clone(arts); slices.Reverse(r); return r }},
		{"shuffled", func() []*claims.Article {
			r := slices.Clone(arts)
			rand.New(rand.NewPCG(1, 2)).Shuffle(len(r), func(i, j int) { r[i], r[j] = r[j], r[i] })
			return r
		}},
		{"sorted already", func() []*claims.Article { return slices.Clone(want) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, want, canonical(tt.in()))
		})
	}
	for k := 1; k < len(want); k++ {
		a, b := want[k-1], want[k]
		assert.True(t, a.Source < b.Source || a.Source == b.Source && (a.Line < b.Line || a.Line == b.Line && a.ID <= b.ID),
			"%s:%d %s before %s:%d %s", a.Source, a.Line, a.ID, b.Source, b.Line, b.ID)
	}
}

package read

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Progress is called once per input, in order, with the articles so far.
func TestLoadProgress(t *testing.T) {
	var got []LoadProgress
	opts := LoadOptions{Progress: func(p LoadProgress) { got = append(got, p) }}
	arts, errs := Load([]string{filepath.Join("..", "..", "testdata", "formats", "bundle.txt"), filepath.Join("..", "..", "testdata", "formats", "feed.rss")}, opts)
	require.Empty(t, errs)
	require.Len(t, arts, 5)
	assert.Equal(t, []LoadProgress{{Done: 1, Inputs: 2, Articles: 3}, {Done: 2, Inputs: 2, Articles: 5}}, got)
}

package main

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunLaysOutASet(t *testing.T) {
	out := t.TempDir()
	require.NoError(t, run([]string{out, filepath.Join("..", "..", "testdata", "eval17")}, io.Discard))
	golds, err := filepath.Glob(filepath.Join(out, "*.gold.json"))
	require.NoError(t, err)
	require.Len(t, golds, 3)
	for _, g := range golds {
		var gold map[string]any
		data, err := os.ReadFile(g)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(data, &gold))
		file, _ := gold["file"].(string)
		f, err := os.Open(filepath.Join(out, file))
		require.NoError(t, err, "the gold names its JSON Lines file")
		n, outlets := 0, 0
		for sc := bufio.NewScanner(f); sc.Scan(); n++ {
			var r record
			require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
			assert.NotEmpty(t, r.Title)
			assert.NotEmpty(t, r.Text)
			if r.Outlet != "" {
				outlets++
			}
		}
		f.Close()
		assert.Equal(t, 6, n, file)
		assert.GreaterOrEqual(t, outlets, 5, "only an outlet the metadata gives is written")
	}
}

func TestRunErrors(t *testing.T) {
	assert.Error(t, run([]string{t.TempDir()}, io.Discard), "no set")
	assert.Error(t, run([]string{t.TempDir(), t.TempDir()}, io.Discard), "a set without events")
}

package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOutletFromFlag(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "harbor-herald", "a.txt"), "Floods hit the valley\n\nAt least 12 people died in the floods on Monday, officials said.\n")
	write(t, filepath.Join(dir, "reuters", "b.md"), "---\noutlet: AP\n---\nFloods hit\n\nAt least 14 people died in the floods on Monday, officials said.\n")

	code, out, errOut := runCmd(t, "", "report", "--format", "json", "--outlet-from", "dir", dir)
	require.Equal(t, exitOK, code, errOut)
	var doc struct {
		Articles []struct {
			Outlet     string `json:"outlet"`
			OutletFrom string `json:"outlet_from"`
		} `json:"articles"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	var got [][2]string
	for _, a := range doc.Articles {
		got = append(got, [2]string{a.Outlet, a.OutletFrom})
	}
	assert.ElementsMatch(t, [][2]string{{"Harbor Herald", "folder"}, {"AP", "metadata"}}, got)

	code, _, errOut = runCmd(t, "", "report", "--outlet-from", "folders", dir)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "--outlet-from")
}

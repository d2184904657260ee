package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ciDirs returns the reference folder and new articles of testdata/ci.
func ciDirs() (ref string, news []string) {
	dir := filepath.Join("..", "..", "testdata", "ci")
	return filepath.Join(dir, "ref"), []string{
		filepath.Join(dir, "new", "agreeing.md"), filepath.Join(dir, "new", "conflicting.md"), filepath.Join(dir, "new", "consistent.md"),
	}
}

func TestIndexAddIsIncremental(t *testing.T) {
	ref, _ := ciDirs()
	db := filepath.Join(t.TempDir(), "index.db")
	for _, want := range []string{
		"index: 2 read, 2 added, 0 replaced, 0 skipped (unchanged)\n",
		"index: 2 read, 0 added, 0 replaced, 2 skipped (unchanged)\n",
	} {
		code, out, errOut := runCmd(t, "", "index", "add", "--db", db, ref)
		require.Equal(t, exitOK, code, errOut)
		assert.Equal(t, want, out)
	}
	code, out, errOut := runCmd(t, "", "index", "stats", "--db", "sqlite:"+db)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "backend: sqlite\nschema: 1\narticles: 2\noutlets: 2\n")
}

// TestCheckIndexIsCheckAgainst: check --index prints what check --against
// prints, in every format, with the same exit code; report --index is
// report.
func TestCheckIndexIsCheckAgainst(t *testing.T) {
	ref, news := ciDirs()
	db := filepath.Join(t.TempDir(), "index.db")
	code, _, errOut := runCmd(t, "", "index", "add", "--db", db, ref)
	require.Equal(t, exitOK, code, errOut)
	for _, format := range []string{"text", "github", "json", "sarif"} {
		t.Run(format, func(t *testing.T) {
			wantCode, want, _ := runCmd(t, "", append([]string{"check", "--format", format, "--against", ref}, news...)...)
			require.Equal(t, exitFindings, wantCode)
			for _, flags := range [][]string{{"--index", db}, {"--index", db, "--index-all"}} {
				code, out, errOut := runCmd(t, "", append(append([]string{"check", "--format", format}, flags...), news...)...)
				assert.Equal(t, wantCode, code, errOut)
				assert.Equal(t, want, out, "%v", flags)
			}
		})
	}
	_, want, _ := runCmd(t, "", "report", "--format", "json", ref)
	code, out, errOut := runCmd(t, "", "report", "--format", "json", "--index", db)
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, want, out)
}

// TestCheckIndexOneOutletTwoSpellings: an outlet that the index spells
// one way ("Deutsche Welle") and a new article another ("DW") is one
// outlet: its own earlier toll is an update, not a conflict.
func TestCheckIndexOneOutletTwoSpellings(t *testing.T) {
	dir := t.TempDir()
	ref, fresh := twoSpellings(t, dir)
	db := filepath.Join(dir, "index.db")
	code, _, errOut := runCmd(t, "", "index", "add", "--db", db, ref)
	require.Equal(t, exitOK, code, errOut)
	for _, flags := range [][]string{{"--index", db}, {"--index", db, "--index-all"}} {
		code, out, errOut := runCmd(t, "", append(append([]string{"check"}, flags...), fresh)...)
		assert.Equal(t, exitOK, code, errOut)
		assert.NotContains(t, out, "conflicts with", "%v: %s", flags, out)
	}
}

func TestIndexRm(t *testing.T) {
	ref, _ := ciDirs()
	db := filepath.Join(t.TempDir(), "index.db")
	code, _, errOut := runCmd(t, "", "index", "add", "--db", db, ref)
	require.Equal(t, exitOK, code, errOut)
	for _, tc := range []struct{ path, want string }{
		{filepath.Join(ref, "wire.md"), "index: 1 removed\n"},
		{filepath.Join(ref, "wire.md"), "index: 0 removed\n"},
		{ref, "index: 1 removed\n"},
	} {
		code, out, errOut := runCmd(t, "", "index", "rm", "--db", db, tc.path)
		require.Equal(t, exitOK, code, errOut)
		assert.Equal(t, tc.want, out)
	}
}

func TestIndexErrors(t *testing.T) {
	_, news := ciDirs()
	missing := filepath.Join(t.TempDir(), "missing.db")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no subcommand", []string{"index"}, "crosscheck index add"},
		{"unknown subcommand", []string{"index", "drop"}, `unknown command "drop"`},
		{"no --db", []string{"index", "stats"}, "missing --db"},
		{"unknown DSN", []string{"index", "stats", "--db", "mysql://h/db"}, `unknown index DSN "mysql://h/db"`},
		{"missing index", []string{"check", "--index", missing, news[0]}, "no index at " + missing},
		{"missing index report", []string{"report", "--index", missing}, "no index at " + missing},
		{"both references", []string{"check", "--index", missing, "--against", "ref", news[0]}, "give --against or --index, not both"},
		{"report both", []string{"report", "--index", missing, news[0]}, "give PATHs or --index, not both"},
		{"index-all alone", []string{"check", "--against", "ref", "--index-all", news[0]}, "--index-all needs --index"},
		{"add nothing", []string{"index", "add", "--db", missing}, "no input"},
		{"rm nothing", []string{"index", "rm", "--db", missing}, "nothing to remove"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", tc.args...)
			assert.Equal(t, exitError, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tc.want)
		})
	}
}

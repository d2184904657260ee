package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pr is the scenario of a pull request that adds two articles
// (testdata/ci/pr): two reference articles give 27 killed, one new article
// agrees and one says "More than 40" on line 8. It returns the reference
// folder and the two new articles.
func pr(t *testing.T) (ref, agreeing, conflicting string) {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "ci", "pr")
	return filepath.Join(dir, "ref"), filepath.Join(dir, "new", "agreeing.md"), filepath.Join(dir, "new", "conflicting.md")
}

// TestCheckBlamesOnlyTheDisagreeingArticle: of two new articles, only the
// one that disagrees with the reference gets an error, at its line.
func TestCheckBlamesOnlyTheDisagreeingArticle(t *testing.T) {
	ref, agreeing, conflicting := pr(t)
	code, out, errOut := runCmd(t, "", "check", "--against", ref, agreeing, conflicting)
	require.Equal(t, exitFindings, code, errOut)
	var errs []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.Contains(l, ": error: ") {
			errs = append(errs, l)
		}
	}
	require.Len(t, errs, 1, out)
	assert.True(t, strings.HasPrefix(errs[0], conflicting+":8:1: error: killed: \"More than 40\" conflicts with"), errs[0])
	assert.NotContains(t, errs[0], "BBC", "a new article is not blamed for another")
	assert.Contains(t, out, agreeing+":6:")
	assert.NotContains(t, out, agreeing+":6:86: error")
}

// TestCheckUnreferenced: two new articles that conflict on a fact the
// reference does not state are a warning on each, naming the other.
func TestCheckUnreferenced(t *testing.T) {
	dir := t.TempDir()
	ref := filepath.Join(dir, "ref.md")
	write(t, ref, "---\noutlet: Reuters\n---\n\nA passenger train collided with a freight train near Alexandria on Tuesday, the railway authority said.\n")
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	write(t, a, "---\noutlet: AP\n---\n\nThe passenger train that collided with a freight train near Alexandria killed 27 people, the health ministry said.\n")
	write(t, b, "---\noutlet: BBC\n---\n\nThe passenger train that collided with a freight train near Alexandria killed more than 40 people, the health ministry said.\n")
	code, out, errOut := runCmd(t, "", "check", "--against", ref, a, b)
	assert.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, a+":5:")
	assert.Contains(t, out, `warning: killed: "27" conflicts with new article BBC more than 40 (`+b+":5) (the reference does not state it)")
	assert.Contains(t, out, `warning: killed: "more than 40" conflicts with new article AP 27 (`+a+":5)")
	assert.NotContains(t, out, "error:")
}

// TestCheckOneOutletTwoSpellings: an outlet that the reference spells one
// way ("Deutsche Welle") and a new article another ("DW") is one outlet:
// its own earlier toll is an update, not a conflict.
func TestCheckOneOutletTwoSpellings(t *testing.T) {
	ref, fresh := twoSpellings(t, t.TempDir())
	code, out, errOut := runCmd(t, "", "check", "--against", ref, fresh)
	assert.Equal(t, exitOK, code, errOut)
	assert.NotContains(t, out, "conflicts with", out)
}

// twoSpellings writes into dir a reference article of one outlet spelled
// "Deutsche Welle" and a new one of the same outlet spelled "DW" that
// updates its toll.
func twoSpellings(t *testing.T, dir string) (ref, fresh string) {
	t.Helper()
	ref = filepath.Join(dir, "ref.md")
	write(t, ref, "---\noutlet: Deutsche Welle\n---\n\nA blast in the town of Kel killed 40 people on Friday, officials said.\n")
	fresh = filepath.Join(dir, "new.md")
	write(t, fresh, "---\noutlet: DW\n---\n\nThe toll from the blast in the town of Kel rose to 45 on Saturday, officials said.\n")
	return ref, fresh
}

// TestCheckInputErrorsStop: an input that cannot be read stops the run
// before any finding is printed.
func TestCheckInputErrorsStop(t *testing.T) {
	ref, agreeing, conflicting := pr(t)
	missing := filepath.Join(filepath.Dir(ref), "MISSING")
	tests := []struct {
		name string
		args []string
	}{
		{"missing reference", []string{"check", "--against", missing, agreeing, conflicting}},
		{"missing new article", []string{"check", "--against", ref, agreeing, conflicting, filepath.Join(filepath.Dir(agreeing), "gone.md")}},
		{"one missing reference of two", []string{"check", "--against", ref, "--against", missing, conflicting}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", tt.args...)
			assert.Equal(t, exitError, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, "cannot read")
		})
	}
}

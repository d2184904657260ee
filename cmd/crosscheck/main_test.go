package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/internal/golden"
)

// runCmd runs the program with args and returns its exit code and outputs.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func write(t *testing.T, path, text string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
}

func TestRunUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		out  string
		err  string
	}{
		{"no arguments", nil, exitError, "", "Usage:"},
		{"unknown command", []string{"frobnicate"}, exitError, "", `unknown command "frobnicate"`},
		{"help", []string{"help"}, exitOK, "crosscheck report", ""},
		{"help of a command", []string{"help", "check"}, exitOK, "--against", ""},
		{"unknown flag", []string{"claims", "--bogus", "x"}, exitError, "", `crosscheck claims: unknown flag "--bogus" (see the flags below); to read a file whose name starts with "-", put it after "--": crosscheck claims [flags] -- --bogus`},
		{"unknown flag after a path", []string{"report", "x", "-o=y", "-z.md"}, exitError, "", `unknown flag "-z.md"`},
		{"unknown flag with a value", []string{"report", "--bogus=1", "x"}, exitError, "", `unknown flag "--bogus=1"`},
		{"flag without its value", []string{"report", "x", "--format"}, exitError, "", "crosscheck report: flag needs an argument: -format"},
		{"help of a command's flags", []string{"claims", "-h"}, exitOK, "", "-max-file-time D"},
		{"no input", []string{"claims"}, exitError, "", "no input"},
		{"bad stream format", []string{"sentences", "--format", "xml", "x"}, exitError, "", `--format "xml"`},
		{"bad report format", []string{"report", "--format", "pdf", "x"}, exitError, "", "pdf"},
		{"bad fail-on", []string{"report", "--fail-on", "sometimes", "x"}, exitError, "", "--fail-on"},
		{"bad input format", []string{"claims", "--input-format", "docx", "x"}, exitError, "", "docx"},
		{"check without --against", []string{"check", "new.md"}, exitError, "", "missing --against"},
		{"check without new article", []string{"check", "--against", "ref"}, exitError, "", "no new article"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", tt.args...)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, out, tt.out)
			assert.Contains(t, errOut, tt.err)
		})
	}
}

// The CI scenario: two reference outlets give one toll, a third outlet's new
// article gives a disjoint one on a known line.
func TestCheckScenario(t *testing.T) {
	dir := t.TempDir()
	ref, news := filepath.Join(dir, "ref"), filepath.Join(dir, "new")
	write(t, filepath.Join(ref, "wire.md"), `---
outlet: Reuters
title: Manchester Arena bomber killed 22 at pop concert
---

MANCHESTER, England, May 23 (Reuters) - A suicide bomber killed 22 people at the Manchester Arena as fans left an Ariana Grande concert on Monday night, police said.

Police said the attacker, Salman Abedi, died in the blast.
`)
	write(t, filepath.Join(ref, "paper.md"), `---
outlet: The Guardian
title: Manchester Arena attack
---

Twenty-two people were killed when a suicide bomber struck the foyer of the Manchester Arena after an Ariana Grande concert.

Greater Manchester police named the bomber as Salman Abedi.
`)
	conflicting := filepath.Join(news, "conflicting.md")
	write(t, conflicting, `---
outlet: AP
title: Bomb at Manchester concert
---

MANCHESTER, England (AP) — Police say the bomber acted alone.

The suicide bomber who struck the Manchester Arena after an Ariana Grande concert killed more than 30 people, police said.
`)
	consistent := filepath.Join(news, "consistent.md")
	write(t, consistent, `---
outlet: CNN
title: Manchester attack
---

At least 20 people were killed by a suicide bomber at the Manchester Arena after an Ariana Grande concert, police said.
`)

	code, out, errOut := runCmd(t, "", "check", "--against", ref, conflicting)
	assert.Equal(t, exitFindings, code, errOut)
	// Reuters states the toll twice: in its title (front matter, line 3)
	// and in its body.
	wantLine := conflicting + `:8:90: error: killed: "more than 30" conflicts with Reuters 22 (` +
		filepath.Join(ref, "wire.md") + `:3), Reuters 22 (` + filepath.Join(ref, "wire.md") + `:6), The Guardian Twenty-two (` +
		filepath.Join(ref, "paper.md") + ":6)\n"
	assert.Equal(t, wantLine, out)

	code, out, _ = runCmd(t, "", "check", "--against", ref, "--format", "github", conflicting)
	assert.Equal(t, exitFindings, code)
	assert.True(t, strings.HasPrefix(out, "::error file="+conflicting+",line=8,col=90,title=crosscheck%3A killed conflict::killed: "), out)

	code, out, _ = runCmd(t, "", "check", "--against", ref, "--fail-on", "conflict", consistent)
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, consistent+":6:1: warning: killed: \"At least 20\" is consistent with")

	code, _, _ = runCmd(t, "", "check", "--against", ref, "--fail-on", "consistent", consistent)
	assert.Equal(t, exitFindings, code)

	code, _, errOut = runCmd(t, "", "check", "--against", ref, "--unknown", conflicting)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "-unknown")

	missing := filepath.Join(news, "missing.md")
	code, _, errOut = runCmd(t, "", "check", "--against", ref, missing)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, missing)
}

func TestInputErrorsKeepOtherInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.md")
	write(t, good, "---\noutlet: AP\n---\n\nThe storm killed 12 people, officials said.\n")
	empty := filepath.Join(dir, "empty.txt")
	write(t, empty, "")
	code, out, errOut := runCmd(t, "", "claims", good, empty, filepath.Join(dir, "nope.md"))
	assert.Equal(t, exitError, code)
	assert.Contains(t, out, `"text":"12"`)
	assert.Contains(t, errOut, empty)
	assert.Contains(t, errOut, "nope.md")
}

func TestStdin(t *testing.T) {
	code, out, errOut := runCmd(t, `{"id":"x1","outlet":"Reuters","title":"t","text":"At least 40 people died in the floods."}`+"\n", "claims", "-")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, `"article":"x1"`)
	assert.Contains(t, out, `"text":"At least 40"`)
}

func TestReportOutputFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.md")
	code, out, errOut := runCmd(t, "", "report", "-o", path, "--fail-on", "conflict", "../../testdata/stories/crocus-2024")
	assert.Equal(t, exitFindings, code, errOut)
	assert.Empty(t, out)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Contains(t, string(data), "### Conflicts")
}

// Golden outputs of every command on the example articles. Regenerate with
// go test ./cmd/crosscheck -run Golden -update.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"sentences.jsonl", []string{"sentences", "../../testdata/formats/article.md"}},
		{"sentences-bundle.txt", []string{"sentences", "--format", "text", "../../testdata/formats/bundle.txt"}},
		{"claims.jsonl", []string{"claims", "../../testdata/formats/articles.jsonl"}},
		{"claims-kabul.txt", []string{"claims", "--format", "text", "../../testdata/stories/kabul-airport-2021"}},
		{"report-crocus.md", []string{"report", "../../testdata/stories/crocus-2024"}},
		{"report-kerman.json", []string{"report", "--format", "json", "../../testdata/stories/kerman-2024"}},
		{"report-kabul-compact.md", []string{"report", "--compact", "--only", "conflicts", "../../testdata/stories/kabul-airport-2021"}},
		{"check.txt", []string{"check", "--against", "../../testdata/ci/ref", "../../testdata/ci/new"}},
		{"check.json", []string{"check", "--format", "json", "--against", "../../testdata/ci/ref", "../../testdata/ci/new"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, out, errOut := runCmd(t, "", tt.args...)
			assert.Empty(t, errOut)
			golden.Assert(t, filepath.Join("testdata", tt.name), []byte(out))
			_, again, _ := runCmd(t, "", tt.args...)
			assert.Equal(t, out, again, "output must be deterministic")
		})
	}
}

func TestInputFileErrors(t *testing.T) {
	dir := t.TempDir()
	story := filepath.Join(dir, "story.md")
	write(t, story, "---\noutlet: AP\n---\n\nThe storm killed 12 people, officials said.\n")
	code, _, errOut := runCmd(t, "", "claims", "--outlets", filepath.Join(dir, "missing.txt"), story)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "missing.txt")
	assert.NotContains(t, errOut, "Usage:", "an unreadable file is an input error, not a usage error")

	code, _, errOut = runCmd(t, "", "check", "--against", "-", "-")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "standard input")

	code, _, errOut = runCmd(t, "", "report", "-o", filepath.Join(dir, "no", "such", "dir", "r.md"), story)
	assert.Equal(t, exitError, code)
	assert.Equal(t, 1, strings.Count(errOut, "r.md"), errOut)
}

// Articles of the reference set and of the new set may share a file name:
// unattributed, they are still different sources.
func TestCheckSameFileNames(t *testing.T) {
	dir := t.TempDir()
	ref, fresh := filepath.Join(dir, "ref", "story.md"), filepath.Join(dir, "new", "story.md")
	write(t, ref, "The earthquake in western Nepal killed 153 people, officials in Jajarkot said.\n")
	write(t, fresh, "The earthquake that struck Jajarkot in western Nepal killed more than 180 people, officials said.\n")
	code, out, errOut := runCmd(t, "", "check", "--against", ref, fresh)
	assert.Equal(t, exitFindings, code, errOut)
	assert.Contains(t, out, fresh+":1:")
}

// `report --format html -o FILE` writes the page, with a plot per group.
func TestReportHTML(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r.html")
	code, stdout, errOut := runCmd(t, "", "report", "--format", "html", "-o", out, "../../testdata/stories/crocus-2024")
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, stdout)
	page, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(page), "<!doctype html>"))
	code, js, errOut := runCmd(t, "", "report", "--format", "json", "../../testdata/stories/crocus-2024")
	require.Equal(t, exitOK, code, errOut)
	var doc struct{ Groups []json.RawMessage }
	require.NoError(t, json.Unmarshal([]byte(js), &doc))
	require.NotEmpty(t, doc.Groups)
	assert.Equal(t, len(doc.Groups), strings.Count(string(page), `<svg class="plot intervals"`), "one plot per group")
	assert.Contains(t, string(page), `<svg class="plot time"`, "the toll by date")
	assert.NotContains(t, string(page), "<script")

	code, _, errOut = runCmd(t, "", "report", "--only", "maybe", "../../testdata/stories/crocus-2024")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, `--only "maybe": want conflicts, consistent or agree`)
}

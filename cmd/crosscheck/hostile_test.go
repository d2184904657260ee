package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileRef writes a reference set built to forge workflow commands: a
// file name holding a newline and "::error", JSON Lines ids and outlets
// holding "##[stop-commands]" and ANSI escapes.
func hostileRef(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ref")
	rec := func(id, outlet, text string) string {
		b, err := json.Marshal(map[string]string{"id": id, "outlet": outlet, "text": text})
		require.NoError(t, err)
		return string(b) + "\n"
	}
	jsonl := rec("##[stop-commands]tok", "##[error]Evil\x1b[41m News", "Twenty-seven people were killed when a passenger train hit a freight train near Alexandria, Egypt's health ministry said.") +
		rec("##[stop-commands]tok", "Reuters", "A passenger train collided with a freight train near Alexandria on Tuesday, killing 27 people, the health ministry said.")
	write(t, filepath.Join(dir, "feed.jsonl"), jsonl)
	write(t, filepath.Join(dir, "x\n::error file=a.md,line=1::forged.xyz"), "not an article")
	write(t, filepath.Join(dir, "##[warning]name.md"), "---\noutlet: \"::notice::Forged\\u2028##[error]x\"\ntitle: Egypt train collision\n---\n\nTwenty-seven people were killed when a passenger train hit a freight train near Alexandria, the health ministry said.\n")
	return dir
}

// ownLine reports whether line is one crosscheck writes itself in the
// github format.
func ownLine(line string) bool {
	for _, p := range []string{"::error file=", "::warning file=", "::notice file=", "::notice title=crosscheck::"} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}

func TestHostileNoForgedCommands(t *testing.T) {
	ref := hostileRef(t)
	news := filepath.Join(t.TempDir(), "##[stop-commands]new.md")
	write(t, news, "---\noutlet: Daily\ntitle: Train crash\n---\n\nMore than 40 people were killed when a passenger train hit a freight train near Alexandria, the health ministry said.\n")
	tests := []struct {
		name string
		args []string
	}{
		{"claims", []string{"claims", ref}},
		{"sentences", []string{"sentences", ref}},
		{"claims text", []string{"claims", "--format", "text", ref}},
		{"sentences text", []string{"sentences", "--format", "text", ref}},
		{"report markdown", []string{"report", ref, news}},
		{"check text", []string{"check", "--against", ref, "--format", "text", news}},
		{"check github", []string{"check", "--against", ref, "--format", "github", news}},
		{"report json", []string{"report", "--format", "json", ref, news}},
		{"report html", []string{"report", "--format", "html", ref, news}},
		{"check json", []string{"check", "--against", ref, "--format", "json", news}},
		{"check sarif", []string{"check", "--against", ref, "--format", "sarif", news}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, out, errOut := runCmd(t, "", tt.args...)
			for _, stream := range []struct{ name, text string }{{"stderr", errOut}, {"stdout", out}} {
				assertNoForgedCommand(t, stream.text)
			}
			assert.Contains(t, errOut, `x\n:\:error`, "the file name is shown escaped")
		})
	}
}

// TestHostileReportAccounting: a missing input and a copy of an article are
// in the JSON report.
func TestHostileReportAccounting(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.md")
	text := "Quake kills 12\n\nAn earthquake killed 12 people in the town on Monday, officials said.\n"
	write(t, good, text)
	write(t, filepath.Join(dir, "copy.md"), text)
	missing := filepath.Join(dir, "missing.md")
	code, out, _ := runCmd(t, "", "report", "--format", "json", good, filepath.Join(dir, "copy.md"), missing)
	assert.Equal(t, exitError, code)
	doc := reportInputs(t, out)
	require.Len(t, doc.Articles, 1, "copies are compared once")
	assert.Equal(t, 1, doc.Inputs.Duplicates)
	paths := map[string]string{}
	for _, p := range doc.Inputs.Problems {
		paths[p.Path] = p.Level + ": " + p.Error
	}
	assert.Equal(t, "error: cannot read: no such file or directory", paths[missing])
	// The copy kept is the first by path: copy.md.
	assert.Contains(t, paths[good], "warning: duplicate article")
	assert.NotEmpty(t, doc.Inputs.Uncompared)
}

// assertNoForgedCommand wants no line of text to hold a workflow command
// crosscheck did not write, "##[" or an escape character.
func assertNoForgedCommand(t *testing.T, text string) {
	t.Helper()
	for _, line := range strings.Split(text, "\n") {
		assert.NotContains(t, line, "##[", "%q", line)
		assert.NotContains(t, line, "\x1b", "%q", line)
		if strings.HasPrefix(strings.TrimSpace(line), "::") {
			assert.True(t, ownLine(line), "%q", line)
		}
	}
}

// reportDoc is what TestHostileCases reads of a JSON report.
type reportDoc struct {
	Articles []struct{ ID string }
	Inputs   struct {
		Problems []struct {
			Path, Level, Error string
		}
		Duplicates int
		Uncompared map[string]int
	}
}

// reportInputs decodes a JSON report.
func reportInputs(t *testing.T, out string) reportDoc {
	t.Helper()
	var doc reportDoc
	require.NoError(t, json.Unmarshal([]byte(out), &doc), out)
	return doc
}

// problems lists the report's problems as "level path: error".
func (d reportDoc) problems() []string {
	var out []string
	for _, p := range d.Inputs.Problems {
		out = append(out, p.Level+" "+p.Path+": "+p.Error)
	}
	return out
}

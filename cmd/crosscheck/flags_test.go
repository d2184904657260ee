package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseEndOfFlags(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		pos    []string
		out    string
		format string
	}{
		{"flags anywhere", []string{"a.md", "-o", "x.md", "b.md"}, []string{"a.md", "b.md"}, "x.md", "markdown"},
		{"-- ends flags for good", []string{"--", "a.md", "-o", "x.md"}, []string{"a.md", "-o", "x.md"}, "", "markdown"},
		{"-- after a path", []string{"a.md", "--", "-o", "--format=json"}, []string{"a.md", "-o", "--format=json"}, "", "markdown"},
		{"flag before --", []string{"--format", "json", "--", "-b.md"}, []string{"-b.md"}, "", "json"},
		{"value that looks like a flag", []string{"-o", "-x.md", "a.md"}, []string{"a.md"}, "-x.md", "markdown"},
		{"value after =", []string{"--format=json", "a.md"}, []string{"a.md"}, "", "json"},
		{"stdin", []string{"-", "-o", "y"}, []string{"-"}, "y", "markdown"},
		{"-- as a value", []string{"-o", "--", "a.md", "--format", "json"}, []string{"a.md"}, "--", "json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := newFlagSet("report", "report", io.Discard)
			out := fs.String("o", "", "")
			format := fs.String("format", "markdown", "")
			fs.Bool("quiet", false, "")
			pos, err := parse(fs, tt.args)
			require.NoError(t, err)
			assert.Equal(t, tt.pos, pos)
			assert.Equal(t, tt.out, *out)
			assert.Equal(t, tt.format, *format)
		})
	}
}

// TestReportDashDashWritesNoFile is the issue's case: "report -- a.md -o
// x.md" reads three inputs and writes no x.md.
func TestReportDashDashWritesNoFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.md")
	write(t, good, "Quake kills 12\n\nAn earthquake killed 12 people on Monday, officials said.\n")
	x := filepath.Join(dir, "x.md")
	code, out, errOut := runCmd(t, "", "report", "--", good, "-o", x)
	assert.Equal(t, exitError, code)
	assert.NotEmpty(t, out)
	assert.Contains(t, errOut, "-o: cannot read")
	_, err := os.Stat(x)
	assert.True(t, os.IsNotExist(err), "x.md was written")
}

package report

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/internal/golden"
)

func TestWriterGolden(t *testing.T) {
	fx := newFixture()
	tests := []struct {
		format string
		result *compare.Result
		file   string
	}{
		{"markdown", fx.result, "report.md"},
		{"json", fx.result, "report.json"},
		{"markdown", &compare.Result{}, "empty.md"},
		{"json", &compare.Result{}, "empty.json"},
		{"html", fx.result, "report.html"},
		{"html", &compare.Result{}, "empty.html"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			w, err := New(tt.format)
			require.NoError(t, err)
			var b bytes.Buffer
			require.NoError(t, w.Write(&b, tt.result))
			golden.Assert(t, filepath.Join("testdata", tt.file), b.Bytes())
		})
	}
}

func TestCheckWriterGolden(t *testing.T) {
	fx := newFixture()
	tests := []struct {
		format   string
		findings []compare.Finding
		file     string
	}{
		{"text", fx.findings, "check.txt"},
		{"github", fx.findings, "check.github"},
		{"json", fx.findings, "check.json"},
		{"sarif", fx.findings, "check.sarif"},
		{"sarif", nil, "check-empty.sarif"},
		{"text", nil, "check-empty.txt"},
		{"json", nil, "check-empty.json"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			w, err := NewCheck(tt.format, CheckOptions{ToolVersion: "1.2.3"})
			require.NoError(t, err)
			var b bytes.Buffer
			require.NoError(t, w.WriteFindings(&b, tt.findings))
			golden.Assert(t, filepath.Join("testdata", tt.file), b.Bytes())
		})
	}
}

package report

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

func TestSelect(t *testing.T) {
	fx := newFixture()
	// The fixture's findings, in file order: guardian warning (injured),
	// guardian notice (missing), blog warning, reuters error.
	tests := []struct {
		name                      string
		opts                      CheckOptions
		ignore                    []claims.Ignore // on the Reuters article
		want                      []string        // severities shown, in file order
		suppressed, below, omited int
	}{
		{name: "all", want: []string{"warning", "notice", "warning", "error"}},
		{name: "warnings and up", opts: CheckOptions{MinSeverity: compare.Consistent}, want: []string{"warning", "warning", "error"}, below: 1},
		{name: "errors only", opts: CheckOptions{MinSeverity: compare.Conflict}, want: []string{"error"}, below: 3},
		{name: "cap keeps the most severe, in file order", opts: CheckOptions{MaxFindings: 2}, want: []string{"warning", "error"}, omited: 2},
		{name: "cap above the count", opts: CheckOptions{MaxFindings: 9}, want: []string{"warning", "notice", "warning", "error"}},
		{name: "suppressed by measure", ignore: []claims.Ignore{{Line: 2, EndLine: 2, Measures: []string{"killed"}}},
			want: []string{"warning", "notice", "warning"}, suppressed: 1},
		{name: "another measure is not suppressed", ignore: []claims.Ignore{{Line: 3, EndLine: 3, Measures: []string{"injured"}}},
			want: []string{"warning", "notice", "warning", "error"}},
		{name: "a comment two lines up is too far", ignore: []claims.Ignore{{Line: 1, EndLine: 1}},
			want: []string{"warning", "notice", "warning", "error"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fx.reuters.Ignore = tt.ignore
			sel := Select(fx.findings, tt.opts)
			var got []string
			for _, f := range sel.Shown {
				got = append(got, severity(f.Severity))
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.suppressed, sel.Suppressed)
			assert.Equal(t, tt.below, sel.Below)
			assert.Equal(t, tt.omited, sel.Omitted)
		})
	}
}

func TestCheckSummary(t *testing.T) {
	fx := newFixture()
	var b bytes.Buffer
	require.NoError(t, CheckSummary{Options: CheckOptions{MaxFindings: 3}}.WriteFindings(&b, fx.findings))
	want := "## crosscheck\n\n1 error, 2 warnings, 0 notices; 1 left out (--max-findings 3).\n\n" +
		"| severity | where | finding |\n| --- | --- | --- |\n" +
		"| error | news/reuters.md:3 | killed: \"more than 140\" conflicts with AP 139 (news/ap.md:8) |\n" +
		"| warning | feeds/guardian.jsonl:3 | injured: \"210\" is consistent with AP About 200 (news/ap.md:9) but worded differently |\n" +
		"| warning | news/blog: a,b.txt:3 | killed: \"at least 130\" is consistent with AP 139 (news/ap.md:8), Reuters more than 140 (news/reuters.md:3) but worded differently |\n\n"
	assert.Equal(t, want, b.String())
}

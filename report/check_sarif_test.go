package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// TestSARIF checks the parts of the log code scanning reads: levels, rule
// ids per measure and relation, the figure's line and columns, related
// locations for the other outlets' figures.
func TestSARIF(t *testing.T) {
	fx := newFixture()
	var b bytes.Buffer
	require.NoError(t, SARIF{Options: CheckOptions{ToolVersion: "1.2.3"}}.WriteFindings(&b, fx.findings))
	var log sarifLog
	require.NoError(t, json.Unmarshal(b.Bytes(), &log))
	require.Equal(t, "2.1.0", log.Version)
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]
	assert.Equal(t, "crosscheck", run.Tool.Driver.Name)
	assert.Equal(t, "1.2.3", run.Tool.Driver.Version)
	assert.Equal(t, "unicodeCodePoints", run.ColumnKind)
	require.Len(t, run.Results, len(fx.findings))
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	assert.Equal(t, []string{"injured/consistent", "missing/agree", "killed/consistent", "killed/conflict"}, ids)

	tests := []struct {
		rule, level, uri    string
		line, col, endCol   int
		related             int
		relatedURI          string
		relatedLine, relCol int
	}{
		{"injured/consistent", "warning", "feeds/guardian.jsonl", 3, 0, 0, 1, "news/ap.md", 9, 1},
		{"missing/agree", "note", "feeds/guardian.jsonl", 3, 0, 0, 1, "news/reuters.md", 4, 1},
		{"killed/consistent", "warning", "news/blog:%20a%2Cb.txt", 3, 26, 38, 2, "news/ap.md", 8, 31},
		{"killed/conflict", "error", "news/reuters.md", 3, 19, 32, 2, "news/ap.md", 8, 31},
	}
	for i, tt := range tests {
		r := run.Results[i]
		assert.Equal(t, tt.rule, r.RuleID)
		assert.Equal(t, tt.rule, run.Tool.Driver.Rules[r.RuleIndex].ID)
		assert.Equal(t, tt.level, r.Level)
		require.Len(t, r.Locations, 1)
		p := r.Locations[0].PhysicalLocation
		assert.Equal(t, tt.uri, p.ArtifactLocation.URI)
		assert.Equal(t, tt.line, p.Region.StartLine)
		assert.Equal(t, tt.col, p.Region.StartColumn)
		assert.Equal(t, tt.endCol, p.Region.EndColumn)
		require.Len(t, r.RelatedLocations, tt.related)
		rel := r.RelatedLocations[0]
		assert.Equal(t, 1, *rel.ID)
		assert.Equal(t, tt.relatedURI, rel.PhysicalLocation.ArtifactLocation.URI)
		assert.Equal(t, tt.relatedLine, rel.PhysicalLocation.Region.StartLine)
		assert.Equal(t, tt.relCol, rel.PhysicalLocation.Region.StartColumn)
		assert.NotEmpty(t, r.PartialFingerprints)
	}
}

func TestSARIFUnreferencedAndCap(t *testing.T) {
	fx := newFixture()
	f := fx.findings[2] // Reuters' conflict
	f.Severity, f.Relation, f.Unreferenced = compare.Consistent, compare.Conflict, true
	var b bytes.Buffer
	require.NoError(t, SARIF{Options: CheckOptions{MaxFindings: 1}}.WriteFindings(&b, []compare.Finding{f, fx.findings[3]}))
	var log sarifLog
	require.NoError(t, json.Unmarshal(b.Bytes(), &log))
	run := log.Runs[0]
	require.Len(t, run.Results, 1)
	assert.Equal(t, "killed/conflict-unreferenced", run.Results[0].RuleID)
	assert.Equal(t, "warning", run.Results[0].Level)
	assert.Equal(t, map[string]int{"suppressed": 0, "omitted": 1}, run.Invocations[0].Properties)
	require.Len(t, run.Invocations[0].Notifications, 1)
	assert.Contains(t, run.Invocations[0].Notifications[0].Message.Text, "1 more finding left out")
}

func TestFileURI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"new/a.md", "new/a.md"},
		{"new dir/a b.md", "new%20dir/a%20b.md"},
		{"../ref/50%.md", "../ref/50%25.md"},
		{"/abs/x#1.md", "file:///abs/x%231.md"},
		{"a:b.md", "./a:b.md"},
		{"-", "stdin"},
		{"", "stdin"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, fileURI(tt.in), tt.in)
	}
}

func TestRuleToken(t *testing.T) {
	for in, want := range map[string]string{"killed": "killed", "US servicemen": "us-servicemen", "": "figure", "°C": "c", "Žilina": "ilina"} {
		assert.Equal(t, want, ruleToken(in), in)
	}
	_ = claims.Point
}

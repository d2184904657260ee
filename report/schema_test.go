package report_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/report"
)

// compileReportSchema compiles the schema the tool ships.
func compileReportSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(report.ReportJSONSchema()))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	require.NoError(t, c.AddResource("report.schema.json", doc))
	s, err := c.Compile("report.schema.json")
	require.NoError(t, err)
	return s
}

// realReport renders the JSON report of the example stories, read and
// compared as `crosscheck report --format json testdata/stories` does.
func realReport(t *testing.T) []byte {
	t.Helper()
	arts, problems := claims.Load([]string{filepath.Join("..", "testdata", "stories")}, claims.LoadOptions{})
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	require.NoError(t, err)
	res, err := compare.Compare(ex.Docs(arts), compare.DefaultOptions())
	require.NoError(t, err)
	res.Problems = problems
	var b bytes.Buffer
	require.NoError(t, report.JSON{}.Write(&b, res))
	return b.Bytes()
}

func TestReportSchemaValidates(t *testing.T) {
	s := compileReportSchema(t)
	golden, err := os.ReadFile(filepath.Join("testdata", "report.json"))
	require.NoError(t, err)
	empty, err := os.ReadFile(filepath.Join("testdata", "empty.json"))
	require.NoError(t, err)
	real := realReport(t)
	require.Contains(t, string(real), `"published": "2024-03-26"`)
	tests := []struct {
		name  string
		doc   string
		valid bool
	}{
		{"golden report", string(golden), true},
		{"empty report", string(empty), true},
		{"example stories", string(real), true},
		{"infinite end as a string", `{"schema":"crosscheck/report/v1","articles":[],"stories":[],"groups":[],"facts":[],"single":[{"article":"a","outlet":"","sentence":"","text":"x","value":1,"lo":1,"hi":"inf","lo_open":false,"hi_open":false,"qualifier":"at_least","kind":"count","unit":"","measure":"","subject":"","start":0,"end":1,"line":1,"source":"a"}],"inputs":{"problems":[],"duplicates":0,"uncompared":{}}}`, false},
		{"unknown verdict", `{"schema":"crosscheck/report/v1","articles":[],"stories":[],"groups":[{"id":"g1","story":"s1","measure":"killed","verdict":"maybe","outlets":["A"],"disjoint":[],"figures":[]}],"facts":[],"single":[],"inputs":{"problems":[],"duplicates":0,"uncompared":{}}}`, false},
		{"no inputs", `{"schema":"crosscheck/report/v1","articles":[],"stories":[],"groups":[],"facts":[],"single":[]}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(tt.doc)))
			require.NoError(t, err)
			err = s.Validate(v)
			if tt.valid {
				assert.NoError(t, err)
			} else {
				assert.Error(t, err)
			}
		})
	}
}

// The wire types decode the report they encode.
func TestJSONReportDecodes(t *testing.T) {
	var doc report.JSONReport
	require.NoError(t, json.Unmarshal(realReport(t), &doc))
	assert.Equal(t, report.ReportSchema, doc.Schema)
	require.NotEmpty(t, doc.Groups)
	require.NotEmpty(t, doc.Groups[0].Figures)
	assert.NotEmpty(t, doc.Groups[0].Figures[0].URL)
	assert.NotEmpty(t, doc.Groups[0].Figures[0].Published)
}

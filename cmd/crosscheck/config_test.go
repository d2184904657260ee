package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/report"
)

func TestMain(m *testing.M) {
	// Tests never write to the step summary of the CI that runs them.
	stepSummary = func() string { return "" }
	os.Exit(m.Run())
}

// inScenario copies the pull request scenario into a temporary folder,
// moves there, writes config as .crosscheck.yaml when it is not "", and
// returns the folder.
func inScenario(t *testing.T, config string) string {
	t.Helper()
	ref, agreeing, conflicting := pr(t)
	dir := t.TempDir()
	for _, p := range []string{filepath.Join(ref, "wire.md"), filepath.Join(ref, "paper.md"), agreeing, conflicting} {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		write(t, filepath.Join(dir, filepath.Base(filepath.Dir(p)), filepath.Base(p)), string(data))
	}
	if config != "" {
		write(t, filepath.Join(dir, ".crosscheck.yaml"), config)
	}
	t.Chdir(dir)
	return dir
}

func TestCheckConfig(t *testing.T) {
	newArgs := []string{"new/agreeing.md", "new/conflicting.md"}
	tests := []struct {
		name    string
		config  string
		args    []string
		code    int
		out     []string // substrings of stdout
		notOut  []string
		errOut  string
		cwdDown bool // run from a folder below the configuration
	}{
		{name: "fail-on never makes a conflicting run pass", config: "against: ref\nfail-on: never\n",
			code: exitOK, out: []string{"new/conflicting.md:8:1: error: killed"}},
		{name: "no configuration: the default fails on the conflict", args: []string{"--against", "ref"},
			code: exitFindings, out: []string{"error: killed"}},
		{name: "flags win over the file", config: "against: ref\nfail-on: never\n", args: []string{"--fail-on", "conflict"},
			code: exitFindings},
		{name: "against as a list, paths relative to the file", config: "against:\n  - ref/wire.md\n  - ref/paper.md\n",
			code: exitFindings, out: []string{"Reuters 27", "The Guardian Twenty-seven"}},
		{name: "found in a folder above", config: "against: [ref]\nfail-on: never\n", cwdDown: true,
			code: exitOK, out: []string{"error: killed"}},
		{name: "min-severity and format", config: "against: ref\nmin-severity: error\nformat: github\n",
			code: exitFindings, out: []string{"::error file=new/conflicting.md,line=8,"}, notOut: []string{"::notice"}},
		{name: "max-findings keeps the most severe", config: "against: ref\nmax-findings: 1\n",
			code: exitFindings, out: []string{"error: killed", "crosscheck: 1 more finding left out (--max-findings 1)"}, notOut: []string{"notice:"}},
		{name: "unknown key", config: "against: ref\nfail-on: never\nseverity: high\n",
			code: exitError, errOut: ".crosscheck.yaml:3: config: unknown key \"severity\""},
		{name: "bad value", config: "against: ref\nmax-findings: many\n",
			code: exitError, errOut: ".crosscheck.yaml:2: config: key \"max-findings\""},
		{name: "bad level from the file", config: "against: ref\nmin-severity: loud\n",
			code: exitError, errOut: "--min-severity \"loud\""},
		{name: "yaml syntax error", config: "against: [ref\n", code: exitError, errOut: ".crosscheck.yaml"},
		{name: "not a mapping", config: "- ref\n", code: exitError, errOut: ".crosscheck.yaml:1: config: want a mapping"},
		{name: "explicit --config", args: []string{"--config", "other.yaml"}, code: exitOK, out: []string{"error: killed"}},
		{name: "missing --config", args: []string{"--config", "nope.yaml"}, code: exitError, errOut: "nope.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := inScenario(t, tt.config)
			write(t, filepath.Join(dir, "other.yaml"), "against: ref\nfail-on: never\n")
			args := append([]string{"check"}, tt.args...)
			files := newArgs
			if tt.cwdDown {
				t.Chdir(filepath.Join(dir, "new"))
				files = []string{"agreeing.md", "conflicting.md"}
			}
			code, out, errOut := runCmd(t, "", append(args, files...)...)
			assert.Equal(t, tt.code, code, errOut)
			for _, s := range tt.out {
				assert.Contains(t, out, s)
			}
			for _, s := range tt.notOut {
				assert.NotContains(t, out, s)
			}
			if tt.errOut != "" {
				assert.Contains(t, errOut, tt.errOut)
				assert.Empty(t, out)
			}
		})
	}
}

// A crosscheck-ignore comment silences a finding; it no longer fails the
// run, and the step summary counts it.
func TestCheckSuppressionAndSummary(t *testing.T) {
	dir := inScenario(t, "")
	data, err := os.ReadFile("new/conflicting.md")
	require.NoError(t, err)
	text := strings.Replace(string(data), "\nMore than 40", "\n<!-- crosscheck-ignore: killed -->\nMore than 40", 1)
	write(t, filepath.Join(dir, "new", "silenced.md"), text)
	summary := filepath.Join(dir, "summary.md")
	stepSummary = func() string { return summary }
	t.Cleanup(func() { stepSummary = func() string { return "" } })

	code, out, errOut := runCmd(t, "", "check", "--against", "ref", "new/agreeing.md", "new/silenced.md")
	assert.Equal(t, exitOK, code, errOut)
	assert.NotContains(t, out, "error:")
	code, out, _ = runCmd(t, "", "check", "--format", "json", "--against", "ref", "new/silenced.md")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, `"suppressed": 1`)

	code, _, _ = runCmd(t, "", "check", "--against", "ref", "new/conflicting.md")
	assert.Equal(t, exitFindings, code)
	got, err := os.ReadFile(summary)
	require.NoError(t, err)
	assert.Contains(t, string(got), "## crosscheck\n\n0 errors, 0 warnings, 1 notice; 1 suppressed by crosscheck-ignore comments.")
	assert.Contains(t, string(got), "| error | new/conflicting.md:8 | killed: \"More than 40\" conflicts with")
}

// The JSON Schema of the configuration file knows the keys the reader
// knows, and nothing else.
func TestSchemaConfig(t *testing.T) {
	code, out, errOut := runCmd(t, "", "schema", "config")
	require.Equal(t, exitOK, code, errOut)
	var schema struct {
		AdditionalProperties bool                       `json:"additionalProperties"`
		Properties           map[string]json.RawMessage `json:"properties"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &schema))
	assert.False(t, schema.AdditionalProperties)
	var keys []string
	for k := range schema.Properties {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	assert.Equal(t, configKeys, keys)

	code, _, errOut = runCmd(t, "", "schema", "sarif")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, `unknown schema "sarif"`)
}

// `crosscheck schema report` prints the schema the report package ships;
// the report tests validate real output against it.
func TestSchemaReport(t *testing.T) {
	code, out, errOut := runCmd(t, "", "schema", "report")
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, string(report.ReportJSONSchema()), out)
	var schema struct {
		Schema string `json:"$schema"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &schema))
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", schema.Schema)
}

func FuzzParseConfig(f *testing.F) {
	for _, s := range []string{
		"against: ref\nfail-on: never\n", "against: [a, b]\nmax-findings: 3\n", "- x\n", "a: &x [1]\nagainst: *x\n",
		"max-findings: -1\n", "format: {a: 1}\n", "", "~\n", "against: [[x]]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		c, err := parseConfig("c.yaml", []byte(in))
		if err != nil {
			require.True(t, strings.HasPrefix(err.Error(), "c.yaml:") || strings.HasPrefix(err.Error(), "config c.yaml:"), err.Error())
			return
		}
		if c.MaxFindings != nil {
			require.GreaterOrEqual(t, *c.MaxFindings, 0)
		}
	})
}

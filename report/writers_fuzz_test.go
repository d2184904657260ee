package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// fuzzArticles makes two articles from untrusted strings around a fixed
// toll, so that they form a group.
func fuzzArticles(source, outlet, title, text string) (*claims.Article, *claims.Article) {
	a := &claims.Article{ID: source + "#1", Source: source, Outlet: outlet, Title: title, Line: 1,
		Text: text + "\nThe floods killed 139 people, officials said."}
	b := &claims.Article{ID: "b", Source: "b.md", Outlet: "Wire", Title: "Floods kill 140", Line: 1,
		Text: "The floods killed more than 150 people, officials said. " + text}
	return a, b
}

var fuzzSeeds = [][4]string{
	{"a.md", "AP", "Floods", "Rain fell."},
	{"x\n::error file=a,line=1::forged", "##[stop-commands]tok", "\x1b[41mRed", "##[error]x\u2028::warning::y"},
	{"a\rb.md", "Out|let`", "T **b** <script>", "| cell | 12 |\n# heading"},
}

// FuzzReportWriters renders the JSON and Markdown reports of a comparison
// of untrusted articles, with a failed input of an untrusted name: valid
// JSON, and the Inputs section puts each problem on one line.
func FuzzReportWriters(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(func(t *testing.T, source, outlet, title, text string) {
		a, b := fuzzArticles(source, outlet, title, text)
		res, err := compare.Compare(docsOf(t, a, b), compare.DefaultOptions())
		require.NoError(t, err)
		res.Problems = []*claims.InputError{{Path: source, Line: 3, Err: errors.New(text)}}
		var js bytes.Buffer
		require.NoError(t, JSON{}.Write(&js, res))
		assert.True(t, json.Valid(js.Bytes()))
		var md bytes.Buffer
		require.NoError(t, Markdown{}.Write(&md, res))
		_, inputs, _ := strings.Cut(md.String(), "## Inputs\n")
		for _, line := range strings.Split(inputs, "\n") {
			assert.NotContains(t, line, "##[")
			assert.False(t, strings.HasPrefix(line, "::"), line)
		}
		var page bytes.Buffer
		require.NoError(t, HTML{}.Write(&page, res))
		s := parseHTML(t, page.Bytes())
		selfContained(t, s)
		assert.Equal(t, len(res.Groups), s.classes["svg.plot intervals"])
	})
}

// FuzzCheckWriters renders the findings of untrusted new articles in the
// text, github and SARIF formats: no line a runner reads as a command
// unless crosscheck wrote it, valid SARIF JSON.
func FuzzCheckWriters(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(func(t *testing.T, source, outlet, title, text string) {
		a, b := fuzzArticles(source, outlet, title, text)
		_, findings, err := compare.Check(docsOf(t, b), docsOf(t, a), compare.DefaultOptions())
		require.NoError(t, err)
		var txt, gh, sarif bytes.Buffer
		require.NoError(t, Text{}.WriteFindings(&txt, findings))
		require.NoError(t, GitHub{}.WriteFindings(&gh, findings))
		require.NoError(t, SARIF{}.WriteFindings(&sarif, findings))
		for _, line := range strings.Split(strings.TrimSuffix(txt.String(), "\n"), "\n") {
			assert.NotContains(t, line, "##[")
			assert.NotContains(t, line, "\x1b")
			assert.False(t, strings.HasPrefix(strings.TrimSpace(line), "::"), line)
		}
		for _, line := range strings.Split(strings.TrimSuffix(gh.String(), "\n"), "\n") {
			if line == "" {
				continue
			}
			assert.NotContains(t, line, "##[")
			assert.NotContains(t, line, "\x1b")
			assert.Regexp(t, `^::(error|warning|notice) `, line)
		}
		assert.True(t, json.Valid(sarif.Bytes()))
	})
}

// TestFuzzSeedsHaveFindings keeps the fuzz seeds useful: each gives
// findings for the CI writers to render.
func TestFuzzSeedsHaveFindings(t *testing.T) {
	for _, s := range fuzzSeeds {
		a, b := fuzzArticles(s[0], s[1], s[2], s[3])
		_, findings, err := compare.Check(docsOf(t, b), docsOf(t, a), compare.DefaultOptions())
		require.NoError(t, err)
		assert.NotEmpty(t, findings, "seed %q", s[0])
	}
}

// docsOf extracts the documents of articles with the default options.
func docsOf(t *testing.T, arts ...*claims.Article) []compare.Doc {
	t.Helper()
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	require.NoError(t, err)
	return ex.Docs(arts)
}

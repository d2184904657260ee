package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

func TestNew(t *testing.T) {
	tests := []struct {
		format  string
		want    Writer
		wantErr string
	}{
		{format: "json", want: JSON{}},
		{format: "markdown", want: Markdown{}},
		{format: "html", want: HTML{}},
		{format: "Markdown", wantErr: `unknown report format "Markdown" (want one of: html, json, markdown)`},
		{format: "", wantErr: "want one of: html, json, markdown"},
		{format: "github", wantErr: "unknown report format"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			w, err := New(tt.format)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				assert.Nil(t, w)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, w)
		})
	}
}

func TestNewCheck(t *testing.T) {
	tests := []struct {
		format  string
		want    CheckWriter
		wantErr string
	}{
		{format: "text", want: Text{}},
		{format: "github", want: GitHub{}},
		{format: "json", want: CheckJSON{}},
		{format: "markdown", wantErr: `unknown check format "markdown" (want one of: github, json, sarif, text)`},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			w, err := NewCheck(tt.format)
			if tt.wantErr != "" {
				require.EqualError(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, w)
		})
	}
}

func TestFormatsSortedAndConstructible(t *testing.T) {
	assert.Equal(t, []string{"html", "json", "markdown"}, Formats())
	assert.Equal(t, []string{"github", "json", "sarif", "text"}, CheckFormats())
	assert.True(t, slices.IsSorted(Formats()))
	assert.True(t, slices.IsSorted(CheckFormats()))
	for _, f := range Formats() {
		_, err := New(f)
		assert.NoError(t, err, f)
	}
	for _, f := range CheckFormats() {
		_, err := NewCheck(f)
		assert.NoError(t, err, f)
	}
	// The returned slices are copies.
	Formats()[0] = "x"
	assert.Equal(t, "html", Formats()[0])
}

func TestColumn(t *testing.T) {
	text := "first line\nIn Žilina — 139 died\n\n42"
	tests := []struct {
		name string
		a    *claims.Article
		off  int
		want int
	}{
		{"start of text", &claims.Article{Text: text}, 0, 1},
		{"first line", &claims.Article{Text: text}, 6, 7},
		{"start of second line", &claims.Article{Text: text}, 11, 1},
		{"after multi-byte runes", &claims.Article{Text: text}, strings.Index(text, "139"), 13},
		{"after empty line", &claims.Article{Text: text}, strings.Index(text, "42"), 1},
		{"end of text", &claims.Article{Text: text}, len(text), 3},
		{"single line source", &claims.Article{Text: text, SingleLine: true}, strings.Index(text, "139"), 1},
		{"negative offset", &claims.Article{Text: text}, -4, 1},
		{"offset past end", &claims.Article{Text: text}, len(text) + 1, 1},
		{"nil article", nil, 3, 1},
		{"crlf", &claims.Article{Text: "a\r\nbb 7"}, 6, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, column(tt.a, tt.off))
		})
	}
}

func TestSeverity(t *testing.T) {
	assert.Equal(t, "error", severity(compare.Conflict))
	assert.Equal(t, "warning", severity(compare.Consistent))
	assert.Equal(t, "notice", severity(compare.Agree))
	assert.Equal(t, "notice", severity("unknown"))
}

func TestFindingMessage(t *testing.T) {
	ref := &claims.Article{Outlet: "Reuters", Source: "ref/wire.md"}
	paper := &claims.Article{Outlet: "The Guardian", Source: "ref/paper.md"}
	anon := &claims.Article{Source: "ref/anon.txt"}
	fig := func(a *claims.Article, text string, iv claims.Interval, line int) compare.Member {
		return compare.Member{Statement: compare.Statement{Article: a}, Figure: claims.Figure{Text: text, Interval: iv, Line: line, Measure: "killed"}}
	}
	r27 := fig(ref, "27", claims.Point(27), 6)
	g27 := fig(paper, "27", claims.Point(27), 6)
	aAtLeast := fig(anon, "at least 20", claims.Interval{Lo: 20, Hi: math.Inf(1)}, 3)
	newArt := &claims.Article{Outlet: "AP", Source: "new.md"}
	tests := []struct {
		name     string
		f        compare.Finding
		want     string
		disjoint []bool
	}{
		{
			name: "conflict names the disjoint figures only",
			f: compare.Finding{Member: fig(newArt, "more than 40", claims.Interval{Lo: 40, Hi: math.Inf(1), LoOpen: true}, 2),
				Severity: compare.Conflict, Others: []compare.Member{r27, aAtLeast, g27}},
			want:     `killed: "more than 40" conflicts with Reuters 27 (ref/wire.md:6), The Guardian 27 (ref/paper.md:6)`,
			disjoint: []bool{true, false, true},
		},
		{
			name: "consistent",
			f: compare.Finding{Member: fig(newArt, "at least 25", claims.Interval{Lo: 25, Hi: math.Inf(1)}, 2),
				Severity: compare.Consistent, Others: []compare.Member{r27}},
			want:     `killed: "at least 25" is consistent with Reuters 27 (ref/wire.md:6) but worded differently`,
			disjoint: []bool{false},
		},
		{
			name:     "agree, unattributed other",
			f:        compare.Finding{Member: fig(newArt, "20", claims.Point(20), 2), Severity: compare.Agree, Others: []compare.Member{aAtLeast}},
			want:     `killed: "20" agrees with unattributed at least 20 (ref/anon.txt:3)`,
			disjoint: []bool{false},
		},
		{
			name: "conflict without a disjoint other lists all",
			f:    compare.Finding{Member: fig(newArt, "27", claims.Point(27), 2), Severity: compare.Conflict, Others: []compare.Member{g27}},
			want: `killed: "27" conflicts with The Guardian 27 (ref/paper.md:6)`, disjoint: []bool{false},
		},
		{
			name: "unreferenced conflict: a warning naming the other new article",
			f: compare.Finding{Member: fig(newArt, "more than 40", claims.Interval{Lo: 40, Hi: math.Inf(1), LoOpen: true}, 2),
				Severity: compare.Consistent, Relation: compare.Conflict, Unreferenced: true, Others: []compare.Member{r27}},
			want:     `killed: "more than 40" conflicts with new article Reuters 27 (ref/wire.md:6) (the reference does not state it)`,
			disjoint: []bool{true},
		},
		{
			name: "unreferenced consistent, two others",
			f: compare.Finding{Member: fig(newArt, "at least 25", claims.Interval{Lo: 25, Hi: math.Inf(1)}, 2),
				Severity: compare.Agree, Relation: compare.Consistent, Unreferenced: true, Others: []compare.Member{r27, g27}},
			want:     `killed: "at least 25" is consistent with new articles Reuters 27 (ref/wire.md:6), The Guardian 27 (ref/paper.md:6) but worded differently (the reference does not state it)`,
			disjoint: []bool{false, false},
		},
		{
			name: "no others, no measure, quotes in figure",
			f: compare.Finding{Member: compare.Member{Statement: compare.Statement{Article: newArt},
				Figure: claims.Figure{Text: "\"9\"\n", Interval: claims.Point(9)}}, Severity: compare.Agree},
			want: `figure: "\"9\"" agrees with no other outlet`, disjoint: []bool{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := tt.f
			f.Disjoint = compare.DisjointFrom(f.Figure, f.Others)
			p := prepare([]compare.Finding{f})
			require.Len(t, p, 1)
			assert.Equal(t, tt.want, p[0].message)
			assert.Equal(t, tt.disjoint, p[0].disjoint)
		})
	}
}

func TestPreparePosition(t *testing.T) {
	a := &claims.Article{Source: "x.md", Text: "one\ntwo 12\n", Line: 5}
	tests := []struct {
		name      string
		fig       claims.Figure
		art       *claims.Article
		line, col int
		file      string
	}{
		{"figure line", claims.Figure{Span: claims.Span{Start: 8, End: 10}, Line: 6}, a, 6, 5, "x.md"},
		{"line worked out when unset", claims.Figure{Span: claims.Span{Start: 8, End: 10}}, a, 6, 5, "x.md"},
		{"nil article", claims.Figure{Span: claims.Span{Start: 8, End: 10}}, nil, 1, 1, ""},
		{"source falls back to id", claims.Figure{Line: 2}, &claims.Article{ID: "feed-3"}, 2, 1, "feed-3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := prepare([]compare.Finding{{Member: compare.Member{Statement: compare.Statement{Article: tt.art}, Figure: tt.fig}}})
			assert.Equal(t, tt.line, p[0].line)
			assert.Equal(t, tt.col, p[0].col)
			assert.Equal(t, tt.file, p[0].file)
		})
	}
}

func TestGitHubEscaping(t *testing.T) {
	tests := []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"50% of 10", "50%25 of 10", "50%25 of 10"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"dir/a:b,c.md", "dir/a:b,c.md", "dir/a%3Ab%2Cc.md"},
		{"%0A", "%250A", "%250A"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.data, ghData(tt.in), "data %q", tt.in)
		assert.Equal(t, tt.prop, ghProperty(tt.in), "property %q", tt.in)
	}
}

// TestCheckOneFindingALine feeds line breaks and percent signs through
// every field that reaches the text and github formats.
func TestCheckOneFindingALine(t *testing.T) {
	a := &claims.Article{Outlet: "Out\nlet", Source: "dir\n/x%.md"}
	f := compare.Finding{
		Member:   compare.Member{Statement: compare.Statement{Article: a}, Figure: claims.Figure{Text: "1\n2", Measure: "kil\nled", Line: 1, Interval: claims.Point(1)}},
		Severity: compare.Conflict,
		Others:   []compare.Member{{Statement: compare.Statement{Article: a}, Figure: claims.Figure{Text: "9\r\n", Line: 2, Interval: claims.Point(9)}}},
	}
	for _, format := range []string{"text", "github"} {
		w, err := NewCheck(format)
		require.NoError(t, err)
		var b bytes.Buffer
		require.NoError(t, w.WriteFindings(&b, []compare.Finding{f, f}))
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		assert.Len(t, lines, 2, format)
	}
}

func TestDeterministic(t *testing.T) {
	fx := newFixture()
	for _, name := range Formats() {
		w, err := New(name)
		require.NoError(t, err)
		var b1, b2 bytes.Buffer
		require.NoError(t, w.Write(&b1, fx.result))
		require.NoError(t, w.Write(&b2, newFixture().result))
		assert.Equal(t, b1.Bytes(), b2.Bytes(), name)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, name := range CheckFormats() {
		w, err := NewCheck(name)
		require.NoError(t, err)
		var first []byte
		for range 5 {
			fs := slices.Clone(fx.findings)
			rng.Shuffle(len(fs), func(i, j int) { fs[i], fs[j] = fs[j], fs[i] })
			var b bytes.Buffer
			require.NoError(t, w.WriteFindings(&b, fs))
			if first == nil {
				first = b.Bytes()
				continue
			}
			assert.Equal(t, first, b.Bytes(), "%s: input order must not matter", name)
		}
	}
	// Rendering does not reorder the caller's findings.
	before := slices.Clone(fx.findings)
	_ = Text{}.WriteFindings(&bytes.Buffer{}, fx.findings)
	assert.Equal(t, before, fx.findings)
}

func TestJSONReportSchema(t *testing.T) {
	fx := newFixture()
	var b bytes.Buffer
	require.NoError(t, JSON{}.Write(&b, fx.result))
	assert.True(t, strings.HasSuffix(b.String(), "}\n"))
	assert.Contains(t, b.String(), "\n  \"articles\": [\n    {\n", "two-space indent")
	assert.Contains(t, b.String(), "<script>", "no HTML escaping")

	var doc map[string]any
	require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
	assert.ElementsMatch(t, []string{"schema", "articles", "stories", "groups", "facts", "single", "inputs"}, keys(doc))
	stories := doc["stories"].([]any)
	require.Len(t, stories, 2)
	assert.ElementsMatch(t, []string{"id", "title", "articles", "outlets", "first", "last", "groups"}, keys(stories[0].(map[string]any)))
	assert.Equal(t, []any{}, stories[1].(map[string]any)["articles"], "no articles is [], not null")
	assert.Equal(t, ReportSchema, doc["schema"])

	figureKeys := []string{"article", "outlet", "text", "value", "lo", "hi", "lo_open", "hi_open", "subject", "start", "end",
		"qualifier", "kind", "unit", "measure", "sentence", "line", "source"}
	articles := doc["articles"].([]any)
	require.Len(t, articles, 4)
	assert.ElementsMatch(t, []string{"id", "outlet", "outlet_from", "title", "source", "published", "url"}, keys(articles[0].(map[string]any)))
	assert.Equal(t, "", articles[2].(map[string]any)["outlet"], "unattributed stays empty")

	groups := doc["groups"].([]any)
	require.Len(t, groups, 3)
	g1 := groups[0].(map[string]any)
	assert.ElementsMatch(t, []string{"id", "story", "measure", "verdict", "outlets", "disjoint", "figures"}, keys(g1))
	assert.Equal(t, []any{[]any{0.0, 1.0}}, g1["disjoint"])
	assert.Equal(t, []any{"", "AP", "Reuters"}, g1["outlets"])
	assert.Equal(t, []any{}, groups[1].(map[string]any)["disjoint"], "no pairs is [], not null")
	figs := g1["figures"].([]any)
	require.Len(t, figs, 3)
	apKeys := append([]string{"published", "url"}, figureKeys...)
	assert.ElementsMatch(t, apKeys, keys(figs[0].(map[string]any)), "AP's date and address")
	assert.Equal(t, "2024-09-15", figs[0].(map[string]any)["published"])
	assert.ElementsMatch(t, append([]string{"published"}, figureKeys...), keys(figs[1].(map[string]any)), "Reuters: a date, no address")
	assert.ElementsMatch(t, figureKeys, keys(figs[2].(map[string]any)), "the blog: neither")
	more := figs[1].(map[string]any)
	assert.Equal(t, 140.0, more["lo"])
	assert.Nil(t, more["hi"])
	assert.Equal(t, false, more["hi_open"], "an unbounded end is null and not open, as in the claims stream")
	assert.Equal(t, "more_than", more["qualifier"])
	assert.Equal(t, 3.0, more["line"])

	facts := doc["facts"].([]any)
	require.Len(t, facts, 1)
	fact := facts[0].(map[string]any)
	assert.ElementsMatch(t, []string{"id", "outlets", "statements"}, keys(fact))
	st := fact["statements"].([]any)[0].(map[string]any)
	assert.ElementsMatch(t, []string{"article", "outlet", "sentence", "line"}, keys(st))

	single := doc["single"].([]any)
	require.Len(t, single, 2)
	upTo := single[0].(map[string]any)
	assert.ElementsMatch(t, apKeys, keys(upTo))
	assert.Nil(t, upTo["lo"])
	assert.Equal(t, false, upTo["lo_open"], "an unbounded end is null and not open, as in the claims stream")
	assert.Equal(t, 700.0, upTo["hi"])
}

func TestJSONNonFiniteAndNil(t *testing.T) {
	nan := math.NaN()
	r := &compare.Result{
		Articles: []*claims.Article{nil, {ID: "a1"}},
		Groups: []compare.Group{{ID: "g1", Members: []compare.Member{
			{Figure: claims.Figure{Value: nan, Interval: claims.Interval{Lo: math.Inf(-1), Hi: nan}}},
			{Statement: compare.Statement{Article: &claims.Article{ID: "a1"}}, Figure: claims.Figure{Value: math.Inf(1)}},
		}}},
		Facts:  []compare.Fact{{ID: "f1", Statements: []compare.Statement{{}}}},
		Single: []compare.Member{{}},
	}
	for _, name := range Formats() {
		w, err := New(name)
		require.NoError(t, err)
		var b bytes.Buffer
		require.NoError(t, w.Write(&b, r), name)
		require.NoError(t, w.Write(&b, nil), name)
	}
	var b bytes.Buffer
	require.NoError(t, JSON{}.Write(&b, r))
	var doc struct {
		Articles []map[string]any
		Groups   []struct {
			Outlets []string
			Figures []map[string]any
		}
	}
	require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
	assert.Len(t, doc.Articles, 1, "nil articles are skipped")
	assert.NotNil(t, doc.Groups[0].Outlets)
	for _, k := range []string{"value", "lo", "hi"} {
		assert.Nil(t, doc.Groups[0].Figures[0][k], k)
	}
	assert.Nil(t, doc.Groups[0].Figures[1]["value"])

	fs := []compare.Finding{{Member: r.Groups[0].Members[0], Others: r.Groups[0].Members}}
	for _, name := range CheckFormats() {
		w, err := NewCheck(name)
		require.NoError(t, err)
		require.NoError(t, w.WriteFindings(&bytes.Buffer{}, fs), name)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrors(t *testing.T) {
	fx := newFixture()
	for _, name := range Formats() {
		w, _ := New(name)
		err := w.Write(failWriter{}, fx.result)
		require.Error(t, err, name)
		assert.Contains(t, err.Error(), "disk full")
		assert.Contains(t, err.Error(), name)
	}
	for _, name := range CheckFormats() {
		w, _ := NewCheck(name)
		err := w.WriteFindings(failWriter{}, fx.findings)
		require.Error(t, err, name)
		assert.Contains(t, err.Error(), "disk full")
		assert.Contains(t, err.Error(), name)
	}
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

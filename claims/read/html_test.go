package read

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fileLine returns the 1-based line of the file content on which sub first
// appears, 0 when it does not.
func fileLine(content, sub string) int {
	i := strings.Index(content, sub)
	if i < 0 {
		return 0
	}
	return 1 + strings.Count(content[:i], "\n")
}

func TestParseHTMLNewsPage(t *testing.T) {
	data, err := os.ReadFile("testdata/html/news.html")
	require.NoError(t, err)
	arts, errs := Parse("news.html", data, LoadOptions{})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	a := arts[0]
	assert.Equal(t, "news.html", a.ID)
	assert.Equal(t, "news.html", a.Source)
	assert.Equal(t, "Reuters", a.Outlet)
	assert.Equal(t, "Landslide buries mountain village, dozens missing", a.Title)
	assert.Equal(t, "2024-06-02T09:15:00Z", a.Published)
	assert.Equal(t, "https://www.example.com/world/landslide-village-2024-06-02/", a.URL, "og:url wins over the canonical link")
	assert.False(t, a.SingleLine)

	// The article body is there, one paragraph a line, white space collapsed.
	for _, p := range []string{
		"Rescue teams dug through mud and rock on Sunday after a landslide buried most of a mountain village, killing at least 14 people, officials said.",
		"Search continues",
		"said Ana Ruiz, a spokeswoman for the provincial government.",
		`"We are still hearing voices under the debris," she told reporters. "Every hour matters."`,
	} {
		assert.Contains(t, a.Text, p)
	}
	// Boilerplate is not.
	for _, junk := range []string{"Markets 24/7", "99 cents", "Sponsored", "Related stories", "All rights reserved", "Privacy", "dataLayer", "font-family", lineAttr} {
		assert.NotContains(t, a.Text, junk)
	}
	assert.False(t, strings.HasPrefix(a.Text, "Landslide buries"), "the headline is the title, not Text")

	// Each paragraph's first word maps to its file line.
	content := string(data)
	assert.Equal(t, fileLine(content, "<p>Rescue teams"), a.Line)
	for _, p := range []string{"Rescue teams", "Another 37", "The slope gave way", "Search continues", "Soldiers and volunteers", `"We are still`, "Forecasters warned"} {
		off := strings.Index(a.Text, p)
		require.GreaterOrEqual(t, off, 0, p)
		assert.Equal(t, fileLine(content, p), a.LineAt(off), p)
	}
	checkHTMLArticles(t, content, arts)
}

func TestParseHTML(t *testing.T) {
	body := func(ps ...string) string {
		var b strings.Builder
		for _, p := range ps {
			b.WriteString("<p>" + p + "</p>\n")
		}
		return b.String()
	}
	para1 := "The city council approved a budget of 4.2 billion dollars on Tuesday after a debate that lasted more than nine hours, officials said."
	para2 := "Opposition members said the plan cut 300 jobs from public transport and left about 40 bus routes without funding next year."
	para3 := "The mayor said the cuts were needed to close a gap of nearly 180 million dollars and promised to review them in the spring."
	tests := []struct {
		name      string
		in        string
		outlet    string
		title     string
		published string
		url       string
		text      []string // substrings of Text, in order
		single    bool
		err       error // an error that stops the page
	}{
		{
			name:   "og:site_name is canonicalised by the registry",
			in:     `<html><head><meta property="og:site_name" content="Al-Jazeera"><title>Council passes budget | Al Jazeera</title></head><body>` + body(para1, para2, para3) + `</body></html>`,
			outlet: "Al Jazeera", title: "Council passes budget",
			text: []string{para1, para2, para3},
		},
		{
			name:   "unknown site name kept as given and cut from the title",
			in:     "<!DOCTYPE html>\n<html><head><meta property=\"og:site_name\" content=\"Harbour Gazette\">\n<title>Council passes budget - Harbour Gazette</title></head>\n<body>\n" + body(para1, para2, para3) + "</body></html>",
			outlet: "Harbour Gazette", title: "Council passes budget",
			text: []string{para1, para2, para3},
		},
		{
			name:   "application-name",
			in:     `<html><head><meta name="application-name" content="Reuters"><title>Council passes budget</title></head><body>` + body(para1, para2, para3) + `</body></html>`,
			outlet: "Reuters", title: "Council passes budget",
			text: []string{para1},
		},
		{
			name:   "site name before the headline",
			in:     `<html><head><meta property="og:site_name" content="Harbour Gazette"><title>Harbour Gazette | Council passes budget</title></head><body>` + body(para1, para2, para3) + `</body></html>`,
			outlet: "Harbour Gazette", title: "Council passes budget",
			text: []string{para1},
		},
		{
			name:   "registry outlet in the title when no metadata names the site",
			in:     `<html><head><title>Council passes budget – Al Jazeera</title></head><body>` + body(para1, para2, para3) + `</body></html>`,
			outlet: "Al Jazeera", title: "Council passes budget",
			text: []string{para1},
		},
		{
			name:   "a dash in a headline is not a site name",
			in:     `<html><head><title>Council passes budget - and cuts 300 jobs</title></head><body>` + body(para1, para2, para3) + `</body></html>`,
			outlet: "", title: "Council passes budget - and cuts 300 jobs",
			text: []string{para1},
		},
		{
			name:   "outlet from the text's dateline when the page names none",
			in:     `<html><head><title>Council passes budget</title></head><body>` + body("SPRINGFIELD (AP) — "+para1, para2, para3) + `</body></html>`,
			outlet: "AP", title: "Council passes budget",
			text: []string{"SPRINGFIELD (AP) — The city council", para2},
		},
		{
			name:      "published and canonical URL",
			in:        `<html><head><title>Council passes budget</title><meta name="datePublished" content="x"><meta property="article:published_time" content="2024-02-06"><link rel="canonical" href="https://example.net/budget"></head><body>` + body(para1, para2, para3) + `</body></html>`,
			title:     "Council passes budget",
			published: "2024-02-06", url: "https://example.net/budget",
			text: []string{para1},
		},
		{
			name:  "entities and inline markup",
			in:    `<html><head><title>Rates</title></head><body><article><p>Prices rose&nbsp;3.1&#37; in <em>March</em>, the <a href="/x">statistics office</a> said &mdash; the fastest pace since 2023. ` + para1 + `</p><p>` + para2 + `</p></article></body></html>`,
			title: "Rates",
			text:  []string{"Prices rose\u00a03.1% in March, the statistics office said — the fastest pace since 2023.", para2},
		},
		{
			name:  "broken markup is repaired",
			in:    `<html><body><div class="story"><p>` + para1 + `<b>bold start<p>` + para2 + `</span></td></div><p>` + para3,
			title: "",
			text:  []string{para1 + "bold start", para2, para3},
		},
		{
			name: "minified page: paragraphs on one line",
			in:   `<html><head><title>Council passes budget</title></head><body><main>` + strings.ReplaceAll(body(para1, para2, para3), "\n", "") + `</main></body></html>`,
			text: []string{para1 + "\f" + para2 + "\f" + para3}, title: "Council passes budget",
		},
		{
			name: "page with only a title",
			in:   "<!DOCTYPE html>\n<html><head><title>Council passes budget</title></head><body></body></html>\n",
			err:  core.ErrEmpty,
		},
		{
			name: "page whose only text is its headline",
			in:   "<html><head><title>Council passes budget</title></head><body><h1>Council passes budget</h1></body></html>\n",
			err:  core.ErrEmpty,
		},
		{
			name: "only scripts and styles",
			in:   "<html><head><style>p{}</style></head><body><script>var n = 42;</script><noscript>Enable JavaScript</noscript></body></html>",
			err:  core.ErrEmpty,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := Parse("page.html", []byte(tt.in), LoadOptions{})
			if tt.err != nil {
				require.Empty(t, arts)
				require.Len(t, errs, 1)
				assert.ErrorIs(t, errs[0], tt.err)
				assert.False(t, errs[0].Warning)
				assert.Equal(t, "page.html", errs[0].Path)
				assert.True(t, strings.HasPrefix(errs[0].Error(), "page.html: "), errs[0].Error())
				return
			}
			require.Empty(t, errs, errsText(errs))
			require.Len(t, arts, 1)
			a := arts[0]
			assert.Equal(t, tt.outlet, a.Outlet)
			assert.Equal(t, tt.title, a.Title)
			assert.Equal(t, tt.published, a.Published)
			assert.Equal(t, tt.url, a.URL)
			assert.Equal(t, tt.single, a.SingleLine)
			off := 0
			for _, s := range tt.text {
				i := strings.Index(a.Text[off:], s)
				require.GreaterOrEqual(t, i, 0, "%q not in %q", s, a.Text[off:])
				off += i + len(s)
			}
			checkHTMLArticles(t, tt.in, arts)
		})
	}
}

func TestParseHTMLJSONLD(t *testing.T) {
	data, err := os.ReadFile("testdata/html/bbc-jsonld.htm")
	require.NoError(t, err)
	arts, errs := Parse("bbc-jsonld.htm", data, LoadOptions{})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	a := arts[0]
	assert.Equal(t, "BBC", a.Outlet, "the publisher referenced by @id, canonicalised")
	assert.Equal(t, "Ferry capsizes in storm, 9 rescued", a.Title)
	assert.Equal(t, "2023-11-20T07:40:00+00:00", a.Published)
	assert.NotContains(t, a.Text, "Copyright")
	assert.True(t, strings.HasPrefix(a.Text, "A passenger ferry capsized"))
	assert.Equal(t, fileLine(string(data), "<p>A passenger"), a.Line)
}

func TestJSONLDFacts(t *testing.T) {
	tests := []struct {
		name, in, publisher, published string
	}{
		{"article object", `{"@type":"NewsArticle","publisher":{"@type":"Organization","name":" Daily Planet "},"datePublished":"2024-01-02"}`, "Daily Planet", "2024-01-02"},
		{"article type list", `{"@type":["Thing","ReportageNewsArticle"],"publisher":"Planet Wire"}`, "Planet Wire", ""},
		{"article before other objects", `[{"@type":"WebSite","publisher":{"name":"Portal"}},{"@type":"Article","publisher":[{"name":"Desk"}],"datePublished":"d"}]`, "Desk", "d"},
		{"any object when no article", `{"@type":"WebPage","publisher":{"name":"Portal"}}`, "Portal", ""},
		{"reference loop", `{"@graph":[{"@type":"Article","publisher":{"@id":"#a"}},{"@id":"#a","publisher":{"@id":"#a"}}]}`, "", ""},
		{"CDATA", `<![CDATA[{"@type":"NewsArticle","publisher":{"name":"Wire"}}]]>`, "Wire", ""},
		{"not JSON", `{"@type":`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []any
			if v, ok := decodeJSONLD(tt.in); ok {
				docs = append(docs, v)
			}
			pub, date := jsonLDFacts(docs)
			assert.Equal(t, tt.publisher, pub)
			assert.Equal(t, tt.published, date)
		})
	}
}

func TestSplitSiteName(t *testing.T) {
	reg := DefaultRegistry()
	tests := []struct {
		title, site, want, removed string
	}{
		{"Floods spread | Reuters", "Reuters", "Floods spread", "Reuters"},
		{"Floods spread - BBC News", "", "Floods spread", "BBC"},
		{"Floods spread - BBC News", "BBC", "Floods spread", "BBC"},
		{"Floods spread — Harbour Gazette", "Harbour Gazette", "Floods spread", ""},
		{"Harbour Gazette · Floods spread", "harbour  gazette", "Floods spread", ""},
		{"Floods spread - live updates", "", "Floods spread - live updates", ""},
		{"Floods spread - Reuters", "Harbour Gazette", "Floods spread - Reuters", ""},
		{"Floods spread", "Reuters", "Floods spread", ""},
		{"Reuters", "Reuters", "Reuters", ""},
		{" | Reuters", "Reuters", " | Reuters", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			got, removed := splitSiteName(tt.title, tt.site, reg)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.removed, removed)
		})
	}
}

func TestLayoutParagraphs(t *testing.T) {
	tests := []struct {
		name   string
		paras  []htmlPara
		text   string
		line   int
		single bool
	}{
		{"apart", []htmlPara{{"A.", 4}, {"B.", 6}, {"C.", 9}}, "A.\n\nB.\n\n\nC.", 4, false},
		{"adjacent and same line", []htmlPara{{"A.", 2}, {"B.", 3}, {"C.", 3}}, "A.\f\nB.\fC.", 2, false},
		{"unknown line", []htmlPara{{"A.", 5}, {"B.", 0}}, "A.\n\nB.", 5, true},
		{"out of order", []htmlPara{{"A.", 7}, {"B.", 4}}, "A.\n\nB.", 7, true},
		{"nothing known", []htmlPara{{"A.", 0}}, "A.", 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, line, single := layoutParagraphs(tt.paras)
			assert.Equal(t, tt.text, text)
			assert.Equal(t, tt.line, line)
			assert.Equal(t, tt.single, single)
			a := &core.Article{Text: text, Line: line, SingleLine: single}
			for _, p := range tt.paras {
				if !single {
					assert.Equal(t, p.line, a.LineAt(strings.Index(text, p.text)), p.text)
				}
			}
			// The segmenter sees one paragraph per input paragraph.
			assert.Len(t, SplitSentences(text), len(tt.paras))
		})
	}
}

func TestDetectHTML(t *testing.T) {
	tests := []struct {
		ext, content string
		want         Format
	}{
		{".html", "Just words.", FormatHTML},
		{".HTM", "<p>x</p>", FormatHTML},
		{".txt", "<!DOCTYPE html>\n<html></html>", FormatHTML},
		{"", "  \n<!doctype HTML><title>x</title>", FormatHTML},
		{"", "<!-- saved from url=(0031)https://example.org/story -->\n<html lang=\"en\">", FormatHTML},
		{"", "<HTML>", FormatHTML},
		{"", "<htmlish>text", FormatText},
		{"", "<!-- unclosed comment <html>", FormatText},
		{"", "The <html> element opens a page.", FormatText},
		{".md", "<html><body>x</body></html>", FormatMarkdown},
		{".jsonl", "<html>", FormatJSONL},
	}
	for _, tt := range tests {
		t.Run(tt.ext+" "+tt.content, func(t *testing.T) {
			assert.Equal(t, tt.want, detectFormat(strings.ToLower(tt.ext), tt.content))
		})
	}
}

func TestLoadMixedDirectory(t *testing.T) {
	news, err := os.ReadFile("testdata/html/news.html")
	require.NoError(t, err)
	dir := writeTree(t, map[string]string{
		"story/a.md":       "---\noutlet: AP\n---\n# Landslide kills 15\n\nAt least 15 people died when a hillside collapsed onto a village, officials said.\n",
		"story/b.html":     string(news),
		"story/c.htm":      "<html><head><title>Only a title</title></head><body></body></html>",
		"story/d.HTML.bak": "<html></html>",
	})
	arts, errs := Load([]string{filepath.Join(dir, "story")}, LoadOptions{})
	require.Len(t, arts, 2)
	assert.Equal(t, "story/a.md", arts[0].ID)
	assert.Equal(t, "AP", arts[0].Outlet)
	assert.Equal(t, "story/b.html", arts[1].ID)
	assert.Equal(t, "Reuters", arts[1].Outlet)
	assert.Equal(t, "Landslide buries mountain village, dozens missing", arts[1].Title)
	require.Len(t, errs, 2, errsText(errs))
	assert.Equal(t, filepath.Join(dir, "story", "c.htm"), errs[0].Path)
	assert.ErrorIs(t, errs[0], core.ErrEmpty)
	assert.False(t, errs[0].Warning)
	assert.Equal(t, filepath.Join(dir, "story", "d.HTML.bak"), errs[1].Path)
	assert.True(t, errs[1].Warning, "an unknown extension is skipped with a warning")
}

// markRE matches an attribute markLines adds.
var markRE = regexp.MustCompile(` ` + lineAttr + `="[0-9]+"`)

func TestMarkLines(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>a</p>", `<p data-crosscheck-line="1">a</p>`},
		{"x\n<P\nclass=a>b", "x\n<P data-crosscheck-line=\"3\"\nclass=a>b"},
		{"<br/><img src=x/>", `<br data-crosscheck-line="1"/><img data-crosscheck-line="1" src=x/>`},
		{"<script>\n'<p>'\n</script><i>", "<script data-crosscheck-line=\"1\">\n'<p>'\n</script><i data-crosscheck-line=\"3\">"},
		{"<!-- <p> -->\n<p", "<!-- <p> -->\n<p"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := markLines(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.in, markRE.ReplaceAllString(got, ""))
		})
	}
}

// checkHTMLArticles asserts the invariants of articles read from an HTML
// page whose decoded content is content.
func checkHTMLArticles(t testing.TB, content string, arts []*core.Article) {
	t.Helper()
	require.LessOrEqual(t, len(arts), 1, "one article a page")
	nlines := strings.Count(content, "\n") + 1
	for _, a := range arts {
		require.NotEmpty(t, a.Text)
		require.Equal(t, a.Text, strings.TrimSpace(a.Text), "text is trimmed")
		require.True(t, utf8.ValidString(a.Text), "text is valid UTF-8")
		require.True(t, utf8.ValidString(a.Title), "title is valid UTF-8")
		require.GreaterOrEqual(t, a.Line, 1)
		require.LessOrEqual(t, a.Line, nlines)
		require.LessOrEqual(t, a.LineAt(len(a.Text)), nlines, "the last paragraph is within the file")
		if !strings.Contains(content, lineAttr) {
			require.NotContains(t, a.Text, lineAttr)
			require.NotContains(t, a.Title, lineAttr)
		}
		// Paragraph lines never go backwards.
		prev := a.Line
		for _, sp := range SplitSentences(a.Text) {
			l := a.LineAt(sp.Start)
			require.GreaterOrEqual(t, l, prev)
			prev = l
		}
	}
}

// htmlSeeds are pages for FuzzParseHTML.
func htmlSeeds(t testing.TB) []string {
	seeds := []string{
		"<html><head><title>T | Reuters</title></head><body><p>Ten died.</p></body></html>",
		"<!DOCTYPE html><html><body><table><tr><td>Kabul</td><td>12</td></tr></table><p>x</p>",
		`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","publisher":{"@id":"#o"}},{"@id":"#o","name":"AP"}]}</script><p>Five hurt.</p>`,
		"<p>a<p>b<svg><title><p>c</title></svg><math><mi>1</mi></math><template><p>z</p></template>",
		"<html><body hidden><p>no</p></body></html>",
		"<p\nid=x>1\n\n<br>2<br/>3</p>",
		"<!-- x --><html>\r\n<p>\u2029two\fthree\u2028</p>",
	}
	for _, f := range []string{"testdata/html/news.html", "testdata/html/bbc-jsonld.htm"} {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		seeds = append(seeds, string(data))
	}
	return seeds
}

func FuzzParseHTML(f *testing.F) {
	for _, s := range htmlSeeds(f) {
		f.Add(s)
	}
	reg := DefaultRegistry()
	f.Fuzz(func(t *testing.T, in string) {
		arts, errs := Parse("in.html", []byte(in), LoadOptions{Registry: reg, Format: FormatHTML})
		content, _ := decode("in.html", []byte(in))
		fatal := 0
		for _, e := range errs {
			require.Equal(t, "in.html", e.Path)
			require.Error(t, e.Err)
			if !e.Warning {
				fatal++
			}
		}
		if len(arts) == 0 {
			require.Positive(t, fatal, "a page without an article says why")
		}
		for _, a := range arts {
			require.Equal(t, "in.html", a.ID)
			require.Equal(t, "in.html", a.Source)
		}
		checkHTMLArticles(t, content, arts)
		if !strings.Contains(content, lineAttr) {
			require.Equal(t, content, markRE.ReplaceAllString(markLines(content), ""))
		}
	})
}

func BenchmarkParseHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/html/news.html")
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		arts, errs := Parse("news.html", data, LoadOptions{})
		if len(arts) != 1 || len(errs) != 0 {
			b.Fatal("no article")
		}
	}
}

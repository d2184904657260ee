package read_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/claims/read"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tests of articles read and then extracted: the figures of what a
// reader gives stand where the file has them.

func init() { read.SplitSentences = claims.SplitSentences }

func TestExtractHTMLFigures(t *testing.T) {
	data, err := os.ReadFile("testdata/html/news.html")
	require.NoError(t, err)
	arts, errs := read.Parse("news.html", data, read.LoadOptions{})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	ex, err := claims.NewExtractor(claims.ExtractOptions{})
	require.NoError(t, err)
	type fig struct {
		Text string
		Q    claims.Qualifier
		Line int
	}
	var got []fig
	for _, c := range ex.Extract(arts[0]) {
		for _, f := range c.Figures {
			require.Equal(t, f.Text, arts[0].Text[f.Start:f.End])
			got = append(got, fig{f.Text, f.Qualifier, f.Line})
		}
	}
	content := string(data)
	fileLine := func(content, sub string) int { return 1 + strings.Count(content[:strings.Index(content, sub)], "\n") }
	// Each figure is reported on the line where its paragraph starts.
	assert.Equal(t, []fig{
		{"at least 14", claims.AtLeast, fileLine(content, "Rescue teams")},
		{"37", claims.Exact, fileLine(content, "Another 37")},
		{"more than 200", claims.MoreThan, fileLine(content, "Another 37")},
		{"about 60", claims.About, fileLine(content, "The slope")},
		{"up to 120", claims.UpTo, fileLine(content, "Forecasters")},
		{"two", claims.Exact, fileLine(content, "Forecasters")},
	}, got)
}

// A link URL holding digits and an HTML comment holding a toll are not
// figures; figures after them keep their file lines and columns.
func TestMarkdownFigures(t *testing.T) {
	in := "---\noutlet: AP\ntitle: Blast\n---\n\n" +
		"The blast, [reported here](https://example.com/2024/05/31/blast-1234), killed 27 people, police said.\n\n" +
		"<!-- earlier draft said 35 dead -->\n" +
		"A *further* 12 people were injured, officials said. <!-- was 40 dead -->\n"
	arts, errs := read.Parse("a.md", []byte(in), read.LoadOptions{})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	require.NoError(t, err)
	var got []string
	for _, c := range ex.Extract(arts[0]) {
		for _, f := range c.Figures {
			got = append(got, f.Text)
			line := strings.Split(in, "\n")[f.Line-1]
			col := strings.Index(line, f.Text)
			require.GreaterOrEqual(t, col, 0, "figure %q not on its line %d", f.Text, f.Line)
			assert.Equal(t, f.Text, arts[0].Text[f.Start:f.End])
		}
	}
	assert.Equal(t, []string{"27", "12"}, got)
}

// The figures of a feed item's text are found as any article's.
func TestFeedFigures(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "formats", "feed.rss"))
	require.NoError(t, err)
	arts, errs := read.Parse("feed.rss", data, read.LoadOptions{})
	require.Empty(t, errs)
	require.Len(t, arts, 2, "one article per item")
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	require.NoError(t, err)
	cls := ex.Extract(arts[0])
	require.NotEmpty(t, cls)
	require.NotEmpty(t, cls[0].Figures)
	assert.Equal(t, "139", cls[0].Figures[0].Text, "the figure of the item's text")
}

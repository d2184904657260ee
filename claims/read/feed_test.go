package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<!-- saved feed -->
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>The Wire</title>
  <updated>2024-09-16T12:00:00Z</updated>
  <entry>
    <title>Toll rises to 140</title>
    <link href="https://example.com/wire/toll-140"/>
    <id>urn:uuid:1</id>
    <updated>2024-09-16T12:00:00Z</updated>
    <content type="html">&lt;div&gt;&lt;p&gt;More than 140 people have died, the ministry said.&lt;/p&gt;&lt;/div&gt;</content>
  </entry>
  <entry>
    <title>Empty</title>
    <id>urn:uuid:2</id>
    <updated>2024-09-16T13:00:00Z</updated>
  </entry>
</feed>
`

func TestParseFeedRSS(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "formats", "feed.rss"))
	require.NoError(t, err)
	arts, errs := Parse("feed.rss", data, LoadOptions{})
	require.Empty(t, errs)
	require.Len(t, arts, 2, "one article per item")
	tests := []struct {
		id, title, url, published, text string
		line                            int
	}{
		{"feed.rss#1", "Floods kill 139 in the valley", "https://example.com/valley-herald/2024/09/15/floods", "2024-09-15T08:30:00Z",
			"The floods in the valley killed 139 people, officials said on Sunday.\n\nAbout 200 people were hurt.", 7},
		{"feed.rss#2", "Dam inspectors named", "https://example.com/valley-herald/2024/09/16/dam", "2024-09-16T10:00:00Z",
			"Three inspectors will report on the dam & its spillway within 30 days.", 13},
	}
	for i, tt := range tests {
		a := arts[i]
		assert.Equal(t, tt.id, a.ID)
		assert.Equal(t, "Valley Herald", a.Outlet, "the channel's title")
		assert.Equal(t, OutletMetadata, a.OutletFrom)
		assert.Equal(t, tt.title, a.Title)
		assert.Equal(t, tt.url, a.URL)
		assert.Equal(t, tt.published, a.Published)
		assert.Equal(t, tt.text, a.Text)
		assert.Equal(t, tt.line, a.Line)
		assert.True(t, a.SingleLine)
	}
}

func TestParseFeedAtom(t *testing.T) {
	arts, errs := Parse("wire.xml", []byte(atomFeed), LoadOptions{})
	require.Len(t, arts, 1)
	assert.Equal(t, "The Wire", arts[0].Outlet)
	assert.Equal(t, "https://example.com/wire/toll-140", arts[0].URL)
	assert.Equal(t, "2024-09-16T12:00:00Z", arts[0].Published)
	assert.Equal(t, "More than 140 people have died, the ministry said.", arts[0].Text)
	assert.Equal(t, 6, arts[0].Line)
	require.Len(t, errs, 1)
	assert.True(t, errs[0].Warning)
	assert.Contains(t, errs[0].Error(), "feed item 2 has no text")
	assert.Equal(t, 13, errs[0].Line)
}

func TestDetectFeed(t *testing.T) {
	tests := []struct {
		ext, content string
		want         Format
	}{
		{".rss", "whatever", FormatFeed},
		{".atom", "", FormatFeed},
		{".xml", atomFeed, FormatFeed},
		{"", "\uFEFF<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"s.xsl\"?>\n<!DOCTYPE rss>\n<rss version=\"2.0\"><channel/></rss>", FormatFeed},
		{".txt", "<rdf:RDF xmlns:rdf=\"x\"></rdf:RDF>", FormatFeed},
		{".xml", "<?xml version=\"1.0\"?><urlset></urlset>", FormatText},
		{".md", atomFeed, FormatMarkdown},
		{".txt", "<rsstuff>", FormatText},
		{".txt", "<!-- unclosed", FormatText},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, detectFormat(tt.ext, tt.content), "%s %q", tt.ext, tt.content)
	}
	f, err := ParseFormat("RSS")
	require.NoError(t, err)
	assert.Equal(t, FormatFeed, f)
}

// A directory walk reads .rss and .atom files and the .xml files that are
// feeds; another .xml is skipped with a warning.
func TestWalkFeeds(t *testing.T) {
	dir := t.TempDir()
	rss, err := os.ReadFile(filepath.Join("..", "..", "testdata", "formats", "feed.rss"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "herald.rss"), rss, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "wire.xml"), []byte(atomFeed), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sitemap.xml"), []byte("<?xml version=\"1.0\"?>\n<urlset><url>12</url></urlset>\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.rss"), []byte("<rss><channel><item>"), 0o644))
	arts, errs := Load([]string{dir}, LoadOptions{})
	var ids []string
	for _, a := range arts {
		ids = append(ids, strings.TrimPrefix(a.ID, filepath.Base(dir)+"/"))
	}
	assert.ElementsMatch(t, []string{"herald.rss#1", "herald.rss#2", "wire.xml#1"}, ids)
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	joined := strings.Join(msgs, "\n")
	assert.Contains(t, joined, "sitemap.xml: skipped: XML that is not an RSS or Atom feed")
	assert.Contains(t, joined, "feed item 2 has no text")
	assert.Contains(t, joined, "bad.rss")
}

func FuzzParseFeed(f *testing.F) {
	rss, err := os.ReadFile(filepath.Join("..", "..", "testdata", "formats", "feed.rss"))
	require.NoError(f, err)
	f.Add(string(rss))
	f.Add(atomFeed)
	f.Add("<rss><channel><title>x</title><item><description>&lt;p&gt;1&lt;/p&gt;</description></item></channel></rss>")
	f.Add("<feed><entry><content type=\"html\">&lt;div&gt;</content></entry></feed>")
	f.Fuzz(func(t *testing.T, in string) {
		arts, errs := parseFeed("f.rss", "f.rss", in, DefaultMaxDepth)
		seen := map[string]bool{}
		for _, a := range arts {
			assert.NotEmpty(t, strings.TrimSpace(a.Text))
			assert.GreaterOrEqual(t, a.Line, 1)
			assert.False(t, seen[a.ID], "ids are unique")
			seen[a.ID] = true
		}
		if len(arts) == 0 {
			assert.NotEmpty(t, errs, "no article without a reason")
		}
	})
}

package read

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// detectFormat is the name of the format detect picks.
func detectFormat(ext, content string) Format { return detect(ext, content).name }

// TestFormatTable: every row reads, names, aliases and extensions name one
// format each, and a sniff says which files it may claim.
func TestFormatTable(t *testing.T) {
	names := map[string]Format{string(FormatAuto): FormatAuto, "": FormatAuto}
	exts := map[string]Format{}
	for _, f := range formats {
		t.Run(string(f.name), func(t *testing.T) {
			require.NotNil(t, f.read)
			assert.Equal(t, f.sniff != nil, len(f.sniffIn) > 0, "a sniff says which files it may claim")
			assert.True(t, f.sniff != nil || len(f.sniffExts) == 0, "a walk sniffs only with a sniff")
			for _, n := range append([]string{string(f.name)}, f.aliases...) {
				assert.Equal(t, strings.ToLower(n), n)
				_, dup := names[n]
				assert.False(t, dup, "name %q is taken", n)
				names[n] = f.name
			}
			for _, e := range f.exts {
				assert.True(t, strings.HasPrefix(e, ".") && strings.ToLower(e) == e, e)
				_, dup := exts[e]
				assert.False(t, dup, "extension %q is taken", e)
				exts[e] = f.name
				assert.Equal(t, f.name, formatOfExt(e).name)
			}
		})
	}
	for n, want := range names {
		got, err := ParseFormat(strings.ToUpper(n))
		require.NoError(t, err)
		assert.Equal(t, want, got, n)
	}
	assert.Equal(t, FormatText, formatOfExt(".xml").name, "an extension no row names is text")
	assert.Nil(t, formatNamed("md"), "an option names a format, not an alias")
}

// TestWalkMessages: the walk's skip messages list what the table reads.
func TestWalkMessages(t *testing.T) {
	assert.Equal(t, "skipped: not an article file (read .txt .text .md .markdown .jsonl .ndjson .html .htm .rss .atom, .xml feeds; name it explicitly to read it anyway)", notArticleFile())
	f, se := sniffedExt("a/Feed.XML")
	require.NotNil(t, f)
	assert.Equal(t, FormatFeed, f.name)
	assert.Equal(t, "XML that is not an RSS or Atom feed", se.skipped)
	f, _ = sniffedExt("a.rss")
	assert.Nil(t, f, "a feed's own extension is read without sniffing")
	tests := []struct {
		name       string
		read, warn bool
	}{
		{"a.TXT", true, false}, {"a.xml", true, false}, {"a.htm", true, false},
		{"README.md", false, false}, {".a.md", false, false}, {"a.json", false, false},
		{"a.docx", false, true},
	}
	for _, tt := range tests {
		read, warn := skipInWalk(tt.name)
		assert.Equal(t, []bool{tt.read, tt.warn}, []bool{read, warn}, tt.name)
	}
}

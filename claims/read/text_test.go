package read

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseText(t *testing.T) {
	long := strings.Repeat("A long opening paragraph that reads like body text, not a headline. ", 4)
	tests := []struct {
		name, file, in      string
		title, text, outlet string
		line                int
		published, url      string
		warn                bool
	}{
		{name: "plain", file: "a.txt", in: "Wildfire spreads\n\nCrews fought the fire overnight.\nWinds eased.\n",
			title: "Wildfire spreads", text: "Crews fought the fire overnight.\nWinds eased.", line: 3},
		{name: "leading blank lines", file: "a.txt", in: "\n\n   Headline here  \n\n\n  Indented body.\n",
			title: "Headline here", text: "  Indented body.", line: 6}, // Text keeps the first line's indentation: columns stay true
		{name: "atx heading", file: "a.md", in: "## Ferry sinks ##\n\nFour were rescued.\n",
			title: "Ferry sinks", text: "Four were rescued.", line: 3},
		{name: "heading in text file", file: "a.txt", in: "# Ferry sinks\nFour were rescued.\n",
			title: "Ferry sinks", text: "Four were rescued.", line: 2},
		{name: "setext heading", file: "a.md", in: "Ferry sinks\n===========\n\nFour were rescued.\n",
			title: "Ferry sinks", text: "Four were rescued.", line: 4},
		{name: "setext ignored in text", file: "a.txt", in: "Ferry sinks\n===========\n\nFour were rescued.\n",
			title: "", text: "Ferry sinks\n===========\n\nFour were rescued.", line: 1}, // a line whose paragraph goes on is body
		{name: "front matter", file: "a.md",
			in:    "---\noutlet: BBC News\ntitle: Ferry sinks off coast\npublished: 2024-01-05\nurl: https://example.org/f\nextra: [1, 2]\n---\n\nFour people were rescued.\n",
			title: "Ferry sinks off coast", text: "Four people were rescued.", outlet: "BBC", line: 9,
			published: "2024-01-05", url: "https://example.org/f"},
		{name: "front matter title repeated as heading", file: "a.md",
			in:    "---\ntitle: Ferry sinks\n---\n# Ferry sinks: live\n\nBody.\n",
			title: "Ferry sinks", text: "Body.", line: 6},
		{name: "front matter title repeated as line", file: "a.txt",
			in:    "---\ntitle: Ferry sinks\n...\nFerry  sinks\n\nBody.\n",
			title: "Ferry sinks", text: "Body.", line: 6},
		{name: "front matter title, body starts at once", file: "a.txt",
			in:    "---\ntitle: Ferry sinks\n---\nFour people were rescued.\n",
			title: "Ferry sinks", text: "Four people were rescued.", line: 4},
		{name: "empty front matter", file: "a.md", in: "---\n---\nT\n\nB\n", title: "T", text: "B", line: 5},
		{name: "unknown outlet kept", file: "a.md", in: "---\noutlet: Kabul Now\n---\nT\n\nB\n", title: "T", text: "B", outlet: "Kabul Now", line: 6},
		{name: "long first line is text", file: "a.txt", in: long + "\n\nSecond paragraph.\n",
			title: "", text: long + "\n\nSecond paragraph.", line: 1},
		{name: "lone sentence is text", file: "a.txt", in: "Only one line here.\n",
			title: "", text: "Only one line here.", line: 1},
		{name: "lone headline is title and text", file: "a.txt", in: "Ferry sinks off the coast\n",
			title: "Ferry sinks off the coast", text: "Ferry sinks off the coast", line: 1},
		{name: "first line wrapped into the next is body", file: "a.md", in: "---\noutlet: AP\n---\nA gunman killed more than\n60 people, police said.\n",
			title: "", text: "A gunman killed more than\n60 people, police said.", outlet: "AP", line: 4},
		{name: "first line ending like a sentence is body", file: "a.txt", in: "The storm killed 12 people.\n\nMore rain is due.\n",
			title: "", text: "The storm killed 12 people.\n\nMore rain is due.", line: 1},
		{name: "heading only", file: "a.md", in: "# Just a heading\n", title: "Just a heading", line: 1, warn: true},
		{name: "front matter only", file: "a.md", in: "---\ntitle: X\n---\n", title: "X", line: 4, warn: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := Parse(tt.file, []byte(tt.in), LoadOptions{})
			require.Len(t, arts, 1, errsText(errs))
			a := arts[0]
			assert.Equal(t, tt.file, a.ID)
			assert.Equal(t, tt.title, a.Title)
			assert.Equal(t, tt.text, a.Text)
			assert.Equal(t, tt.line, a.Line)
			assert.Equal(t, tt.outlet, a.Outlet)
			assert.Equal(t, tt.published, a.Published)
			assert.Equal(t, tt.url, a.URL)
			if tt.warn {
				require.Len(t, errs, 1)
				assert.True(t, errs[0].Warning)
			} else {
				assert.Empty(t, errs, errsText(errs))
			}
			checkSlices(t, tt.in, arts)
		})
	}
}

func TestParseTextFrontMatterErrors(t *testing.T) {
	// The yaml library gives the line where it noticed the problem, which
	// for an unclosed flow collection is where the enclosing mapping began:
	// the error still points into the front matter.
	_, errs := Parse("f.md", []byte("---\ntitle: ok\noutlet: [unclosed\n---\nT\n"), LoadOptions{})
	require.Len(t, errs, 1)
	assert.Equal(t, 2, errs[0].Line)

	tests := []struct {
		name, in string
		line     int
		msg      string
	}{
		{"syntax", "---\ntitle: ok\nurl: x\noutlet Reuters\npublished: 2024\n---\nT\n\nB\n", 4, "could not find expected ':'"},
		{"bad indentation", "---\ntitle: a\n  b: c\n---\nT\n", 3, "front matter"},
		{"not closed", "---\ntitle: x\n\nBody.\n", 1, "not closed"},
		{"not a mapping", "---\n- a\n- b\n---\nT\n", 2, "mapping"},
		{"list value", "---\ntitle:\n  - a\n  - b\n---\nT\n", 3, "title"},
		{"map value", "---\noutlet: {name: x}\n---\nT\n", 2, "outlet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := Parse("f.md", []byte(tt.in), LoadOptions{})
			assert.Empty(t, arts)
			require.Len(t, errs, 1)
			assert.False(t, errs[0].Warning)
			assert.Equal(t, "f.md", errs[0].Path)
			assert.Equal(t, tt.line, errs[0].Line, errs[0].Error())
			assert.Contains(t, errs[0].Error(), tt.msg)
		})
	}
}

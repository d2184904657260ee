package read

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text stays", "Floods killed 12 people.\n", "Floods killed 12 people.\n"},
		{"emphasis marks", "Floods killed **12** people, _officials_ said.", "Floods killed   12   people,  officials  said."},
		{"link keeps its text", "Read [the 27 victims](https://x.com/2024/05/123 \"t 9\") list.",
			"Read  the 27 victims                                   list."},
		{"bare and angle autolinks", "See https://a.com/99 and <https://b.com/77>.", "See                  and                   ."},
		{"inline comment", "Police said 27 died. <!-- earlier draft said 35 dead -->", "Police said 27 died.                                    "},
		{"comment block", "27 died.\n\n<!--\nearlier draft said 35 dead\n-->\n", "27 died.\n\n    \n                          \n   \n"},
		{"code span and block", "Run `cc 5` now.\n\n```go\nx := 44\n```\n\n    indented 55\n", "Run        now.\n\n     \n       \n   \n\n               \n"},
		{"escape and entities", `a\*b &amp; c&#8212;d &bogus;`, "a *b &     c—    d &bogus;"},
		{"image", "Map ![site 8](p/9.png) here.", "Map                    here."},
		{"strikethrough is deleted text", "Toll ~~35~~ 27.", "Toll        27."},
		{"heading and list marks stay", "# Toll *rises*\n\n- item *4*\n> quote 1\n", "# Toll  rises \n\n- item  4 \n> quote 1\n"},
		{"table", "| outlet | toll |\n|---|---|\n| AP | 27 |\n", "  outlet   toll  \n         \n  AP   27  \n"},
		{"reference definition", "[r]: https://x.com/1\n", "                    \n"},
		{"crlf", "**27** died.\r\nMore.\r\n", "  27   died.\r\nMore.\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := markdownText(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, len(tt.in), len(got))
		})
	}
}

func TestMarkdownIgnores(t *testing.T) {
	in := "---\noutlet: AP\n---\n\nIntro.\n\n<!-- crosscheck-ignore: killed, Injured -->\nThe blast killed 27 people.\n\nAbout 40 were hurt. <!-- crosscheck-ignore -->\n"
	arts, errs := Parse("a.md", []byte(in), LoadOptions{})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	a := arts[0]
	assert.Equal(t, []core.Ignore{{Line: 7, EndLine: 7, Measures: []string{"killed", "injured"}}, {Line: 10, EndLine: 10}}, a.Ignore)
	tests := []struct {
		measure string
		line    int
		want    bool
	}{
		{"killed", 8, true}, {"injured", 7, true}, {"killed", 9, false}, {"missing", 8, false},
		{"missing", 10, true}, {"killed", 11, true}, {"killed", 12, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, a.Ignores(tt.measure, tt.line), "%s at %d", tt.measure, tt.line)
	}
	assert.False(t, (*core.Article)(nil).Ignores("killed", 1))
}

func FuzzMarkdownText(f *testing.F) {
	for _, s := range []string{
		"# T *x*\n\nSome **bold** [27](https://x.com/2024 \"t\") a\\*b &amp; &#8212; `c 5` <!-- 35 -->\n",
		"| a | b |\n|---|---|\n| 1 | 2 |\n", "```\ncode 1\n```\n", "> ```\n> x\n", "<!--\n9\n-->\n",
		"~~~ python3\n1\n~~~\n", "- a\n  1. b ~~c~~\n", "[r]: /u\n\n![a](b)", "&#x1F600; &NotEqualTilde; &#0;",
		"<!-- crosscheck-ignore: killed -->", "\r\n|x|\r\n|-|\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, raw := markdownText(in)
		require.Equal(t, len(in), len(got), "same length")
		for i := 0; i < len(in); i++ {
			if in[i] == '\n' || in[i] == '\r' || got[i] == '\n' || got[i] == '\r' {
				require.Equal(t, in[i], got[i], "line break at %d", i)
			}
		}
		if utf8.ValidString(in) {
			require.True(t, utf8.ValidString(got), "valid UTF-8 stays valid: %q", got)
		}
		for _, d := range raw {
			require.True(t, 0 <= d.offset && d.offset <= d.end && d.end <= len(in))
		}
		ignores(in, 0, raw)
	})
}

// checkMarkdownSlices asserts the reading invariants of Markdown articles:
// Text is the input from line Line with markup replaced by spaces (an
// entity by its character and spaces), line breaks where they are.
func checkMarkdownSlices(t testing.TB, in string, arts []*core.Article) {
	t.Helper()
	content, _ := decode("x", []byte(in))
	lines := splitLines(content)
	for _, a := range arts {
		require.GreaterOrEqual(t, a.Line, 1, a.ID)
		require.LessOrEqual(t, a.Line, len(lines), a.ID)
		raw := content[lines[a.Line-1].start:]
		require.True(t, maskOf(raw, a.Text), "%s: Text %q is not the input from line %d, masked", a.ID, a.Text, a.Line)
		require.Equal(t, a.Line, a.LineAt(0))
	}
}

// maskOf reports whether text is a prefix of raw with some bytes blanked or
// entities decoded, and every line break in place.
func maskOf(raw, text string) bool {
	if len(text) > len(raw) {
		return false
	}
	for i := 0; i < len(text); i++ {
		r, c := raw[i], text[i]
		switch {
		case r == c:
		case r == '\n' || r == '\r' || c == '\n' || c == '\r':
			return false
		case c == ' ', strings.LastIndexByte(raw[max(0, i-40):i+1], '&') >= 0:
		default:
			return false
		}
	}
	return true
}

func BenchmarkMarkdownText(b *testing.B) {
	para := "The blast, [reported here](https://example.com/2024/05/31/blast-1234), killed **27 people**, police said. <!-- was 35 -->\n\n"
	in := strings.Repeat(para+"| a | b |\n|---|---|\n| AP | 27 |\n\n", 200)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		markdownText(in)
	}
}

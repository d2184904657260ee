package read

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// fuzzSeeds are inputs of every format for FuzzParse.
func fuzzSeeds() []string {
	seeds := []string{
		"Floods hit the valley\n\nHeavy rain fell.\n\nFloods hit the valley\nread more\n\nTalks resume\n\nThey met.\n\nTalks resume\nread more",
		"---\noutlet: BBC News\ntitle: Ferry sinks\npublished: 2024-01-05\n---\n# Ferry sinks\n\nFour were rescued.\n",
		"---\ntitle: a\n  b: c\n---\nT\n",
		"---\ntitle: x\n\nBody.\n",
		"Ferry sinks\n===========\n\nFour were rescued.\n",
		`{"id":"r1","outlet":"Reuters","title":"Port strike","text":"Dockers walked out.\nShips waited."}` + "\n\nnot json\n" + `{"text":"x"}`,
		"{\n  \"text\": \"x\"\n}\n",
		"Title\r\n\r\nBody \xa3 5.\r\n",
		"\xef\xbb\xbfT\n\nB",
		"A\n\nText a.\n\nA\nread more\n\nB\n\nText b.\n",
		"Lonely\nLonely\nread more\n",
		"\x00\x01",
		"<!DOCTYPE html>\n<html><head><meta property=\"og:site_name\" content=\"Reuters\"><title>Port strike | Reuters</title></head>\n<body><nav>Home</nav>\n<p>Dockers walked out.</p>\n<p>Some 40 ships waited.</p></body></html>",
	}
	for _, c := range []string{
		"By Ann Lee, Reuters\n\nThe bank held rates.",
		"KABUL, Afghanistan (AP) — Officials said 12 died.",
		"Fighting continued.\n\nSOURCE: AL JAZEERA",
		"\"No,\" he told TOLOnews.",
	} {
		seeds = append(seeds, "Headline\n\n"+c+"\n")
	}
	return seeds
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s, uint8(0))
	}
	reg := DefaultRegistry()
	names := []string{"in.txt", "in.md", "in.jsonl", "in.html", "-"}
	f.Fuzz(func(t *testing.T, in string, sel uint8) {
		formats := Formats()
		format := formats[int(sel)%len(formats)]
		name := names[int(sel/8)%len(names)]
		arts, errs := Parse(name, []byte(in), LoadOptions{Format: format, Registry: reg})
		content, _ := decode(name, []byte(in))
		// Lines of the raw input (CR, LF and CRLF end lines).
		nlines := max(strings.Count(content, "\n"), strings.Count(in, "\n")+strings.Count(in, "\r")) + 1
		for _, e := range errs {
			require.Equal(t, name, e.Path)
			require.GreaterOrEqual(t, e.Line, 0)
			require.LessOrEqual(t, e.Line, nlines, e.Error())
			require.Error(t, e.Err)
		}
		ids := map[string]bool{}
		for _, a := range arts {
			require.NotEmpty(t, a.ID)
			require.False(t, ids[a.ID], "duplicate id %q", a.ID)
			ids[a.ID] = true
			require.Equal(t, name, a.Source)
			require.True(t, utf8.ValidString(a.Text), "text is valid UTF-8")
			require.True(t, utf8.ValidString(a.Title), "title is valid UTF-8")
			// Text keeps the indentation of its first line (so columns are
			// the file's), and nothing else around it.
			first := strings.TrimLeftFunc(a.Text, func(r rune) bool { return r != '\n' && r != '\r' && isSpaceRune(r) })
			require.Equal(t, first, strings.TrimSpace(first), "text is trimmed but for its first line's indentation")
			require.NotContains(t, a.Text[:len(a.Text)-len(first)], "\n", "indentation holds no line break")
			detected := format
			if format == FormatAuto {
				detected = detectFormat(extOf(name), content)
			}
			if detected != FormatHTML {
				require.Equal(t, a.SingleLine, detected == FormatJSONL)
			}
			for _, off := range []int{0, len(a.Text) / 2, len(a.Text)} {
				l := a.LineAt(off)
				require.GreaterOrEqual(t, l, a.Line)
				require.LessOrEqual(t, l, nlines)
			}
		}
		if format == FormatHTML || (format == FormatAuto && detectFormat(extOf(name), content) == FormatHTML) {
			checkHTMLArticles(t, content, arts)
			return
		}
		if format == FormatMarkdown || (format == FormatAuto && detectFormat(extOf(name), content) == FormatMarkdown) {
			checkMarkdownSlices(t, in, arts)
			return
		}
		checkSlices(t, in, arts)
	})
}

func extOf(name string) string {
	if name == "-" {
		return ""
	}
	i := strings.LastIndexByte(name, '.')
	return name[i:]
}

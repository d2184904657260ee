package read

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
		err  bool
	}{
		{"", FormatAuto, false},
		{"auto", FormatAuto, false},
		{"Bundle", FormatBundle, false},
		{"text", FormatText, false},
		{"txt", FormatText, false},
		{"markdown", FormatMarkdown, false},
		{"MD", FormatMarkdown, false},
		{"jsonl", FormatJSONL, false},
		{"ndjson", FormatJSONL, false},
		{"HTML", FormatHTML, false},
		{"htm", FormatHTML, false},
		{"json", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFormat(tt.in)
			if tt.err {
				require.Error(t, err)
				assert.Contains(t, err.Error(), "jsonl", "the error lists the formats")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	for _, f := range Formats() {
		got, err := ParseFormat(string(f))
		require.NoError(t, err)
		assert.Equal(t, f, got)
	}
}

func TestInputError(t *testing.T) {
	inner := errors.New("boom")
	e := &core.InputError{Path: "a/b.txt", Line: 7, Err: inner}
	assert.Equal(t, "a/b.txt:7: boom", e.Error())
	assert.ErrorIs(t, e, inner)
	e = &core.InputError{Path: "-", Err: inner}
	assert.Equal(t, "-: boom", e.Error())
}

// errsText renders problems for assertion messages.
func errsText(errs []*core.InputError) string {
	var b strings.Builder
	for _, e := range errs {
		if e.Warning {
			b.WriteString("warning: ")
		}
		b.WriteString(e.Error())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestDecodeBadInput(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		wantErr  error  // a fatal problem, nil when articles come
		warnLine int    // line of a warning, 0 when none
		text     string // the text of the single article when there is one
	}{
		{name: "empty", data: "", wantErr: core.ErrEmpty},
		{name: "blank", data: " \n\t\n\n", wantErr: core.ErrEmpty},
		{name: "nul", data: "Title\n\nSome\x00thing\n", wantErr: core.ErrBinary},
		{name: "controls", data: strings.Repeat("\x01\x02\x03ab", 50), wantErr: core.ErrBinary},
		{name: "utf16", data: "\xff\xfeT\x00i\x00", wantErr: core.ErrBinary},
		{name: "latin1 pound", data: "Price rises\n\nA \xa315m deal was signed.\n", warnLine: 3, text: "A £15m deal was signed."},
		{name: "cp1252 quotes", data: "Quote\n\nHe said \x93yes\x94.\n", warnLine: 3, text: "He said “yes”."},
		{name: "undefined byte", data: "T\n\nbad \x81 byte\n", warnLine: 3, text: "bad \ufffd byte"},
		{name: "crlf", data: "Title\r\n\r\nFirst line.\r\nSecond line.\r\n", text: "First line.\nSecond line."},
		{name: "lone cr", data: "Title\r\rBody here.\r", text: "Body here."},
		{name: "bom", data: "\xef\xbb\xbfTitle\n\nBody.\n", text: "Body."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := Parse("in.txt", []byte(tt.data), LoadOptions{})
			if tt.wantErr != nil {
				require.Empty(t, arts)
				require.Len(t, errs, 1, errsText(errs))
				assert.ErrorIs(t, errs[0], tt.wantErr)
				assert.False(t, errs[0].Warning)
				assert.Equal(t, "in.txt", errs[0].Path)
				return
			}
			require.Len(t, arts, 1, errsText(errs))
			assert.Equal(t, tt.text, arts[0].Text)
			if tt.warnLine > 0 {
				require.Len(t, errs, 1)
				assert.True(t, errs[0].Warning)
				assert.Equal(t, tt.warnLine, errs[0].Line)
			} else {
				assert.Empty(t, errs)
			}
			assert.Equal(t, 3, arts[0].Line)
		})
	}
}

func TestDetectFormat(t *testing.T) {
	bundle := "One\n\nBody one.\n\nOne\nread more\n"
	tests := []struct {
		name, ext, content string
		want               Format
	}{
		{"jsonl ext", ".jsonl", "anything", FormatJSONL},
		{"ndjson ext", ".ndjson", "{}", FormatJSONL},
		{"sniffed json", "", "\n  {\"text\":\"x\"}\n", FormatJSONL},
		{"md brace", ".md", "{not json}\n", FormatMarkdown},
		{"bundle txt", ".txt", bundle, FormatBundle},
		{"bundle stdin", "", bundle, FormatBundle},
		{"bundle md", ".md", bundle, FormatBundle},
		{"markdown", ".markdown", "# T\n\nx\n", FormatMarkdown},
		{"text", ".txt", "T\n\nx\n", FormatText},
		{"read more not a terminator", ".txt", "T\n\nx\n\nread more\n", FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, detectFormat(tt.ext, tt.content))
		})
	}
}

// writeTree creates files (path → content) under a new temporary directory.
func writeTree(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, c := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		require.NoError(t, os.MkdirAll(filepath.Dir(full), 0o755))
		require.NoError(t, os.WriteFile(full, []byte(c), 0o644))
	}
	return dir
}

func TestLoadDirectory(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"news/b.txt":           "Bridge reopens\n\nLONDON (Reuters) - The bridge reopened on Monday.\n",
		"news/a.md":            "---\noutlet: Associated Press\ntitle: Dam bursts\npublished: 2024-05-02\nurl: https://example.org/dam\n---\n# Dam bursts\n\nWater flooded 12 villages.\n",
		"news/sub/c.jsonl":     `{"id":"j1","title":"Quake","text":"A quake struck.","outlet":"voice of america"}` + "\n\n" + `{"title":"No id","text":"Second record."}` + "\n",
		"news/sub/bundle.txt":  "First\n\nBody of the first.\n\nFirst\nread more\n\nSecond\n\nBody of the second.\n\nSecond\nread more\n",
		"news/notes.json":      `{"not":"an article"}`,
		"news/photo.png":       "\x89PNG",
		"news/README.md":       "# About this folder\n",
		"news/.hidden.txt":     "Hidden\n\nNot read.\n",
		"news/.git/HEAD.txt":   "ref\n\nnot read\n",
		"news/page.html":       "<html></html>",
		"news/empty.txt":       "",
		"news/zz/binary.txt":   "bin\x00ary",
		"news/zz/latin.text":   "Cost\n\nIt cost \xa35.\n",
		"other/nothing.png":    "x",
		"news/sub/deep/d.TXT":  "Upper case extension\n\nStill read.\n",
		"news/sub/deep/e.text": "Text extension\n\nAlso read.\n",
	})
	news := filepath.Join(dir, "news")
	arts, errs := Load([]string{news, filepath.Join(dir, "other"), filepath.Join(dir, "missing.txt")}, LoadOptions{})

	var ids, outlets []string
	for _, a := range arts {
		ids = append(ids, a.ID)
		outlets = append(outlets, a.Outlet)
	}
	assert.Equal(t, []string{
		"news/a.md", "news/b.txt",
		"news/sub/bundle.txt#1", "news/sub/bundle.txt#2",
		"j1", "news/sub/c.jsonl#2",
		"news/sub/deep/d.TXT", "news/sub/deep/e.text",
		"news/zz/latin.text",
	}, ids)
	assert.Equal(t, []string{"Associated Press", "Reuters", "", "", "VOA", "", "", "", ""}, outlets)
	a := arts[0]
	assert.Equal(t, "Dam bursts", a.Title)
	assert.Equal(t, "2024-05-02", a.Published)
	assert.Equal(t, "https://example.org/dam", a.URL)
	assert.Equal(t, "Water flooded 12 villages.", a.Text)
	assert.Equal(t, 9, a.Line)
	assert.Equal(t, filepath.Join(news, "a.md"), a.Source)

	type problem struct {
		base    string
		warning bool
	}
	var got []problem
	for _, e := range errs {
		got = append(got, problem{filepath.Base(e.Path), e.Warning})
	}
	assert.Equal(t, []problem{
		{"empty.txt", false},
		{"page.html", false},
		{"binary.txt", false},
		{"latin.text", true},
		{"other", false},
		{"missing.txt", false},
	}, got, errsText(errs))
	assert.ErrorIs(t, errs[4], core.ErrNoArticle)
	assert.ErrorIs(t, errs[5], fs.ErrNotExist)
	assert.True(t, strings.HasPrefix(errs[5].Error(), filepath.Join(dir, "missing.txt")+": cannot read: "), errs[5].Error())
}

func TestLoadStdinAndOptions(t *testing.T) {
	bundle := "Alpha\n\nBy Jane Roe, Reuters\n\nText of alpha.\n\nAlpha\nread more\n\nBeta\n\nText of beta.\n\nBeta\nread more\n"
	arts, errs := Load([]string{"-"}, LoadOptions{Stdin: strings.NewReader(bundle)})
	require.Empty(t, errs)
	require.Len(t, arts, 2)
	assert.Equal(t, "stdin#1", arts[0].ID)
	assert.Equal(t, "-", arts[0].Source)
	assert.Equal(t, "Reuters", arts[0].Outlet)
	assert.Equal(t, "", arts[1].Outlet)

	// A forced outlet wins over metadata and text, and is canonicalised.
	arts, errs = Load([]string{"-"}, LoadOptions{Stdin: strings.NewReader(bundle), Outlet: "the associated press"})
	require.Empty(t, errs)
	assert.Equal(t, "AP", arts[0].Outlet)
	assert.Equal(t, "AP", arts[1].Outlet)

	// An unknown forced outlet is kept as given.
	arts, _ = Load([]string{"-"}, LoadOptions{Stdin: strings.NewReader(bundle), Outlet: " Kabul Now "})
	assert.Equal(t, "Kabul Now", arts[0].Outlet)

	// A forced format reads the bundle as one plain-text article.
	arts, errs = Load([]string{"-"}, LoadOptions{Stdin: strings.NewReader(bundle), Format: FormatText})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	assert.Equal(t, "Alpha", arts[0].Title)
	assert.Equal(t, "stdin", arts[0].ID)

	// "-" without Stdin, or twice.
	_, errs = Load([]string{"-"}, LoadOptions{})
	require.Len(t, errs, 1)
	_, errs = Load([]string{"-", "-"}, LoadOptions{Stdin: strings.NewReader(bundle)})
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0].Error(), "more than once")

	// A custom registry is used for canonical names and detection.
	reg := NewRegistry()
	reg.Add("Kabul Now", "KabulNow")
	arts, _ = Load([]string{"-"}, LoadOptions{Stdin: strings.NewReader("T\n\nKabulNow\n\nBody.\n"), Registry: reg})
	assert.Equal(t, "Kabul Now", arts[0].Outlet)
}

func TestLoadDuplicateIDs(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"x/a.jsonl": `{"id":"same","text":"one"}` + "\n" + `{"id":"same","text":"two"}` + "\n",
		"y/a.txt":   "T\n\nBody.\n",
	})
	arts, errs := Load([]string{filepath.Join(dir, "x", "a.jsonl"), filepath.Join(dir, "y", "a.txt"), filepath.Join(dir, "y", "a.txt")}, LoadOptions{})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	assert.Equal(t, []string{"same", "same~2", "a.txt", "a.txt~2"}, ids)
	require.Len(t, errs, 2)
	assert.True(t, errs[0].Warning)
	assert.Equal(t, 2, errs[0].Line)
}

// goldArticle is one article of the seed's hand annotation.
type goldArticle struct {
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
}

// goldOutlets maps the annotation's short outlet names to canonical ones.
var goldOutlets = map[string]string{"NYT": "The New York Times"}

func TestSeed(t *testing.T) {
	const seed = "../../../shared/seed/articles.txt"
	goldData, err := os.ReadFile("../../../shared/seed/gold.json")
	if _, serr := os.Stat(seed); serr != nil || err != nil {
		t.Skip("seed not available")
	}
	var gold struct {
		Articles []goldArticle `json:"articles"`
	}
	require.NoError(t, json.Unmarshal(goldData, &gold))
	arts, errs := Load([]string{seed}, LoadOptions{})
	require.Empty(t, errs, errsText(errs))
	require.Len(t, arts, len(gold.Articles))
	raw, err := os.ReadFile(seed)
	require.NoError(t, err)
	lines := strings.Split(string(raw), "\n")
	for i, g := range gold.Articles {
		a := arts[i]
		want := g.Outlet
		if c, ok := goldOutlets[want]; ok {
			want = c
		}
		assert.Equal(t, want, a.Outlet, "article %d outlet", i+1)
		assert.Equal(t, strings.TrimSpace(g.Title), a.Title, "article %d title", i+1)
		assert.Equal(t, "articles.txt#"+strconv.Itoa(i+1), a.ID)
		// Text starts on line Line and ends before the repeated title.
		require.NotEmpty(t, a.Text)
		assert.True(t, strings.HasPrefix(strings.TrimSpace(lines[a.Line-1]), firstLineOf(a.Text)), "article %d starts on line %d", i+1, a.Line)
		next := a.LineAt(len(a.Text)) // 1-based last line = 0-based index of the next
		for next < len(lines) && strings.TrimSpace(lines[next]) == "" {
			next++
		}
		require.Less(t, next, len(lines))
		assert.Equal(t, strings.TrimSpace(g.Title), strings.TrimSpace(lines[next]), "article %d: the repeated title follows its text", i+1)
	}
}

func firstLineOf(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(l)
}

func TestBBCCorpus(t *testing.T) {
	const corpus = "../../../shared/corpus/bbc-fulltext"
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("corpus not available")
	}
	arts, errs := Load([]string{corpus}, LoadOptions{})
	require.Len(t, arts, 2225)
	// The only problem is the one Latin-1 byte, decoded as a pound sign.
	require.Len(t, errs, 1, errsText(errs))
	assert.True(t, errs[0].Warning)
	assert.Equal(t, "199.txt", filepath.Base(errs[0].Path))
	for _, a := range arts {
		if a.ID == "bbc-fulltext/sport/199.txt" {
			assert.Contains(t, a.Text, "£15.8m")
		}
		assert.NotEmpty(t, a.Title, a.ID)
		assert.NotEmpty(t, a.Text, a.ID)
		// Every article is the BBC's: nothing may attribute it elsewhere.
		assert.Contains(t, []string{"", "BBC"}, a.Outlet, a.ID)
	}
}

func BenchmarkLoad(b *testing.B) {
	files := map[string]string{}
	para := "The council said on Tuesday that 42 homes were damaged and about 300 people were moved to shelters, officials told reporters.\n\n"
	for i := range 400 {
		name := fmt.Sprintf("%c/article%03d.txt", 'a'+i%5, i)
		files[name] = fmt.Sprintf("Storm damages homes in district %d\n\nBy Sam Writer\n\nExample News correspondent\n\n%s", i, strings.Repeat(para, 12))
	}
	dir := writeTree(b, files)
	var total int64
	for _, c := range files {
		total += int64(len(c))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		arts, errs := Load([]string{dir}, LoadOptions{})
		if len(arts) != len(files) || len(errs) != 0 {
			b.Fatalf("got %d articles and %d problems", len(arts), len(errs))
		}
	}
}

// checkSlices asserts the reading invariants on articles parsed from in:
// Text is a slice of the decoded input starting on line Line (after
// indentation only), and LineAt stays within the input's lines.
func checkSlices(t testing.TB, in string, arts []*core.Article) {
	t.Helper()
	content, _ := decode("x", []byte(in))
	lines := splitLines(content)
	for _, a := range arts {
		require.GreaterOrEqual(t, a.Line, 1, a.ID)
		require.LessOrEqual(t, a.Line, len(lines), a.ID)
		if a.SingleLine {
			require.Equal(t, a.Line, a.LineAt(len(a.Text)))
			continue
		}
		l := lines[a.Line-1]
		rest := strings.TrimLeftFunc(content[l.start:], func(r rune) bool { return r != '\n' && isSpaceRune(r) })
		require.True(t, strings.HasPrefix(content[l.start:], a.Text) || strings.HasPrefix(rest, a.Text), "%s: Text is not the input from line %d", a.ID, a.Line)
		require.LessOrEqual(t, a.LineAt(len(a.Text)), len(lines), a.ID)
		require.Equal(t, a.Line, a.LineAt(0))
	}
}

package read

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

// Format is an input format of articles.
type Format string

// Input formats. FormatAuto (and the zero value "") detects the format of
// each input from its extension and content.
//
// Every reader but HTML gives each article a Text that is a contiguous
// slice of the decoded input (UTF-8, LF line endings), trimmed of
// surrounding white space, starting on line Line; the title is kept out of
// Text, bylines and datelines stay in it. HTML Text is the page's extracted
// main text, trimmed, with lines laid out as html.go describes.
const (
	FormatAuto Format = "auto"
	// FormatBundle: several articles in one text file, each starting with
	// its title and ending with the title repeated and a line "read more".
	// Ids are "file#n".
	FormatBundle Format = "bundle"
	// FormatText: one article a file, optional YAML front matter, title
	// from the front matter or the first line. The id is the file's id.
	FormatText Format = "text"
	// FormatMarkdown: as FormatText, and a setext heading ("Title" over
	// "=====") is a title too.
	FormatMarkdown Format = "markdown"
	// FormatJSONL: one article a line, {"id","outlet","title","published",
	// "url","text"}; Text is the decoded "text" and every offset maps to the
	// record's line. The id is "id" when given, else "file#n".
	FormatJSONL Format = "jsonl"
	// FormatHTML: one article page; Text is its main text, extracted with
	// go-readability, one paragraph a line; title, outlet (site name),
	// published and url come from the page's metadata. The id is the
	// file's id.
	FormatHTML Format = "html"
	// FormatFeed: an RSS or Atom feed, one article per item (see
	// parseFeed): outlet from the feed's title, title, link, date and text
	// (HTML read as text) from the item. Ids are "file#n".
	FormatFeed Format = "feed"
)

// input is one decoded input, as a reader gets it.
type input struct {
	src      string // Source of the articles and path of errors; "-" is standard input
	id       string // the base of generated ids
	content  string // UTF-8, LF line endings, terminal escapes blanked, not blank
	reg      *Registry
	maxDepth int // how many HTML elements may be open at once; < 0: no limit
}

// reader turns one input into its articles and the problems met.
type reader func(in input) ([]*core.Article, []*core.InputError)

// format is one row of the table of input formats.
type format struct {
	name    Format
	aliases []string // other names ParseFormat accepts
	// exts are the extensions (lower case) that name the format: a
	// directory walk reads them, detection takes them at their word but
	// for the sniffs that may claim the format's files (sniffIn).
	exts []string
	// sniffExts are extensions a directory walk reads only when sniff
	// recognises the file, each with what the walk says of one it skips.
	sniffExts []sniffExt
	// sniff recognises the format by content (nil: only by name or
	// extension). It is tried on the files whose extension names a format
	// of sniffIn, any extension no row names counting as FormatText.
	sniff   func(content string) bool
	sniffIn []Format
	read    reader
}

// sniffExt is an extension whose files a directory walk reads only when
// they sniff as the format, and the skip message of one that does not.
type sniffExt struct{ ext, skipped string }

// plain is the sniffIn of the structured formats: they may claim a file
// whose extension says plain text or names no format, not a Markdown file
// (which may hold raw HTML or open with a brace).
var plain = []Format{FormatText}

// formats is the table of input formats, in the order a --input-format
// flag's help lists them, the plainest first: content detection tries the
// sniffs from the last row up, so that a structured format's signature (a
// feed's root, a page's doctype, a JSON object) wins over a layout of plain
// text (a bundle's terminators). A new format is a file with its reader
// and sniff, a name above and a row here.
var formats = []format{
	{name: FormatBundle, sniff: isBundle, sniffIn: []Format{FormatText, FormatMarkdown}, read: readBundle},
	{name: FormatText, aliases: []string{"txt"}, exts: []string{".txt", ".text"}, read: readText},
	{name: FormatMarkdown, aliases: []string{"md"}, exts: []string{".md", ".markdown"}, read: readMarkdown},
	{name: FormatJSONL, aliases: []string{"ndjson"}, exts: []string{".jsonl", ".ndjson"},
		sniff: looksLikeJSONL, sniffIn: plain, read: readJSONL},
	{name: FormatHTML, aliases: []string{"htm"}, exts: []string{".html", ".htm"},
		sniff: looksLikeHTML, sniffIn: plain, read: readHTML},
	{name: FormatFeed, aliases: []string{"rss", "atom"}, exts: []string{".rss", ".atom"},
		sniffExts: []sniffExt{{".xml", "XML that is not an RSS or Atom feed"}},
		sniff:     looksLikeFeed, sniffIn: plain, read: readFeed},
}

// Formats returns the input formats in the order a --input-format flag's
// help lists them.
func Formats() []Format {
	out := []Format{FormatAuto}
	for _, f := range formats {
		out = append(out, f.name)
	}
	return out
}

// ParseFormat returns the Format named by s, case-insensitively. It also
// accepts "" for auto and the aliases of the table ("txt", "md",
// "ndjson", "htm", "rss" and "atom").
func ParseFormat(s string) (Format, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	if name == "" || name == string(FormatAuto) {
		return FormatAuto, nil
	}
	for _, f := range formats {
		if name == string(f.name) || slices.Contains(f.aliases, name) {
			return f.name, nil
		}
	}
	names := make([]string, 0, len(formats)+1)
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return "", fmt.Errorf("unknown input format %q (want one of %s)", s, strings.Join(names, ", "))
}

// formatNamed returns the row of the format name, nil when there is none.
func formatNamed(name Format) *format {
	for i := range formats {
		if formats[i].name == name {
			return &formats[i]
		}
	}
	return nil
}

// formatOfExt returns the row whose extensions hold ext (lower case), else
// FormatText's.
func formatOfExt(ext string) *format {
	for i := range formats {
		if slices.Contains(formats[i].exts, ext) {
			return &formats[i]
		}
	}
	return formatNamed(FormatText)
}

// detect picks the format of an input from its extension (lower case) and
// content: the format its extension names, unless a sniff that may claim
// such files recognises the content (see formats).
func detect(ext, content string) *format {
	named := formatOfExt(ext)
	for i := len(formats) - 1; i >= 0; i-- {
		f := &formats[i]
		if f.sniff != nil && slices.Contains(f.sniffIn, named.name) && f.sniff(content) {
			return f
		}
	}
	return named
}

package read

import (
	"bytes"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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

// Formats returns the input formats in the order a --input-format flag's
// help lists them.
func Formats() []Format {
	return []Format{FormatAuto, FormatBundle, FormatText, FormatMarkdown, FormatJSONL, FormatHTML, FormatFeed}
}

// ParseFormat returns the Format named by s, case-insensitively. It also
// accepts the aliases "" (auto), "txt", "md", "ndjson", "htm", "rss" and
// "atom".
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return FormatAuto, nil
	case "bundle":
		return FormatBundle, nil
	case "text", "txt":
		return FormatText, nil
	case "markdown", "md":
		return FormatMarkdown, nil
	case "jsonl", "ndjson":
		return FormatJSONL, nil
	case "html", "htm":
		return FormatHTML, nil
	case "feed", "rss", "atom":
		return FormatFeed, nil
	}
	names := make([]string, 0, 7)
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return "", fmt.Errorf("unknown input format %q (want one of %s)", s, strings.Join(names, ", "))
}

// LoadOptions configures Load and Parse. The zero value detects every
// input's format and every article's outlet with the built-in registry.
type LoadOptions struct {
	// Format forces the format of every input. FormatAuto (and the zero
	// value "") detects it per input: .jsonl/.ndjson and content starting
	// with '{' are JSON Lines, .html/.htm and content starting with
	// "<!doctype html" or "<html" (after comments) are HTML, content with
	// bundle terminators is a bundle, .md/.markdown is Markdown, anything
	// else plain text.
	Format Format
	// Outlet, when set, forces every article's outlet. It is canonicalised
	// by Registry when the registry knows it and kept as given otherwise.
	Outlet string
	// OutletFrom, when "dir" (OutletFromDir) or "file" (OutletFromFile),
	// takes the outlet of every article that names none in its metadata
	// from the name of the folder holding its file ("reuters/a.txt" →
	// Reuters) or from the file's name without extension, for newsrooms
	// that keep one folder (or file) per outlet. The name is canonicalised
	// by Registry; an unknown one is kept with "-" and "_" read as spaces
	// and title-cased when all lower case. Outlet and metadata still win;
	// standard input has no name, so its articles are detected as usual.
	// Any other value is ignored (ParseOutletFrom checks one).
	OutletFrom string
	// Registry canonicalises outlet names and detects outlets. Nil means
	// DefaultRegistry().
	Registry *Registry
	// Stdin is read for the path "-". Nil makes "-" an input error.
	Stdin io.Reader
	// Limits bound the size of each input, the nesting of an HTML page
	// and the time each input may take. The zero value takes the
	// defaults. Parse, whose input is already in memory, applies only
	// MaxDepth.
	Limits Limits
	// Progress, when set, is called by Load and LoadEach after each input
	// is read, in order, on the caller's goroutine: how many inputs are
	// read, how many there are (files found in directories included) and
	// how many articles they gave so far.
	Progress func(p LoadProgress)
}

// LoadProgress says how far Load has read.
type LoadProgress struct {
	Done, Inputs, Articles int
}

// Parse reads one input already in memory. name is used as given for the
// articles' Source, as the base of generated ids, for errors, and (by its
// extension) for format detection; "-" means standard input.
func Parse(name string, data []byte, opts LoadOptions) ([]*core.Article, []*core.InputError) {
	reg := opts.Registry
	if reg == nil {
		reg = DefaultRegistry()
	}
	id, ext := name, strings.ToLower(path.Ext(filepath.ToSlash(name)))
	if name == "-" {
		id, ext = "stdin", ""
	}
	arts, errs := parse(name, id, ext, data, opts, reg)
	errs = append(errs, uniqueIDs(arts)...)
	return arts, errs
}

// parse decodes one input, splits it into articles in the chosen format and
// resolves every article's outlet.
func parse(src, id, ext string, data []byte, opts LoadOptions, reg *Registry) ([]*core.Article, []*core.InputError) {
	content, errs := decode(src, data)
	if content == "" && len(errs) > 0 {
		return nil, errs
	}
	content = blankEscapes(content)
	if strings.TrimSpace(content) == "" {
		return nil, append(errs, &core.InputError{Path: src, Err: core.ErrEmpty})
	}
	format := opts.Format
	if format == "" || format == FormatAuto {
		format = detectFormat(ext, content)
	}
	var arts []*core.Article
	var perr []*core.InputError
	switch format {
	case FormatBundle:
		arts, perr = parseBundle(src, id, content)
	case FormatText:
		arts, perr = parseText(src, id, content, false)
	case FormatMarkdown:
		arts, perr = parseText(src, id, content, true)
	case FormatJSONL:
		arts, perr = parseJSONL(src, id, content)
	case FormatHTML:
		if err := checkDepth(content, opts.Limits.maxDepth()); err != nil {
			return nil, append(errs, &core.InputError{Path: src, Line: err.line, Err: err})
		}
		arts, perr = parseHTML(src, id, content, reg)
	case FormatFeed:
		arts, perr = parseFeed(src, id, content, opts.Limits.maxDepth())
	default:
		perr = []*core.InputError{{Path: src, Err: fmt.Errorf("unknown input format %q", format)}}
	}
	errs = append(errs, perr...)
	forced, how := "", ""
	if o := strings.TrimSpace(opts.Outlet); o != "" {
		forced, how = reg.canonicalOrSelf(o), OutletFlag
	} else if src != "-" {
		forced, how = outletFromPath(src, opts.OutletFrom, reg)
	}
	for _, a := range arts {
		a.Source = src
		given := strings.TrimSpace(a.Outlet) != ""
		switch {
		case how == OutletFlag:
			a.Outlet, a.OutletFrom = forced, how
		case given && (a.OutletFrom == "" || a.OutletFrom == OutletMetadata):
			reg.resolve(a)
		case forced != "":
			a.Outlet, a.OutletFrom = forced, how
		default:
			reg.resolve(a)
		}
	}
	return arts, errs
}

// detectFormat picks the format of an input from its extension and content.
func detectFormat(ext, content string) Format {
	switch ext {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".html", ".htm":
		return FormatHTML
	case ".rss", ".atom":
		return FormatFeed
	}
	if ext != ".md" && ext != ".markdown" && looksLikeFeed(content) {
		return FormatFeed
	}
	if ext != ".md" && ext != ".markdown" && looksLikeHTML(content) {
		return FormatHTML
	}
	if ext != ".md" && ext != ".markdown" {
		first := strings.TrimLeft(content, " \t\n")
		if strings.HasPrefix(first, "{") {
			return FormatJSONL
		}
	}
	if isBundle(content) {
		return FormatBundle
	}
	if ext == ".md" || ext == ".markdown" {
		return FormatMarkdown
	}
	return FormatText
}

// looksLikeHTML reports whether content opens, after white space and
// comments (a browser's "saved from url" note), with "<!doctype html" or
// "<html", in any case.
func looksLikeHTML(content string) bool {
	s := content
	for {
		s = strings.TrimLeft(s, " \t\n\f")
		rest, ok := strings.CutPrefix(s, "<!--")
		if !ok {
			break
		}
		i := strings.Index(rest, "-->")
		if i < 0 {
			return false
		}
		s = rest[i+3:]
	}
	return hasPrefixFold(s, "<!doctype html") || (hasPrefixFold(s, "<html") &&
		(len(s) == 5 || isTagNameEnd(s[5])))
}

// sniffLen is how much of an input the binary check looks at.
const sniffLen = 8192

// decode turns raw input into the text the readers slice: UTF-8 with LF line
// endings and no byte-order mark. Line numbers are those of the raw input.
// Binary input (NUL bytes, many control characters) and UTF-16 are errors.
// Invalid UTF-8 is not: each invalid byte is decoded as Windows-1252 (a
// superset of Latin-1 for printable characters, so a stray Latin-1 "£" stays
// a pound sign), bytes that code page leaves undefined become U+FFFD, and a
// Warning names the first such line.
func decode(src string, data []byte) (string, []*core.InputError) {
	if len(data) == 0 {
		return "", []*core.InputError{{Path: src, Err: core.ErrEmpty}}
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return "", []*core.InputError{{Path: src, Err: fmt.Errorf("%w: UTF-16 text is not supported; convert it to UTF-8", core.ErrBinary)}}
	}
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	head := data[:min(len(data), sniffLen)]
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", []*core.InputError{{Path: src, Line: 1 + bytes.Count(data[:i], []byte{'\n'}), Err: fmt.Errorf("%w: NUL byte", core.ErrBinary)}}
	}
	ctrl := 0
	for _, c := range head {
		// ESC is left to blankEscapes: colour codes are not binary.
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b) || c == 0x7F {
			ctrl++
		}
	}
	if ctrl > 0 && ctrl*20 > len(head) {
		return "", []*core.InputError{{Path: src, Err: fmt.Errorf("%w: %d control characters in the first %d bytes", core.ErrBinary, ctrl, len(head))}}
	}
	var errs []*core.InputError
	hasCR := bytes.IndexByte(data, '\r') >= 0
	if utf8.Valid(data) && !hasCR {
		return string(data), nil
	}
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	bad, firstBad := 0, 0
	line := 1
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '\n':
			line++
			b.WriteByte(c)
			i++
		case c == '\r':
			// CRLF and lone CR both end a line.
			b.WriteByte('\n')
			line++
			i++
			if i < len(data) && data[i] == '\n' {
				i++
			}
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
		default:
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n == 1 {
				if bad == 0 {
					firstBad = line
				}
				bad++
				b.WriteRune(cp1252(c))
				i++
				continue
			}
			b.Write(data[i : i+n])
			i += n
		}
	}
	if bad > 0 {
		errs = append(errs, &core.InputError{Path: src, Line: firstBad, Warning: true,
			Err: fmt.Errorf("invalid UTF-8: %d byte(s) decoded as Windows-1252 (Latin-1)", bad)})
	}
	return b.String(), errs
}

// cp1252High maps bytes 0x80–0x9F of Windows-1252; 0 marks the five bytes
// the code page leaves undefined.
var cp1252High = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// cp1252 decodes one byte ≥ 0x80 as Windows-1252.
func cp1252(c byte) rune {
	if c >= 0xA0 {
		return rune(c)
	}
	if r := cp1252High[c-0x80]; r != 0 {
		return r
	}
	return utf8.RuneError
}

// uniqueIDs makes article ids unique in order, renaming later duplicates
// with a "~N" suffix and a Warning each.
func uniqueIDs(arts []*core.Article) []*core.InputError {
	return uniqueIDsSeen(arts, make(map[string]bool, len(arts)))
}

// uniqueIDsSeen is uniqueIDs after the ids in seen, which it extends.
func uniqueIDsSeen(arts []*core.Article, seen map[string]bool) []*core.InputError {
	var errs []*core.InputError
	for _, a := range arts {
		if !seen[a.ID] {
			seen[a.ID] = true
			continue
		}
		old := a.ID
		for n := 2; ; n++ {
			id := old + "~" + strconv.Itoa(n)
			if !seen[id] {
				a.ID = id
				seen[id] = true
				break
			}
		}
		errs = append(errs, &core.InputError{Path: a.Source, Line: a.Line, Warning: true,
			Err: fmt.Errorf("duplicate article id %q renamed %q", old, a.ID)})
	}
	return errs
}

// lines splits s into lines without their '\n', each with its start offset.
type lineSpan struct{ start, end int }

func splitLines(s string) []lineSpan {
	out := make([]lineSpan, 0, strings.Count(s, "\n")+1)
	start := 0
	for {
		i := strings.IndexByte(s[start:], '\n')
		if i < 0 {
			out = append(out, lineSpan{start, len(s)})
			return out
		}
		out = append(out, lineSpan{start, start + i})
		start += i + 1
	}
}

// isBlank reports whether s holds only white space.
func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// trimSpan narrows [start, end) of s to drop white space at both ends.
func trimSpan(s string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:end])
		if !isSpaceRune(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !isSpaceRune(r) {
			break
		}
		end -= n
	}
	return start, end
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x2007, 0x202F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200B || unicode.IsSpace(r)
}

// makeArticle builds an article whose Text is content[start:end] trimmed,
// starting on the line that holds its first byte.
func makeArticle(content string, start, end int, lines []lineSpan) (text string, line int) {
	start, end = trimSpan(content, start, end)
	idx, _ := slices.BinarySearchFunc(lines, start, func(l lineSpan, off int) int {
		switch {
		case l.end < off:
			return -1
		case l.start > off:
			return 1
		}
		return 0
	})
	if idx >= len(lines) {
		idx = len(lines) - 1
	}
	// Keep the indentation of the first line, so that Text starts at column
	// 1 of its line and columns counted from Text are the file's columns.
	if idx >= 0 && lines[idx].start <= start && lines[idx].start >= 0 && isBlank(content[lines[idx].start:start]) {
		start = lines[idx].start
	}
	return content[start:end], idx + 1
}

// hasPrefixFold reports whether s starts with prefix, ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

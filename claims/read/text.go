package read

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"go.yaml.in/yaml/v3"
)

// A plain-text or Markdown input holds one article. It may open with YAML
// front matter between two "---" lines (the closing line may also be
// "..."):
//
//	---
//	outlet: Reuters
//	title: Floods displace thousands
//	published: 2024-05-02
//	url: https://example.com/floods
//	---
//	# Floods displace thousands
//
//	Body paragraphs…
//
// The fields outlet, title, published and url are read (as written, so a
// date stays "2024-05-02"); other fields are ignored. A YAML error, a field
// that is not a plain value or front matter that is not closed is an
// InputError with the file's line, and the file yields no article.
//
// The title is the front matter's title, else the first non-blank line of
// the body: a Markdown ATX heading ("# Title", in both formats) loses its
// marks, and in Markdown a line underlined with "===" or "---" is a title too.
// That first line is taken out of Text — when the front matter gives the
// title, only if it is a heading or repeats the title. Two exceptions keep
// the first line in Text: when it is the only line (it is then title and
// text both) and when it is longer than maxTitleRunes (a paragraph, not a
// headline; Title stays empty). Text runs from the next non-blank line to the
// end of the file, trimmed. The id of the article is the file's id.
//
// A Markdown body is first read as Markdown (see markdownText): its markup
// becomes spaces, so that Text holds the words without links, emphasis,
// comments or code, at the byte offsets and lines they have in the file.
// Its crosscheck-ignore comments become the article's Ignore directives.

// maxTitleRunes is the length beyond which a first line is body text.
const maxTitleRunes = 200

// frontMatter is what the readers take from YAML front matter.
type frontMatter struct {
	outlet, title, published, url string
	titleLine                     int // the line of the title field
}

// readText reads one plain-text article (parseText).
func readText(in input) ([]*core.Article, []*core.InputError) {
	return parseText(in.src, in.id, in.content, false)
}

// parseText reads one plain-text (md false) or Markdown article.
func parseText(src, id, content string, md bool) ([]*core.Article, []*core.InputError) {
	lines := splitLines(content)
	meta, body, err := splitFrontMatter(src, content, lines)
	if err != nil {
		return nil, []*core.InputError{err}
	}
	var ignored []core.Ignore
	if md {
		content, ignored = readMarkdownBody(content, lines, body)
	}
	a := &core.Article{
		ID:        id,
		Ignore:    ignored,
		Outlet:    meta.outlet,
		Title:     meta.title,
		TitleLine: meta.titleLine,
		Published: meta.published,
		URL:       meta.url,
	}
	first := -1
	for i := body; i < len(lines); i++ {
		if !isBlank(content[lines[i].start:lines[i].end]) {
			first = i
			break
		}
	}
	if first < 0 {
		a.Line = min(body+1, len(lines))
		return []*core.Article{a}, []*core.InputError{{Path: src, Line: a.Line, Warning: true, Err: errors.New("article has no text")}}
	}
	firstLine := content[lines[first].start:lines[first].end]
	textFrom := lines[first].end // offset after the title; Text starts after it
	title, isHeading := atxHeading(firstLine)
	underlined := false
	if !isHeading && md && first+1 < len(lines) && isSetextUnderline(content[lines[first+1].start:lines[first+1].end]) {
		title, isHeading, underlined = cleanTitle(firstLine), true, true
		textFrom = lines[first+1].end
	}
	switch {
	case isHeading:
		if a.Title == "" {
			a.Title, a.TitleLine = title, first+1
		}
	case a.Title != "":
		if sameTitle(firstLine, a.Title) {
			break
		}
		textFrom = lines[first].start
	case utf8.RuneCountInString(strings.TrimSpace(firstLine)) > maxTitleRunes,
		!standsAlone(content, lines, first), endsLikeSentence(firstLine):
		// A long line, a line whose paragraph goes on, or one that ends
		// like a sentence is body text, not a headline.
		textFrom = lines[first].start
	default:
		a.Title, a.TitleLine = cleanTitle(firstLine), first+1
	}
	a.Text, a.Line = makeArticle(content, textFrom, len(content), lines)
	if a.Text == "" && !underlined {
		// A lone line is both the title and the text.
		a.Text, a.Line = makeArticle(content, lines[first].start, len(content), lines)
		if isHeading {
			a.Text = ""
		}
	}
	if a.Text == "" {
		a.Line = first + 1
		return []*core.Article{a}, []*core.InputError{{Path: src, Line: a.Line, Warning: true, Err: errors.New("article has a title but no text")}}
	}
	return []*core.Article{a}, nil
}

// splitFrontMatter reads the front matter of a text or Markdown file, if
// it opens with one, and returns the index of the first body line.
func splitFrontMatter(src, content string, lines []lineSpan) (frontMatter, int, *core.InputError) {
	if len(lines) == 0 || !isFence(content[lines[0].start:lines[0].end], false) {
		return frontMatter{}, 0, nil
	}
	for end := 1; end < len(lines); end++ {
		if isFence(content[lines[end].start:lines[end].end], true) {
			meta, err := parseFrontMatter(src, content[lines[1].start:lines[end].start], 2)
			return meta, end + 1, err
		}
	}
	return frontMatter{}, 0, &core.InputError{Path: src, Line: 1, Err: errors.New("front matter opened with \"---\" is not closed")}
}

// readMarkdownBody returns content with the markup of the body (from line
// index body) replaced by spaces, so that lines and offsets stay those of
// the file, and the body's crosscheck-ignore directives.
func readMarkdownBody(content string, lines []lineSpan, body int) (string, []core.Ignore) {
	base := len(content)
	if body < len(lines) {
		base = lines[body].start
	}
	masked, raw := markdownText(content[base:])
	content = content[:base] + masked
	return content, ignores(content, base, raw)
}

// isFence reports whether a line opens ("---") or closes ("---" or "...")
// front matter.
func isFence(s string, closing bool) bool {
	s = strings.TrimRight(s, " \t")
	return s == "---" || (closing && s == "...")
}

// atxHeading returns the text of a Markdown ATX heading ("## Title ##").
func atxHeading(s string) (string, bool) {
	t := strings.TrimLeft(s, " ")
	if len(s)-len(t) > 3 {
		return "", false
	}
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(t) && t[n] != ' ' && t[n] != '\t') {
		return "", false
	}
	h := strings.TrimSpace(t[n:])
	if k := strings.TrimRight(h, "#"); len(k) < len(h) && (k == "" || strings.HasSuffix(k, " ") || strings.HasSuffix(k, "\t")) {
		h = strings.TrimSpace(k)
	}
	return cleanTitle(h), true
}

// isSetextUnderline reports whether a line is a Markdown setext underline.
func isSetextUnderline(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 2 {
		return false
	}
	c := s[0]
	if c != '=' && c != '-' {
		return false
	}
	return strings.Trim(s, string(c)) == ""
}

// parseFrontMatter decodes the YAML between the fences; firstLine is the file
// line of its first line.
func parseFrontMatter(src, y string, firstLine int) (frontMatter, *core.InputError) {
	var meta frontMatter
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(y), &doc); err != nil {
		line, msg := yamlErrorLine(err.Error())
		if line > 0 {
			line += firstLine - 1
		} else {
			line = firstLine - 1
		}
		return meta, &core.InputError{Path: src, Line: line, Err: fmt.Errorf("front matter: %s", msg)}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return meta, nil // empty front matter
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return meta, nil
	}
	if root.Kind != yaml.MappingNode {
		return meta, &core.InputError{Path: src, Line: root.Line + firstLine - 1, Err: errors.New("front matter: want a mapping of fields (outlet, title, published, url)")}
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		var dst *string
		switch strings.ToLower(k.Value) {
		case "outlet":
			dst = &meta.outlet
		case "title":
			dst, meta.titleLine = &meta.title, k.Line+firstLine-1
		case "published":
			dst = &meta.published
		case "url":
			dst = &meta.url
		default:
			continue
		}
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		if v.Kind != yaml.ScalarNode {
			return meta, &core.InputError{Path: src, Line: v.Line + firstLine - 1, Err: fmt.Errorf("front matter: field %q: want a single value", k.Value)}
		}
		if v.Tag == "!!null" {
			continue
		}
		*dst = strings.TrimSpace(v.Value)
	}
	meta.title = cleanTitle(meta.title)
	return meta, nil
}

// yamlErrorLine takes the line number out of a yaml error message
// ("yaml: line 3: could not find expected ':'"). The library gives no
// structured position for syntax errors.
func yamlErrorLine(msg string) (int, string) {
	msg = strings.TrimPrefix(msg, "yaml: ")
	msg = strings.TrimPrefix(msg, "unmarshal errors:\n  ")
	rest, ok := strings.CutPrefix(msg, "line ")
	if !ok {
		return 0, msg
	}
	num, tail, ok := strings.Cut(rest, ": ")
	if !ok {
		return 0, msg
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 {
		return 0, msg
	}
	return n, tail
}

// standsAlone reports whether line i is a paragraph of its own: the next
// line is blank or there is none.
func standsAlone(content string, lines []lineSpan, i int) bool {
	return i+1 >= len(lines) || isBlank(content[lines[i+1].start:lines[i+1].end])
}

// endsLikeSentence reports whether a line ends with a full stop or a comma
// or semicolon, possibly inside closing quotes: headlines do not.
func endsLikeSentence(line string) bool {
	t := strings.TrimRightFunc(line, isSpaceRune)
	t = strings.TrimRight(t, "\"'’”»)")
	return strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "...") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";")
}

package read

import (
	"errors"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

// A bundle holds several articles in one text file. Each article starts with
// its title (its first non-blank line) and ends with the title repeated on a
// line of its own followed by a line "read more":
//
//	Title of the first article
//
//	Body paragraphs…
//
//	Title of the first article
//	read more
//
//	Title of the second article
//	…
//
// The repeat is compared ignoring case and runs of white space; blank lines
// may stand between it and "read more". A "read more" line not preceded by
// the repeated title is ordinary body text. Article n of file f gets the id
// "f#n"; its Text runs from the first non-blank line after the title to the
// last non-blank line before the repeat, so the title and terminator are not
// part of Text. Text left after the last terminator becomes a last article
// with a Warning.

// bundleMark is one article found in a bundle, as line indexes.
type bundleMark struct {
	title  int // the title line
	repeat int // the repeated title line (end of body); len(lines) when unterminated
}

// bundleMarks finds the articles of a bundle. terminated counts those closed
// by a repeated title and "read more".
func bundleMarks(content string, lines []lineSpan) (marks []bundleMark, terminated int) {
	first, last := -1, -1 // first and last non-blank line of the current article
	for i, l := range lines {
		s := content[l.start:l.end]
		if isBlank(s) {
			continue
		}
		if first >= 0 && last > first && isReadMore(s) {
			if sameTitle(content[lines[first].start:lines[first].end], content[lines[last].start:lines[last].end]) {
				marks = append(marks, bundleMark{title: first, repeat: last})
				terminated++
				first, last = -1, -1
				continue
			}
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	if first >= 0 {
		marks = append(marks, bundleMark{title: first, repeat: len(lines)})
	}
	return marks, terminated
}

// isBundle reports whether content has at least one bundle terminator.
func isBundle(content string) bool {
	if !hasReadMoreLine(content) {
		return false
	}
	_, n := bundleMarks(content, splitLines(content))
	return n > 0
}

// readBundle splits a bundle into its articles.
func readBundle(in input) ([]*core.Article, []*core.InputError) {
	src, id, content := in.src, in.id, in.content
	lines := splitLines(content)
	marks, _ := bundleMarks(content, lines)
	var arts []*core.Article
	var errs []*core.InputError
	for n, m := range marks {
		tl := lines[m.title]
		a := &core.Article{
			ID:    id + "#" + strconv.Itoa(n+1),
			Title: cleanTitle(content[tl.start:tl.end]), TitleLine: m.title + 1,
		}
		end := len(content)
		if m.repeat < len(lines) {
			end = lines[m.repeat].start
		} else {
			errs = append(errs, &core.InputError{Path: src, Line: m.title + 1, Warning: true,
				Err: errors.New("bundle article does not end with its title repeated and \"read more\"")})
		}
		start := tl.end
		a.Text, a.Line = makeArticle(content, start, end, lines)
		if a.Text == "" {
			a.Line = m.title + 1
			errs = append(errs, &core.InputError{Path: src, Line: a.Line, Warning: true,
				Err: errors.New("article has a title but no text")})
		}
		arts = append(arts, a)
	}
	return arts, errs
}

// isReadMore reports whether a line is the bundle terminator "read more"
// (any case, surrounding white space and trailing ellipsis or arrows
// allowed).
func isReadMore(s string) bool {
	s = strings.TrimFunc(s, func(r rune) bool {
		return isSpaceRune(r) || strings.ContainsRune(".…:»›>→", r)
	})
	return len(s) == len("read more") && strings.EqualFold(s, "read more")
}

// hasReadMoreLine reports quickly whether some line of s is "read more".
func hasReadMoreLine(s string) bool {
	for len(s) > 0 {
		line := s
		i := strings.IndexByte(s, '\n')
		if i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if len(line) < 40 && len(line) >= len("read more") && isReadMore(line) {
			return true
		}
	}
	return false
}

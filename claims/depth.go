package claims

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// depthError is an HTML page nested deeper than the limit, at a line.
type depthError struct {
	line, max int
}

func (e *depthError) Error() string {
	return fmt.Sprintf("%v: more than %d elements open at once (--max-html-depth)", ErrTooDeep, e.max)
}

func (e *depthError) Unwrap() error { return ErrTooDeep }

// checkDepth tokenizes an HTML page and fails when more than max elements
// are open at once (no limit when max < 0). It keeps a stack of open
// elements as a simplified tree builder would: void and self-closing
// elements open nothing, an end tag closes up to the element it names, and
// the elements whose end tag HTML leaves optional (p, li, dt, dd, option,
// tr, td, th) are closed by a sibling or by a block that cannot sit in
// them. It takes time linear in the page times the depth, which it bounds.
func checkDepth(content string, max int) *depthError {
	if max < 0 {
		return nil
	}
	z := html.NewTokenizer(strings.NewReader(content))
	var open []atom.Atom
	line := 1
	for {
		tt := z.Next()
		raw := z.Raw()
		switch tt {
		case html.ErrorToken:
			return nil
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElements[a] {
				break
			}
			open = closeImplied(open, a)
			open = append(open, a)
			if len(open) > max {
				return &depthError{line: line + countNewlines(raw), max: max}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == a {
					open = open[:i]
					break
				}
			}
		}
		line += countNewlines(raw)
	}
}

// closeImplied pops from open the elements a start tag of a closes.
func closeImplied(open []atom.Atom, a atom.Atom) []atom.Atom {
	for len(open) > 0 {
		top := open[len(open)-1]
		closes := false
		switch top {
		case atom.P:
			closes = blockElements[a]
		case atom.Li:
			closes = a == atom.Li
		case atom.Dt, atom.Dd:
			closes = a == atom.Dt || a == atom.Dd
		case atom.Option:
			closes = a == atom.Option || a == atom.Optgroup
		case atom.Td, atom.Th:
			closes = a == atom.Td || a == atom.Th || a == atom.Tr
		case atom.Tr:
			closes = a == atom.Tr
		}
		if !closes {
			return open
		}
		open = open[:len(open)-1]
	}
	return open
}

// voidElements never have content.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// blockElements close an open p.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Details: true, atom.Div: true, atom.Dl: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true, atom.Ul: true,
}

package read

import (
	"errors"
	"fmt"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"golang.org/x/net/html"
)

// ErrDeepText marks the Warning of an HTML page whose text nested deeper
// than the walk over its tree goes (maxHTMLDepth elements, which only a
// page read with a --max-html-depth above it, or none, can reach) was left
// out: nothing of a page is dropped without a word.
var ErrDeepText = errors.New("HTML text nested too deep left out")

// deepText is the text a walk over an HTML tree left out for being nested
// too deep: how many bytes of it are not white space, and the line of the
// first element it was in (0 when unknown).
type deepText struct {
	bytes, line int
}

// add counts the text of the subtree n, which lies deeper than the walk
// goes. It walks the subtree without recursion, so a tree of any depth
// costs time linear in its size and no stack.
func (d *deepText) add(n *html.Node) {
	for c := n; c != nil; c = nextInSubtree(c, n) {
		switch c.Type {
		case html.TextNode:
			if t := strings.TrimFunc(c.Data, isSpaceRune); t != "" {
				d.bytes += len(t)
				if d.line == 0 {
					d.line = lineOfNearest(c)
				}
			}
		case html.ElementNode:
			if skipTags[c.DataAtom] {
				// Not article text: its children are skipped as the
				// walk would skip them.
				c = lastInSubtree(c)
			}
		}
	}
}

// warning is the InputError of the text left out of src, nil when none was.
func (d deepText) warning(src string) *core.InputError {
	if d.bytes == 0 {
		return nil
	}
	return &core.InputError{Path: src, Line: d.line, Warning: true,
		Err: fmt.Errorf("%w: %d bytes of text more than %d elements deep not read", ErrDeepText, d.bytes, maxHTMLDepth)}
}

// nextInSubtree returns the node after c in a pre-order walk of the subtree
// root, nil at its end.
func nextInSubtree(c, root *html.Node) *html.Node {
	if c.FirstChild != nil {
		return c.FirstChild
	}
	for ; c != root; c = c.Parent {
		if c.NextSibling != nil {
			return c.NextSibling
		}
	}
	return nil
}

// lastInSubtree returns the last node of the subtree c in pre-order, so
// that nextInSubtree goes on past the subtree.
func lastInSubtree(c *html.Node) *html.Node {
	for c.LastChild != nil {
		c = c.LastChild
	}
	return c
}

// lineOfNearest returns the line of the nearest element holding n that
// carries one, 0 when none does.
func lineOfNearest(n *html.Node) int {
	for p := n.Parent; p != nil; p = p.Parent {
		if l := nodeLine(p); l > 0 {
			return l
		}
	}
	return 0
}

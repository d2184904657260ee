package read

import (
	"golang.org/x/net/html/atom"
)

// The closing rules of depthModel. Each closes no more than the tree
// builder would, so that the model's depth is never less than the tree's.

// openInScope returns the index in open of the last element of atom x, when
// no element that bounds a scope (scopeBounds) stands above it, for a list
// item no list and for a p or a button no button; -1 otherwise. Its scope is narrower than the tree
// builder's: it finds no more than the tree builder would close.
func openInScope(open []elem, x atom.Atom) int {
	for i := len(open) - 1; i >= 0; i-- {
		switch e := open[i].a; {
		case e == x:
			return i
		case scopeBounds[e], x == atom.Li && (e == atom.Ol || e == atom.Ul),
			(x == atom.P || x == atom.Button) && e == atom.Button:
			return -1
		}
	}
	return -1
}

// closeOther pops from open the last element like x and what is above it,
// when no block (specialElements) stands above it: the end tag of an
// element that is no block.
func closeOther(open []elem, x elem) []elem {
	for i := len(open) - 1; i >= 0; i-- {
		e := open[i]
		if e.a == x.a && e.name == x.name {
			return open[:i]
		}
		if specialElements[e.a] {
			return open
		}
	}
	return open
}

// closeImplied pops from open the elements a start tag of a closes: a
// block closes an open p in scope (with what is above it), a table put
// straight in a table closes it, a button closes an open button, a list
// item, a cell, a row or a row group closes the last one, an option the
// last option.
func closeImplied(open []elem, a atom.Atom) []elem {
	if blockElements[a] {
		if i := openInScope(open, atom.P); i >= 0 {
			open = open[:i]
		}
	}
	if a == atom.Table || a == atom.Button {
		if i := openInScope(open, a); i >= 0 {
			open = open[:i]
		}
	}
	switch a {
	case atom.Li:
		open = closeItem(open, atom.Li, atom.Li)
	case atom.Dt, atom.Dd:
		open = closeItem(open, atom.Dt, atom.Dd)
	case atom.Td, atom.Th, atom.Tr, atom.Tbody, atom.Thead, atom.Tfoot:
		open = closeTablePart(open, a)
	case atom.Option, atom.Optgroup:
		if n := len(open); n > 0 && open[n-1].a == atom.Option {
			open = open[:n-1]
		}
	}
	return open
}

// closeItem pops from open the last x or y and what is above it, when only
// formatting elements, address, div and p stand above it (how a new list
// item closes the last one).
func closeItem(open []elem, x, y atom.Atom) []elem {
	for i := len(open) - 1; i >= 0; i-- {
		switch e := open[i].a; {
		case e == x || e == y:
			return open[:i]
		case formattingElements[e] || e == atom.Address || e == atom.Div || e == atom.P:
		default:
			return open
		}
	}
	return open
}

// closeTablePart pops from open, for a start tag of a cell, a row or a
// row group, the cell, row or row group of the innermost table or
// template it closes and what is above it.
func closeTablePart(open []elem, a atom.Atom) []elem {
	closes := map[atom.Atom]bool{atom.Td: true, atom.Th: true}
	switch a {
	case atom.Tr:
		closes[atom.Tr] = true
	case atom.Tbody, atom.Thead, atom.Tfoot:
		closes = tableParts
	}
	low := -1
	for i := len(open) - 1; i >= 0; i-- {
		e := open[i].a
		if e == atom.Table || e == atom.Template || e == atom.Html {
			break
		}
		if closes[e] {
			low = i
		}
	}
	if low < 0 {
		return open
	}
	return open[:low]
}

// impliedParents returns the elements the tree builder opens before a
// when open ends as it does: a row or a cell put straight in a table
// opens a tbody (and a tr) first.
func impliedParents(open []elem, a atom.Atom) []atom.Atom {
	if len(open) == 0 || open[len(open)-1].a != atom.Table {
		return nil
	}
	switch a {
	case atom.Tr:
		return []atom.Atom{atom.Tbody}
	case atom.Td, atom.Th:
		return []atom.Atom{atom.Tbody, atom.Tr}
	}
	return nil
}

// scopeBounds are the elements that bound a scope: an end tag does not
// close what lies below them. The list holds the tree builder's default
// scope, and select and frameset, in which end tags are ignored.
var scopeBounds = map[atom.Atom]bool{
	atom.Table: true, atom.Td: true, atom.Th: true, atom.Caption: true,
	atom.Applet: true, atom.Marquee: true, atom.Object: true,
	atom.Template: true, atom.Html: true, atom.Select: true, atom.Frameset: true,
	atom.ForeignObject: true, atom.Desc: true, atom.Title: true, atom.Mi: true,
	atom.Mo: true, atom.Mn: true, atom.Ms: true, atom.Mtext: true, atom.AnnotationXml: true,
}

// markerElements put a marker in the list of active formatting elements:
// formatting elements opened before them are not reopened inside them.
var markerElements = map[atom.Atom]bool{
	atom.Td: true, atom.Th: true, atom.Caption: true, atom.Template: true,
	atom.Applet: true, atom.Object: true, atom.Marquee: true,
}

// voidElements never have content.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
	atom.Keygen: true, atom.Frame: true, atom.Basefont: true, atom.Bgsound: true,
}

// formattingElements are the elements the tree builder reopens and
// adopts when they are closed out of order.
var formattingElements = map[atom.Atom]bool{
	atom.A: true, atom.B: true, atom.Big: true, atom.Code: true, atom.Em: true,
	atom.Font: true, atom.I: true, atom.Nobr: true, atom.S: true, atom.Small: true,
	atom.Strike: true, atom.Strong: true, atom.Tt: true, atom.U: true,
}

// tableParts are the elements the tree builder ignores outside a table.
var tableParts = map[atom.Atom]bool{
	atom.Caption: true, atom.Col: true, atom.Colgroup: true, atom.Tbody: true,
	atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true,
}

// blockElements close an open p.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Details: true, atom.Div: true, atom.Dl: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true, atom.Ul: true,
	atom.Li: true, atom.Dd: true, atom.Dt: true, atom.Center: true, atom.Dialog: true,
	atom.Dir: true, atom.Hgroup: true, atom.Menu: true, atom.Search: true,
	atom.Summary: true, atom.Listing: true, atom.Plaintext: true, atom.Xmp: true,
}

// specialElements are the tree builder's special elements: the end tag of
// an element that is none does not close past them.
var specialElements = map[atom.Atom]bool{
	atom.Address: true, atom.Applet: true, atom.Area: true, atom.Article: true,
	atom.Aside: true, atom.Base: true, atom.Basefont: true, atom.Bgsound: true,
	atom.Blockquote: true, atom.Body: true, atom.Br: true, atom.Button: true,
	atom.Caption: true, atom.Center: true, atom.Col: true, atom.Colgroup: true,
	atom.Dd: true, atom.Details: true, atom.Dir: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Embed: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.Frame: true,
	atom.Frameset: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Head: true, atom.Header: true, atom.Hgroup: true,
	atom.Hr: true, atom.Html: true, atom.Iframe: true, atom.Img: true, atom.Input: true,
	atom.Keygen: true, atom.Li: true, atom.Link: true, atom.Listing: true, atom.Main: true,
	atom.Marquee: true, atom.Menu: true, atom.Meta: true, atom.Nav: true,
	atom.Noembed: true, atom.Noframes: true, atom.Noscript: true, atom.Object: true,
	atom.Ol: true, atom.P: true, atom.Param: true, atom.Plaintext: true, atom.Pre: true,
	atom.Script: true, atom.Search: true, atom.Section: true, atom.Select: true,
	atom.Source: true, atom.Style: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Td: true, atom.Template: true, atom.Textarea: true,
	atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Title: true, atom.Tr: true,
	atom.Track: true, atom.Ul: true, atom.Wbr: true, atom.Xmp: true,
	atom.Mi: true, atom.Mo: true, atom.Mn: true, atom.Ms: true, atom.Mtext: true,
	atom.AnnotationXml: true, atom.ForeignObject: true, atom.Desc: true,
}

// headings are h1 to h6: one closes another open right before it.
var headings = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// mathTextPoints are the MathML elements that hold HTML.
var mathTextPoints = map[atom.Atom]bool{
	atom.Mi: true, atom.Mo: true, atom.Mn: true, atom.Ms: true, atom.Mtext: true, atom.AnnotationXml: true,
}

// breakouts are the HTML elements whose start tag closes the SVG or MathML
// it is met in.
var breakouts = map[atom.Atom]bool{
	atom.B: true, atom.Big: true, atom.Blockquote: true, atom.Body: true, atom.Br: true,
	atom.Center: true, atom.Code: true, atom.Dd: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Em: true, atom.Embed: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Head: true,
	atom.Hr: true, atom.I: true, atom.Img: true, atom.Li: true, atom.Listing: true,
	atom.Menu: true, atom.Meta: true, atom.Nobr: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Ruby: true, atom.S: true, atom.Small: true, atom.Span: true,
	atom.Strong: true, atom.Strike: true, atom.Sub: true, atom.Sup: true, atom.Table: true,
	atom.Tt: true, atom.U: true, atom.Ul: true, atom.Var: true,
}

// rawInSelect are the elements whose content is raw text, but not when
// they are met (and ignored) in a select.
var rawInSelect = map[atom.Atom]bool{
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true,
	atom.Plaintext: true, atom.Style: true, atom.Title: true, atom.Xmp: true, atom.Textarea: true,
}

package read

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// depthError is an HTML page nested deeper than the limit, at a line.
type depthError struct {
	line, max int
}

// Error says how deep the page may nest.
func (e *depthError) Error() string {
	return fmt.Sprintf("%v: more than %d elements open at once (--max-html-depth)", ErrTooDeep, e.max)
}

// Unwrap is ErrTooDeep.
func (e *depthError) Unwrap() error { return ErrTooDeep }

// checkDepth tokenizes an HTML page and fails when more than max elements
// are open at once (no limit when max < 0). It keeps a stack of open
// elements as a simplified tree builder would (depthModel), erring on the
// side of more depth, never less: parsing and main-text extraction take
// time that grows with the square of the depth the real tree builder
// reaches. It takes time linear in the page times the depth, which it
// bounds.
func checkDepth(content string, max int) *depthError {
	if max < 0 {
		return nil
	}
	z := html.NewTokenizer(strings.NewReader(content))
	var m depthModel
	line := 1
	for {
		tt := z.Next()
		raw := z.Raw()
		switch tt {
		case html.ErrorToken:
			return nil
		case html.TextToken:
			m.reconstruct()
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if m.foreign() || (rawInSelect[a] && m.inSelect()) {
				// In SVG and MathML, <title>, <style> and <script> hold
				// elements, not raw text; in a select they are ignored,
				// and so is the raw text mode they would start.
				z.NextIsNotRawText()
			}
			key := ""
			if formattingElements[a] {
				key = formattingKey(z, name, hasAttr)
			}
			m.start(a, string(name), key, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			m.endTag(atom.Lookup(name), string(name))
		}
		if len(m.open) > max {
			return &depthError{line: line + countNewlines(raw), max: max}
		}
		line += countNewlines(raw)
	}
}

// elem is an element open in a depthModel: its atom, or its name when it
// has none (a custom element), and its namespace (0 for HTML, atom.Svg or
// atom.Math); id tells apart two elements of one name.
type elem struct {
	a    atom.Atom
	name string
	id   int
	ns   atom.Atom
	// below counts, by kind, the elements open at or below it, so that
	// the model knows in constant time whether one is open.
	below counts
}

// Kinds of elements a depthModel counts (elem.below).
const (
	kindMarker = iota // markerElements
	kindSelect        // an HTML select
	kindTable
	kindTemplate
	kindForm
	kindHTML
	kindBody
	kindHead
	kinds
)

// counts are numbers of elements by kind.
type counts [kinds]int32

// add counts the element a of namespace ns in c, by n.
func (c *counts) add(a, ns atom.Atom, n int32) {
	if markerElements[a] {
		c[kindMarker] += n
	}
	if k, ok := countedKinds[a]; ok && ns == 0 {
		c[k] += n
	}
}

// countedKinds are the HTML elements counted besides the markers.
var countedKinds = map[atom.Atom]int{
	atom.Select: kindSelect, atom.Table: kindTable, atom.Template: kindTemplate,
	atom.Form: kindForm, atom.Html: kindHTML, atom.Body: kindBody, atom.Head: kindHead,
}

// depthModel is the stack of open elements of a simplified tree builder.
// Void elements open nothing, nor do self-closing ones in SVG and MathML (in
// HTML "<div/>" opens a div). An end tag closes up to the element it names
// when no element that bounds a scope (a table, a cell, a template, ...)
// stands above it (for an element that is no block, when no block stands
// above it); the end tags of body and html close nothing. The elements
// whose end tag HTML leaves optional (p, li, dt, dd, option, tr, td, th)
// are closed by a sibling or by a block that cannot sit in them. Formatting
// elements (b, a, font, ...) closed by another's end tag are reopened
// before the next text or element, as the tree builder's list of active
// formatting elements does (depthfmt.go).
type depthModel struct {
	open []elem
	// active is the list of active formatting elements; an entry of id
	// 0 is a marker (a cell, a caption, a template, an object).
	active []formatting
	// activeMarkers counts the markers in active.
	activeMarkers int
	nextID        int
	// noops are the end tags that changed nothing in the state noopsAt:
	// met again in that state they change nothing either, which spares a
	// page of stray end tags a search of the stack each.
	noops   map[closeTag]bool
	noopsAt modelState
}

// closeTag is an end tag: its atom, or its name when it has none.
type closeTag struct {
	a    atom.Atom
	name string
}

// modelState tells apart the states of a depthModel: any element opened
// changes nextID, any closed the depth, any change to the list of active
// formatting elements its length or its count of markers.
type modelState struct {
	depth, nextID, active, markers int
}

func (m *depthModel) state() modelState {
	return modelState{len(m.open), m.nextID, len(m.active), m.activeMarkers}
}

// endTag closes what an end tag of a (of name when a is 0) closes, at once
// when the same tag in the same state closed nothing.
func (m *depthModel) endTag(a atom.Atom, name string) {
	tag, st := closeTag{a, name}, m.state()
	if st != m.noopsAt {
		clear(m.noops)
		m.noopsAt = st
	}
	if m.noops[tag] {
		return
	}
	m.end(a, name)
	if m.state() == st {
		if m.noops == nil {
			m.noops = map[closeTag]bool{}
		}
		m.noops[tag] = true
	}
}

// foreign reports whether the model stands in SVG or MathML, outside the
// elements in them that hold HTML (foreignObject, desc, title, mi, ...).
func (m *depthModel) foreign() bool {
	n := len(m.open)
	if n == 0 {
		return false
	}
	switch top := m.open[n-1]; top.ns {
	case atom.Svg:
		return top.a != atom.ForeignObject && top.a != atom.Desc && top.a != atom.Title
	case atom.Math:
		return !mathTextPoints[top.a]
	}
	return false
}

// below returns the counts of the elements open below index i of the
// stack.
func (m *depthModel) below(i int) counts {
	if i == 0 {
		return counts{}
	}
	return m.open[i-1].below
}

// has reports whether an element of kind k is open.
func (m *depthModel) has(k int) bool { return m.below(len(m.open))[k] > 0 }

// inSelect reports whether an HTML select is open.
func (m *depthModel) inSelect() bool { return m.has(kindSelect) }

// newElem makes the element a of namespace ns to open at index i.
func (m *depthModel) newElem(a atom.Atom, ns atom.Atom, i int) elem {
	m.nextID++
	e := elem{a: a, id: m.nextID, ns: ns, below: m.below(i)}
	e.below.add(a, ns, 1)
	return e
}

// remove takes the element at index i out of the stack, the elements
// above it staying open.
func (m *depthModel) remove(i int) {
	gone := m.open[i]
	m.open = slices.Delete(m.open, i, i+1)
	for j := i; j < len(m.open); j++ {
		m.open[j].below.add(gone.a, gone.ns, -1)
	}
}

// push opens an element of a (of name when a is 0) and returns it.
func (m *depthModel) push(a atom.Atom, name string, ns atom.Atom) elem {
	e := m.newElem(a, ns, len(m.open))
	if a == 0 {
		e.name = name
	}
	m.open = append(m.open, e)
	return e
}

// start opens the element of a start tag of a (name when a is unknown;
// key when a is a formatting element).
func (m *depthModel) start(a atom.Atom, name, key string, selfClosing bool) {
	if m.foreign() && breakouts[a] {
		m.breakOut()
	}
	var ns atom.Atom
	switch {
	case (a == atom.Svg || a == atom.Math) && !m.inSelect():
		// In a select, SVG and MathML are ignored; the model opens them
		// as HTML elements, which nothing met in them closes.
		ns = a
	case m.foreign():
		ns = m.open[len(m.open)-1].ns
	}
	switch {
	case ns != 0:
		if selfClosing {
			return
		}
	case voidElements[a]:
		if reconstructs(a) {
			m.reconstruct()
		}
		return
	case a == atom.Html && m.has(kindHTML), a == atom.Body && m.has(kindBody), a == atom.Head && m.has(kindHead):
		return // merged into the element already open
	case a == atom.Form && m.has(kindForm) && !m.has(kindTemplate):
		return // a form in a form is ignored, but in a template
	case tableParts[a] && !m.has(kindTable) && !m.has(kindTemplate):
		return // ignored outside a table
	default:
		m.closeBefore(a)
		m.open = append(m.open, m.implied(a)...)
	}
	if reconstructs(a) {
		m.reconstruct()
	}
	e := m.push(a, name, ns)
	switch {
	case formattingElements[a]:
		m.addFormatting(e, key)
	case markerElements[a]:
		m.active = append(m.active, formatting{})
		m.activeMarkers++
	}
}

// closeBefore closes what a start tag of a, in HTML, closes: the elements
// closeImplied names and a heading open right before a heading; a nobr in scope and an active a are adopted first, as their end
// tag would be.
func (m *depthModel) closeBefore(a atom.Atom) {
	switch {
	case a == atom.Nobr && openInScope(m.open, a) >= 0:
		m.adopt(a)
	case a == atom.A:
		for i := len(m.active) - 1; i >= 0 && m.active[i].id != 0; i-- {
			if m.active[i].a == atom.A {
				id := m.active[i].id
				m.adopt(a)
				m.active = slices.DeleteFunc(m.active, func(f formatting) bool { return f.id == id })
				if j := slices.IndexFunc(m.open, func(e elem) bool { return e.id == id }); j >= 0 {
					m.remove(j)
				}
				break
			}
		}
	}
	m.open = closeImplied(m.open, a)
	if n := len(m.open); headings[a] && n > 0 && headings[m.open[n-1].a] {
		m.open = m.open[:n-1]
	}
	m.clearMarkers()
}

// breakOut closes the SVG and MathML elements above the last element that
// holds HTML, as an HTML element met in them does; it stops at a frameset,
// which the model may have opened where the tree builder did not.
func (m *depthModel) breakOut() {
	for m.foreign() && m.open[len(m.open)-1].a != atom.Frameset {
		m.open = m.open[:len(m.open)-1]
	}
}

// implied opens the elements the tree builder opens before a.
func (m *depthModel) implied(a atom.Atom) []elem {
	var out []elem
	for _, p := range impliedParents(m.open, a) {
		out = append(out, m.newElem(p, 0, len(m.open)))
	}
	return out
}

// end closes what an end tag of a (of name when a is 0) closes.
func (m *depthModel) end(a atom.Atom, name string) {
	if m.foreign() && (a == atom.P || a == atom.Br) {
		m.breakOut()
	}
	switch {
	case a == atom.Body || a == atom.Html:
		return // the tree builder keeps body open
	case formattingElements[a]:
		m.adopt(a)
	case a == atom.Form || a == atom.Frameset:
		// </form> takes the form out of the stack, what is above it
		// staying open; so does </frameset>, as the model opens every
		// frameset the tree builder may ignore (after text).
		if i := openInScope(m.open, a); i >= 0 {
			m.remove(i)
		}
	case specialElements[a]:
		if i := openInScope(m.open, a); i >= 0 {
			m.open = m.open[:i]
		}
	case a == 0:
		m.open = closeOther(m.open, elem{name: name})
	default:
		m.open = closeOther(m.open, elem{a: a})
	}
	m.clearMarkers()
}

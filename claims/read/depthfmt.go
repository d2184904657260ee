package read

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// formatting is an entry of depthModel's list of active formatting
// elements: the element (id 0 for a marker) and its key (name and
// attributes), by which at most three alike are kept.
type formatting struct {
	elem
	key string
	// at is where in the stack the element was last seen, to find it
	// there in constant time while nothing below it moves.
	at int
}

// formattingKey is the name and the sorted attributes of the start tag z
// stands on: two formatting elements of one key are alike.
func formattingKey(z *html.Tokenizer, name []byte, hasAttr bool) string {
	var attrs []string
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		attrs = append(attrs, string(k)+"="+string(v))
	}
	slices.Sort(attrs)
	return string(name) + "\x00" + strings.Join(attrs, "\x00")
}

// lastMarker returns the index in m.active of the last marker, -1 if none.
func (m *depthModel) lastMarker() int {
	for i := len(m.active) - 1; i >= 0; i-- {
		if m.active[i].id == 0 {
			return i
		}
	}
	return -1
}

// isOpen reports whether the element of f is open, and keeps where.
func (m *depthModel) isOpen(f *formatting) bool {
	if f.at < len(m.open) && m.open[f.at].id == f.id {
		return true
	}
	f.at = slices.IndexFunc(m.open, func(e elem) bool { return e.id == f.id })
	if f.at < 0 {
		f.at = 0
		return false
	}
	return true
}

// addFormatting adds the formatting element e of key to the active list,
// after dropping the earliest of three alike since the last marker (the
// tree builder's "Noah's Ark" clause).
func (m *depthModel) addFormatting(e elem, key string) {
	alike, first := 0, -1
	for i := m.lastMarker() + 1; i < len(m.active); i++ {
		if m.active[i].key == key {
			if alike == 0 {
				first = i
			}
			alike++
		}
	}
	if alike >= 3 {
		m.active = slices.Delete(m.active, first, first+1)
	}
	m.active = append(m.active, formatting{elem: e, key: key, at: len(m.open) - 1})
}

// reconstruct reopens, in order, the active formatting elements since the
// last marker or open one that are no longer open, as the tree builder
// does before it inserts text or most elements.
func (m *depthModel) reconstruct() {
	i := len(m.active)
	for i > 0 && m.active[i-1].id != 0 && !m.isOpen(&m.active[i-1]) {
		i--
	}
	for ; i < len(m.active); i++ {
		m.active[i].elem = m.push(m.active[i].a, m.active[i].name, 0)
		m.active[i].at = len(m.open) - 1
	}
}

// reconstructs reports whether a start tag of a reopens the active
// formatting elements before it opens: any but the blocks and the like,
// and of those button, select, xmp, applet, marquee, object and the void
// elements of text (br, img, input, ...).
func reconstructs(a atom.Atom) bool {
	switch a {
	case atom.Button, atom.Select, atom.Xmp, atom.Applet, atom.Marquee, atom.Object,
		atom.Area, atom.Br, atom.Embed, atom.Img, atom.Keygen, atom.Wbr, atom.Input:
		return true
	}
	return !specialElements[a]
}

// clearMarkers drops the active formatting elements after each marker
// whose element (a cell, a caption, a template, an object) was closed.
func (m *depthModel) clearMarkers() {
	for m.activeMarkers > int(m.below(len(m.open))[kindMarker]) {
		m.active = m.active[:m.lastMarker()]
		m.activeMarkers--
	}
}

// adopt closes the formatting element an end tag of a closes, as the tree
// builder's adoption agency does, in short: an element not in the active
// list is closed as any other; one no longer open is dropped from the
// list; one with no block above it is closed with what is above it; one
// with a block above it is taken out of the stack and reopened above that
// block, the elements above staying open (so that "<b><div></b>" nests
// one level deeper each time, however the page closes it).
func (m *depthModel) adopt(a atom.Atom) {
	k := -1
	for i := len(m.active) - 1; i >= 0 && m.active[i].id != 0; i-- {
		if m.active[i].a == a {
			k = i
			break
		}
	}
	if k < 0 {
		m.open = closeOther(m.open, elem{a: a})
		return
	}
	f := m.active[k]
	i := slices.IndexFunc(m.open, func(e elem) bool { return e.id == f.id })
	switch {
	case i < 0:
		m.active = slices.Delete(m.active, k, k+1)
		return
	case slices.ContainsFunc(m.open[i+1:], func(e elem) bool { return scopeBounds[e.a] }):
		return // not in scope: ignored
	}
	block := slices.IndexFunc(m.open[i+1:], func(e elem) bool { return specialElements[e.a] })
	if block < 0 {
		m.open = m.open[:i]
		m.active = slices.Delete(m.active, k, k+1)
		return
	}
	m.remove(i)
	at := i + block + 1 // just above the block, which moved down by one
	clone := m.newElem(f.a, 0, at)
	m.open = slices.Insert(m.open, at, clone)
	m.active[k].elem, m.active[k].at = clone, at
}

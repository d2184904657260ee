package report

import (
	"bytes"
	"encoding/json"

	"github.com/crosscheck-news/crosscheck/internal/parallel"
)

// marshalReport is marshal(doc), the report's long lists encoded and
// indented on every core: the top level is written here, field by field
// in the order and with the names of JSONReport's tags, each long list in
// chunks of elements joined as encoding/json joins a slice's, and each
// chunk indented at the depth it stands at. The bytes are the same
// (TestMarshalReportIsMarshal).
func marshalReport(doc JSONReport) ([]byte, error) {
	var w compactWriter
	w.raw(`{"schema":`)
	w.value(doc.Schema)
	w.raw(`,"articles":`)
	appendList(&w, doc.Articles)
	w.raw(`,"stories":`)
	appendList(&w, doc.Stories)
	w.raw(`,"groups":`)
	appendList(&w, doc.Groups)
	w.raw(`,"facts":`)
	appendList(&w, doc.Facts)
	w.raw(`,"single":`)
	appendList(&w, doc.Single)
	w.raw(`,"inputs":`)
	w.value(doc.Inputs)
	w.raw("}\n")
	if w.err != nil {
		return nil, w.err
	}
	out := w.indented()
	if w.err != nil {
		return nil, w.err
	}
	return out, nil
}

// compactWriter writes a document as pieces of compact JSON: small
// pieces written in order (glue) and the chunks of long lists, encoded on
// every core. It keeps the first error.
type compactWriter struct {
	pieces []piece
	err    error
}

// piece is a run of compact JSON: its bytes, or for a chunk of a list the
// elements to encode.
type piece struct {
	src   []byte
	chunk func() ([]byte, error) // nil for glue
}

// glue returns the glue piece being written, starting one when the last
// piece is a chunk.
func (w *compactWriter) glue() *piece {
	if n := len(w.pieces); n == 0 || w.pieces[n-1].chunk != nil {
		w.pieces = append(w.pieces, piece{})
	}
	return &w.pieces[len(w.pieces)-1]
}

// raw appends s as it is.
func (w *compactWriter) raw(s string) {
	g := w.glue()
	g.src = append(g.src, s...)
}

// value appends the compact JSON of v.
func (w *compactWriter) value(v any) {
	b, err := compactJSON(v)
	if err != nil && w.err == nil {
		w.err = err
	}
	g := w.glue()
	g.src = append(g.src, b...)
}

// listChunk is the fewest elements of a list encoded as one piece.
const listChunk = 256

// appendList appends list to w as encoding/json writes a slice: "null"
// for nil, else "[", the elements joined by ",", "]"; a long list's
// elements go in chunks of listChunk.
func appendList[T any](w *compactWriter, list []T) {
	if list == nil || len(list) <= listChunk {
		w.value(list)
		return
	}
	w.raw("[")
	for lo := 0; lo < len(list); lo += listChunk {
		if lo > 0 {
			w.raw(",")
		}
		part := list[lo:min(lo+listChunk, len(list))]
		w.pieces = append(w.pieces, piece{chunk: func() ([]byte, error) {
			b, err := compactJSON(part)
			if err != nil {
				return nil, err
			}
			return b[1 : len(b)-1], nil // the elements, without the brackets
		}})
	}
	w.raw("]")
}

// indented encodes the chunks and indents every piece, on every core,
// each at the depth it starts at, and returns the pieces joined. A chunk
// holds whole elements of a list and ends at the depth it starts at; the
// glue is indented first, in order, to know the depths.
func (w *compactWriter) indented() []byte {
	out := make([][]byte, len(w.pieces))
	depths := make([]int, len(w.pieces))
	var chunks []int // indices of the chunks in pieces
	depth := 0
	for i, p := range w.pieces {
		depths[i] = depth
		if p.chunk == nil {
			out[i], depth = indentFrom(nil, p.src, depth)
		} else {
			chunks = append(chunks, i)
		}
	}
	errs := make([]error, len(w.pieces))
	parallel.ShareOut(len(chunks), 1, func(worker, workers int) {
		for k := worker; k < len(chunks); k += workers {
			i := chunks[k]
			var src []byte
			if src, errs[i] = w.pieces[i].chunk(); errs[i] == nil {
				out[i], _ = indentFrom(make([]byte, 0, len(src)*3/2), src, depths[i])
			}
		}
	})
	for _, err := range errs {
		if err != nil {
			w.err = err
			return nil
		}
	}
	return bytes.Join(out, nil)
}

// compactJSON is the compact JSON of v, without HTML escaping and without
// the newline an Encoder ends with.
func compactJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

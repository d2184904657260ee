package store

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// FuzzDecodeDoc: a document blob read from a database, whatever its bytes,
// decodes or fails with an error, never a panic; a decoded one encodes
// again.
func FuzzDecodeDoc(f *testing.F) {
	a := &claims.Article{ID: "a1", Outlet: "Wire", Title: "Quake", Text: "An earthquake killed at least 153 people.", Source: "a.md", Line: 3}
	docs, err := compare.Extract([]*claims.Article{a}, compare.DefaultOptions())
	if err != nil {
		f.Fatal(err)
	}
	blob, err := encodeDoc(docs[0])
	if err != nil {
		f.Fatal(err)
	}
	f.Add(blob)
	f.Add([]byte{})
	f.Add(blob[:len(blob)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := decodeDoc(b)
		if err != nil {
			return
		}
		if _, err := encodeDoc(d); err != nil {
			t.Fatalf("decoded document does not encode: %v", err)
		}
	})
}

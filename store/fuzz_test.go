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
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	if err != nil {
		f.Fatal(err)
	}
	blob, err := encodeDoc(ex.Doc(a))
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

// FuzzDecodeCounts: stored features and sentence counts, whatever their
// text, decode or fail with an error; decoded ones encode to text that
// decodes to the same.
func FuzzDecodeCounts(f *testing.F) {
	f.Add(encodeCounts(map[string]compare.TermCount{"quak": {Sentences: 2, Capital: 0, Lower: 3}}))
	f.Add(encodeFeatures(map[string]float64{"jajarkot": 3, "nepal": 1}))
	f.Add("x\t1\t2\n")
	f.Fuzz(func(t *testing.T, s string) {
		if c, err := decodeCounts(s); err == nil {
			again, err := decodeCounts(encodeCounts(c))
			if err != nil || len(again) != len(c) {
				t.Fatalf("counts %q do not survive encoding: %v", s, err)
			}
		}
		if m, err := decodeFeatures(s); err == nil {
			again, err := decodeFeatures(encodeFeatures(m))
			if err != nil || len(again) != len(m) {
				t.Fatalf("features %q do not survive encoding: %v", s, err)
			}
		}
	})
}

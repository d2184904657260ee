package store_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/store"
)

// BenchmarkCheck times a check of one article against an SQLite index of
// the example stories (the walk of its story component and the
// comparison).
func BenchmarkCheck(b *testing.B) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(b.TempDir(), "index.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	opts := store.Options{Compare: compare.DefaultOptions()}
	ref := load(b, "testdata/stories/kabul-airport-2021", "testdata/stories/kerman-2024",
		"testdata/stories/crocus-2024/aljazeera.md", "testdata/stories/crocus-2024/ap.md")
	fresh := load(b, "testdata/stories/crocus-2024/reuters.md")
	if _, err := store.Add(ctx, s, ref, opts); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, _, _, err := store.Check(ctx, s, fresh, opts); err != nil {
			b.Fatal(err)
		}
	}
}

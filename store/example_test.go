package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/store"
)

// Index a reference article once, then check a new article against the
// index.
func Example() {
	dir, err := os.MkdirTemp("", "index")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	s, err := store.Open(ctx, "sqlite:"+filepath.Join(dir, "index.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	opts := store.Options{Compare: compare.DefaultOptions(), Analyser: "example"}
	ref, _ := claims.Parse("wire.jsonl", []byte(`{"id":"w1","outlet":"Wire","title":"Jajarkot quake","text":"The earthquake in Jajarkot, western Nepal, killed 153 people, officials said on Saturday."}`), claims.LoadOptions{})
	for range 2 {
		n, err := store.Add(ctx, s, ref, opts)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("added %d, replaced %d, skipped %d\n", n.Added, n.Replaced, n.Skipped)
	}
	fresh, _ := claims.Parse("new.jsonl", []byte(`{"id":"n1","outlet":"Paper","title":"Nepal quake","text":"At least 160 people died when the earthquake struck Jajarkot in western Nepal on Friday."}`), claims.LoadOptions{})
	_, findings, _, err := store.Check(ctx, s, fresh, opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Printf("%s %q: %s\n", f.Figure.Measure, f.Figure.Text, f.Severity)
	}
	// Output:
	// added 1, replaced 0, skipped 0
	// added 0, replaced 0, skipped 1
	// killed "At least 160": conflict
}

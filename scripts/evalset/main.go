// Command evalset lays out the validation sets of testdata (a folder of
// events, each a folder of articles with a gold.json) as
// ../shared/eval/events.py reads them: for each event, OUT/<event>.jsonl
// (its articles as JSON Lines: id, outlet, title, text) and
// OUT/<event>.gold.json (its gold, naming the JSON Lines file).
//
//	go run ./scripts/evalset eval17-jsonl testdata/eval17
//	python3 ../shared/eval/events.py eval17-jsonl --input jsonl -- ./crosscheck report --format json
//
// An article's outlet is written only when its metadata names one: an
// outlet the text gives is left for crosscheck to find. Exit status 1 on
// any error.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/crosscheck-news/crosscheck/claims"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "evalset:", err)
		os.Exit(1)
	}
}

// run lays out the sets args[1:] in the folder args[0].
func run(args []string, stderr io.Writer) error {
	if len(args) < 2 {
		return errors.New("usage: evalset OUT SET...")
	}
	out := args[0]
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("make %s: %w", out, err)
	}
	for _, set := range args[1:] {
		golds, err := filepath.Glob(filepath.Join(set, "*", "gold.json"))
		if err != nil {
			return fmt.Errorf("list %s: %w", set, err)
		}
		if len(golds) == 0 {
			return fmt.Errorf("%s: no <event>/gold.json", set)
		}
		sort.Strings(golds)
		for _, g := range golds {
			if err := event(out, filepath.Dir(g)); err != nil {
				return err
			}
		}
		fmt.Fprintf(stderr, "evalset: %s: %d events\n", set, len(golds))
	}
	return nil
}

// record is one article of an event's JSON Lines file.
type record struct {
	ID     string `json:"id"`
	Outlet string `json:"outlet,omitempty"`
	Title  string `json:"title"`
	Text   string `json:"text"`
}

// event writes the JSON Lines file and the gold of the event in dir.
func event(out, dir string) error {
	slug := filepath.Base(dir)
	mds, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(mds) == 0 {
		return fmt.Errorf("%s: no articles (*.md)", dir)
	}
	arts, problems := claims.Load(mds, claims.LoadOptions{Format: claims.FormatMarkdown})
	for _, p := range problems {
		if !p.Warning {
			return fmt.Errorf("%s: %w", dir, p)
		}
	}
	f, err := os.Create(filepath.Join(out, slug+".jsonl"))
	if err != nil {
		return fmt.Errorf("create %s.jsonl: %w", slug, err)
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for i, a := range arts {
		r := record{ID: fmt.Sprintf("a%d", i+1), Title: a.Title, Text: a.Text}
		if a.OutletFrom == claims.OutletMetadata {
			r.Outlet = a.Outlet
		}
		if err := enc.Encode(r); err != nil {
			f.Close()
			return fmt.Errorf("write %s.jsonl: %w", slug, err)
		}
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s.jsonl: %w", slug, err)
	}
	return gold(out, dir, slug)
}

// gold copies the event's gold.json, naming the JSON Lines file in it.
func gold(out, dir, slug string) error {
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		return fmt.Errorf("read gold: %w", err)
	}
	var g map[string]any
	if err := json.Unmarshal(data, &g); err != nil {
		return fmt.Errorf("%s/gold.json: %w", dir, err)
	}
	g["file"] = slug + ".jsonl"
	b, err := json.MarshalIndent(g, "", " ")
	if err != nil {
		return fmt.Errorf("encode gold: %w", err)
	}
	if err := os.WriteFile(filepath.Join(out, slug+".gold.json"), append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s.gold.json: %w", slug, err)
	}
	return nil
}

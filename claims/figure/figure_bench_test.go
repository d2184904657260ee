package figure

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const benchSentence = "Gunmen killed at least 84 people and wounded more than 90 others on March 22, " +
	"officials said, the deadliest attack since 2017, when about 1.5 million people were displaced."

func BenchmarkFigures(b *testing.B) {
	ex, err := newFinder(defaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchSentence)))
	b.ReportAllocs()
	for b.Loop() {
		_ = ex.Figures(benchSentence)
	}
}

func BenchmarkFiguresNoNumbers(b *testing.B) {
	ex, err := newFinder(defaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	s := "The minister said on Tuesday that the talks with the opposition parties would resume after the holiday."
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = ex.Figures(s)
	}
}

func BenchmarkParseNumber(b *testing.B) {
	inputs := []string{"1,674", "one hundred and sixty-one", "1.5 million", "£15.8m", "forty-two"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			_, _, _ = ParseNumber(s)
		}
	}
}

// BenchmarkFiguresCorpus runs the extractor over every sentence of the BBC
// corpus (split crudely at ". "), when ../shared is there.
func BenchmarkFiguresCorpus(b *testing.B) {
	var sents []string
	size := 0
	root := "../../../shared/corpus/bbc-fulltext"
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		size += len(data)
		sents = append(sents, strings.Split(string(data), ". ")...)
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		b.Skipf("%s absent", root)
	}
	if err != nil {
		b.Fatal(err)
	}
	ex, err := newFinder(defaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			_ = ex.Figures(s)
		}
	}
}

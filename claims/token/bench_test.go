package token

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/claims/lang/english"
	"github.com/crosscheck-news/crosscheck/claims/segment"
)

// corpusEnv names the folder of plain-text articles BenchmarkTokenizeCorpus
// reads; the corpus is not part of the repository.
const corpusEnv = "CROSSCHECK_BENCH_CORPUS"

// corpusSentences returns the sentences of the first n text files (all
// of them when n < 0) under the folder named by CROSSCHECK_BENCH_CORPUS, in the order
// filepath.WalkDir visits them, skipping tb when there is none.
func corpusSentences(tb testing.TB, n int) []string {
	tb.Helper()
	dir := os.Getenv(corpusEnv)
	if dir == "" {
		tb.Skip(corpusEnv + " is not set")
	}
	lex := english.Lexicon()
	var out []string
	files := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".txt" || files == n {
			return err
		}
		text, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		s := string(text)
		for _, sp := range segment.New(&lex).Split(s) {
			out = append(out, s[sp.Start:sp.End])
		}
		return nil
	})
	if err != nil {
		tb.Fatalf("reading %s: %v", dir, err)
	}
	if len(out) == 0 {
		tb.Skip("no sentences under " + dir)
	}
	return out
}

// BenchmarkTokenizeCorpus tokenizes the sentences of 300 news articles
// with one Tokenizer, as one worker of the extractor does. Set
// CROSSCHECK_BENCH_CORPUS to a folder of .txt articles (the BBC full-text
// corpus, say); the benchmark is skipped without it.
func BenchmarkTokenizeCorpus(b *testing.B) { benchmarkTokenize(b, 300) }

// BenchmarkTokenizeWholeCorpus is BenchmarkTokenizeCorpus over every
// article of the folder: a vocabulary the size of a long run's, whose map
// no longer fits the CPU's caches.
func BenchmarkTokenizeWholeCorpus(b *testing.B) { benchmarkTokenize(b, -1) }

// benchmarkTokenize tokenizes the sentences of the first n articles of
// the corpus (all when n < 0) with one Tokenizer.
func benchmarkTokenize(b *testing.B, n int) {
	sentences := corpusSentences(b, n)
	size := 0
	for _, s := range sentences {
		size += len(s)
	}
	lex := english.Lexicon()
	tk := New(&lex)
	b.SetBytes(int64(size))
	b.ReportMetric(float64(len(sentences)), "sentences")
	for b.Loop() {
		for _, s := range sentences {
			tk.Tokens(s)
		}
	}
}

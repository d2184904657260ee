package compare

import (
	"fmt"
	"testing"

	"github.com/crosscheck-news/crosscheck/claims"
)

// corpus loads the BBC benchmark corpus from ../shared, giving each article
// one of eight synthetic outlets so that articles compare across outlets.
func corpus(b *testing.B) []*claims.Article {
	b.Helper()
	arts, problems := claims.Load([]string{"../../shared/corpus/bbc-fulltext"}, claims.LoadOptions{})
	for _, p := range problems {
		if !p.Warning {
			b.Skipf("benchmark corpus not available: %v", p)
		}
	}
	if len(arts) == 0 {
		b.Skip("benchmark corpus not available")
	}
	for i, a := range arts {
		a.Outlet = fmt.Sprintf("Outlet %d", i%8)
	}
	return arts
}

// BenchmarkCompare runs Compare over N and 4N articles: the ratio of the
// two times shows how the cost grows (near-linear is about 4-5x).
func BenchmarkCompare(b *testing.B) {
	arts := corpus(b)
	n := len(arts) / 4
	for _, size := range []int{n, 4 * n} {
		b.Run(fmt.Sprintf("articles=%d", size), func(b *testing.B) {
			for b.Loop() {
				if _, err := Compare(docsOf(arts[:size]), DefaultOptions()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheck checks one new article against the whole corpus.
func BenchmarkCheck(b *testing.B) {
	arts := corpus(b)
	fresh := []*claims.Article{{
		ID: "new.md", Outlet: "Daily Example", Source: "new.md", Line: 1,
		Text: "The Bank of England raised interest rates to 4.75%, the fifth rise in a year, and said inflation would peak at 2.5%.\n\nMore than 300 jobs will go at the car plant, the company said.",
	}}
	for b.Loop() {
		if _, _, err := Check(docsOf(arts), docsOf(fresh), DefaultOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

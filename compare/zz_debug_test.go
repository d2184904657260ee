package compare

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/adrg/strutil/metrics"
	"github.com/crosscheck-news/crosscheck/claims"
)

func TestZZDebug(t *testing.T) {
	path := os.Getenv("ZZ")
	if path == "" {
		t.Skip()
	}
	arts, _ := claims.Load(strings.Split(path, ","), claims.LoadOptions{})
	ex, _ := claims.NewExtractor(claims.DefaultExtractOptions())
	cls := make([][]claims.Claim, len(arts))
	for i, a := range arts {
		cls[i] = ex.Extract(a)
	}
	opts := DefaultOptions()
	e := &engine{opts: opts, voc: newVocab(), stem: stemmer{}, dice: metrics.NewSorensenDice()}
	e.build(arts, cls, nil)
	pairs := e.candidates(e.figs)
	type row struct {
		s    float64
		line string
	}
	var rows []row
	for _, p := range pairs {
		a, b := e.figs[int(p>>32)], e.figs[int(uint32(p))]
		ctx := e.localContext(a, b)
		nm := overlap(a.names, b.names)
		wd, _ := cosine(a.vec, b.vec)
		s := e.figureSimilarity(a, b).all
		if s < 0.0 {
			continue
		}
		rows = append(rows, row{s, fmt.Sprintf("%.2f ctx=%.2f nm=%.2f wd=%.2f | %s %q %s | %s %q %s", s, ctx, nm, wd, a.source, a.fig.Text, a.fig.Measure, b.source, b.fig.Text, b.fig.Measure)})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].s > rows[j].s })
	for _, r := range rows {
		fmt.Println(r.line)
	}
}

func TestZZFacts(t *testing.T) {
	path := os.Getenv("ZZ")
	if path == "" {
		t.Skip()
	}
	arts, _ := claims.Load(strings.Split(path, ","), claims.LoadOptions{})
	ex, _ := claims.NewExtractor(claims.DefaultExtractOptions())
	cls := make([][]claims.Claim, len(arts))
	for i, a := range arts {
		cls[i] = ex.Extract(a)
	}
	e := &engine{opts: DefaultOptions(), voc: newVocab(), stem: stemmer{}, dice: metrics.NewSorensenDice()}
	e.build(arts, cls, nil)
	type row struct {
		s    float64
		line string
	}
	var rows []row
	for _, p := range e.candidates(e.facts) {
		a, b := e.facts[int(p>>32)], e.facts[int(uint32(p))]
		s, sh := cosine(a.vec, b.vec)
		if s < 0.25 {
			continue
		}
		rows = append(rows, row{s, fmt.Sprintf("%.2f sh=%d | %s: %.90s | %s: %.90s", s, sh, a.source, a.stmt.Sentence.Text, b.source, b.stmt.Sentence.Text)})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].s > rows[j].s })
	for _, r := range rows {
		fmt.Println(r.line)
	}
}

func TestZZItems(t *testing.T) {
	path := os.Getenv("ZZ")
	if path == "" {
		t.Skip()
	}
	arts, _ := claims.Load(strings.Split(path, ","), claims.LoadOptions{})
	ex, _ := claims.NewExtractor(claims.DefaultExtractOptions())
	cls := make([][]claims.Claim, len(arts))
	for i, a := range arts {
		cls[i] = ex.Extract(a)
	}
	e := &engine{opts: DefaultOptions(), voc: newVocab(), stem: stemmer{}, dice: metrics.NewSorensenDice()}
	e.build(arts, cls, nil)
	for _, it := range e.figs {
		fmt.Printf("ITEM %s %q %s named=%v topic=%d | %.80s\n", it.source, it.fig.Text, it.fig.Measure, it.named, len(it.topic.e), it.stmt.Sentence.Text)
	}
	for i, a := range e.figs {
		for j, b := range e.figs {
			if i < j && a.fig.Measure == os.Getenv("ZZM") && b.fig.Measure == os.Getenv("ZZM") && a.source != b.source {
				fmt.Printf("PAIR %s %q ~ %s %q local=%.2f topic=%.2f sim=%.2f\n", a.source, a.fig.Text, b.source, b.fig.Text, e.localContext(a, b), e.topicContext(a, b), e.figureSimilarity(a, b).all)
			}
		}
	}
}

package report

import (
	"fmt"
	"io"
	"math"
	"testing"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// benchResult builds a result the size of a large corpus run: 40 outlets,
// 500 groups of four figures, 200 facts and 1,000 single claims.
func benchResult() *compare.Result {
	const outlets = 40
	r := &compare.Result{}
	for i := range outlets {
		outlet := fmt.Sprintf("Outlet %02d", i)
		if i == 0 {
			outlet = ""
		}
		text := fmt.Sprintf("Line one of article %d.\nThe flood killed 139 people | *many* in `villages` <near> the river.\n", i)
		r.Articles = append(r.Articles, &claims.Article{ID: fmt.Sprintf("a%d", i), Outlet: outlet, Source: fmt.Sprintf("news/%d.md", i), Text: text, Line: 1})
	}
	member := func(k int, iv claims.Interval) compare.Member {
		a := r.Articles[k%outlets]
		return compare.Member{
			Statement: compare.Statement{Article: a, Sentence: claims.Sentence{Text: a.Text[24:], Span: claims.Span{Start: 24, End: len(a.Text)}, Line: 2}},
			Figure:    claims.Figure{Text: "more than 139", Span: claims.Span{Start: 41, End: 44}, Line: 2, Value: 139, Interval: iv, Qualifier: claims.MoreThan, Kind: claims.Count, Measure: "killed"},
		}
	}
	verdicts := []compare.Verdict{compare.Conflict, compare.Consistent, compare.Agree}
	for g := range 500 {
		grp := compare.Group{ID: fmt.Sprintf("g%d", g+1), Measure: "killed", Verdict: verdicts[g%3], Disjoint: [][2]int{{0, 1}}}
		for m := range 4 {
			grp.Members = append(grp.Members, member(g*4+m, claims.Interval{Lo: float64(g), Hi: math.Inf(1), LoOpen: true}))
			grp.Outlets = append(grp.Outlets, r.Articles[(g*4+m)%outlets].Outlet)
		}
		r.Groups = append(r.Groups, grp)
	}
	for f := range 200 {
		r.Facts = append(r.Facts, compare.Fact{ID: fmt.Sprintf("f%d", f+1), Outlets: []string{"Outlet 01", "Outlet 02"},
			Statements: []compare.Statement{member(f, claims.Point(1)).Statement, member(f+1, claims.Point(1)).Statement}})
	}
	for s := range 1000 {
		r.Single = append(r.Single, member(s, claims.Point(float64(s))))
	}
	return r
}

func benchmarkWriter(b *testing.B, w Writer) {
	r := benchResult()
	b.ReportAllocs()
	for b.Loop() {
		if err := w.Write(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarkdown(b *testing.B) { benchmarkWriter(b, Markdown{}) }

func BenchmarkJSON(b *testing.B) { benchmarkWriter(b, JSON{}) }

func BenchmarkCheckGitHub(b *testing.B) {
	r := benchResult()
	var fs []compare.Finding
	for _, g := range r.Groups {
		fs = append(fs, compare.Finding{Member: g.Members[0], GroupID: g.ID, Severity: g.Verdict, Others: g.Members[1:],
			Disjoint: compare.DisjointFrom(g.Members[0].Figure, g.Members[1:])})
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := (GitHub{}).WriteFindings(io.Discard, fs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHTML(b *testing.B) { benchmarkWriter(b, HTML{}) }

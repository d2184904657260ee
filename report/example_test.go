package report_test

import (
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/report"
)

// smallResult is one conflict between two outlets.
func smallResult() *compare.Result {
	wire := &claims.Article{ID: "a1", Outlet: "Wire", Source: "wire.md", Text: "The storm killed 12 people.\n", Line: 1}
	paper := &claims.Article{ID: "a2", Outlet: "Paper", Source: "paper.md", Text: "Officials said\nmore than 15 died.\n", Line: 1}
	return &compare.Result{
		Articles: []*claims.Article{wire, paper},
		Groups: []compare.Group{{
			ID: "g1", Measure: "killed", Verdict: compare.Conflict,
			Outlets: []string{"Paper", "Wire"},
			Members: []compare.Member{
				{
					Statement: compare.Statement{Article: paper, Sentence: claims.Sentence{Text: "Officials said\nmore than 15 died.", Line: 1}},
					Figure: claims.Figure{Text: "more than 15", Span: claims.Span{Start: 15, End: 27}, Line: 2, Value: 15,
						Interval: claims.Interval{Lo: 15, Hi: math.Inf(1), LoOpen: true}, Qualifier: claims.MoreThan, Kind: claims.Count, Measure: "killed"},
				},
				{
					Statement: compare.Statement{Article: wire, Sentence: claims.Sentence{Text: "The storm killed 12 people.", Line: 1}},
					Figure: claims.Figure{Text: "12", Span: claims.Span{Start: 17, End: 19}, Line: 1, Value: 12,
						Interval: claims.Point(12), Qualifier: claims.Exact, Kind: claims.Count, Measure: "killed"},
				},
			},
			Disjoint: [][2]int{{0, 1}},
		}},
	}
}

func ExampleNew() {
	r := smallResult()
	r.Articles = nil // keep the example short
	w, err := report.New("json")
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := w.Write(os.Stdout, r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "schema": "crosscheck/report/v1",
	//   "articles": [],
	//   "stories": [],
	//   "groups": [
	//     {
	//       "id": "g1",
	//       "story": "",
	//       "measure": "killed",
	//       "verdict": "conflict",
	//       "outlets": [
	//         "Paper",
	//         "Wire"
	//       ],
	//       "disjoint": [
	//         [
	//           0,
	//           1
	//         ]
	//       ],
	//       "figures": [
	//         {
	//           "article": "a2",
	//           "outlet": "Paper",
	//           "sentence": "Officials said\nmore than 15 died.",
	//           "text": "more than 15",
	//           "value": 15,
	//           "lo": 15,
	//           "hi": null,
	//           "lo_open": true,
	//           "hi_open": false,
	//           "qualifier": "more_than",
	//           "kind": "count",
	//           "unit": "",
	//           "measure": "killed",
	//           "subject": "",
	//           "start": 15,
	//           "end": 27,
	//           "line": 2,
	//           "source": "paper.md"
	//         },
	//         {
	//           "article": "a1",
	//           "outlet": "Wire",
	//           "sentence": "The storm killed 12 people.",
	//           "text": "12",
	//           "value": 12,
	//           "lo": 12,
	//           "hi": 12,
	//           "lo_open": false,
	//           "hi_open": false,
	//           "qualifier": "exact",
	//           "kind": "count",
	//           "unit": "",
	//           "measure": "killed",
	//           "subject": "",
	//           "start": 17,
	//           "end": 19,
	//           "line": 1,
	//           "source": "wire.md"
	//         }
	//       ]
	//     }
	//   ],
	//   "facts": [],
	//   "single": [],
	//   "inputs": {
	//     "problems": [],
	//     "duplicates": 0,
	//     "uncompared": {}
	//   }
	// }
}

func ExampleNew_unknown() {
	_, err := report.New("pdf")
	fmt.Println(err)
	// Output: unknown report format "pdf" (want one of: html, json, markdown)
}

func ExampleNewCheck() {
	g := smallResult().Groups[0]
	finding := compare.Finding{Member: g.Members[0], GroupID: g.ID, Severity: compare.Conflict, Others: g.Members[1:]}
	finding.Disjoint = compare.DisjointFrom(finding.Figure, finding.Others)
	for _, format := range []string{"text", "github"} {
		w, err := report.NewCheck(format)
		if err != nil {
			fmt.Println(err)
			return
		}
		if err := w.WriteFindings(os.Stdout, []compare.Finding{finding}); err != nil {
			fmt.Println(err)
		}
	}
	// Output:
	// paper.md:2:1: error: killed: "more than 15" conflicts with Wire 12 (wire.md:1)
	// ::error file=paper.md,line=2,col=1,title=crosscheck%3A killed conflict::killed: "more than 15" conflicts with Wire 12 (wire.md:1)
}

func ExampleFormats() {
	fmt.Println(report.Formats(), report.CheckFormats())
	// Output: [html json markdown] [github json sarif text]
}

// NewJSONReport gives the JSON report as values of the exported wire
// types; encoding/json writes and reads them.
func ExampleNewJSONReport() {
	doc := report.NewJSONReport(smallResult())
	g := doc.Groups[0]
	fmt.Println(g.ID, g.Verdict, g.Disjoint)
	for _, f := range g.Figures {
		hi := "none"
		if f.Hi != nil {
			hi = fmt.Sprint(*f.Hi)
		}
		fmt.Printf("%s %q lo %v hi %s %s\n", f.Outlet, f.Text, *f.Lo, hi, f.Source)
	}
	// Output:
	// g1 conflict [[0 1]]
	// Paper "more than 15" lo 15 hi none paper.md
	// Wire "12" lo 12 hi 12 wire.md
}

// The reports people read take Options: here the HTML page of conflicts
// only, whose plot is an inline SVG.
func ExampleHTML() {
	var b strings.Builder
	w, err := report.New("html", report.Options{Only: compare.Conflict})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := w.Write(&b, smallResult()); err != nil {
		fmt.Println(err)
		return
	}
	page := b.String()
	fmt.Println(strings.Count(page, `<svg class="plot intervals"`), "plot;", strings.Contains(page, "<script"), "script")
	// Output: 1 plot; false script
}

package compare_test

import (
	"fmt"
	"os"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/report"
)

// The whole path: read articles, compare them, render a report.
func Example() {
	input := `{"id":"r1","outlet":"Reuters","title":"Quake","text":"The earthquake in western Nepal killed 153 people, officials in Jajarkot said on Saturday."}
{"id":"a1","outlet":"AP","title":"Nepal quake","text":"At least 157 people died when the earthquake struck the Jajarkot district of western Nepal late on Friday."}
`
	arts, problems := claims.Parse("quake.jsonl", []byte(input), claims.LoadOptions{})
	if len(problems) > 0 {
		fmt.Println(problems[0])
		return
	}
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := compare.Compare(ex.Docs(arts), compare.DefaultOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range res.Groups {
		fmt.Printf("%s %s %s\n", g.ID, g.Measure, g.Verdict)
		for _, m := range g.Members {
			fmt.Printf("  %s: %q %s\n", m.Outlet(), m.Figure.Text, m.Figure.Interval)
		}
	}
	w, err := report.New("json")
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := w.Write(os.Stdout, res); err != nil {
		fmt.Println(err)
	}
	// Output:
	// g1 killed conflict
	//   AP: "At least 157" [157, ∞)
	//   Reuters: "153" [153, 153]
	// {
	//   "schema": "crosscheck/report/v1",
	//   "articles": [
	//     {
	//       "id": "r1",
	//       "outlet": "Reuters",
	//       "outlet_from": "metadata",
	//       "title": "Quake",
	//       "source": "quake.jsonl"
	//     },
	//     {
	//       "id": "a1",
	//       "outlet": "AP",
	//       "outlet_from": "metadata",
	//       "title": "Nepal quake",
	//       "source": "quake.jsonl"
	//     }
	//   ],
	//   "stories": [
	//     {
	//       "id": "s1",
	//       "title": "Quake",
	//       "articles": [
	//         "r1",
	//         "a1"
	//       ],
	//       "outlets": [
	//         "AP",
	//         "Reuters"
	//       ],
	//       "groups": [
	//         "g1"
	//       ]
	//     }
	//   ],
	//   "groups": [
	//     {
	//       "id": "g1",
	//       "story": "s1",
	//       "measure": "killed",
	//       "verdict": "conflict",
	//       "outlets": [
	//         "AP",
	//         "Reuters"
	//       ],
	//       "disjoint": [
	//         [
	//           0,
	//           1
	//         ]
	//       ],
	//       "figures": [
	//         {
	//           "article": "a1",
	//           "outlet": "AP",
	//           "sentence": "At least 157 people died when the earthquake struck the Jajarkot district of western Nepal late on Friday.",
	//           "text": "At least 157",
	//           "value": 157,
	//           "lo": 157,
	//           "hi": null,
	//           "lo_open": false,
	//           "hi_open": false,
	//           "qualifier": "at_least",
	//           "kind": "count",
	//           "unit": "",
	//           "measure": "killed",
	//           "subject": "",
	//           "place": "jajarkot district",
	//           "start": 0,
	//           "end": 12,
	//           "line": 2,
	//           "source": "quake.jsonl"
	//         },
	//         {
	//           "article": "r1",
	//           "outlet": "Reuters",
	//           "sentence": "The earthquake in western Nepal killed 153 people, officials in Jajarkot said on Saturday.",
	//           "text": "153",
	//           "value": 153,
	//           "lo": 153,
	//           "hi": 153,
	//           "lo_open": false,
	//           "hi_open": false,
	//           "qualifier": "exact",
	//           "kind": "count",
	//           "unit": "",
	//           "measure": "killed",
	//           "subject": "",
	//           "start": 39,
	//           "end": 42,
	//           "line": 1,
	//           "source": "quake.jsonl"
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

// Check compares new articles against a reference set and returns a finding
// for every figure of a new article that another outlet also gives.
func ExampleCheck() {
	ref, _ := claims.Parse("ref.jsonl", []byte(
		`{"id":"wire","outlet":"Reuters","title":"Derna","text":"Floods in the Libyan city of Derna have killed 4,352 people, the health ministry said."}`+"\n"), claims.LoadOptions{})
	fresh, _ := claims.Parse("new.jsonl", []byte(
		`{"id":"draft","outlet":"Daily Example","title":"Derna","text":"The floods that swept through the Libyan city of Derna killed more than 5,000 people, the health ministry said."}`+"\n"), claims.LoadOptions{})
	ex, _ := claims.NewExtractor(claims.DefaultExtractOptions())
	_, findings, err := compare.Check(ex.Docs(ref), ex.Docs(fresh), compare.DefaultOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Printf("%s line %d: %q is a %s with %s %q\n", f.Article.ID, f.Figure.Line, f.Figure.Text, f.Severity, f.Others[0].Outlet(), f.Others[0].Figure.Text)
	}
	// Output:
	// draft line 1: "more than 5,000" is a conflict with Reuters "4,352"
}

// Judge gives the verdict on a set of figures from their intervals.
func ExampleJudge() {
	ex, _ := claims.NewExtractor(claims.DefaultExtractOptions())
	var figs []claims.Figure
	for _, s := range []string{"The attack killed 139 people.", "More than 140 people died.", "At least 133 were killed."} {
		figs = append(figs, ex.Figures(s)...)
	}
	v, disjoint := compare.Judge(figs)
	fmt.Println(v)
	for _, d := range disjoint {
		fmt.Printf("%q vs %q\n", figs[d[0]].Text, figs[d[1]].Text)
	}
	// Output:
	// conflict
	// "139" vs "More than 140"
}

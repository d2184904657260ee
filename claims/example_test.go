package claims_test

import (
	"fmt"

	"github.com/crosscheck-news/crosscheck/claims"
)

// Parse reads articles already in memory; Load does the same for files,
// directories and standard input.
func ExampleParse() {
	doc := "---\noutlet: Reuters\ntitle: Quake in Nepal\n---\n\nKATHMANDU, Nov 4 (Reuters) - The earthquake killed at least 153 people.\n"
	arts, problems := claims.Parse("quake.md", []byte(doc), claims.LoadOptions{})
	fmt.Println(len(problems), "problems")
	for _, a := range arts {
		fmt.Printf("%s | %s | %s | line %d\n", a.ID, a.Outlet, a.Title, a.Line)
	}
	// Output:
	// 0 problems
	// quake.md | Reuters | Quake in Nepal | line 6
}

// An article's outlet is taken from its own text when no metadata gives
// it: here the dateline.
func ExampleRegistry_Detect() {
	a := &claims.Article{Text: "TALLINN, Estonia (AP) — Four men were charged on Sunday."}
	fmt.Printf("%q\n", claims.DefaultRegistry().Detect(a))
	a = &claims.Article{Text: "The New York Times reported that four men were charged."}
	fmt.Printf("%q\n", claims.DefaultRegistry().Detect(a))
	// Output:
	// "AP"
	// ""
}

// Extract splits an article into sentences and finds every figure with the
// interval its wording allows, its kind and its measure.
func ExampleExtractor_Extract() {
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	a := &claims.Article{ID: "a1", Line: 1, Text: "Gunmen killed more than 140 people and injured 182 others, officials said. The suspect, 32, was held."}
	for _, c := range ex.Extract(a) {
		for _, f := range c.Figures {
			fmt.Printf("%-14q %-10s %-6s %-8s %s\n", f.Text, f.Interval, f.Kind, f.Measure, f.Qualifier)
		}
	}
	// Output:
	// "more than 140" (140, ∞)   count  killed   more_than
	// "182"          [182, 182] count  injured  exact
	// "32"           [32, 32]   age             exact
}

// Segment keeps each sentence's byte offsets into the article text.
func ExampleSegment() {
	a := &claims.Article{Line: 1, Text: "The U.S. envoy arrived at 9 a.m. on Monday. Talks began.\n\nNo deal was reached."}
	for _, s := range claims.Segment(a) {
		fmt.Printf("%d %d-%d %q\n", s.Line, s.Start, s.End, s.Text)
	}
	// Output:
	// 1 0-43 "The U.S. envoy arrived at 9 a.m. on Monday."
	// 1 44-56 "Talks began."
	// 3 58-78 "No deal was reached."
}

// An RSS or Atom feed gives one article per item, its outlet the feed's
// title.
func ExampleParse_feed() {
	feed := `<rss version="2.0"><channel><title>Valley Herald</title>
<item><title>Floods kill 139</title><link>https://example.com/floods</link>
<pubDate>Sun, 15 Sep 2024 08:30:00 +0000</pubDate>
<description>&lt;p&gt;The floods killed 139 people.&lt;/p&gt;</description></item>
</channel></rss>`
	arts, problems := claims.Parse("herald.rss", []byte(feed), claims.LoadOptions{})
	fmt.Println(len(problems), "problems")
	for _, a := range arts {
		fmt.Printf("%s | %s | %s | %s | %s\n%s\n", a.ID, a.Outlet, a.Title, a.Published, a.URL, a.Text)
	}
	// Output:
	// 0 problems
	// herald.rss#1 | Valley Herald | Floods kill 139 | 2024-09-15T08:30:00Z | https://example.com/floods
	// The floods killed 139 people.
}

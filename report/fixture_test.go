package report

import (
	"math"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// The fixture is a hand-built comparison of four invented articles about a
// flood: a conflict group with one disjoint pair, a consistent group, an
// agreeing group, a corroborated fact and single-outlet claims. Its
// sentences carry Markdown metacharacters, multi-byte text before figures,
// a line break inside a sentence, an unattributed article and a JSON Lines
// article.

const (
	apText = "Valley floods\n\nBy Jane Roe, AP\n\n" +
		"In Žilina — the floods killed 139 people, officials said.\n" +
		"About 200 were hurt | some *badly*, the_health_ministry said.\n" +
		"The dam's `spillway` failed at dawn & the alarm [never](http://x.test) sounded.\n" +
		"Up to 700 soldiers joined the <b>rescue</b> effort.\n"
	reutersText = "Dam failure leaves valley under water\n\n" +
		"The floods killed more than 140 people, Reuters tally shows.\n" +
		"Forty people remain missing after the surge.\n" +
		"Engineers said the <script>alert(1)</script> spillway failed before dawn.\n"
	blogText = "Notes from the valley\n\n" +
		"Local volunteers counted at least 130 dead in the\r\nflooded villages ~~so far~~.\n" +
		"Damage is put at $5 million to $10 million \\ more than 3,000 homes were lost.\n"
	guardianText = "Families wait for news. The number of missing stands at 40, police said. " +
		"Doctors treated 210 injured people # in two field hospitals."
)

type fixture struct {
	ap, reuters, blog, guardian *claims.Article
	result                      *compare.Result
	findings                    []compare.Finding
}

func newFixture() fixture {
	var f fixture
	f.ap = &claims.Article{ID: "a1", Outlet: "AP", Title: "Valley floods", Source: "news/ap.md", Text: apText, Line: 4,
		Published: "2024-09-15", URL: "https://example.com/ap/valley-floods?id=1&x=<2>"}
	f.reuters = &claims.Article{ID: "a2", Outlet: "Reuters", Title: "Dam failure leaves valley under water", Source: "news/reuters.md", Text: reutersText, Line: 1,
		Published: "2024-09-16"}
	f.blog = &claims.Article{ID: "a3", Outlet: "", Title: "Notes from the valley", Source: "news/blog: a,b.txt", Text: blogText, Line: 1}
	f.guardian = &claims.Article{ID: "feed-7", Outlet: "The Guardian", Title: "Families wait", Source: "feeds/guardian.jsonl", Text: guardianText, Line: 3, SingleLine: true}

	killedAP := member(f.ap, "In Žilina", "139", claims.Point(139), 139, claims.Exact, claims.Count, "killed")
	killedReuters := member(f.reuters, "The floods killed", "more than 140",
		claims.Interval{Lo: 140, Hi: math.Inf(1), LoOpen: true}, 140, claims.MoreThan, claims.Count, "killed")
	killedBlog := member(f.blog, "Local volunteers", "at least 130",
		claims.Interval{Lo: 130, Hi: math.Inf(1)}, 130, claims.AtLeast, claims.Count, "killed")
	injuredAP := member(f.ap, "About 200", "About 200", claims.Interval{Lo: 180, Hi: 220}, 200, claims.About, claims.Count, "injured")
	injuredGuardian := member(f.guardian, "Doctors", "210", claims.Point(210), 210, claims.Exact, claims.Count, "injured")
	missingReuters := member(f.reuters, "Forty people", "Forty", claims.Point(40), 40, claims.Exact, claims.Count, "missing")
	missingGuardian := member(f.guardian, "The number of missing", "40", claims.Point(40), 40, claims.Exact, claims.Count, "missing")
	soldiers := member(f.ap, "Up to 700", "Up to 700", claims.Interval{Lo: math.Inf(-1), Hi: 700}, 700, claims.UpTo, claims.Count, "soldiers")
	homes := member(f.blog, "Damage is put", "more than 3,000",
		claims.Interval{Lo: 3000, Hi: math.Inf(1), LoOpen: true}, 3000, claims.MoreThan, claims.Count, "homes")

	f.result = &compare.Result{
		Articles: []*claims.Article{f.ap, f.reuters, f.blog, f.guardian},
		Stories: []compare.Story{
			{ID: "s1", Title: "Dam failure leaves valley under water", Articles: []*claims.Article{f.ap, f.reuters, f.blog, f.guardian},
				Outlets: []string{"", "AP", "Reuters", "The Guardian"}, First: "2024-09-15", Last: "2024-09-16", Groups: []string{"g1", "g2", "g3"}},
			{ID: "s2", Title: "A story without shared figures"},
		},
		Groups: []compare.Group{
			{ID: "g1", Story: "s1", Measure: "killed", Verdict: compare.Conflict, Outlets: []string{"", "AP", "Reuters"},
				Members: []compare.Member{killedAP, killedReuters, killedBlog}, Disjoint: [][2]int{{0, 1}}},
			{ID: "g2", Story: "s1", Measure: "injured", Verdict: compare.Consistent, Outlets: []string{"AP", "The Guardian"},
				Members: []compare.Member{injuredAP, injuredGuardian}},
			{ID: "g3", Story: "s1", Measure: "missing", Verdict: compare.Agree, Outlets: []string{"Reuters", "The Guardian"},
				Members: []compare.Member{missingReuters, missingGuardian}},
		},
		Facts: []compare.Fact{{
			ID: "f1", Outlets: []string{"AP", "Reuters"},
			Statements: []compare.Statement{
				statement(f.ap, "The dam's"),
				statement(f.reuters, "Engineers said"),
			},
		}},
		Single: []compare.Member{soldiers, homes},
	}
	// Findings as `crosscheck check` would give them for the blog and the
	// Guardian feed checked against AP and Reuters, deliberately unsorted.
	f.findings = []compare.Finding{
		{Member: injuredGuardian, GroupID: "g2", Severity: compare.Consistent, Others: []compare.Member{injuredAP}},
		{Member: killedBlog, GroupID: "g1", Severity: compare.Consistent, Others: []compare.Member{killedAP, killedReuters}},
		{Member: killedReuters, GroupID: "g1", Severity: compare.Conflict, Others: []compare.Member{killedAP, killedBlog}},
		{Member: missingGuardian, GroupID: "g3", Severity: compare.Agree, Others: []compare.Member{missingReuters}},
	}
	for i := range f.findings {
		f.findings[i].Disjoint = compare.DisjointFrom(f.findings[i].Figure, f.findings[i].Others)
	}
	return f
}

// statement finds the sentence of a that begins with prefix: it runs to the
// next ". " or ".\n" (or the end of the text).
func statement(a *claims.Article, prefix string) compare.Statement {
	start := strings.Index(a.Text, prefix)
	if start < 0 {
		panic("fixture: no sentence " + prefix)
	}
	end := len(a.Text)
	for _, stop := range []string{". ", ".\n"} {
		if i := strings.Index(a.Text[start:], stop); i >= 0 && start+i+1 < end {
			end = start + i + 1
		}
	}
	return compare.Statement{Article: a, Sentence: claims.Sentence{
		Text: a.Text[start:end],
		Span: claims.Span{Start: start, End: end},
		Line: a.LineAt(start),
	}}
}

// member builds the figure text of the sentence beginning with prefix.
func member(a *claims.Article, prefix, text string, iv claims.Interval, value float64,
	q claims.Qualifier, k claims.Kind, measure string) compare.Member {
	s := statement(a, prefix)
	i := strings.Index(s.Sentence.Text, text)
	if i < 0 {
		panic("fixture: no figure " + text)
	}
	start := s.Sentence.Start + i
	return compare.Member{Statement: s, Figure: claims.Figure{
		Text:      text,
		Span:      claims.Span{Start: start, End: start + len(text)},
		Line:      a.LineAt(start),
		Value:     value,
		Interval:  iv,
		Qualifier: q,
		Kind:      k,
		Measure:   measure,
	}}
}

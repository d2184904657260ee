package compare

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
)

// fig describes a figure of a test sentence by the text it is written as.
type fig struct {
	text, measure, subject string
	q                      claims.Qualifier
	lo, hi                 float64
	loOpen, hiOpen         bool
}

func exact(text string, v float64, measure, subject string) fig {
	return fig{text: text, measure: measure, subject: subject, q: claims.Exact, lo: v, hi: v}
}

func atLeast(text string, v float64, measure string) fig {
	return fig{text: text, measure: measure, q: claims.AtLeast, lo: v, hi: math.Inf(1)}
}

func moreThan(text string, v float64, measure string) fig {
	return fig{text: text, measure: measure, q: claims.MoreThan, lo: v, hi: math.Inf(1), loOpen: true}
}

func nearly(text string, v float64, measure string) fig {
	return fig{text: text, measure: measure, q: claims.Nearly, lo: math.Inf(-1), hi: v, hiOpen: true}
}

// sent is a test sentence with its figures.
type sent struct {
	text string
	figs []fig
}

// article builds an article and its claims from sentences, one a line.
func article(t *testing.T, id, outlet string, sents ...sent) (*claims.Article, []claims.Claim) {
	t.Helper()
	var b strings.Builder
	a := &claims.Article{ID: id, Outlet: outlet, Source: id + ".md", Line: 1}
	var cls []claims.Claim
	for i, s := range sents {
		start := b.Len()
		b.WriteString(s.text)
		b.WriteString("\n")
		c := claims.Claim{Article: a, Sentence: claims.Sentence{Index: i, Text: s.text, Span: claims.Span{Start: start, End: start + len(s.text)}, Line: i + 1, Tokens: claims.Tokens(s.text)}}
		from := 0
		for _, f := range s.figs {
			at := strings.Index(s.text[from:], f.text)
			require.GreaterOrEqual(t, at, 0, "figure %q not in %q", f.text, s.text)
			at += from
			from = at + len(f.text)
			c.Figures = append(c.Figures, claims.Figure{
				Text: f.text, Span: claims.Span{Start: start + at, End: start + at + len(f.text)}, Line: i + 1,
				Value:     map[bool]float64{true: f.hi, false: f.lo}[math.IsInf(f.lo, -1)],
				Interval:  claims.Interval{Lo: f.lo, Hi: f.hi, LoOpen: f.loOpen, HiOpen: f.hiOpen},
				Qualifier: f.q, Kind: claims.Count, Measure: f.measure, Subject: f.subject,
			})
		}
		cls = append(cls, c)
	}
	a.Text = b.String()
	return a, cls
}

type story struct {
	arts []*claims.Article
	cls  [][]claims.Claim
}

func (s *story) add(a *claims.Article, c []claims.Claim) {
	s.arts = append(s.arts, a)
	s.cls = append(s.cls, c)
}

// groupsOf summarises groups as "measure verdict: outlet text, outlet text".
func groupsOf(r *Result) []string {
	var out []string
	for _, g := range r.Groups {
		var ms []string
		for _, m := range g.Members {
			ms = append(ms, m.Outlet()+" "+m.Figure.Text)
		}
		out = append(out, g.Measure+" "+string(g.Verdict)+": "+strings.Join(ms, ", "))
	}
	return out
}

func TestCompareClaims(t *testing.T) {
	var s story
	s.add(article(t, "wire", "Reuters",
		sent{"Gunmen stormed the Crocus City Hall music venue outside Moscow on Friday evening.", nil},
		sent{"Russian investigators said the assault on the Crocus City Hall killed 137 people.", []fig{exact("137", 137, "killed", "people")}},
		sent{"In January, twin suicide bombings at a memorial in Kerman, Iran, killed 95 people.", []fig{exact("95", 95, "killed", "people")}},
		sent{"The 2021 bombing at Kabul airport killed 170 Afghans and 13 American troops.", []fig{exact("170", 170, "killed", "Afghans"), exact("13", 13, "killed", "American troops")}},
	))
	s.add(article(t, "paper", "The Guardian",
		sent{"At least 133 people died when gunmen opened fire inside the Crocus City Hall near Moscow.", []fig{atLeast("At least 133", 133, "killed")}},
		sent{"The Kerman memorial bombings in Iran left nearly 100 people dead.", []fig{nearly("nearly 100", 100, "killed")}},
		sent{"At Kabul airport in August 2021 a suicide bomber killed at least 175 civilians and 13 US troops.", []fig{atLeast("at least 175", 175, "killed"), exact("13", 13, "killed", "US troops")}},
	))
	s.add(article(t, "web", "",
		sent{"More than 140 people were killed in the Crocus City Hall attack near Moscow.", []fig{moreThan("More than 140", 140, "killed")}},
		sent{"Separately, floods in Libya killed thousands of people in the city of Derna.", nil},
	))
	res := compareClaims(s.arts, s.cls, DefaultOptions(), nil, nil)
	assert.Equal(t, []string{
		"killed conflict:  More than 140, Reuters 137, The Guardian At least 133",
		"killed conflict: Reuters 170, The Guardian at least 175",
		"killed consistent: Reuters 95, The Guardian nearly 100",
		"killed agree: Reuters 13, The Guardian 13",
	}, groupsOf(res))
}

// Two articles of one outlet that disagree raise no conflict on their own.
func TestSameOutletIsNoConflict(t *testing.T) {
	var s story
	s.add(article(t, "w1", "Reuters",
		sent{"Floods in the Libyan port city of Derna killed 100 people, officials said.", []fig{exact("100", 100, "killed", "")}}))
	s.add(article(t, "w2", "Reuters",
		sent{"Floods in the Libyan port city of Derna killed 200 people, officials said.", []fig{exact("200", 200, "killed", "")}}))
	s.add(article(t, "p1", "The Guardian",
		sent{"At least 90 people were killed by floods in the Libyan port city of Derna.", []fig{atLeast("At least 90", 90, "killed")}}))
	res := compareClaims(s.arts, s.cls, DefaultOptions(), nil, nil)
	require.NotEmpty(t, res.Groups, "the Guardian's figure groups with Reuters'")
	for _, g := range res.Groups {
		assert.NotEqual(t, Conflict, g.Verdict, groupsOf(res))
		for _, d := range g.Disjoint {
			assert.NotEqual(t, g.Members[d[0]].Outlet(), g.Members[d[1]].Outlet())
		}
	}
}

// Two figures of one article that cannot both hold are a conflict: the
// article itself gives two authorities' tolls.
func TestOneArticleTwoTollsConflict(t *testing.T) {
	var s story
	s.add(article(t, "w1", "Reuters",
		sent{"Floods in the Libyan port city of Derna killed 100 people, police said.", []fig{exact("100", 100, "killed", "")}},
		sent{"The health ministry said floods in the Libyan port city of Derna killed 200 people.", []fig{exact("200", 200, "killed", "")}}))
	s.add(article(t, "p1", "The Guardian",
		sent{"At least 90 people were killed by floods in the Libyan port city of Derna.", []fig{atLeast("At least 90", 90, "killed")}}))
	res := compareClaims(s.arts, s.cls, DefaultOptions(), nil, nil)
	require.Len(t, res.Groups, 1, groupsOf(res))
	g := res.Groups[0]
	assert.Equal(t, Conflict, g.Verdict, groupsOf(res))
	require.Len(t, g.Disjoint, 1)
	assert.Equal(t, "Reuters", g.Members[g.Disjoint[0][0]].Outlet())
	assert.Equal(t, "Reuters", g.Members[g.Disjoint[0][1]].Outlet())
}

// docsOf returns the Docs of articles, extracted with the default options.
func docsOf(arts []*claims.Article) []Doc {
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	if err != nil {
		panic(err)
	}
	return ex.Docs(arts)
}

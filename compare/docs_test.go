package compare_test

import (
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

const docsRef = `{"id":"w1","outlet":"Wire","title":"Jajarkot quake","text":"The earthquake in Jajarkot, western Nepal, killed 153 people, officials said on Saturday."}
{"id":"p1","outlet":"Post","title":"Derna floods","text":"Floods in Derna killed 4,000 people, the mayor said."}
`

const docsNew = `{"id":"n1","outlet":"Paper","title":"Nepal quake","text":"At least 160 people died when the earthquake struck Jajarkot in western Nepal on Friday."}`

// Claims extracted once (and stored) give the findings of a check on the
// articles themselves.
func ExampleCheckDocs() {
	ref, _ := claims.Parse("ref.jsonl", []byte(docsRef), claims.LoadOptions{})
	fresh, _ := claims.Parse("new.jsonl", []byte(docsNew), claims.LoadOptions{})
	opts := compare.DefaultOptions()
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	refDocs, newDocs := ex.Docs(ref), ex.Docs(fresh)
	fmt.Println(compare.StoryTerms(newDocs[0]))
	_, findings, err := compare.CheckDocs(refDocs, newDocs, nil, opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Printf("%s %q: %s\n", f.Figure.Measure, f.Figure.Text, f.Severity)
	}
	// Output:
	// [earthquak jajarkot nepal quak struck western]
	// killed "At least 160": conflict
}

// extract returns the Docs of articles, extracted with the default options.
func extract(arts []*claims.Article) []compare.Doc {
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	if err != nil {
		panic(err)
	}
	return ex.Docs(arts)
}

// TestDocsGiveTheResultOfArticles: Docs extracted apart (a store's) give
// the result of the articles extracted together.
func TestDocsGiveTheResultOfArticles(t *testing.T) {
	ref, _ := claims.Parse("ref.jsonl", []byte(docsRef), claims.LoadOptions{})
	fresh, _ := claims.Parse("new.jsonl", []byte(docsNew), claims.LoadOptions{})
	opts := compare.DefaultOptions()
	refDocs := extract(ref)
	newDocs := extract(fresh)
	for _, tc := range []struct {
		name string
		docs func() (*compare.Result, error)
		arts func() (*compare.Result, error)
	}{
		{"compare", func() (*compare.Result, error) { return compare.Compare(append(refDocs, newDocs...), opts) },
			func() (*compare.Result, error) { return compare.Compare(extract(append(ref, fresh...)), opts) }},
		{"check", func() (*compare.Result, error) {
			r, _, err := compare.CheckDocs(refDocs, newDocs, nil, opts)
			return r, err
		},
			func() (*compare.Result, error) {
				r, _, err := compare.Check(extract(ref), extract(fresh), opts)
				return r, err
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, err := tc.arts()
			require.NoError(t, err)
			got, err := tc.docs()
			require.NoError(t, err)
			require.NotEmpty(t, want.Groups)
			assert.Equal(t, want.Groups, got.Groups)
			assert.Equal(t, want.Uncompared, got.Uncompared)
		})
	}
}

// TestCheckDocsWithRest: a check against the articles of the new one's
// story alone, with the others counted in a Corpus, gives the findings of
// a check against all of them.
func TestCheckDocsWithRest(t *testing.T) {
	load := func(paths ...string) []*claims.Article {
		arts, problems := claims.Load(paths, claims.LoadOptions{})
		require.Empty(t, problems)
		return arts
	}
	dir := "../testdata/stories/"
	story := load(dir+"crocus-2024/aljazeera.md", dir+"crocus-2024/ap.md", dir+"crocus-2024/guardian.md")
	others := load(dir+"kabul-airport-2021", dir+"kerman-2024")
	fresh := load(dir + "crocus-2024/reuters.md")
	opts := compare.DefaultOptions()
	_, want, err := compare.Check(extract(append(story, others...)), extract(fresh), opts)
	require.NoError(t, err)
	require.NotEmpty(t, want)

	storyDocs := extract(story)
	otherDocs := extract(others)
	newDocs := extract(fresh)
	rest := &compare.Corpus{Articles: len(otherDocs), StoryDF: map[string]int{}}
	for _, d := range otherDocs {
		for _, term := range compare.StoryTerms(d) {
			rest.StoryDF[term]++
		}
	}
	_, got, err := compare.CheckDocs(storyDocs, newDocs, rest, opts)
	require.NoError(t, err)
	assert.Equal(t, findingLines(want), findingLines(got))

	// The features a store keeps weigh the story as the clustering does.
	f := compare.Features(newDocs[0], opts)
	assert.ElementsMatch(t, compare.StoryTerms(newDocs[0]), slices.Collect(maps.Keys(f.Terms)))
	// Every article of the new one's story may share it; one that shares
	// no rare term may not.
	match, _ := claims.Parse("match.jsonl", []byte(`{"id":"m1","outlet":"Sport Desk","title":"Arsenal beat Chelsea","text":"Arsenal beat Chelsea at the Emirates on Saturday."}
{"id":"m2","outlet":"Sport Wire","title":"Chelsea lose to Arsenal","text":"Chelsea lost to Arsenal at the Emirates."}`), claims.LoadOptions{})
	unrelated := extract(match)
	df := map[string]int{}
	all := append(append(append(storyDocs, otherDocs...), newDocs...), unrelated...)
	for _, d := range all {
		for _, term := range compare.StoryTerms(d) {
			df[term]++
		}
	}
	n := len(all)
	for _, tc := range []struct {
		name string
		cand compare.Doc
		want bool
	}{
		{"same story", storyDocs[0], true},
		{"same story", storyDocs[1], true},
		{"same story", storyDocs[2], true},
		{"unrelated", unrelated[0], false},
	} {
		cf := compare.Features(tc.cand, opts)
		shared := map[string]float64{}
		for term, tf := range cf.Terms {
			if _, ok := f.Terms[term]; ok && df[term] > 0 {
				shared[term] = tf
			}
		}
		l := compare.NewStoryLinker([]compare.StoryFeatures{f}, df, n, opts.StoryLinkage)
		assert.Equal(t, tc.want, l.MayPair(shared, compare.StoryNorm(cf, df, n), cf.Published), tc.name)
		if !tc.want {
			assert.Zero(t, l.Pair(cf), tc.name)
		}
	}
	best := 0.0
	for _, d := range storyDocs {
		best = max(best, compare.NewStoryLinker([]compare.StoryFeatures{f}, df, n, opts.StoryLinkage).Pair(compare.Features(d, opts)))
	}
	assert.GreaterOrEqual(t, best, opts.StoryLinkage, "the new article pairs with its story")
}

// findingLines describes findings one a line.
func findingLines(fs []compare.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s:%d %s %s %s", f.Article.Source, f.Figure.Line, f.Figure.Text, f.Severity, f.GroupID))
	}
	return out
}

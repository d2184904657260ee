package store_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/report"
	"github.com/crosscheck-news/crosscheck/store"
)

// load reads paths (relative to the repository root) as the CLI does.
func load(t testing.TB, paths ...string) []*claims.Article {
	t.Helper()
	rooted := make([]string, len(paths))
	for i, p := range paths {
		rooted[i] = filepath.Join("..", p)
	}
	arts, problems := claims.Load(rooted, claims.LoadOptions{})
	for _, p := range problems {
		require.True(t, p.Warning, "%v", p)
	}
	return arts
}

// indexStories indexes the example stories into s and returns them.
func indexStories(t *testing.T, s store.Store) []*claims.Article {
	t.Helper()
	arts := load(t, "testdata/stories")
	_, err := store.Add(context.Background(), s, arts, store.Options{Compare: compare.DefaultOptions()})
	require.NoError(t, err)
	return arts
}

// render writes findings in every check format but SARIF (which names
// the tool's version), one after another.
func render(t *testing.T, findings []compare.Finding) []byte {
	t.Helper()
	var buf bytes.Buffer
	for _, f := range []string{"text", "github", "json"} {
		w, err := report.NewCheck(f)
		require.NoError(t, err)
		require.NoError(t, w.WriteFindings(&buf, findings))
	}
	return buf.Bytes()
}

// checkCases are reference sets and new articles whose findings through
// the index must be those of compare.Check on the articles.
var checkCases = []struct {
	name     string
	ref, new []string
}{
	{"ci", []string{"testdata/ci/ref"}, []string{"testdata/ci/new"}},
	{"pr", []string{"testdata/ci/pr/ref"}, []string{"testdata/ci/pr/new"}},
	{"stories", []string{
		"testdata/stories/crocus-2024/aljazeera.md", "testdata/stories/crocus-2024/ap.md", "testdata/stories/crocus-2024/guardian.md",
		"testdata/stories/kabul-airport-2021", "testdata/stories/kerman-2024",
	}, []string{"testdata/stories/crocus-2024/reuters.md"}},
}

func TestCheckGivesTheFindingsOfCompare(t *testing.T) {
	opts := store.Options{Compare: compare.DefaultOptions(), Analyser: "test"}
	for _, b := range backends() {
		for _, tc := range checkCases {
			t.Run(b.name+"/"+tc.name, func(t *testing.T) {
				ctx := context.Background()
				s, _ := open(t, b)
				ref, fresh := load(t, tc.ref...), load(t, tc.new...)
				_, err := store.Add(ctx, s, ref, opts)
				require.NoError(t, err)

				kept, _ := claims.DropDuplicates(ref)
				_, want, err := compare.Check(docsOf(t, kept), docsOf(t, fresh), compare.DefaultOptions())
				require.NoError(t, err)
				require.NotEmpty(t, want, "the case must have findings to compare")
				for _, all := range []bool{false, true} {
					o := opts
					o.All = all
					_, got, _, err := store.Check(ctx, s, load(t, tc.new...), o)
					require.NoError(t, err)
					assert.Equal(t, string(render(t, want)), string(render(t, got)), "All: %v", all)
				}
			})
		}
	}
}

func TestReportGivesTheResultOfCompare(t *testing.T) {
	eachBackend(t, func(t *testing.T, s store.Store, _ string) {
		ctx := context.Background()
		arts := indexStories(t, s)
		want, err := compare.Compare(docsOf(t, arts), compare.DefaultOptions())
		require.NoError(t, err)
		got, _, err := store.Report(ctx, s, store.Options{Compare: compare.DefaultOptions()})
		require.NoError(t, err)
		w, err := report.New("json")
		require.NoError(t, err)
		var a, c bytes.Buffer
		require.NoError(t, w.Write(&a, want))
		require.NoError(t, w.Write(&c, got))
		assert.Equal(t, a.String(), c.String())
	})
}

func TestAddIsIncremental(t *testing.T) {
	opts := store.Options{Compare: compare.DefaultOptions(), Analyser: "v1"}
	eachBackend(t, func(t *testing.T, s store.Store, _ string) {
		ctx := context.Background()
		arts := load(t, "testdata/stories")
		n, err := store.Add(ctx, s, arts, opts)
		require.NoError(t, err)
		assert.Equal(t, store.Counts{Added: len(arts)}, n)

		n, err = store.Add(ctx, s, arts, opts)
		require.NoError(t, err)
		assert.Equal(t, store.Counts{Skipped: len(arts)}, n, "the same content is skipped")

		changed := *arts[0]
		changed.Text += "\nA later update said 12 more people had died."
		n, err = store.Add(ctx, s, append([]*claims.Article{&changed}, arts[1:]...), opts)
		require.NoError(t, err)
		assert.Equal(t, store.Counts{Replaced: 1, Skipped: len(arts) - 1}, n)

		o := opts
		o.Analyser = "v2"
		n, err = store.Add(ctx, s, arts[:2], o)
		require.NoError(t, err)
		assert.Equal(t, store.Counts{Replaced: 2}, n, "another build analyses again")

		st, err := s.Stats(ctx)
		require.NoError(t, err)
		assert.Equal(t, len(arts), st.Articles)
	})
}

func TestRemove(t *testing.T) {
	eachBackend(t, func(t *testing.T, s store.Store, _ string) {
		ctx := context.Background()
		arts := indexStories(t, s)
		dir := filepath.Join("..", "testdata/stories/kerman-2024")
		for _, tc := range []struct {
			paths []string
			want  int
		}{
			{[]string{dir + "/"}, 4},
			{[]string{dir}, 0},
			{[]string{filepath.Join("..", "testdata/stories/crocus-2024/ap.md"), "no/such/file.md"}, 1},
		} {
			n, err := store.Remove(ctx, s, tc.paths)
			require.NoError(t, err)
			assert.Equal(t, tc.want, n, "%v", tc.paths)
		}
		st, err := s.Stats(ctx)
		require.NoError(t, err)
		assert.Equal(t, len(arts)-5, st.Articles)
	})
}

// TestConcurrentAdd: two processes adding the same articles at once are
// serialised: one adds them, the other finds them indexed.
func TestConcurrentAdd(t *testing.T) {
	arts := load(t, "testdata/stories")
	eachBackend(t, func(t *testing.T, s store.Store, dsn string) {
		other, err := store.Open(context.Background(), dsn)
		require.NoError(t, err)
		defer other.Close()
		type result struct {
			n   store.Counts
			err error
		}
		done := make(chan result, 2)
		for _, st := range []store.Store{s, other} {
			go func() {
				n, err := store.Add(context.Background(), st, arts, store.Options{Compare: compare.DefaultOptions()})
				done <- result{n, err}
			}()
		}
		var total store.Counts
		for range 2 {
			r := <-done
			require.NoError(t, r.err)
			total.Added += r.n.Added
			total.Skipped += r.n.Skipped
		}
		assert.Equal(t, store.Counts{Added: len(arts), Skipped: len(arts)}, total)
	})
}

// docsOf extracts the documents of articles with the default options.
func docsOf(t *testing.T, arts []*claims.Article) []compare.Doc {
	t.Helper()
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	require.NoError(t, err)
	return ex.Docs(arts)
}

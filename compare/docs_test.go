package compare_test

import (
	"fmt"
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
	refDocs, err := compare.Extract(ref, opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	newDocs, err := compare.Extract(fresh, opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(compare.StoryTerms(newDocs[0]))
	_, findings, err := compare.CheckDocs(refDocs, newDocs, opts)
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

func TestDocsGiveTheResultOfArticles(t *testing.T) {
	ref, _ := claims.Parse("ref.jsonl", []byte(docsRef), claims.LoadOptions{})
	fresh, _ := claims.Parse("new.jsonl", []byte(docsNew), claims.LoadOptions{})
	opts := compare.DefaultOptions()
	refDocs, err := compare.Extract(ref, opts)
	require.NoError(t, err)
	newDocs, err := compare.Extract(fresh, opts)
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		docs func() (*compare.Result, error)
		arts func() (*compare.Result, error)
	}{
		{"compare", func() (*compare.Result, error) { return compare.CompareDocs(append(refDocs, newDocs...), opts) },
			func() (*compare.Result, error) { return compare.Compare(append(ref, fresh...), opts) }},
		{"check", func() (*compare.Result, error) { r, _, err := compare.CheckDocs(refDocs, newDocs, opts); return r, err },
			func() (*compare.Result, error) { r, _, err := compare.Check(ref, fresh, opts); return r, err }},
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

package compare_test

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/report"
)

// TestOrderIndependent shuffles the articles of the evaluation sets and
// wants byte-identical JSON reports: ties and sums do not depend on the
// input order.
func TestOrderIndependent(t *testing.T) {
	tests := []struct {
		name  string
		paths []string
	}{
		{"eval", []string{"../testdata/eval", "../testdata/eval2"}},
		{"eval3", []string{"../testdata/eval3"}},
		{"stories", []string{"../testdata/stories"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, _ := claims.Load(tt.paths, claims.LoadOptions{})
			require.NotEmpty(t, arts)
			render := func(arts []*claims.Article) []byte {
				res, err := compare.Compare(extract(arts), compare.DefaultOptions())
				require.NoError(t, err)
				var b bytes.Buffer
				require.NoError(t, report.JSON{}.Write(&b, res))
				return b.Bytes()
			}
			want := render(arts)
			rng := rand.New(rand.NewPCG(13, 13))
			for range 3 {
				shuffled := append([]*claims.Article(nil), arts...)
				rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
				require.Equal(t, string(want), string(render(shuffled)))
			}
		})
	}
}

package compare

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
)

// goldFile is the hand annotation of a story folder (the format of the
// seed's gold.json): the figure groups several outlets give, and figures
// that must stay out of them.
type goldFile struct {
	Groups []struct {
		ID       string `json:"id"`
		Verdict  string `json:"verdict"`
		Mentions []struct {
			Outlet string `json:"outlet"`
			Text   string `json:"text"`
		} `json:"mentions"`
	} `json:"groups"`
	Distractors []struct {
		Outlet string `json:"outlet"`
		Text   string `json:"text"`
	} `json:"distractors"`
}

// goldKey is how a gold file names a figure: its outlet and its number.
type goldKey struct {
	outlet string
	value  float64
}

// TestStoriesAgainstGold compares every annotated story of testdata and
// scores the groups as ../shared/eval/score.py does: no conflict may rest
// on figures the annotation keeps apart, grouped pairs must be right, and
// most annotated pairs must be found.
func TestStoriesAgainstGold(t *testing.T) {
	// The recall floor of each set: the second validation set is harder
	// (counts that change night after night) and is held to precision only.
	floors := map[string]float64{}
	var golds []string
	for set, floor := range map[string]float64{"stories": 0.45, "eval": 0.45, "eval2": 0} {
		g, err := filepath.Glob(filepath.Join("..", "testdata", set, "*", "gold.json"))
		require.NoError(t, err)
		for _, path := range g {
			floors[path] = floor
		}
		golds = append(golds, g...)
	}
	slices.Sort(golds)
	require.NotEmpty(t, golds)
	reg := claims.DefaultRegistry()
	canon := func(o string) string {
		if c, ok := reg.Canonical(o); ok {
			return c
		}
		return o
	}
	number := func(text string) float64 {
		for i := range text {
			if v, _, ok := claims.ParseNumber(text[i:]); ok && (i == 0 || text[i-1] == ' ') {
				return v
			}
		}
		return -1
	}
	for _, path := range golds {
		dir := filepath.Dir(path)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			var gold goldFile
			require.NoError(t, json.Unmarshal(data, &gold))
			group := map[goldKey]string{}
			for _, g := range gold.Groups {
				for _, m := range g.Mentions {
					group[goldKey{canon(m.Outlet), number(m.Text)}] = g.ID
				}
			}
			for _, d := range gold.Distractors {
				k := goldKey{canon(d.Outlet), number(d.Text)}
				if _, ok := group[k]; !ok {
					group[k] = ""
				}
			}
			arts, problems := claims.Load([]string{dir}, claims.LoadOptions{})
			for _, p := range problems {
				require.True(t, p.Warning, p.Error())
			}
			res, err := Compare(arts, DefaultOptions())
			require.NoError(t, err)

			found := map[[2]goldKey]bool{}
			for _, g := range res.Groups {
				var keys []goldKey
				for _, m := range g.Members {
					keys = append(keys, goldKey{m.Outlet(), m.Figure.Value})
				}
				shared := false
				for i, a := range keys {
					for _, b := range keys[i+1:] {
						ga, oka := group[a]
						gb, okb := group[b]
						if a.outlet == b.outlet || !oka || !okb {
							continue
						}
						assert.True(t, ga != "" && ga == gb, "%s groups %v with %v", g.ID, a, b)
						if ga != "" && ga == gb {
							shared = true
							found[[2]goldKey{a, b}], found[[2]goldKey{b, a}] = true, true
						}
					}
				}
				if g.Verdict == Conflict {
					assert.True(t, shared, "false alarm: conflict %s shares no annotated group: %v", g.ID, keys)
				}
			}
			want, hit := 0, 0
			for _, g := range gold.Groups {
				for i, a := range g.Mentions {
					for _, b := range g.Mentions[i+1:] {
						ka, kb := goldKey{canon(a.Outlet), number(a.Text)}, goldKey{canon(b.Outlet), number(b.Text)}
						if ka.outlet == kb.outlet {
							continue
						}
						want++
						if found[[2]goldKey{ka, kb}] {
							hit++
						}
					}
				}
			}
			t.Logf("%s: pairs found %d/%d", filepath.Base(dir), hit, want)
			assert.GreaterOrEqual(t, float64(hit), floors[path]*float64(want), "recall of annotated pairs")
		})
	}
}

package compare

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims"
)

// findingsArticles are the outlets of TestFindings: Reuters and The
// Guardian are the reference, BBC, AP and CNN new.
var (
	fWire, fPaper             = fArt("Reuters"), fArt("The Guardian")
	fAgree, fConflict, fThird = fArt("BBC"), fArt("AP"), fArt("CNN")
	fFresh                    = map[*claims.Article]bool{fAgree: true, fConflict: true, fThird: true}
)

func fArt(outlet string) *claims.Article {
	return &claims.Article{ID: outlet, Outlet: outlet, Source: outlet + ".md"}
}

// fMem is a killed figure of article a with the interval [lo, hi].
func fMem(a *claims.Article, text string, lo, hi float64, loOpen bool) Member {
	return Member{Statement: Statement{Article: a}, Figure: claims.Figure{Text: text, Measure: "killed",
		Interval: claims.Interval{Lo: lo, Hi: hi, LoOpen: loOpen}}}
}

// TestFindings checks the three cases of a check: a new figure judged
// against the reference only, new articles that conflict on a fact the
// reference does not state, and a figure no other outlet gives.
func TestFindings(t *testing.T) {
	inf := math.Inf(1)
	wire, paper, agree, conflict, third, mem := fWire, fPaper, fAgree, fConflict, fThird, fMem
	type want struct {
		outlet       string
		severity     Verdict
		relation     Verdict
		unreferenced bool
		others       []string
	}
	tests := []struct {
		name    string
		members []Member
		want    []want
	}{
		{
			name: "only the article that disagrees with the reference is an error",
			members: []Member{
				mem(conflict, "more than 40", 40, inf, true), mem(agree, "27", 27, 27, false),
				mem(wire, "27", 27, 27, false), mem(paper, "27", 27, 27, false),
			},
			want: []want{
				{"AP", Conflict, Conflict, false, []string{"Reuters", "The Guardian"}},
				{"BBC", Agree, Agree, false, []string{"Reuters", "The Guardian"}},
			},
		},
		{
			name: "new articles in conflict on a fact the reference does not state warn each other",
			members: []Member{
				mem(conflict, "more than 40", 40, inf, true), mem(agree, "27", 27, 27, false),
			},
			want: []want{
				{"AP", Consistent, Conflict, true, []string{"BBC"}},
				{"BBC", Consistent, Conflict, true, []string{"AP"}},
			},
		},
		{
			name: "new articles that agree without the reference are notices",
			members: []Member{
				mem(agree, "27", 27, 27, false), mem(third, "at least 20", 20, inf, false),
			},
			want: []want{
				{"BBC", Agree, Consistent, true, []string{"CNN"}},
				{"CNN", Agree, Consistent, true, []string{"BBC"}},
			},
		},
		{
			name: "a reference that conflicts with itself does not blame a new figure that agrees with both ends",
			members: []Member{
				mem(third, "at least 20", 20, inf, false), mem(wire, "27", 27, 27, false), mem(paper, "30", 30, 30, false),
			},
			want: []want{{"CNN", Consistent, Consistent, false, []string{"Reuters", "The Guardian"}}},
		},
		{
			name:    "a figure of the reference set alone gives nothing",
			members: []Member{mem(wire, "27", 27, 27, false), mem(paper, "27", 27, 27, false)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := &Result{Groups: []Group{{ID: "g1", Measure: "killed", Members: tt.members}}}
			got := Findings(res, func(a *claims.Article) bool { return fFresh[a] })
			var have []want
			for _, f := range got {
				w := want{outlet: f.Outlet(), severity: f.Severity, relation: f.Relation, unreferenced: f.Unreferenced}
				for _, o := range f.Others {
					w.others = append(w.others, o.Outlet())
				}
				assert.Equal(t, "g1", f.GroupID)
				have = append(have, w)
			}
			assert.Equal(t, tt.want, have)
		})
	}
	assert.Empty(t, Findings(nil, func(*claims.Article) bool { return true }))
}

// TestFindingDisjoint: a finding says which of its others are disjoint
// from its figure, so that writers need not intersect intervals.
func TestFindingDisjoint(t *testing.T) {
	inf := math.Inf(1)
	g := Group{ID: "g1", Members: []Member{
		fMem(fConflict, "more than 40", 40, inf, true),
		fMem(fWire, "27", 27, 27, false), fMem(fPaper, "at least 20", 20, inf, false),
	}}
	got := Findings(&Result{Groups: []Group{g}}, func(a *claims.Article) bool { return fFresh[a] })
	assert.Len(t, got, 1)
	assert.Equal(t, []bool{true, false}, got[0].Disjoint)
	assert.Equal(t, got[0].Disjoint, DisjointFrom(got[0].Figure, got[0].Others))
}

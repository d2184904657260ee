package read

import "github.com/crosscheck-news/crosscheck/claims/core"

// NameOutlets names every outlet of arts as the input spells it. Articles
// of one canonical outlet ("Anadolu Agency") whose input gave its name
// ("Anadolu", "AA") all take the spelling given most often, the first met
// on a tie; an outlet no input named keeps its canonical name. An outlet's
// identity does not change: articles that shared a canonical name share
// the new one, and two outlets never merge, because a name is only chosen
// among the spellings that resolved to that outlet and a spelling that is
// another outlet's canonical name is passed over.
func NameOutlets(arts []*core.Article) {
	type tally struct {
		order []string
		n     map[string]int
	}
	given := map[string]*tally{}
	canonical := map[string]bool{}
	for _, a := range arts {
		canonical[a.Outlet] = true
		if a.Outlet == "" || a.OutletGiven == "" {
			continue
		}
		t := given[a.Outlet]
		if t == nil {
			t = &tally{n: map[string]int{}}
			given[a.Outlet] = t
		}
		if t.n[a.OutletGiven] == 0 {
			t.order = append(t.order, a.OutletGiven)
		}
		t.n[a.OutletGiven]++
	}
	name := make(map[string]string, len(given))
	for o, t := range given {
		best := ""
		for _, s := range t.order {
			if (s == o || !canonical[s]) && (best == "" || t.n[s] > t.n[best]) {
				best = s
			}
		}
		if best != "" && best != o {
			name[o] = best
		}
	}
	for _, a := range arts {
		if n, ok := name[a.Outlet]; ok {
			a.Outlet = n
		}
	}
}

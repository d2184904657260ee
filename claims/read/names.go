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
	names := chooseNames(arts)
	for _, a := range arts {
		a.Outlet = names[a.Outlet]
	}
}

// NameOutletsAfter names the outlets of arts, read with canonical outlet
// names, as NameOutlets does, except that an outlet that one of the names
// known stands for (the outlets of a stored set, as reg resolves them)
// takes that name: an index that holds "DW" and a new article of
// "Deutsche Welle" name one outlet once. The first known name of an
// outlet wins.
func NameOutletsAfter(arts []*core.Article, known []string, reg *Registry) {
	named := map[string]string{} // canonical outlet -> its known name
	for _, n := range known {
		if n == "" {
			continue
		}
		c := reg.canonicalOrSelf(n)
		if _, ok := named[c]; !ok {
			named[c] = n
		}
	}
	var rest []*core.Article
	for _, a := range arts {
		if n, ok := named[a.Outlet]; ok && a.Outlet != "" {
			a.Outlet = n
		} else {
			rest = append(rest, a)
		}
	}
	NameOutlets(rest)
}

// outletNamer names the outlets of articles that come in batches: an
// outlet takes the name NameOutlets gives it in the first batch that holds
// it, and keeps it in every later batch, so that one outlet never goes by
// two names.
type outletNamer struct {
	chosen map[string]string // canonical outlet -> its name
}

// name names the outlets of one batch.
func (n *outletNamer) name(arts []*core.Article) {
	if n.chosen == nil {
		n.chosen = map[string]string{}
	}
	for o, name := range chooseNames(arts) {
		if _, ok := n.chosen[o]; !ok {
			n.chosen[o] = name
		}
	}
	for _, a := range arts {
		a.Outlet = n.chosen[a.Outlet]
	}
}

// chooseNames maps every outlet of arts, by its canonical name, to the
// name NameOutlets gives it.
func chooseNames(arts []*core.Article) map[string]string {
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
	name := make(map[string]string, len(canonical))
	for o := range canonical {
		name[o] = o
	}
	for o, t := range given {
		best := ""
		for _, s := range t.order {
			if (s == o || !canonical[s]) && (best == "" || t.n[s] > t.n[best]) {
				best = s
			}
		}
		if best != "" {
			name[o] = best
		}
	}
	return name
}

package compare

import "github.com/crosscheck-news/crosscheck/claims"

// Findings lists the figures of new articles (those for which isNew is
// true) that share a group with a figure of another outlet, and says how
// each relates to them. It reads only res.Groups: the members of each group,
// their articles and figures. A group with figures of the reference set
// and a group of new articles only are judged differently:
//
//   - When the group holds reference figures from another outlet than the
//     new figure's, the new figure is judged against those reference
//     figures only: a conflict with one of them is a Conflict, else it is
//     Consistent or Agree. Other new articles in the group are not its
//     Others: a new article is never blamed for another new article.
//   - When no reference figure of another outlet is in the group, the
//     reference does not state the fact; the new figure is judged against
//     the other new articles' figures, from other outlets, and the finding
//     is Unreferenced: a conflict between new articles is a warning on each
//     (Severity Consistent, Relation Conflict), anything else a notice.
//
// A figure whose group holds no figure of another outlet gives no finding.
// Findings are in group order, members in group order within a group.
func Findings(res *Result, isNew func(*claims.Article) bool) []Finding {
	out := []Finding{}
	if res == nil {
		return out
	}
	for _, g := range res.Groups {
		for _, m := range g.Members {
			if m.Article == nil || !isNew(m.Article) {
				continue
			}
			if f, ok := finding(g, m, isNew); ok {
				out = append(out, f)
			}
		}
	}
	return out
}

// finding judges one new member of group g.
func finding(g Group, m Member, isNew func(*claims.Article) bool) (Finding, bool) {
	var refs, news []Member
	for _, o := range g.Members {
		if o.Article == nil || sourceOf(o.Article) == sourceOf(m.Article) {
			continue
		}
		if isNew(o.Article) {
			news = append(news, o)
		} else {
			refs = append(refs, o)
		}
	}
	f := Finding{Member: m, GroupID: g.ID}
	switch {
	case len(refs) > 0:
		f.Others = refs
		f.Relation = relation(against(m.Figure, refs))
		f.Severity = f.Relation
	case len(news) > 0:
		f.Others = news
		f.Unreferenced = true
		f.Relation = relation(against(m.Figure, news))
		f.Severity = Agree
		if f.Relation == Conflict {
			f.Severity = Consistent
		}
	default:
		return Finding{}, false
	}
	f.Disjoint = DisjointFrom(m.Figure, f.Others)
	return f, true
}

// DisjointFrom tells, for each of others, whether its interval is
// disjoint from fig's: what [Finding].Disjoint holds.
func DisjointFrom(fig claims.Figure, others []Member) []bool {
	out := make([]bool, len(others))
	for j, o := range others {
		_, ok := fig.Interval.Intersect(o.Figure.Interval)
		out[j] = !ok
	}
	return out
}

// relation judges figs[0] against the rest: conflict when disjoint from
// one of them, agree when all state the same exact value, else consistent.
// A conflict among the rest alone does not count.
func relation(figs []claims.Figure) Verdict {
	v, disjoint := Judge(figs)
	if v != Conflict {
		return v
	}
	for _, d := range disjoint {
		if d[0] == 0 {
			return Conflict
		}
	}
	return Consistent
}

// against returns fig followed by the figures of others.
func against(fig claims.Figure, others []Member) []claims.Figure {
	figs := make([]claims.Figure, 0, len(others)+1)
	figs = append(figs, fig)
	for _, o := range others {
		figs = append(figs, o.Figure)
	}
	return figs
}

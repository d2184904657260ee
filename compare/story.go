package compare

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"time"

	"github.com/crosscheck-news/crosscheck/claims"
)

// Story is one event: the articles that report it. Figures of different
// stories are never compared.
type Story struct {
	// ID is "s1", "s2", … in the order of Result.Stories.
	ID string
	// Title is the title of the story's most central article: the one most
	// like the others.
	Title string
	// Articles are the story's articles, in input order.
	Articles []*claims.Article
	// Outlets lists the outlets of the articles, sorted; an unattributed
	// article is listed as "".
	Outlets []string
	// First and Last are the earliest and latest publication dates of the
	// articles that give one ("2024-01-04"), or "".
	First, Last string
	// Groups are the IDs of the story's figure groups, in Result order.
	Groups []string
}

// storyLeadSentences is how many sentences of an article, after its title,
// describe its event.
const storyLeadSentences = 3

// storyMaxPostings is the most articles a term may occur in and still
// propose candidate pairs: a term that common names no one event. Pairs
// are scored on every shared term.
const storyMaxPostings = 200

// storyDays is how far apart, in days, two articles' publication dates may
// be and still count fully as reports of one event; articles further apart
// (a follow-up a year on) count at storyFarDates of their similarity. An
// event's coverage runs for weeks (a toll revised after three weeks, the
// names of the missing a fortnight on): ten days split such stories.
const (
	storyDays     = 30
	storyFarDates = 0.5
)

// storyVectors weighs each article's title and lead (StoryTitleWeight for
// the title's terms) and the names and places of its whole text by their
// rarity over the articles (inverse document frequency), counting the
// articles of rest too when it is not nil. It also returns, by term, how
// many articles of rest hold it.
func storyVectors(arts []*claims.Article, cls [][]claims.Claim, toks [][][]token, tk *claims.Tokenizer, titleWeight float64, rest *Corpus) ([]vector, map[int32]int) {
	voc := newVocab()
	tfs := articleTerms(arts, cls, toks, tk, titleWeight, voc)
	df := make([]int, len(voc.ids)) // by term
	for _, tf := range tfs {
		for _, id := range tf.ids {
			df[id]++
		}
	}
	out := make([]vector, len(arts))
	n := float64(len(arts))
	restDF := map[int32]int{}
	if rest != nil {
		n += float64(rest.Articles)
		for term, id := range voc.ids {
			if d := rest.StoryDF[term]; d > 0 {
				restDF[id] = d
				df[id] += d
			}
		}
	}
	for a, tf := range tfs {
		es := make([]entry, 0, len(tf.ids))
		for k, id := range tf.ids {
			if df[id] < 2 {
				continue // a term of one article links it to none
			}
			// Only a positive weight counts, as a vecBuilder keeps it.
			if w := (1 + math.Log(tf.f[k])) * math.Log(1+n/float64(df[id])); w > 0 {
				es = append(es, entry{id, w})
			}
		}
		out[a] = sortedVector(es)
	}
	return out, restDF
}

// storyMinPair is the least similarity of a pair of articles that counts
// in a story's average linkage: fainter pairs count as 0. It keeps the
// pairs near linear in the number of articles.
const storyMinPair = 0.1

// storyPairs returns the candidate pairs of articles (i < j, indices into
// vs) that share a term occurring in at most storyMaxPostings articles,
// with their cosine (over all terms) when it reaches storyMinPair; pairs
// published far apart count less. Candidates are found by accumulating the
// rare terms' products article by article (an inverted index, never all
// pairs), on every core; a pair whose rare terms give less than half of
// storyMinPair is not scored further.
//
// restDF counts, by term, the articles left out of the comparison that
// hold it: they count among a term's postings.
func storyPairs(arts []*claims.Article, vs []vector, restDF map[int32]int) map[[2]int]float64 {
	type posting struct {
		a int
		w float64
	}
	terms := int32(0)
	for _, v := range vs {
		if len(v.e) > 0 {
			terms = max(terms, v.e[len(v.e)-1].id+1) // entries are sorted by id
		}
	}
	post := make([][]posting, terms) // by term
	for a, v := range vs {
		for _, e := range v.e {
			post[e.id] = append(post[e.id], posting{a, e.w / v.norm})
		}
	}
	// The terms too common to propose pairs still count in a pair's
	// cosine: each article keeps them apart, normalised, so that the
	// cosine is the rare terms' accumulated products plus theirs.
	common := make([][]entry, len(vs))
	for a, v := range vs {
		for _, e := range v.e {
			if len(post[e.id])+restDF[e.id] > storyMaxPostings {
				common[a] = append(common[a], entry{e.id, e.w / v.norm})
			}
		}
	}
	dates := make([]time.Time, len(arts))
	for a, art := range arts {
		dates[a], _ = time.Parse("2006-01-02", claims.PublishedDay(art.Published))
	}
	parts := make([][]storyPair, runtime.GOMAXPROCS(0))
	shareOut(len(vs), 64, func(w, workers int) {
		acc := make([]float64, len(vs))
		var touched []int
		for i := w; i < len(vs); i += workers {
			touched = touched[:0]
			for _, e := range vs[i].e {
				wi := e.w / vs[i].norm
				list := post[e.id]
				if len(list)+restDF[e.id] > storyMaxPostings {
					continue
				}
				for _, p := range list {
					if p.a > i {
						if acc[p.a] == 0 {
							touched = append(touched, p.a)
						}
						acc[p.a] += wi * p.w
					}
				}
			}
			for _, j := range touched {
				s := acc[j]
				acc[j] = 0
				if s < storyMinPair/2 {
					continue // the rare terms say too little
				}
				s += dotEntries(common[i], common[j])
				if !dates[i].IsZero() && !dates[j].IsZero() && math.Abs(dates[i].Sub(dates[j]).Hours()) > 24*storyDays {
					s *= storyFarDates
				}
				if s >= storyMinPair {
					parts[w] = append(parts[w], storyPair{i, j, s})
				}
			}
		}
	})
	out := map[[2]int]float64{}
	for _, ps := range parts {
		for _, p := range ps {
			out[[2]int{p.i, p.j}] = p.s
		}
	}
	return out
}

// dotEntries is the dot product of two sparse vectors sorted by id.
func dotEntries(a, b []entry) float64 {
	dot := 0.0
	eachShared(vector{e: a}, vector{e: b}, func(wa, wb float64) { dot += wa * wb })
	return dot
}

// storyPair is two articles i < j and their similarity.
type storyPair struct {
	i, j int
	s    float64
}

// storyBestShare is the share of two clusters' best pair that links them
// when their average is lower: an article that follows a story up in other
// words (a case filed, arrests) is much like one of the story's articles and
// little like the rest.
const storyBestShare = 0.6

// storyFollowUp is the most articles a cluster may hold and still join a
// larger story by its best pair: a follow-up or two, not a story of its own.
const storyFollowUp = 2

// clusterStories groups articles by average linkage: the two clusters whose
// mean pairwise similarity (pairs never proposed count 0) is highest merge
// first, while it reaches minLink. It returns clusters of article indices,
// each sorted, ordered by their first article.
func clusterStories(n int, pairs map[[2]int]float64, minLink float64) [][]int {
	members := make([][]int, n)
	for i := range members {
		members[i] = []int{i}
	}
	// cluster -> neighbour -> the sum and the best of their pair
	// similarities: one map a cluster, both figures in one lookup.
	near := nearLinks(n, pairs)
	var h linkHeap
	version := make([]int, n)
	for i := range near {
		for j, l := range near[i] {
			if i < j && l.sum >= minLink {
				h.push(link{l.sum, i, j, 0, 0})
			}
		}
	}
	for len(h) > 0 {
		l := h.pop()
		if members[l.a] == nil || members[l.b] == nil || version[l.a] != l.va || version[l.b] != l.vb {
			continue
		}
		a, b := l.a, l.b
		members[a] = append(members[a], members[b]...)
		members[b] = nil
		version[a]++
		mergeLinks(near, a, b)
		for c, ls := range near[a] {
			avg := ls.sum / float64(len(members[a])*len(members[c]))
			if min(len(members[a]), len(members[c])) <= storyFollowUp && max(len(members[a]), len(members[c])) > storyFollowUp {
				avg = max(avg, storyBestShare*ls.best)
			}
			if avg >= minLink {
				x, y := min(a, c), max(a, c)
				h.push(link{avg, x, y, version[x], version[y]})
			}
		}
	}
	var out [][]int
	for _, m := range members {
		if m != nil {
			slices.Sort(m)
			out = append(out, m)
		}
	}
	slices.SortFunc(out, func(x, y []int) int { return x[0] - y[0] })
	return out
}

// nearLinks returns, for each article, its neighbours by a pair of
// positive similarity and the sum and best of their pairs: each worker
// fills the maps of its share of the articles, sized first.
func nearLinks(n int, pairs map[[2]int]float64) []map[int]linkSum {
	near := make([]map[int]linkSum, n)
	shareOut(n, 1024, func(w, workers int) {
		mine := func(i int) bool { return i%workers == w }
		degree := make(map[int]int)
		for k, s := range pairs {
			if s > 0 && mine(k[0]) {
				degree[k[0]]++
			}
			if s > 0 && mine(k[1]) {
				degree[k[1]]++
			}
		}
		for i := w; i < n; i += workers {
			near[i] = make(map[int]linkSum, degree[i])
		}
		for k, s := range pairs {
			if s <= 0 {
				continue
			}
			// A worker reads only its own maps; a pair of an article
			// with itself counts once.
			if mine(k[0]) {
				x := near[k[0]][k[1]]
				near[k[0]][k[1]] = linkSum{x.sum + s, s}
			}
			if mine(k[1]) && k[1] != k[0] {
				y := near[k[1]][k[0]]
				near[k[1]][k[0]] = linkSum{y.sum + s, s}
			}
		}
	})
	return near
}

// linkSum is what links two clusters: the sum and the best of the
// similarities of their articles' pairs.
type linkSum struct{ sum, best float64 }

// mergeLinks moves the links of cluster b, merged into a, to a.
func mergeLinks(near []map[int]linkSum, a, b int) {
	for c, lb := range near[b] {
		delete(near[c], b)
		if c != a {
			la := near[a][c]
			m := linkSum{la.sum + lb.sum, max(la.best, lb.best)}
			near[a][c] = m
			near[c][a] = m
		}
	}
	delete(near[a], b)
	near[b] = nil
}

// link is a candidate merge of clusters a < b at average similarity s,
// valid while both clusters are at the versions it was computed on.
type link struct {
	s      float64
	a, b   int
	va, vb int
}

// linkHeap pops the highest similarity first; ties go to the lowest
// cluster indices, so that the outcome does not depend on map order. It is
// container/heap's algorithm on links, without boxing each link.
type linkHeap []link

// less reports whether link i pops before link j.
func (h linkHeap) less(i, j int) bool {
	if h[i].s != h[j].s {
		return h[i].s > h[j].s
	}
	return cmp.Or(cmp.Compare(h[i].a, h[j].a), cmp.Compare(h[i].b, h[j].b)) < 0
}

// push adds l.
func (h *linkHeap) push(l link) {
	*h = append(*h, l)
	q := *h
	for j := len(q) - 1; ; {
		i := (j - 1) / 2 // parent
		if i == j || !q.less(j, i) {
			break
		}
		q[i], q[j] = q[j], q[i]
		j = i
	}
}

// pop removes and returns the link that pops first.
func (h *linkHeap) pop() link {
	q := *h
	n := len(q) - 1
	q[0], q[n] = q[n], q[0]
	for i := 0; ; {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 {
			break
		}
		j := j1
		if j2 := j1 + 1; j2 < n && q.less(j2, j1) {
			j = j2
		}
		if !q.less(j, i) {
			break
		}
		q[i], q[j] = q[j], q[i]
		i = j
	}
	x := q[n]
	*h = q[:n]
	return x
}

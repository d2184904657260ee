package compare

import (
	"slices"
	"strconv"

	"github.com/crosscheck-news/crosscheck/claims"
)

// Background figures: a story's articles also give the tolls of earlier
// events ("It killed at least 84 people in two suicide bombings in Iran in
// January"). Such a figure has no slot of the story's own event: it is
// compared with the other background figures of its story by the words and
// names around it (the similarity engine), never with the story's facts.

// storyTerms returns the stems of every word of the titles of a story's
// articles and of the names in their first sentences: the names the story
// goes by ("ALEXANDRIA, Egypt (Reuters) - A passenger train ..."). It also
// returns the lower-case words of the titles: the places they name are
// where the story happened.
func storyTerms(arts []*claims.Article, cls [][]claims.Claim, idx []int, tk *claims.Tokenizer) (terms, titleWords map[string]bool) {
	out, titles := map[string]bool{}, map[string]bool{}
	for _, a := range idx {
		for _, t := range tk.Tokens(arts[a].Title) {
			out[t.Stem] = true
			titles[t.Lower] = true
		}
		for _, c := range cls[a] {
			if c.Sentence.Index != 0 {
				continue
			}
			for _, t := range c.Sentence.Tokens {
				if t.Name() || t.Initial {
					out[t.Stem] = true
				}
			}
		}
	}
	return out, titles
}

// storyKinds returns the kinds of event a story's titles name: a kind
// named in at least a third of its titles (of those that name a kind). A
// kind one title names in passing ("fire at a hospital treating Covid
// patients") is not the story's, so a sentence about it ("Iraq has
// recorded 15,000 Covid deaths") tells of another event.
func storyKinds(arts []*claims.Article, idx []int) map[string]bool {
	count := map[string]int{}
	named := 0
	for _, a := range idx {
		ks := claims.EventKinds(arts[a].Title)
		if len(ks) > 0 {
			named++
		}
		for _, k := range ks {
			count[k]++
		}
	}
	out := map[string]bool{}
	for k, n := range count {
		if 3*n >= named {
			out[k] = true
		}
	}
	return out
}

// otherEvent reports whether a sentence names kinds of event (kinds, as
// [claims.Sentence].Events gives them) and none of the kinds its story's
// titles name, nor a companion of one (companions).
func otherEvent(kinds []string, story map[string]bool) bool {
	if len(story) == 0 || len(kinds) == 0 {
		return false
	}
	for _, k := range kinds {
		if story[k] || slices.ContainsFunc(companions(k), func(c string) bool { return story[c] }) {
			return false
		}
	}
	return true
}

// companions are the kinds of event that one event often is at once, so
// that a sentence naming one tells of a story titled by the other: an
// explosion sets off a fire and a fire explosions ("787 people were in
// the mine when the blast struck" in a story of a mine fire), a crash
// ends in a fire, a quake brings buildings down. A flood is no companion
// of a collapse: a wall that falls on a crowd during a storm's aftermath is
// an incident of its own.
func companions(kind string) []string {
	switch kind {
	case "explosion":
		return []string{"fire"}
	case "fire":
		return []string{"explosion", "crash"}
	case "crash":
		return []string{"fire"}
	case "collapse":
		return []string{"quake"}
	case "quake":
		return []string{"collapse"}
	}
	return nil
}

// elsewhere reports whether a figure's sentence places it in another event
// than its story's: the sentence names a place ("in St. Petersburg", "in
// northern Pakistan") that no title of the story names, and names nothing
// that a title does.
func elsewhere(toks []token, terms map[string]bool) bool {
	foreign := false
	for _, t := range toks {
		if !t.Name() && !t.Initial {
			continue
		}
		if terms[t.Stem] {
			return false
		}
		if t.Name() && t.Placed {
			foreign = true
		}
	}
	return foreign
}

// neverPair reports whether two background figures can never state one
// fact, whatever their context: they count different people, name
// different places, one counts at a hospital and their intervals differ, or one is
// dated to an earlier event and the other not, and their numbers are far
// apart ("more than 2,400 service members have died since 2001" beside "13
// service members killed"). Close numbers may still pair across that line:
// outlets name one earlier event with and without its date, and only some
// of them are read as past ("killing 170 Afghans in 2021", "at least 175
// killed at Kabul airport").
func neverPair(a, b *claims.Figure) bool {
	if whoClash(a.Who, b.Who, a.Interval == b.Interval) || placeClash(a.Place, b.Place) {
		return true
	}
	if (a.Place == claims.PlaceHospital || b.Place == claims.PlaceHospital) && a.Interval != b.Interval {
		// Which hospital a count is of is a name the slot does not keep
		// ("80 bodies at the Civil Hospital", "95 taken to Abbasi
		// Shaheed"): as in byHospital, only counts that agree pair.
		return true
	}
	lo, hi := min(a.Value, b.Value), max(a.Value, b.Value)
	return a.Past != b.Past && lo > 0 && hi > pastPairRatio*lo
}

// placeClash reports whether two places a clause names are different
// towns or areas by name ("dhaka", "savar"): a background figure of one
// never states the other's fact. A country may hold the other place
// ("Kerman" and "Iran"), and the whole country, a hospital or "elsewhere"
// clash with nothing.
func placeClash(a, b string) bool {
	named := func(p string) bool {
		return p != "" && p != claims.PlaceCountry && p != claims.PlaceHospital && !apartPlace(p) && !claims.IsCountryName(p)
	}
	return named(a) && named(b) && claims.PlaceName(a) != claims.PlaceName(b)
}

// pastPairRatio is how far apart, as a ratio, the numbers of a dated and an
// undated background figure may be and still pair.
const pastPairRatio = 2

// whoClash reports whether two subjects (Figure.Who) count different
// people: two nationalities, or two classes of people, that differ; or a
// class and none, unless both figures state the same interval (same).
// Civilians are no class apart from a nationality ("175 civilians", "170
// Afghans").
func whoClash(a, b string, same bool) bool {
	natA, classA := claims.SplitWho(a)
	natB, classB := claims.SplitWho(b)
	if natA != "" && natB != "" && natA != natB {
		return true
	}
	if classA == classB {
		return false
	}
	if classA == "civilians" && classB == "" && natB != "" || classB == "civilians" && classA == "" && natA != "" {
		return false
	}
	// A class is a part of the people a figure without one counts ("five
	// civilians", "11 people"): it states another fact, unless the two
	// agree, the class told by one outlet only ("95 unregistered
	// pilgrims", "95 pilgrims").
	return classA != "" && classB != "" || !same
}

// backgroundGroups groups the background figures of one story (indices into
// e.figs) as the similarity engine does: best pairs first, one member per
// article, a conflict only on strong evidence.
func (e *engine) backgroundGroups(idx []int) []Group {
	if len(idx) < 2 {
		return nil
	}
	// A figure several articles print in the same sentence word for word
	// (wire copy) is compared once, and stands for its copies.
	items, copies := uniqueFigures(e.figs, idx)
	prepare(items)
	years := make([]float64, len(items))
	for i, it := range items {
		years[i] = sentenceYear(it)
	}
	never := func(i, j int) bool {
		return neverPair(items[i].fig, items[j].fig) || yearsApart(years[i], years[j])
	}
	sim := func(i, j int) score {
		if never(i, j) {
			return score{} // also when clusters are linked through others
		}
		if oneEarlierEvent(items[i].fig, items[j].fig, years[i], years[j]) {
			return score{all: 1, local: 1}
		}
		return e.figureSimilarity(items[i], items[j])
	}
	// Figures that count different people ("23 Turks", "three
	// Senegalese"), or that their sentences date in different years ("the
	// 1992 crash that killed 167", "in 2018 a plane came down killing 51"),
	// never pair, whatever their context.
	pairs := slices.DeleteFunc(yearPairs(items, years, e.candidates(items)), func(p uint64) bool { return never(int(p>>32), int(uint32(p))) })
	sims := make([]score, len(pairs))
	for k, p := range pairs {
		sims[k] = sim(int(p>>32), int(uint32(p)))
	}
	clusters := cluster(items, pairs, sims, e.opts.MinSimilarity, e.opts.MinLinkage, e.opts.ConflictLinkage, sim)
	clusters = joinAgreeing(items, clusters, e.opts.AgreeLinkage, sim)
	in := map[int]bool{}
	for _, c := range clusters {
		for _, i := range c {
			in[i] = true
		}
	}
	for i := range items {
		if !in[i] && len(copies[i]) > 1 {
			clusters = append(clusters, []int{i})
		}
	}
	var out []Group
	for _, c := range clusters {
		var all []*item
		for _, i := range c {
			all = append(all, copies[i]...)
		}
		every := make([]int, len(all))
		for k := range every {
			every[k] = k
		}
		if sources(all, every) >= 2 {
			out = append(out, makeGroup(all, every))
		}
	}
	return out
}

// oneEarlierEvent reports whether two background figures tell the toll of
// one earlier event by its year: both are dated to an earlier event, their
// sentences name the same year, they count one measure and their numbers
// lie close ("a 2010 earthquake that killed more than 200,000 people",
// "the horror of January 2010, when an earthquake ... killed more than
// 200,000"). Outlets word background in their own ways, so its context
// says less than the year does; figures that count different people or
// places never get here (neverPair).
func oneEarlierEvent(a, b *claims.Figure, ya, yb float64) bool {
	if !a.Past || !b.Past || ya == 0 || ya != yb || a.Measure != b.Measure || a.Kind != b.Kind || a.Measure == "" {
		return false
	}
	lo, hi := min(a.Value, b.Value), max(a.Value, b.Value)
	return lo > 0 && hi <= sameYearRatio*lo
}

// sameYearRatio is how far apart, as a ratio, the numbers of two
// background figures of one year may be and still tell one event's toll
// ("more than 200,000", "as many as 300,000").
const sameYearRatio = 1.5

// yearPairs adds to the candidate pairs (pairKey) the pairs of background
// figures of different sources that oneEarlierEvent joins, whatever words
// their sentences share.
func yearPairs(items []*item, years []float64, pairs []uint64) []uint64 {
	byYear := map[float64][]int{}
	for i, it := range items {
		if years[i] != 0 && it.fig.Past {
			byYear[years[i]] = append(byYear[years[i]], i)
		}
	}
	seen := map[uint64]bool{}
	for _, p := range pairs {
		seen[p] = true
	}
	for _, list := range byYear {
		for x, i := range list {
			for _, j := range list[x+1:] {
				a, b, p := items[i], items[j], pairKey(i, j)
				if a.source == b.source || a.art == b.art || !a.focus && !b.focus {
					continue
				}
				if !seen[p] && oneEarlierEvent(a.fig, b.fig, years[i], years[j]) {
					seen[p] = true
					pairs = append(pairs, p)
				}
			}
		}
	}
	slices.Sort(pairs)
	return pairs
}

// yearsApart reports whether two years a figure's sentence names (0 for
// none) are both given and differ: earlier events of their own.
func yearsApart(a, b float64) bool { return a != 0 && b != 0 && a != b }

// sentenceYear is the year the figure's sentence names nearest it, or 0.
func sentenceYear(it *item) float64 {
	year, dist := 0.0, 0
	for _, s := range it.sib {
		if s.Kind != claims.Year {
			continue
		}
		if d := max(s.Start-it.fig.Start, it.fig.Start-s.Start); year == 0 || d < dist {
			year, dist = s.Value, d
		}
	}
	return year
}

// uniqueFigures keeps, of the figures idx of figs, the first of those that
// stand at the same place of the same sentence text, and lists for each
// kept one its copies (itself first).
func uniqueFigures(figs []*item, idx []int) (items []*item, copies [][]*item) {
	first := map[string]int{}
	for _, i := range idx {
		it := figs[i]
		k := it.stmt.Sentence.Text + "\x00" + strconv.Itoa(it.fig.Start-it.stmt.Sentence.Start) + "\x00" + it.fig.Text
		if n, ok := first[k]; ok {
			copies[n] = append(copies[n], it)
			continue
		}
		first[k] = len(items)
		items = append(items, it)
		copies = append(copies, []*item{it})
	}
	return items, copies
}

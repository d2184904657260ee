package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
)

// factKey is the slot of a figure (DESIGN.md, "Stories, facts and
// verdicts"): within one story, the figures with one key state one fact,
// whatever their wording. ok is false for a figure that states no fact to
// compare.
//
//   - A count of an event's measure (killed, injured, missing, arrested,
//     displaced, evacuated, executed, hospitalised, critical, attendance,
//     protesters) is keyed by its measure, who it counts (a nationality or
//     class of people: "us troops", "afghan", "female"; not for attendance
//     and protesters), its modality (a projection is its own fact), whether
//     it belongs to an earlier event, and, for a part of another count
//     that counts the same people ("630 of the 658 Egyptians", "five of
//     them"), that it is a part. A part that counts other people than its
//     whole ("including 51 female students") states the fact of its own
//     subject, and a part in a state of its whole ("of the injured, 793
//     have been discharged") the fact of that state.
//     A toll whose parts count its attackers ("26 dead, a count that
//     included six attackers") counts other people than the victims'
//     toll and is its own fact (whoWithMilitants).
//     The slot measures include residents ("196 people lived in the
//     building") and casualties, the dead and hurt together.
//   - A percent, a sum of money or a physical quantity ("Rs 2 lakh to
//     each family", "2,750 tonnes"), or a count of a counted noun ("95
//     pilgrims"), is keyed by its exact value (in its unit): only figures
//     that agree are gathered, since nothing else says they state one
//     fact. People of one nationality are one counted noun ("169 Indian
//     nationals", "169 Indians"), also as a share.
func factKey(f *claims.Figure, sib []claims.Figure) (string, bool) {
	if f.Kind == claims.Percent || f.Kind == claims.Money || f.Kind == claims.Measurement || !claims.IsSlotMeasure(f.Measure) {
		return valueKey(f)
	}
	if f.Kind == claims.Count && f.Value <= 1 {
		return "", false // "one eye injured": a determiner more than a toll
	}
	who := f.Who
	if f.Measure == claims.MeasureAttendance || f.Measure == claims.MeasureProtesters {
		who = ""
	}
	if who == "" && f.PartOf == 0 && f.Measure == claims.MeasureKilled && withMilitants(f, sib) {
		who = whoWithMilitants
	}
	part, ok := partKey(f, sib, who)
	if !ok {
		return "", false
	}
	past := ""
	if f.Past {
		past = "past"
	}
	measure := f.Measure
	if f.Kind == claims.Duration {
		measure += " " + f.Unit // minutes never meet hours
	}
	return measure + "|" + who + "|" + f.Modality + "|" + past + "|" + part, true
}

// whoWithMilitants is the subject key of a toll that counts its attackers.
const whoWithMilitants = "with militants"

// withMilitants reports whether a toll of no subject counts its attackers
// among its dead: a part of it counts militants ("the attack left 26
// dead, a count that included six armed attackers"). Such a toll is
// another fact than the victims' toll outlets give without them.
func withMilitants(f *claims.Figure, sib []claims.Figure) bool {
	at := -1
	for j := range sib {
		if &sib[j] == f {
			at = j
		}
	}
	if at < 0 {
		return false
	}
	for j := range sib {
		if sib[j].PartOf == at+1 && sib[j].Measure == f.Measure {
			if _, class := claims.SplitWho(sib[j].Who); class == "militants" {
				return true
			}
		}
	}
	return false
}

// valueKey is the key of a percent or of a count of a counted noun: its
// exact value.
func valueKey(f *claims.Figure) (string, bool) {
	if !f.IsPoint() || (f.Kind == claims.Count && f.Value <= 1) {
		return "", false
	}
	noun := f.Measure
	if f.Kind == claims.Money || f.Kind == claims.Measurement {
		noun = f.Unit // "tonne", "INR": the value is in it
	}
	nat, _ := claims.SplitWho(f.Who)
	switch {
	case nat != "" && f.Kind == claims.Count && (noun == nat || claims.IsPersonNoun(noun)):
		// "169 Indian nationals" and "169 Indians" count one people, also
		// as a share ("the passengers included 169 Indian nationals")
		noun = "people " + nat
	case f.PartOf != 0:
		return "", false
	case claims.IsWhoClass(f.Who):
		noun = f.Who // "45,000 police" and "45,000 police officers" count one class
	}
	return string(f.Kind) + "|" + noun + "|" + strconv.FormatFloat(f.Value, 'g', -1, 64), true
}

// partKey is the part of a fact key that says a figure is a part of
// another count of its sentence ("part", or ""); ok is false when the
// part states no fact outlets may share. who is the figure's key of who
// it counts.
func partKey(f *claims.Figure, sib []claims.Figure, who string) (string, bool) {
	if f.PartOf == 0 {
		return "", true
	}
	whole := "\x00" // unknown: given before the sentence
	if p := f.PartOf - 1; p >= 0 && p < len(sib) {
		whole = sib[p].Who
	}
	if who != "" && who != whole {
		return "", true // a part that counts other people states its own fact
	}
	// A part of the same people: only a part with a measure of its own
	// ("10 of them in critical condition") states a fact outlets may
	// share, or the part a province counts ("Al Haouz province accounted
	// for 1,684 of the dead"), which is that province's fact; increments
	// and shares of a toll ("five more bodies", "20 of them women") are not
	// compared.
	switch p := f.PartOf - 1; {
	case p >= 0 && p < len(sib) && (sib[p].Place == claims.PlaceHospital || sib[p].Measure == "patient"):
		return "", false // "received 22 patients, and two of them had died": one hospital's
	case stateOf(f.Measure):
		// "Of the injured, 793 have been discharged": a measure that is
		// itself a state of other counted people says the same fact
		// whether or not the sentence names the whole.
		return "", true
	case p >= 0 && p < len(sib) && !claims.IsSlotMeasure(sib[p].Measure) && sib[p].Start > f.Start:
		// "Five of the six crew members were killed": the whole states no
		// fact, the part does.
	case p >= 0 && p < len(sib) && claims.IsSlotMeasure(sib[p].Measure) && sib[p].Measure != f.Measure:
		return "part", true
	case !claims.IsAdminArea(f.Place):
		if p >= 0 && p < len(sib) && !claims.IsSlotMeasure(sib[p].Measure) {
			return "", false // the whole states no fact: nor does its share
		}
		return sharePart(f)
	}
	return "", true
}

// sharePart keys a share of a toll that has no measure or subject of its
// own ("23 of them passengers", "four of them from the police"): by its
// exact value, so that only outlets giving the same share are gathered and
// a share never meets the toll it is a part of. An interval states no
// share to gather.
func sharePart(f *claims.Figure) (string, bool) {
	if !f.IsPoint() {
		return "", false
	}
	return "share " + strconv.FormatFloat(f.Value, 'g', -1, 64), true
}

// stateOf reports whether a measure counts people in a state that only
// others counted can be in: the injured discharged or in hospital, the
// dead identified or handed over, those aboard rescued or trapped.
func stateOf(m string) bool {
	switch m {
	case claims.MeasureCritical, claims.MeasureDischarged, claims.MeasureHospitalised,
		claims.MeasureIdentified, claims.MeasureUnidentified, claims.MeasureHandedOver,
		claims.MeasureRescued, claims.MeasureTrapped:
		return true
	}
	return false
}

// storyGroups forms the groups of one story: its figures with one slot,
// split where their sentences pin them to different nights or days. A
// group needs figures of two outlets; one outlet may give several members
// (a headline and a body, two authorities).
//
// It also returns the figures it held back: those whose scope the slot
// leaves uncertain (see splitByPlace), which are compared with nothing.
func storyGroups(items []*item, idx []int, own map[string]bool) ([]Group, []int) {
	buckets := map[string][]int{}
	var keys []string
	atOne := hospitalParts(items, idx)
	scoped := map[int]bool{} // tolls with their attackers: never compared by context
	for _, i := range idx {
		k, ok := factKey(items[i].fig, items[i].sib)
		if !ok {
			continue
		}
		if atOne[i] {
			k += "|hospital"
		}
		if strings.Contains(k, "|"+whoWithMilitants+"|") {
			scoped[i] = true
		}
		if _, seen := buckets[k]; !seen {
			keys = append(keys, k)
		}
		buckets[k] = append(buckets[k], i)
	}
	var out []Group
	var parts [][]int
	var held []int
	for _, k := range keys {
		split, uncertain := splitByPlace(items, buckets[k], own)
		held = append(held, uncertain...)
		for _, c := range split {
			if len(c) == 0 {
				continue
			}
			if cumulative(items[c[0]].fig.Measure) {
				fact, minors, lone := splitMinor(items, c)
				parts = append(append(parts, fact), minors...)
				held = append(held, lone...)
				continue
			}
			parts = append(parts, splitByTime(items, c)...)
		}
	}
	for _, c := range parts {
		for _, g := range byHospital(items, c) {
			if sources(items, g) >= 2 {
				out = append(out, makeGroup(items, g))
				continue
			}
			for _, i := range g {
				if scoped[i] {
					held = append(held, i)
				}
			}
		}
	}
	sortGroups(out)
	return out, held
}

// cumulative reports whether a measure is a running total that reports
// restate as it grows (a toll, the injured, the missing), so that the day
// a sentence names dates the report, not the fact; counts of one night or
// one gathering (arrests, evacuations, crowds) are not.
func cumulative(measure string) bool {
	switch measure {
	case claims.MeasureKilled, claims.MeasureInjured, claims.MeasureMissing, claims.MeasureDisplaced,
		claims.MeasureHospitalised, claims.MeasureCritical, claims.MeasureExecuted,
		claims.MeasureDischarged, claims.MeasureIdentified, claims.MeasureUnidentified,
		claims.MeasureHandedOver, claims.MeasureRescued, claims.MeasureTrapped, claims.MeasureAffected,
		claims.MeasureCasualties:
		return true
	}
	return false
}

// splitByTime splits the figures of one slot so that no two figures of a
// part are pinned to different nights or days (anchors.apart): each figure
// joins the first part it is not apart from.
func splitByTime(items []*item, c []int) [][]int {
	var parts [][]int
	for _, i := range c {
		placed := false
		for p, part := range parts {
			if !slices.ContainsFunc(part, func(j int) bool { return items[i].when.apart(items[j].when) }) {
				parts[p] = append(parts[p], i)
				placed = true
				break
			}
		}
		if !placed {
			parts = append(parts, []int{i})
		}
	}
	return parts
}

// sources counts the distinct outlets (or unattributed articles) of items c.
func sources(items []*item, c []int) int {
	var s []string
	for _, i := range c {
		s = append(s, items[i].source)
	}
	slices.Sort(s)
	return len(slices.Compact(s))
}

// buildStories clusters the articles into stories and returns them with,
// for each article, the index of its story.
func buildStories(arts []*claims.Article, cls [][]claims.Claim, toks [][][]token, opts Options, tk *claims.Tokenizer, rest *Corpus) ([]Story, []int) {
	vs, restDF := storyVectors(arts, cls, toks, tk, opts.StoryTitleWeight, rest)
	pairs := storyPairs(arts, vs, restDF)
	clusters := clusterStories(len(arts), pairs, opts.StoryLinkage)
	of := make([]int, len(arts))
	stories := make([]Story, len(clusters))
	for s, c := range clusters {
		stories[s] = newStory(arts, c, pairs)
		for _, a := range c {
			of[a] = s
		}
	}
	return stories, of
}

// newStory names a cluster of articles by its most central title and
// notes the outlets and dates it covers.
func newStory(arts []*claims.Article, c []int, pairs map[[2]int]float64) Story {
	st := Story{Outlets: []string{}, Groups: []string{}}
	best, bestSum := c[0], -1.0
	for _, a := range c {
		sum := 0.0
		for _, b := range c {
			sum += pairs[[2]int{min(a, b), max(a, b)}]
		}
		if sum > bestSum && arts[a].Title != "" {
			best, bestSum = a, sum
		}
		st.Articles = append(st.Articles, arts[a])
		st.Outlets = append(st.Outlets, arts[a].Outlet)
		if d := claims.PublishedDay(arts[a].Published); d != "" {
			if st.First == "" || d < st.First {
				st.First = d
			}
			if d > st.Last {
				st.Last = d
			}
		}
	}
	st.Title = arts[best].Title
	slices.Sort(st.Outlets)
	st.Outlets = slices.Compact(st.Outlets)
	return st
}

// orderStories sorts the stories and their groups for the result: stories
// with the most severe verdict first, then with more outlets, then by
// their first article; groups in story order get the IDs g1, g2, ….
func orderStories(stories []Story, groups [][]Group) ([]Story, []Group) {
	order := make([]int, len(stories))
	for i := range order {
		order[i] = i
	}
	rank := func(s int) int {
		r := -1
		for _, g := range groups[s] {
			r = max(r, g.Verdict.Rank())
		}
		return r
	}
	slices.SortStableFunc(order, func(x, y int) int {
		return cmp.Or(cmp.Compare(rank(y), rank(x)), cmp.Compare(len(stories[y].Outlets), len(stories[x].Outlets)))
	})
	outStories := make([]Story, 0, len(stories))
	outGroups := []Group{}
	for n, s := range order {
		st := stories[s]
		st.ID = fmt.Sprintf("s%d", n+1)
		for _, g := range groups[s] {
			g.ID = fmt.Sprintf("g%d", len(outGroups)+1)
			g.Story = st.ID
			st.Groups = append(st.Groups, g.ID)
			outGroups = append(outGroups, g)
		}
		outStories = append(outStories, st)
	}
	return outStories, outGroups
}

package compare

import (
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
)

// Places: a slot's figures split by the places and hospitals they count.

// byHospital splits the counts of one hospital or another ("six at the
// Civil Hospital", "more than 20 of the injured were taken to the Nawab
// Ghous Bakhsh hospital") by their interval: which hospital each counts
// is a name the slot does not keep, so only counts that state the same
// interval are taken for one hospital's; different ones are never a
// conflict. Other parts stay whole.
func byHospital(items []*item, c []int) [][]int {
	for _, i := range c {
		if items[i].fig.Place != claims.PlaceHospital {
			return [][]int{c}
		}
	}
	var out [][]int
	for _, i := range c {
		k := slices.IndexFunc(out, func(g []int) bool { return items[g[0]].fig.Interval == items[i].fig.Interval })
		if k < 0 {
			out = append(out, []int{i})
		} else {
			out[k] = append(out[k], i)
		}
	}
	return out
}

// sameKindAreas reports whether two of areas are of one kind ("Al Haouz
// province" and "Taroudant province"): parts of one level, each with its
// own count. Areas of different kinds ("Balasore district" in "Odisha
// state") may hold one another and name one event's place.
func sameKindAreas(areas []string) bool {
	kinds := map[string]bool{}
	for _, a := range areas {
		k := a[strings.LastIndexByte(a, ' ')+1:]
		if kinds[k] {
			return true
		}
		kinds[k] = true
	}
	return false
}

// splitByArea splits a slot whose figures name two or more parts of the
// country, each with its count ("Chichaoua province counted 202 dead"):
// each part is its own fact, and so is each smaller place named ("In
// Ramidanda, 44 people had died") but one the story's titles name (own:
// their lower-case words), where the event happened; figures placed
// elsewhere are apart, and the rest (no place, the country) stays whole.
func splitByArea(places []string, byPlace map[string][]int, own map[string]bool) [][]int {
	var out [][]int
	var rest []int
	for _, p := range places {
		switch {
		case apartPlace(p):
		case p == "" || p == claims.PlaceCountry || claims.IsCountryName(p) || !claims.IsAdminArea(p) && own[firstWord(p)]:
			rest = append(rest, byPlace[p]...)
		default:
			out = append(out, byPlace[p])
		}
	}
	slices.Sort(rest)
	out = appendApart(out, byPlace)
	if len(rest) > 0 {
		out = append(out, rest)
	}
	return out
}

// apartPlace reports whether a place keeps its figures apart from every
// other of the slot: elsewhere than the event, or the event and others
// together.
func apartPlace(p string) bool { return p == claims.PlaceElsewhere || p == claims.PlaceCombined }

// appendApart appends to out the figures of byPlace placed apart
// (apartPlace), one group for each such place.
func appendApart(out [][]int, byPlace map[string][]int) [][]int {
	for _, p := range []string{claims.PlaceElsewhere, claims.PlaceCombined} {
		if e := byPlace[p]; len(e) > 0 {
			out = append(out, e)
		}
	}
	return out
}

// firstWord returns the first word of a place name ("rukum" of "rukum
// west").
func firstWord(p string) string {
	if i := strings.IndexByte(p, ' '); i > 0 {
		return p[:i]
	}
	return p
}

// hospitalParts marks the counts at one hospital that are a part of their
// article's toll: the article states a larger count of the same measure,
// of the same people, elsewhere ("the hospital on its own took in 145
// bodies" beside "at least 170 people died"). A hospital's count that is
// the largest its article gives is the toll as that article knows it.
func hospitalParts(items []*item, idx []int) map[int]bool {
	out := map[int]bool{}
	for _, i := range idx {
		f := items[i].fig
		if f.Place != claims.PlaceHospital {
			continue
		}
		for _, j := range idx {
			g := items[j].fig
			if items[j].art == items[i].art && g.Place != claims.PlaceHospital && g.Measure == f.Measure && g.Who == f.Who && g.Lo > f.Hi {
				out[i] = true
				break
			}
		}
	}
	return out
}

// splitByPlace keeps apart the figures of one slot that their clauses
// place in a city and, in so many words, in the whole country ("11,300 in
// the city of Derna", "3,958 across the country"), or in different countries ("Spain with
// 11,324", "8,173 in Germany"). The whole country and the one country
// named are one place; figures that name no place count for it when there
// is one, and are left out when several countries are named. Places at one scale only
// (a city and a district: "in Peshawar", "in Khyber") do not split a slot:
// they name where the event happened. Two or more parts of a country
// ("Chichaoua province", "the province of Taroudant") each state their own
// fact. Figures placed elsewhere than the
// event ("elsewhere in the country") or summing it with others ("both
// fires together") are always kept apart.
func splitByPlace(items []*item, c []int, own map[string]bool) (split [][]int, uncertain []int) {
	byPlace, places := placeBuckets(items, c)
	var out [][]int
	var countries, cities, areas []string
	for _, p := range places {
		switch {
		case p == "" || apartPlace(p) || p == claims.PlaceCountry:
		case claims.IsAdminArea(p):
			areas = append(areas, p)
		case claims.IsCountryName(p):
			countries = append(countries, p)
		default:
			cities = append(cities, p)
		}
	}
	if sameKindAreas(areas) {
		return splitByArea(places, byPlace, own), nil
	}
	_, generic := byPlace[claims.PlaceCountry]
	out = appendApart(out, byPlace)
	if len(countries) < 2 && (!generic || len(cities) == 0) {
		rest := slices.DeleteFunc(slices.Clone(c), func(i int) bool { return apartPlace(items[i].fig.Place) })
		return append([][]int{rest}, out...), nil
	}
	// A figure that names no place but names one of the cities ("Derna
	// death toll soars to 11,300") is that city's.
	if u := byPlace[""]; len(u) > 0 && len(cities) > 0 {
		var rest []int
		for _, i := range u {
			if p := namedCity(items[i].stmt.Sentence.Capitals, cities); p != "" {
				byPlace[p] = append(byPlace[p], i)
			} else {
				rest = append(rest, i)
			}
		}
		byPlace[""] = rest
	}
	for _, p := range cities {
		out = append(out, byPlace[p])
	}
	if len(countries) < 2 {
		// The whole country, by its name or not, with the figures that
		// name no place.
		var whole []int
		for _, p := range places {
			if p == "" || p == claims.PlaceCountry || claims.IsCountryName(p) {
				whole = append(whole, byPlace[p]...)
			}
		}
		slices.Sort(whole)
		return append(out, whole), nil
	}
	// Figures of several countries: those that name none may be of any
	// of them, or of all, and are left out.
	for _, p := range countries {
		out = append(out, byPlace[p])
	}
	return out, append(slices.Clone(byPlace[""]), byPlace[claims.PlaceCountry]...)
}

// placeBuckets gathers the figures c of one slot by the place each
// counts, in the order first seen: a city's name goes with the part of
// the country of that name ("in Taroudant" beside "the province of
// Taroudant"), and the names of one country with the first given.
func placeBuckets(items []*item, c []int) (byPlace map[string][]int, places []string) {
	areaOf := map[string]string{} // a city's name -> the part of the country of that name
	for _, i := range c {
		if p := items[i].fig.Place; claims.IsAdminArea(p) {
			areaOf[claims.PlaceName(p)] = p
		}
	}
	byPlace = map[string][]int{}
	country := map[string]string{} // a country's key -> the first of its names the slot gives
	for _, i := range c {
		p := items[i].fig.Place
		if k := claims.CountryKey(p); k != "" {
			if first, ok := country[k]; ok {
				p = first // "Türkiye" beside "Turkey": one country
			} else {
				country[k] = p
			}
		}
		if a, ok := areaOf[p]; ok {
			p = a // "in Taroudant" beside "the province of Taroudant"
		} else if a, ok := areaOf[firstWord(p)]; ok && p != "" {
			p = a // "in Rukum West" beside "Rukum district"
		}
		if _, ok := byPlace[p]; !ok {
			places = append(places, p)
		}
		byPlace[p] = append(byPlace[p], i)
	}
	return byPlace, places
}

// namedCity returns the one city of cities that a sentence names as a
// capitalised word (capitals, as [claims.Sentence].Capitals gives them),
// or "".
func namedCity(capitals []string, cities []string) string {
	found := ""
	for _, c := range cities {
		if !namesAll(capitals, c) {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// namesAll reports whether every word of the place name c ("al haouz") is
// among the lower-case capitalised words of a sentence.
func namesAll(capitals []string, c string) bool {
	for w := range strings.FieldsSeq(c) {
		if !slices.Contains(capitals, w) {
			return false
		}
	}
	return true
}

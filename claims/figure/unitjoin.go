package figure

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/qualify"
	"github.com/crosscheck-news/crosscheck/claims/unit"
)

// This file holds the parts of the unit pass that read more than one
// figure or undo a reading of the number parser: "m" after digits as
// metres rather than million, mixed fractions ("10 1/2 miles") and
// quantities written in two units ("5 ft 2 in", "3 dollars 50 cents").

// Words that say a length: after "37m" ("37m tall", "a 5m-high wall") or
// shortly before it ("a height of 1.8m", "waves of up to 5m").

// gluedMetre reads the "m" the number parser took for million ("37m",
// "1.8m tall", "32m2") as metres when nothing says money and the context
// says a length: a length word next to it, a conversion in brackets
// ("37m (121ft)"), a square or cube ("m2"), another length in the
// sentence. It returns where the unit ends.
func (p *parser) gluedMetre(f *core.Figure, b int) (int, bool) {
	m := b - 1
	if m < 1 || !p.adj(m) || p.ts[m].kind != tkWord || p.text(m) != "m" || p.ts[m-1].kind != tkNum {
		return 0, false
	}
	unit, end := "m", m+1
	switch {
	case end < len(p.ts) && p.adj(end) && (p.text(end) == "2" || p.text(end) == "²"):
		unit, end = "m2", end+1
	case end < len(p.ts) && p.adj(end) && (p.text(end) == "3" || p.text(end) == "³"):
		unit, end = "m3", end+1
	case !p.lengthContext(m):
		return 0, false
	}
	for _, v := range []*float64{&f.Value, &f.Lo, &f.Hi} {
		if !math.IsInf(*v, 0) {
			*v = qualify.Tidy(*v / 1e6)
		}
	}
	f.Kind, f.Unit = core.Measurement, unit
	return int(p.ts[end-1].end), true
}

// lengthContext reports whether the words around token m (an "m" after
// digits) say a length.
func (p *parser) lengthContext(m int) bool {
	k := m + 1
	if p.isSym(k, '-') && p.adj(k) {
		k++
	}
	if p.v.lengthWords[p.info(k).word] || p.v.lengthWords[strings.ToLower(p.textOr(k))] {
		return true
	}
	if p.isSym(m+1, '(') && m+3 < len(p.ts) && p.ts[m+2].kind == tkNum {
		if sp, _, ok := p.unitAt(m + 3); ok && sp.def.Dim == unit.DimLength {
			return true
		}
	}
	for j := max(0, m-6); j < m-1; j++ {
		if p.v.lengthWords[strings.ToLower(p.textOr(j))] {
			return true
		}
	}
	// Another length in the sentence ("1m is equal to 10 dm"), or a race
	// ("the 800m and 1500m"), unless a plural noun follows ("10m viewers").
	fs := p.sentence()
	return fs.length || (fs.sport && !p.pluralAfter(m+1) && !p.is(m+1, "of"))
}

// textOr returns the text of word token k, or "".
func (p *parser) textOr(k int) string {
	if k < 0 || k >= len(p.ts) || p.ts[k].kind != tkWord {
		return ""
	}
	return p.text(k)
}

// vulgarFractions are the fraction characters read as numbers: "½ mile",
// "2¼ hours".
var vulgarFractions = map[rune]float64{'½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '⅛': 0.125}

// mixedFractions joins a whole number and the fraction after it: "10 1/2"
// and "2½" are 10.5 and 2.5; and a fraction and the scale after it: "a quarter million" is
// 250,000.
func (p *parser) mixedFractions(figs []core.Figure) []core.Figure {
	out := figs[:0]
	for i := 0; i < len(figs); i++ {
		f := figs[i]
		if k := p.tokIndex(f.End); f.Kind == core.Other && f.Value > 0 && f.Value < 1 && !strings.Contains(f.Text, "/") && p.info(k).class == wBig {
			p.scale(&f, p.info(k).val)
			f.Kind, f.End = core.Count, int(p.ts[k].end)
			f.Text = p.s[f.Start:f.End]
		}
		if i+1 < len(figs) {
			g := figs[i+1]
			r, _ := utf8.DecodeRuneInString(g.Text)
			vulgar := vulgarFractions[r] != 0
			if f.Qualifier != core.Range && (f.Kind == core.Count || f.Kind == core.Other) && (g.Kind == core.Other || vulgar) && g.Qualifier == core.Exact &&
				g.Value > 0 && g.Value < 1 && f.Value == math.Trunc(f.Value) && f.Value >= 0 &&
				((g.Start-f.End == 1 && strings.Contains(g.Text, "/")) || (g.Start == f.End && vulgar)) {
				shift := g.Value
				f.Value += shift
				f.Lo, f.Hi = f.Lo+shift, f.Hi+shift
				f.Text = p.s[f.Start:g.End]
				f.End = g.End
				out = append(out, f)
				i++
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// subunits are the units a second figure may add to a first: "5 ft 2 in",
// "7lb 4oz", "3 dollars 50 cents".
var subunits = []struct {
	major, minor string
	per          float64
}{
	{"ft", "in", 12}, {"lb", "oz", 16}, {"*", "cent", 100}, {"GBP", "penny", 100},
}

// compounds joins a figure and the next when the next gives a smaller unit
// of the same quantity, written right after it (with "and" at most).
func (p *parser) compounds(figs []core.Figure, ends []int) ([]core.Figure, []int) {
	outF, outE := figs[:0], ends[:0]
	for i := 0; i < len(figs); i++ {
		f := figs[i]
		if i+1 < len(figs) {
			if per, end, ok := p.subunit(f, ends[i], figs[i+1], ends[i+1]); ok {
				shift := figs[i+1].Value / per
				f.Value += shift
				f.Lo, f.Hi = f.Lo+shift, f.Hi+shift
				f.Text, f.End = p.s[f.Start:end], end
				outF, outE = append(outF, f), append(outE, end)
				i++
				continue
			}
		}
		outF, outE = append(outF, f), append(outE, ends[i])
	}
	return outF, outE
}

// subunit reports whether g adds a smaller unit to f, the divisor of g's
// unit and where the joined figure ends.
func (p *parser) subunit(f core.Figure, fEnd int, g core.Figure, gEnd int) (float64, int, bool) {
	if !f.IsPoint() || !g.IsPoint() || g.Value < 0 || g.Value != math.Trunc(g.Value) || fEnd > g.Start {
		return 0, 0, false
	}
	gap := strings.TrimSpace(p.s[fEnd:g.Start])
	if gap != "" && !strings.EqualFold(gap, "and") {
		return 0, 0, false
	}
	minor := g.Unit
	if f.Kind == core.Money && g.Kind == core.Count && g.Unit == "" && p.spokenCents(g) {
		minor = "cent" // "15 dollars 50", "thirteen dollars and forty-five"
	}
	if f.Unit == "ft" && g.Unit == "" && g.Kind == core.Count {
		// "5 ft 2 in": "in" alone after a space is read as inches only here.
		if k := p.tokIndex(g.End); p.is(k, "in") && !p.startsPhrase(k+1) {
			minor, gEnd = "in", int(p.ts[k].end)
		}
	}
	for _, s := range subunits {
		if minor != s.minor || g.Value >= s.per {
			continue
		}
		if s.major == f.Unit || (s.major == "*" && f.Kind == core.Money && f.Unit != "" && f.Unit != "cent" && f.Unit != "penny") {
			return s.per, gEnd, true
		}
	}
	return 0, 0, false
}

// startsPhrase reports whether token k may open a noun phrase ("in the
// photo", "in 2019", "in London"): then "in" before it is a preposition.
func (p *parser) startsPhrase(k int) bool {
	if k >= len(p.ts) || p.ts[k].kind == tkSym {
		return false
	}
	if p.ts[k].kind == tkNum || p.ts[k].upper {
		return true
	}
	switch p.info(k).word {
	case "the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that", "these", "those":
		return true
	}
	return false
}

// spokenCents reports whether the bare count g, right after a sum of money,
// closes it as its cents: two digits or a number word below 100, at the end
// of a clause.
func (p *parser) spokenCents(g core.Figure) bool {
	if g.Value < 1 || g.Value > 99 || !g.IsPoint() {
		return false
	}
	a, k := p.tokIndex(g.Start), p.tokIndex(g.End)
	if p.ts[a].kind == tkNum && (p.ts[a].nd != 2 || p.ts[a].nf != 0) {
		return false
	}
	return k == len(p.ts) || (p.ts[k].kind == tkSym && strings.ContainsRune(".,;!?)", p.ts[k].r))
}

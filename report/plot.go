package report

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/internal/sanitize"
)

// axis is the shared scale of a group's plot: every member's interval is
// drawn on it, so that a gap between two is a gap on the page.
type axis struct {
	lo, hi float64
	// ticks are the finite bounds of the intervals, sorted, once each.
	ticks []float64
}

// newAxis spans the finite bounds of ivs with a margin on each side, so
// that a ray leaves its bound visibly; counts that are all non-negative
// never reach below 0.
func newAxis(ivs []claims.Interval) axis {
	var ticks []float64
	for _, iv := range ivs {
		for _, v := range []float64{iv.Lo, iv.Hi} {
			if !math.IsInf(v, 0) && !math.IsNaN(v) {
				ticks = append(ticks, v)
			}
		}
	}
	slices.Sort(ticks)
	ticks = slices.Compact(ticks)
	if len(ticks) == 0 {
		return axis{lo: 0, hi: 1}
	}
	lo, hi := ticks[0], ticks[len(ticks)-1]
	pad := (hi - lo) * 0.2
	if pad == 0 {
		pad = math.Max(1, math.Abs(lo)*0.1)
	}
	a := axis{lo: lo - pad, hi: hi + pad, ticks: ticks}
	if lo >= 0 && a.lo < 0 {
		a.lo = 0
	}
	return a
}

// at returns where v falls on the axis, from 0 (its low end) to 1,
// clamped.
func (a axis) at(v float64) float64 {
	if a.hi <= a.lo {
		return 0.5
	}
	return math.Min(1, math.Max(0, (v-a.lo)/(a.hi-a.lo)))
}

// span returns where an interval starts and ends on the axis; an
// unbounded end is at 0 or 1.
func (a axis) span(iv claims.Interval) (x0, x1 float64) {
	x0, x1 = 0, 1
	if !iv.LoUnbounded() {
		x0 = a.at(iv.Lo)
	}
	if !iv.HiUnbounded() {
		x1 = a.at(iv.Hi)
	}
	return x0, x1
}

// stripWidth is the number of cells of a text strip.
const stripWidth = 40

// textStrip draws a group's intervals as text, one row per member on the
// shared axis, for a Markdown code block:
//
//	AP          │        ●                 │ 139 ✗
//	TOLOnews    │              (━━━━━━━━━━▶│ more than 140 ✗
//	            └────────┴─────┴───────────┘
//	                     139   140
//
// "●" is an exact figure, "[" and "]" bounds a figure includes, "(" and
// ")" bounds it excludes, "◀" and "▶" no bound on that side; "✗" marks a
// member of a pair that cannot both be true.
func textStrip(v groupView) string {
	ivs := make([]claims.Interval, len(v.Members))
	width := 0
	for i, m := range v.Members {
		ivs[i] = m.Interval
		width = max(width, utf8.RuneCountInString(plain(m.Outlet)))
	}
	a := newAxis(ivs)
	var b strings.Builder
	for _, m := range v.Members {
		name := plain(m.Outlet)
		b.WriteString(name + strings.Repeat(" ", width-utf8.RuneCountInString(name)) + " │")
		b.WriteString(stripRow(a, m.Interval))
		b.WriteString("│ " + plain(m.Plain))
		if m.Disjoint {
			b.WriteString(" ✗")
		}
		b.WriteByte('\n')
	}
	axisRow := []rune(strings.Repeat("─", stripWidth))
	labels := []rune(strings.Repeat(" ", stripWidth+8))
	next := 0
	for _, t := range a.ticks {
		c := cell(a.at(t))
		axisRow[c] = '┴'
		l := number(t)
		if c >= next && c+len(l) <= len(labels) {
			copy(labels[c:], []rune(l))
			next = c + len(l) + 1
		}
	}
	pad := strings.Repeat(" ", width+1)
	b.WriteString(pad + "└" + string(axisRow) + "┘\n")
	b.WriteString(strings.TrimRight(pad+" "+string(labels), " ") + "\n")
	return b.String()
}

// cell is the strip cell of an axis position.
func cell(x float64) int {
	return min(stripWidth-1, max(0, int(math.Round(x*float64(stripWidth-1)))))
}

// stripRow draws one interval across stripWidth cells.
func stripRow(a axis, iv claims.Interval) string {
	row := []rune(strings.Repeat(" ", stripWidth))
	x0, x1 := a.span(iv)
	c0, c1 := cell(x0), cell(x1)
	for c := c0; c <= c1; c++ {
		row[c] = '━'
	}
	switch {
	case iv.IsPoint():
		row[c0] = '●'
		return string(row)
	case iv.LoUnbounded():
		row[c0] = '◀'
	case iv.LoOpen:
		row[c0] = '('
	default:
		row[c0] = '['
	}
	switch {
	case iv.HiUnbounded():
		row[c1] = '▶'
	case c1 == c0:
	case iv.HiOpen:
		row[c1] = ')'
	default:
		row[c1] = ']'
	}
	return string(row)
}

// plain makes s safe inside a fenced code block: one line, no backticks
// (a run of them could close the fence), and no workflow command
// (sanitize.Line).
func plain(s string) string {
	return strings.ReplaceAll(sanitize.Line(flatten(s)), "`", "'")
}

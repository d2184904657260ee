package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/claims"
)

// The SVG plots of the HTML report, worked out here as numbers; the
// template only writes them. Coordinates are in the SVG's viewBox units.
const (
	plotWidth  = 580.0
	plotLabelX = 132.0 // right edge of the outlet names
	plotX0     = 142.0 // the axis runs from plotX0 to plotX1
	plotX1     = 444.0
	plotRowH   = 28.0
	plotTop    = 12.0
	plotAxisH  = 36.0
	// tickGap is the least room between two tick labels.
	tickGap = 34.0
)

// plotEnd is how one end of a bar is drawn.
type plotEnd string

const (
	endClosed plotEnd = "closed" // a bar across
	endOpen   plotEnd = "open"   // a hollow circle
	endArrow  plotEnd = "arrow"  // no bound on that side
)

// plotRow is one member's bar.
type plotRow struct {
	Y, X0, X1    float64
	Label, Value string
	Disjoint     bool
	Point        bool
	Lo, Hi       plotEnd
	// LoArrow and HiArrow are the points of the arrow heads, when drawn.
	LoArrow, HiArrow string
}

// plotTick is a labelled value on an axis.
type plotTick struct {
	X, Y  float64
	Label string
}

// plotGap is the space between two intervals that cannot both be true.
type plotGap struct{ X, Y, W, H float64 }

// intervalPlot is a group's interval plot: outlets on rows, one shared
// axis, open ends as hollow circles, unbounded ends as arrows, the gaps of
// disjoint pairs in red.
type intervalPlot struct {
	Title         string
	Width, Height float64
	AxisY         float64
	X0, X1        float64
	LabelX        float64
	ValueX        float64
	Rows          []plotRow
	Ticks         []plotTick
	Gaps          []plotGap
}

// newIntervalPlot lays out the plot of a group.
func newIntervalPlot(v groupView) intervalPlot {
	ivs := make([]claims.Interval, len(v.Members))
	for i, m := range v.Members {
		ivs[i] = m.Interval
	}
	a := newAxis(ivs)
	x := func(f float64) float64 { return plotX0 + f*(plotX1-plotX0) }
	p := intervalPlot{Title: v.Headline, Width: plotWidth, X0: plotX0, X1: plotX1, LabelX: plotLabelX, ValueX: plotX1 + 12}
	for i, m := range v.Members {
		f0, f1 := a.span(m.Interval)
		r := plotRow{Y: plotTop + plotRowH*(float64(i)+0.5), X0: x(f0), X1: x(f1), Label: m.Outlet, Value: m.Plain,
			Disjoint: m.Disjoint, Point: m.Interval.IsPoint(), Lo: endOf(m.Interval.LoUnbounded(), m.Interval.LoOpen),
			Hi: endOf(m.Interval.HiUnbounded(), m.Interval.HiOpen)}
		if r.Lo == endArrow {
			r.LoArrow = arrow(r.X0, r.Y, -1)
		}
		if r.Hi == endArrow {
			r.HiArrow = arrow(r.X1, r.Y, 1)
		}
		p.Rows = append(p.Rows, r)
	}
	p.AxisY = plotTop + plotRowH*float64(len(v.Members)) + 6
	p.Height = p.AxisY + plotAxisH
	last := -tickGap
	for _, t := range a.ticks {
		tx := x(a.at(t))
		if tx-last < tickGap {
			continue
		}
		last = tx
		p.Ticks = append(p.Ticks, plotTick{X: tx, Y: p.AxisY + 20, Label: number(t)})
	}
	for _, d := range v.Disjoint {
		i, j := d[0], d[1]
		if i < 0 || j < 0 || i >= len(ivs) || j >= len(ivs) {
			continue
		}
		lo, hi := ivs[i], ivs[j]
		if lo.Lo > hi.Lo {
			lo, hi = hi, lo
		}
		g0, _ := a.span(claims.Interval{Lo: lo.Hi, Hi: lo.Hi})
		g1, _ := a.span(claims.Interval{Lo: hi.Lo, Hi: hi.Lo})
		if g1 > g0 {
			p.Gaps = append(p.Gaps, plotGap{X: x(g0), Y: plotTop, W: x(g1) - x(g0), H: p.AxisY - plotTop})
		}
	}
	return p
}

// endOf says how an end is drawn.
func endOf(unbounded, open bool) plotEnd {
	switch {
	case unbounded:
		return endArrow
	case open:
		return endOpen
	}
	return endClosed
}

// arrow returns the points of an arrow head at (x, y) pointing left
// (dir -1) or right (dir 1).
func arrow(x, y, dir float64) string {
	return fmt.Sprintf("%.1f,%.1f %.1f,%.1f %.1f,%.1f", x+dir*8, y, x-dir*4, y-7, x-dir*4, y+7)
}

// timePoint is one dated figure on the figure-over-time plot.
type timePoint struct {
	X, Y, Y0, Y1 float64
	Label        string
	Disjoint     bool
	// Up and Down are arrow heads for unbounded ends ("" when bounded).
	Up, Down string
}

// timePlot shows each outlet's figure over time: a point per dated
// figure at its publication date, its interval as a whisker, the points of
// one outlet joined.
type timePlot struct {
	Title         string
	Width, Height float64
	X0, X1        float64
	Y0, Y1        float64
	Points        []timePoint
	Lines         []string
	XTicks        []plotTick
	YTicks        []plotTick
}

// newTimePlot lays out the figure-over-time plot of a group; ok is false
// when fewer than two of its figures are dated or all on one day.
func newTimePlot(v groupView) (timePlot, bool) {
	type dated struct {
		m memberView
		t time.Time
	}
	var ds []dated
	days := map[time.Time]bool{}
	seen := map[string]bool{}
	var ivs []claims.Interval
	for _, m := range v.Members {
		if len(m.Published) < 10 {
			continue
		}
		t, err := time.Parse("2006-01-02", m.Published[:10])
		// One point for an outlet's figure on a day, however often its
		// article gives it.
		if err != nil || seen[m.Outlet+"\x00"+m.Published[:10]+"\x00"+m.Plain] {
			continue
		}
		seen[m.Outlet+"\x00"+m.Published[:10]+"\x00"+m.Plain] = true
		ds = append(ds, dated{m, t})
		days[t] = true
		ivs = append(ivs, m.Interval)
	}
	if len(ds) < 2 || len(days) < 2 {
		return timePlot{}, false
	}
	slices.SortStableFunc(ds, func(a, b dated) int { return a.t.Compare(b.t) })
	first, span := ds[0].t, ds[len(ds)-1].t.Sub(ds[0].t).Hours()
	p := timePlot{Title: v.Headline + ", by publication date", Width: plotWidth, Height: 230, X0: 60, X1: 480, Y0: 16, Y1: 190}
	x := func(t time.Time) float64 { return p.X0 + 20 + t.Sub(first).Hours()/span*(p.X1-p.X0-40) }
	a := newAxis(ivs)
	y := func(f float64) float64 { return p.Y1 - f*(p.Y1-p.Y0) }
	byOutlet := map[string][]string{}
	var outlets []string
	for _, d := range ds {
		f0, f1 := a.span(d.m.Interval)
		pt := timePoint{X: x(d.t), Y: y(a.at(key(d.m.Interval))), Y0: y(f0), Y1: y(f1), Label: d.m.Outlet, Disjoint: d.m.Disjoint}
		if d.m.Interval.HiUnbounded() {
			pt.Up = fmt.Sprintf("%.1f,%.1f %.1f,%.1f %.1f,%.1f", pt.X, pt.Y1-6, pt.X-5, pt.Y1+3, pt.X+5, pt.Y1+3)
		}
		if d.m.Interval.LoUnbounded() {
			pt.Down = fmt.Sprintf("%.1f,%.1f %.1f,%.1f %.1f,%.1f", pt.X, pt.Y0+6, pt.X-5, pt.Y0-3, pt.X+5, pt.Y0-3)
		}
		p.Points = append(p.Points, pt)
		if _, ok := byOutlet[d.m.Outlet]; !ok {
			outlets = append(outlets, d.m.Outlet)
		}
		byOutlet[d.m.Outlet] = append(byOutlet[d.m.Outlet], fmt.Sprintf("%.1f,%.1f", pt.X, pt.Y))
	}
	for _, o := range outlets {
		if len(byOutlet[o]) > 1 {
			p.Lines = append(p.Lines, strings.Join(byOutlet[o], " "))
		}
	}
	last := -80.0
	for _, d := range ds {
		if tx := x(d.t); tx-last >= 80 {
			last = tx
			p.XTicks = append(p.XTicks, plotTick{X: tx, Y: p.Y1 + 22, Label: d.t.Format("2006-01-02")})
		}
	}
	lastY := 1e9
	for _, t := range a.ticks {
		if ty := y(a.at(t)); lastY-ty >= 16 {
			lastY = ty
			p.YTicks = append(p.YTicks, plotTick{X: p.X0 - 8, Y: ty + 4, Label: number(t)})
		}
	}
	return p, true
}

package compare

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"path/filepath"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
)

// Reasons a figure was not compared, the keys of Result.Uncompared besides
// the kinds of figure that are never compared ("year", "money", "date",
// ...).
const (
	// UncomparedNoMeasure: a count or percent that says nothing of what it
	// counts.
	UncomparedNoMeasure = "no measure"
	// UncomparedOne: a lone "one" that counts no event ("one of the
	// victims").
	UncomparedOne = "lone one"
	// UncomparedOneOutlet: a comparable figure that no other outlet gives
	// for its fact; it is in Result.Single when its article is compared.
	UncomparedOneOutlet = "one outlet"
)

// uncompared counts the figures of cls that are in no group of res, by
// why: their kind, no measure, a lone "one", or no other outlet's figure.
// A figure repeated in a group's article counts as compared.
func uncompared(res *Result, cls [][]claims.Claim) map[string]int {
	grouped := map[*claims.Figure]bool{}
	for _, g := range res.Groups {
		for _, m := range g.Members {
			grouped[m.fig] = true
		}
	}
	out := map[string]int{}
	for _, cs := range cls {
		for _, c := range cs {
			for f := range c.Figures {
				fig := &c.Figures[f]
				switch {
				case grouped[fig]:
				case fig.Kind != claims.Count && fig.Kind != claims.Percent && !comparable(*fig):
					out[string(fig.Kind)]++
				case fig.Measure == "":
					out[UncomparedNoMeasure]++
				case !comparable(*fig):
					out[UncomparedOne]++
				case !repeatsFigure(fig, res.Groups):
					out[UncomparedOneOutlet]++
				}
			}
		}
	}
	return out
}

// repeatsFigure reports whether a group holds the same value and measure
// from fig's sentence's article (a figure said twice).
func repeatsFigure(fig *claims.Figure, gs []Group) bool {
	for _, g := range gs {
		if g.Measure != fig.Measure {
			continue
		}
		for _, m := range g.Members {
			if m.Figure.Value == fig.Value && m.Figure.Measure == fig.Measure && m.fig != nil && m.Figure.Text == fig.Text {
				return true
			}
		}
	}
	return false
}

// canonical returns the articles sorted into an order that does not depend
// on the order they were given in: by source path (component by
// component, so a directory's files stay together as a walk lists them),
// then line, id, title and text. Compare and Check work in that order, so
// that ties between equal similarities, and sums over the vocabulary,
// come out the same for any order of the inputs.
func canonical(arts []*claims.Article) []*claims.Article {
	// Each article's key is made once, on every core, not at every
	// comparison.
	keys := make([]canonicalKey, len(arts))
	order := make([]int, len(arts))
	shareOut(len(arts), 64, func(w, workers int) {
		for i := w; i < len(arts); i += workers {
			keys[i] = canonicalKey{strings.Split(filepath.ToSlash(arts[i].Source), "/"), contentHash(arts[i])}
			order[i] = i
		}
	})
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := arts[i], arts[j]
		return cmp.Or(
			slices.Compare(keys[i].path, keys[j].path),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.ID, b.ID),
			bytes.Compare(keys[i].hash[:], keys[j].hash[:]),
		)
	})
	out := make([]*claims.Article, len(arts))
	for k, i := range order {
		out[k] = arts[i]
	}
	return out
}

// canonicalKey is what canonical sorts an article by besides its line and
// id: the components of its source path and the hash of its content.
type canonicalKey struct {
	path []string
	hash [sha256.Size]byte
}

// contentHash is the hash of an article's title and text.
func contentHash(a *claims.Article) [sha256.Size]byte {
	h := sha256.New()
	h.Write([]byte(a.Title))
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

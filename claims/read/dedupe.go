package read

import (
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/internal/parallel"
)

// ErrDuplicate marks an article dropped by DropDuplicates.
var ErrDuplicate = errors.New("duplicate article")

// DropDuplicates keeps one article of each set whose titles and texts are
// byte for byte the same (copies of one article, which must not
// corroborate each other), the first by source, line and id whatever the
// order of arts, and returns a Warning wrapping ErrDuplicate for each one
// dropped, sorted by path and line. The order of the articles kept is
// unchanged.
func DropDuplicates(arts []*core.Article) ([]*core.Article, []*core.InputError) {
	type key [sha256.Size]byte
	keep := map[key]*core.Article{}
	keys := make([]key, len(arts))
	// The texts are hashed on every core, then kept in order.
	parallel.ShareOut(len(arts), 64, func(w, workers int) {
		for i := w; i < len(arts); i += workers {
			h := sha256.New()
			h.Write([]byte(arts[i].Title))
			h.Write([]byte{0})
			h.Write([]byte(arts[i].Text))
			h.Sum(keys[i][:0])
		}
	})
	for i, a := range arts {
		if k, ok := keep[keys[i]]; !ok || sourceOrder(a, k) < 0 {
			keep[keys[i]] = a
		}
	}
	if len(keep) == len(arts) {
		return arts, nil
	}
	out := make([]*core.Article, 0, len(keep))
	var errs []*core.InputError
	for i, a := range arts {
		k := keep[keys[i]]
		if k == a {
			out = append(out, a)
			continue
		}
		errs = append(errs, &core.InputError{Path: a.Source, Line: a.Line, Warning: true,
			Err: fmt.Errorf("%w: same title and text as %s line %d (%q), compared once", ErrDuplicate, k.Source, k.Line, k.ID)})
	}
	slices.SortStableFunc(errs, func(a, b *core.InputError) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
	})
	return out, errs
}

// sourceOrder orders articles by source, then line, then id.
func sourceOrder(a, b *core.Article) int {
	return cmp.Or(comparePaths(a.Source, b.Source), cmp.Compare(a.Line, b.Line), cmp.Compare(a.ID, b.ID))
}

// uniqueIDsBySource makes article ids unique as uniqueIDs does, but gives
// the plain id to the first article by source, line and position, and
// "~2", "~3" to the others in that order, so that ids do not depend on the
// order arts come in. The warnings come in that order too.
func uniqueIDsBySource(arts []*core.Article) []*core.InputError {
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := arts[i], arts[j]
		return cmp.Or(comparePaths(a.Source, b.Source), cmp.Compare(a.Line, b.Line), cmp.Compare(a.ID, b.ID))
	})
	sorted := make([]*core.Article, len(arts))
	for k, i := range order {
		sorted[k] = arts[i]
	}
	return uniqueIDs(sorted)
}

// comparePaths orders two paths component by component, as a walk lists
// them.
func comparePaths(a, b string) int {
	return slices.Compare(strings.Split(filepath.ToSlash(a), "/"), strings.Split(filepath.ToSlash(b), "/"))
}

// uniqueIDs makes article ids unique in order, renaming later duplicates
// with a "~N" suffix and a Warning each.
func uniqueIDs(arts []*core.Article) []*core.InputError {
	return uniqueIDsSeen(arts, make(map[string]bool, len(arts)))
}

// uniqueIDsSeen is uniqueIDs after the ids in seen, which it extends.
func uniqueIDsSeen(arts []*core.Article, seen map[string]bool) []*core.InputError {
	var errs []*core.InputError
	for _, a := range arts {
		if !seen[a.ID] {
			seen[a.ID] = true
			continue
		}
		old := a.ID
		for n := 2; ; n++ {
			id := old + "~" + strconv.Itoa(n)
			if !seen[id] {
				a.ID = id
				seen[id] = true
				break
			}
		}
		errs = append(errs, &core.InputError{Path: a.Source, Line: a.Line, Warning: true,
			Err: fmt.Errorf("duplicate article id %q renamed %q", old, a.ID)})
	}
	return errs
}

package claims

import (
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
)

// ErrDuplicate marks an article dropped by DropDuplicates.
var ErrDuplicate = errors.New("duplicate article")

// DropDuplicates keeps one article of each set whose titles and texts are
// byte for byte the same (copies of one article, which must not
// corroborate each other), the first by source, line and id whatever the
// order of arts, and returns a Warning wrapping ErrDuplicate for each one
// dropped, sorted by path and line. The order of the articles kept is
// unchanged.
func DropDuplicates(arts []*Article) ([]*Article, []*InputError) {
	type key [sha256.Size]byte
	keep := map[key]*Article{}
	keys := make([]key, len(arts))
	for i, a := range arts {
		h := sha256.New()
		h.Write([]byte(a.Title))
		h.Write([]byte{0})
		h.Write([]byte(a.Text))
		copy(keys[i][:], h.Sum(nil))
		if k, ok := keep[keys[i]]; !ok || sourceOrder(a, k) < 0 {
			keep[keys[i]] = a
		}
	}
	if len(keep) == len(arts) {
		return arts, nil
	}
	out := make([]*Article, 0, len(keep))
	var errs []*InputError
	for i, a := range arts {
		k := keep[keys[i]]
		if k == a {
			out = append(out, a)
			continue
		}
		errs = append(errs, &InputError{Path: a.Source, Line: a.Line, Warning: true,
			Err: fmt.Errorf("%w: same title and text as %s line %d (%q), compared once", ErrDuplicate, k.Source, k.Line, k.ID)})
	}
	slices.SortStableFunc(errs, func(a, b *InputError) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
	})
	return out, errs
}

// sourceOrder orders articles by source, then line, then id.
func sourceOrder(a, b *Article) int {
	return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Line, b.Line), cmp.Compare(a.ID, b.ID))
}

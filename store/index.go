package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// DefaultMaxPostings is the most stored articles a story term may occur
// in and still bring candidates: the compare package proposes a pair of
// articles for one story only on a term held by at most 200 of the
// articles compared, and the new articles only add to a term's count.
const DefaultMaxPostings = 200

// putBatch is how many articles one transaction of Add stores.
const putBatch = 500

// Options tune Add and Check.
type Options struct {
	// Compare are the options of the comparison.
	Compare compare.Options
	// Extract are the options of the extraction of figures; nil stands
	// for claims.DefaultExtractOptions().
	Extract *claims.ExtractOptions
	// Analyser names the build of the analysis (a version and commit):
	// an article analysed by another one is analysed again by Add.
	Analyser string
	// MaxPostings is the most indexed articles a story term may occur in
	// and still bring candidates to Check (0: DefaultMaxPostings).
	MaxPostings int
	// All makes Check compare against every indexed article, not only the
	// candidates.
	All bool
}

// extractor returns the Extractor o.Extract configures.
func (o Options) extractor() (*claims.Extractor, error) {
	x := claims.DefaultExtractOptions()
	if o.Extract != nil {
		x = *o.Extract
	}
	ex, err := claims.NewExtractor(x)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return ex, nil
}

// Counts says what Add did with each article.
type Counts struct {
	// Added were new, Replaced had changed (or were analysed by another
	// build), Skipped were indexed already as they are.
	Added, Replaced, Skipped int
}

// Add analyses the articles that the store lacks or holds in another
// version and stores them; an article stored with the same content hash is
// skipped without being analysed. It is one Update: a check sees the store
// before it or after it, never a part.
func Add(ctx context.Context, s Store, arts []*claims.Article, o Options) (Counts, error) {
	var n Counts
	err := s.Update(ctx, func(w Writer) error {
		hashes, err := w.Hashes(ctx)
		if err != nil {
			return err
		}
		var todo []Entry
		n, todo, err = plan(hashes, arts, o.Analyser)
		if err != nil || len(todo) == 0 {
			return err
		}
		for batch := range slices.Chunk(todo, putBatch) {
			if err := analyse(batch, o); err != nil {
				return err
			}
			if err := w.Put(ctx, batch); err != nil {
				return err
			}
			for i := range batch {
				batch[i] = Entry{} // the analysis is stored: let it go
			}
		}
		return w.Recount(ctx)
	})
	if err != nil {
		return Counts{}, err
	}
	return n, nil
}

// plan counts what Add does with each article and returns the entries
// (key, hash and the article alone) of those to analyse.
func plan(hashes map[string]string, arts []*claims.Article, analyser string) (Counts, []Entry, error) {
	var n Counts
	var todo []Entry
	for _, a := range arts {
		k := Key(a)
		h, err := Hash(a, analyser)
		if err != nil {
			return n, nil, err
		}
		old, ok := hashes[k]
		switch {
		case ok && old == h:
			n.Skipped++
			continue
		case ok:
			n.Replaced++
		default:
			n.Added++
		}
		hashes[k] = h
		todo = append(todo, Entry{Key: k, Hash: h, Doc: compare.Doc{Article: a}})
	}
	return n, todo, nil
}

// analyse fills in the documents, story features and sentence counts of
// entries whose Doc holds the article alone.
func analyse(entries []Entry, o Options) error {
	arts := make([]*claims.Article, len(entries))
	for i, e := range entries {
		arts[i] = e.Doc.Article
	}
	ex, err := o.extractor()
	if err != nil {
		return err
	}
	docs := ex.Docs(arts)
	feats, counts := compare.Analyse(docs, o.Compare)
	for i := range entries {
		entries[i].Doc, entries[i].Features, entries[i].Counts = docs[i], feats[i], counts[i]
	}
	return nil
}

// Check compares new articles against the store as compare.Check
// compares them against every stored article (copies of one article
// compared once, as the CLI does: the problems say which were dropped).
//
// Unless o.All, it reads and compares only the stored articles that can
// take part in the new articles' stories: those joined to a new article by
// a chain of pairs whose story similarity reaches the story linkage (a
// story never spans two such components), and the candidates met on the
// way. Every rarity weight, of story terms and of the words around
// figures, is taken over the whole store (compare.Corpus), so the stories,
// groups and findings are those of a check against every stored article.
func Check(ctx context.Context, s Store, new []*claims.Article, o Options) (*compare.Result, []compare.Finding, []*claims.InputError, error) {
	ex, err := o.extractor()
	if err != nil {
		return nil, nil, nil, err
	}
	docs := ex.Docs(new)
	if o.All {
		all, err := s.All(ctx)
		if err != nil {
			return nil, nil, nil, err
		}
		ref, dups := dropDuplicates(all)
		res, findings, err := compare.CheckDocs(ref, docs, nil, o.Compare)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("compare: %w", err)
		}
		return res, findings, dups, nil
	}
	return newClosure(s, o, docs).check(ctx)
}

// Report compares every indexed article, as compare.Compare compares
// them, copies of one article once.
func Report(ctx context.Context, s Store, o Options) (*compare.Result, []*claims.InputError, error) {
	docs, err := s.All(ctx)
	if err != nil {
		return nil, nil, err
	}
	docs, dups := dropDuplicates(docs)
	res, err := compare.Compare(docs, o.Compare)
	if err != nil {
		return nil, nil, fmt.Errorf("compare: %w", err)
	}
	return res, dups, nil
}

// dropDuplicates keeps one document of each set of copies, as
// claims.DropDuplicates keeps one article.
func dropDuplicates(docs []compare.Doc) ([]compare.Doc, []*claims.InputError) {
	arts := make([]*claims.Article, len(docs))
	byArt := make(map[*claims.Article]compare.Doc, len(docs))
	for i, d := range docs {
		arts[i] = d.Article
		byArt[d.Article] = d
	}
	kept, dups := claims.DropDuplicates(arts)
	if len(kept) == len(docs) {
		return docs, nil
	}
	out := make([]compare.Doc, len(kept))
	for i, a := range kept {
		out[i] = byArt[a]
	}
	return out, dups
}

// Remove deletes the articles read from paths: an article whose source is
// a path, or lies under a path that is a directory, or whose id is a
// path. It returns how many it deleted.
func Remove(ctx context.Context, s Store, paths []string) (int, error) {
	infos, err := s.List(ctx)
	if err != nil {
		return 0, err
	}
	var keys []string
	for _, i := range infos {
		if slices.ContainsFunc(paths, func(p string) bool { return under(i.Source, p) || i.ID == p }) {
			keys = append(keys, i.Key)
		}
	}
	if len(keys) == 0 {
		return 0, nil
	}
	var n int
	err = s.Update(ctx, func(w Writer) error {
		if n, err = w.Delete(ctx, keys); err != nil {
			return err
		}
		return w.Recount(ctx)
	})
	return n, err
}

// under reports whether source is path or lies under the directory path.
func under(source, path string) bool {
	path = strings.TrimSuffix(path, "/")
	return source == path || strings.HasPrefix(source, path+"/")
}

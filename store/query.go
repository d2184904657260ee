package store

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/compare"
)

func (s *sqlStore) Candidates(ctx context.Context, terms []string, maxPostings int) ([]Candidate, error) {
	byKey := map[string]*Candidate{}
	for chunk := range slices.Chunk(terms, maxParams) {
		args := make([]any, 0, len(chunk)+1)
		for _, t := range chunk {
			args = append(args, t)
		}
		args = append(args, maxPostings)
		if err := s.candidateRows(ctx, args, len(chunk), byKey); err != nil {
			return nil, fmt.Errorf("candidates: %w", err)
		}
	}
	out := make([]Candidate, 0, len(byKey))
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		out = append(out, *byKey[k])
	}
	return out, nil
}

// candidateRows adds to byKey the articles holding one chunk of n terms
// (args, then maxPostings).
func (s *sqlStore) candidateRows(ctx context.Context, args []any, n int, byKey map[string]*Candidate) error {
	rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT a.key, a.published, a.norm, t.term, t.tf
		FROM terms t JOIN term_df d ON d.term = t.term JOIN articles a ON a.id = t.article
		WHERE t.term IN (`+placeholders(n)+`) AND d.df <= ?`), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var key, published, term string
		var norm, tf float64
		if err := rows.Scan(&key, &published, &norm, &term, &tf); err != nil {
			return err
		}
		c, ok := byKey[key]
		if !ok {
			c = &Candidate{Key: key, Published: published, Norm: norm, Shared: map[string]float64{}}
			byKey[key] = c
		}
		c.Shared[term] = tf
	}
	return rows.Err()
}

func (s *sqlStore) Docs(ctx context.Context, keys []string) ([]Entry, error) {
	var out []Entry
	for chunk := range slices.Chunk(keys, maxParams) {
		args := make([]any, len(chunk))
		for i, k := range chunk {
			args[i] = k
		}
		got, err := s.entries(ctx, args)
		if err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		out = append(out, got...)
	}
	slices.SortFunc(out, func(a, b Entry) int { return strings.Compare(a.Key, b.Key) })
	return out, nil
}

// entries reads the articles of the keys args.
func (s *sqlStore) entries(ctx context.Context, args []any) ([]Entry, error) {
	rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT key, hash, features, sentence_terms, doc FROM articles WHERE key IN (`+placeholders(len(args))+`)`), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		var e Entry
		var feats, counts string
		var blob []byte
		if err := rows.Scan(&e.Key, &e.Hash, &feats, &counts, &blob); err != nil {
			return nil, err
		}
		if e.Counts, err = decodeCounts(counts); err != nil {
			return nil, fmt.Errorf("article %s: %w", e.Key, err)
		}
		if e.Doc, err = decodeDoc(blob); err != nil {
			return nil, fmt.Errorf("article %s: %w", e.Key, err)
		}
		if e.Features.Terms, err = decodeFeatures(feats); err != nil {
			return nil, fmt.Errorf("article %s: %w", e.Key, err)
		}
		e.Features.Published = e.Doc.Article.Published
		out = append(out, e)
	}
	return out, rows.Err()
}

func (s *sqlStore) All(ctx context.Context) ([]compare.Doc, error) {
	docs, err := s.docs(ctx, `SELECT key, doc FROM articles`)
	if err != nil {
		return nil, fmt.Errorf("all articles: %w", err)
	}
	return sortedDocs(docs), nil
}

// keyed is a decoded document with its key.
type keyed struct {
	key string
	doc compare.Doc
}

// docs runs query, which selects a key and a document, and decodes them.
func (s *sqlStore) docs(ctx context.Context, query string, args ...any) ([]keyed, error) {
	rows, err := s.db.QueryContext(ctx, s.d.rebind(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []keyed
	for rows.Next() {
		var k string
		var blob []byte
		if err := rows.Scan(&k, &blob); err != nil {
			return nil, err
		}
		d, err := decodeDoc(blob)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", k, err)
		}
		out = append(out, keyed{k, d})
	}
	return out, rows.Err()
}

// sortedDocs returns the documents sorted by key.
func sortedDocs(ks []keyed) []compare.Doc {
	slices.SortFunc(ks, func(a, b keyed) int { return strings.Compare(a.key, b.key) })
	out := make([]compare.Doc, len(ks))
	for i, k := range ks {
		out[i] = k.doc
	}
	return out
}

func (s *sqlStore) List(ctx context.Context) ([]Info, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT key, article_id, source, outlet, title, published, hash, sentences, figures
		FROM articles ORDER BY key`)
	if err != nil {
		return nil, fmt.Errorf("list: %w", err)
	}
	defer rows.Close()
	var out []Info
	for rows.Next() {
		var i Info
		if err := rows.Scan(&i.Key, &i.ID, &i.Source, &i.Outlet, &i.Title, &i.Published, &i.Hash, &i.Sentences, &i.Figures); err != nil {
			return nil, fmt.Errorf("list: %w", err)
		}
		out = append(out, i)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list: %w", err)
	}
	slices.SortFunc(out, func(a, b Info) int { return strings.Compare(a.Key, b.Key) })
	return out, nil
}

func (s *sqlStore) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Backend: s.d.name, Schema: s.version}
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(DISTINCT outlet), COALESCE(SUM(sentences), 0), COALESCE(SUM(figures), 0) FROM articles`).
		Scan(&st.Articles, &st.Outlets, &st.Sentences, &st.Figures)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(DISTINCT term) FROM terms`).Scan(&st.Terms); err != nil {
		return st, fmt.Errorf("stats: terms: %w", err)
	}
	if st.Bytes, err = s.d.size(ctx, s); err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

func (s *sqlStore) TermDF(ctx context.Context, terms []string) (map[string]int, int, error) {
	df := make(map[string]int, len(terms))
	err := s.termRows(ctx, `SELECT term, df FROM term_df WHERE term IN (%s)`, terms, func(rows *sql.Rows) error {
		var t string
		var n int
		if err := rows.Scan(&t, &n); err != nil {
			return err
		}
		df[t] = n
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("term counts: %w", err)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(DISTINCT content) FROM articles`).Scan(&n); err != nil {
		return nil, 0, fmt.Errorf("count articles: %w", err)
	}
	return df, n, nil
}

// termRows runs query, whose %s takes the placeholders of a list of
// terms, on terms a chunk at a time, calling scan on each row.
func (s *sqlStore) termRows(ctx context.Context, query string, terms []string, scan func(*sql.Rows) error) error {
	for chunk := range slices.Chunk(terms, maxParams) {
		args := make([]any, len(chunk))
		for i, t := range chunk {
			args[i] = t
		}
		rows, err := s.db.QueryContext(ctx, s.d.rebind(fmt.Sprintf(query, placeholders(len(chunk)))), args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := scan(rows); err != nil {
				rows.Close()
				return err
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func (w *sqlWriter) Recount(ctx context.Context) error {
	for _, q := range []string{`DELETE FROM term_df`, `INSERT INTO term_df (term, df)
		SELECT t.term, COUNT(DISTINCT a.content) FROM terms t JOIN articles a ON a.id = t.article GROUP BY t.term`} {
		if _, err := w.tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("recount: %w", err)
		}
	}
	if err := w.s.recountNorms(ctx, w.tx); err != nil {
		return fmt.Errorf("recount: %w", err)
	}
	if err := w.s.recountSentences(ctx, w.tx); err != nil {
		return fmt.Errorf("recount: sentences: %w", err)
	}
	return nil
}

// recountNorms sets the norm of every article's story vector with the
// counts of term_df.
func (s *sqlStore) recountNorms(ctx context.Context, tx *sql.Tx) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(DISTINCT content) FROM articles`).Scan(&n); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT t.article, t.tf, d.df FROM terms t JOIN term_df d ON d.term = t.term`)
	if err != nil {
		return err
	}
	sums := map[int64]float64{}
	for rows.Next() {
		var id int64
		var tf float64
		var df int
		if err := rows.Scan(&id, &tf, &df); err != nil {
			rows.Close()
			return err
		}
		w := compare.StoryWeight(tf, df, n)
		sums[id] += w * w
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return err
	}
	rows.Close()
	upd, err := tx.PrepareContext(ctx, s.d.rebind(`UPDATE articles SET norm = ? WHERE id = ?`))
	if err != nil {
		return err
	}
	defer upd.Close()
	for _, id := range slices.Sorted(maps.Keys(sums)) {
		if _, err := upd.ExecContext(ctx, math.Sqrt(sums[id]), id); err != nil {
			return err
		}
	}
	return nil
}

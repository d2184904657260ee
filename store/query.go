package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/compare"
)

func (s *sqlStore) Candidates(ctx context.Context, terms []string, maxPostings int) ([]compare.Doc, error) {
	seen := map[string]bool{}
	var docs []keyed
	for chunk := range slices.Chunk(terms, maxParams) {
		args := make([]any, 0, len(chunk)+1)
		for _, t := range chunk {
			args = append(args, t)
		}
		args = append(args, maxPostings)
		got, err := s.docs(ctx, `SELECT a.key, a.doc FROM articles a WHERE a.id IN (
			SELECT t.article FROM terms t WHERE t.term IN (
				SELECT term FROM terms WHERE term IN (`+placeholders(len(chunk))+`)
				GROUP BY term HAVING COUNT(*) <= ?))`, args...)
		if err != nil {
			return nil, fmt.Errorf("candidates: %w", err)
		}
		for _, d := range got {
			if !seen[d.key] {
				seen[d.key] = true
				docs = append(docs, d)
			}
		}
	}
	return sortedDocs(docs), nil
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

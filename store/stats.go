package store

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/compare"
)

func (s *sqlStore) SentenceStats(ctx context.Context, terms []string) (map[string]compare.TermCount, int, error) {
	out := make(map[string]compare.TermCount, len(terms))
	err := s.termRows(ctx, `SELECT term, sentences, capital, lower FROM term_stats WHERE term IN (%s)`, terms, func(rows *sql.Rows) error {
		var t string
		var c compare.TermCount
		if err := rows.Scan(&t, &c.Sentences, &c.Capital, &c.Lower); err != nil {
			return err
		}
		out[t] = c
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("sentence counts: %w", err)
	}
	var n int
	err = s.db.QueryRowContext(ctx, `SELECT COALESCE(SUM(s), 0) FROM (SELECT MAX(sentences) AS s FROM articles GROUP BY content) x`).Scan(&n)
	if err != nil {
		return nil, 0, fmt.Errorf("count sentences: %w", err)
	}
	return out, n, nil
}

// recountSentences sums the sentence counts of the distinct contents into
// term_stats.
func (s *sqlStore) recountSentences(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT content, sentence_terms FROM articles ORDER BY content`)
	if err != nil {
		return err
	}
	sums := map[string][3]int{}
	last := ""
	for rows.Next() {
		var content, counts string
		if err := rows.Scan(&content, &counts); err != nil {
			rows.Close()
			return err
		}
		if content == last {
			continue // a copy counts once
		}
		last = content
		m, err := decodeCounts(counts)
		if err != nil {
			rows.Close()
			return err
		}
		for t, c := range m {
			x := sums[t]
			sums[t] = [3]int{x[0] + c.Sentences, x[1] + c.Capital, x[2] + c.Lower}
		}
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return err
	}
	rows.Close()
	if _, err := tx.ExecContext(ctx, `DELETE FROM term_stats`); err != nil {
		return err
	}
	for terms := range slices.Chunk(slices.Sorted(maps.Keys(sums)), maxParams/4) {
		args := make([]any, 0, 4*len(terms))
		for _, t := range terms {
			c := sums[t]
			args = append(args, t, c[0], c[1], c[2])
		}
		values := strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?), ", len(terms)), ", ")
		if _, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO term_stats (term, sentences, capital, lower) VALUES `+values), args...); err != nil {
			return err
		}
	}
	return nil
}

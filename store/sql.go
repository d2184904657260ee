package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/compare"
)

// sqlStore is a Store on a database/sql database of a dialect.
type sqlStore struct {
	db      *sql.DB
	d       *dialect
	version int
}

// openSQL connects to dsn with the dialect's driver and migrates.
func openSQL(ctx context.Context, d *dialect, dsn string) (Store, error) {
	db, err := sql.Open(d.driver, dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s index: %w", d.name, err)
	}
	if d == sqliteDialect {
		// One writer at a time is what SQLite allows; a single connection
		// also keeps the pragmas of the DSN on every statement.
		db.SetMaxOpenConns(1)
	}
	if err := ping(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to %s index: %w", d.name, err)
	}
	s := &sqlStore{db: db, d: d}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// ping connects to db. A new SQLite file that another process is
// turning to WAL mode at the same moment is busy without waiting for the
// busy timeout: ping tries again for a while.
func ping(ctx context.Context, db *sql.DB) error {
	var err error
	for range 100 {
		if err = db.PingContext(ctx); err == nil || !strings.Contains(err.Error(), "SQLITE_BUSY") {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	return err
}

// migrate applies the migrations the database lacks, each in a
// transaction that records its version.
func (s *sqlStore) migrate(ctx context.Context) error {
	// An index up to date is only read: no lock, no write.
	var v sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_version`).Scan(&v); err == nil && int(v.Int64) == len(s.d.migrations) {
		s.version = int(v.Int64)
		return nil
	}
	for {
		done, err := s.migrateOnce(ctx)
		if err != nil {
			return fmt.Errorf("%s index: migrate to schema %d: %w", s.d.name, s.version+1, err)
		}
		if done {
			return nil
		}
	}
}

// migrateOnce applies the next migration, or reports that there is none.
func (s *sqlStore) migrateOnce(ctx context.Context) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	if s.d.lock != "" {
		if _, err := tx.ExecContext(ctx, s.d.lock); err != nil {
			return false, fmt.Errorf("lock: %w", err)
		}
	}
	// Made under the lock: two processes making it at once collide.
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return false, fmt.Errorf("schema version table: %w", err)
	}
	var v sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_version`).Scan(&v); err != nil {
		return false, fmt.Errorf("read version: %w", err)
	}
	s.version = int(v.Int64)
	switch {
	case s.version > len(s.d.migrations):
		return false, fmt.Errorf("the database has schema %d, newer than this crosscheck knows (%d): upgrade crosscheck", s.version, len(s.d.migrations))
	case s.version == len(s.d.migrations):
		return true, nil
	}
	for _, stmt := range s.d.migrations[s.version] {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return false, err
		}
	}
	if _, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO schema_version (version) VALUES (?)`), s.version+1); err != nil {
		return false, fmt.Errorf("record version: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return false, err
	}
	s.version++
	return false, nil
}

func (s *sqlStore) Close() error { return s.db.Close() }

func (s *sqlStore) Update(ctx context.Context, fn func(Writer) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("update: %w", err)
	}
	defer tx.Rollback()
	if s.d.lock != "" {
		// One writer at a time, as SQLite's immediate transactions are.
		if _, err := tx.ExecContext(ctx, s.d.lock); err != nil {
			return fmt.Errorf("update: lock: %w", err)
		}
	}
	if err := fn(&sqlWriter{s: s, tx: tx}); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("update: commit: %w", err)
	}
	return nil
}

// sqlWriter writes within the transaction of an Update.
type sqlWriter struct {
	s  *sqlStore
	tx *sql.Tx
}

func (w *sqlWriter) Put(ctx context.Context, entries []Entry) error {
	for _, e := range entries {
		if err := w.s.putOne(ctx, w.tx, e); err != nil {
			return fmt.Errorf("put %s: %w", e.Key, err)
		}
	}
	return nil
}

// putOne replaces the article of e.Key by e within tx.
func (s *sqlStore) putOne(ctx context.Context, tx *sql.Tx, e Entry) error {
	blob, err := encodeDoc(e.Doc)
	if err != nil {
		return err
	}
	if e.Counts == nil {
		e.Counts, _ = compare.SentenceCounts(e.Doc)
	}
	feats, counts := encodeFeatures(e.Features.Terms), encodeCounts(e.Counts)
	if err := s.deleteKey(ctx, tx, e.Key); err != nil {
		return err
	}
	a := e.Doc.Article
	figures := 0
	for _, c := range e.Doc.Claims {
		figures += len(c.Figures)
	}
	var id int64
	err = tx.QueryRowContext(ctx, s.d.rebind(`INSERT INTO articles
		(key, article_id, source, outlet, title, published, hash, content, sentences, figures, features, sentence_terms, doc)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`),
		e.Key, a.ID, a.Source, a.Outlet, a.Title, a.Published, e.Hash, contentHash(a), len(e.Doc.Claims), figures, feats, counts, blob).Scan(&id)
	if err != nil {
		return fmt.Errorf("insert article: %w", err)
	}
	// Many rows a statement: one round trip each to a server.
	for terms := range slices.Chunk(slices.Sorted(maps.Keys(e.Features.Terms)), maxParams/3) {
		args := make([]any, 0, 3*len(terms))
		for _, t := range terms {
			args = append(args, t, id, e.Features.Terms[t])
		}
		rows := strings.TrimSuffix(strings.Repeat("(?, ?, ?), ", len(terms)), ", ")
		if _, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO terms (term, article, tf) VALUES `+rows), args...); err != nil {
			return fmt.Errorf("insert terms: %w", err)
		}
	}
	return nil
}

// deleteKey removes the article of key and its terms, if any.
func (s *sqlStore) deleteKey(ctx context.Context, tx *sql.Tx, key string) error {
	var id int64
	err := tx.QueryRowContext(ctx, s.d.rebind(`SELECT id FROM articles WHERE key = ?`), key).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("find article: %w", err)
	}
	if _, err := tx.ExecContext(ctx, s.d.rebind(`DELETE FROM terms WHERE article = ?`), id); err != nil {
		return fmt.Errorf("delete terms: %w", err)
	}
	if _, err := tx.ExecContext(ctx, s.d.rebind(`DELETE FROM articles WHERE id = ?`), id); err != nil {
		return fmt.Errorf("delete article: %w", err)
	}
	return nil
}

func (w *sqlWriter) Delete(ctx context.Context, keys []string) (int, error) {
	n := 0
	for _, k := range keys {
		var found int
		if err := w.tx.QueryRowContext(ctx, w.s.d.rebind(`SELECT COUNT(*) FROM articles WHERE key = ?`), k).Scan(&found); err != nil {
			return 0, fmt.Errorf("delete %s: %w", k, err)
		}
		if err := w.s.deleteKey(ctx, w.tx, k); err != nil {
			return 0, fmt.Errorf("delete %s: %w", k, err)
		}
		n += found
	}
	return n, nil
}

func (w *sqlWriter) Hashes(ctx context.Context) (map[string]string, error) {
	rows, err := w.tx.QueryContext(ctx, `SELECT key, hash FROM articles`)
	if err != nil {
		return nil, fmt.Errorf("hashes: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, h string
		if err := rows.Scan(&k, &h); err != nil {
			return nil, fmt.Errorf("hashes: %w", err)
		}
		out[k] = h
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("hashes: %w", err)
	}
	return out, nil
}

// maxParams is the most values one IN list takes.
const maxParams = 500

// placeholders returns "?, ?, …" for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

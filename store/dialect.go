package store

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"

	// The database/sql drivers of the two backends.
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"
)

// dialect is what differs between the SQL backends: the driver, the
// placeholders, the migrations and how a migration is serialised against
// other processes.
type dialect struct {
	name   string
	driver string
	// numbered placeholders ($1, $2) instead of ?.
	numbered bool
	// lock, when set, runs first in a migration's transaction so that two
	// processes never migrate at once.
	lock string
	// migrations are the schema versions 1, 2, …: migrations[i] brings a
	// database at version i to version i+1.
	migrations [][]string
	// size returns the size of the database in bytes.
	size func(ctx context.Context, s *sqlStore) (int64, error)
}

// articleColumns are the columns of the articles table that both
// backends write alike: what an Info lists and the content hash.
//
// content is the hash of the title and text that tells copies of one
// article apart (claims.DropDuplicates); term_df counts, by story term,
// the distinct contents that hold it, and norm is the norm of the
// article's story vector with those counts (compare.StoryNorm).
// sentence_terms holds what the article's sentences count of each term
// (compare.SentenceCounts), term_stats their sums over distinct contents.
const articleColumns = `
			key TEXT NOT NULL UNIQUE,
			article_id TEXT NOT NULL,
			source TEXT NOT NULL,
			outlet TEXT NOT NULL,
			title TEXT NOT NULL,
			published TEXT NOT NULL,
			hash TEXT NOT NULL,
			content TEXT NOT NULL,
			norm DOUBLE PRECISION NOT NULL DEFAULT 0,
			sentences INTEGER NOT NULL,
			figures INTEGER NOT NULL,
			features TEXT NOT NULL,
			sentence_terms TEXT NOT NULL,`

var sqliteDialect = &dialect{
	name:   "sqlite",
	driver: "sqlite",
	migrations: [][]string{{
		`CREATE TABLE articles (
			id INTEGER PRIMARY KEY,` + articleColumns + `
			doc BLOB NOT NULL)`,
		`CREATE TABLE terms (
			term TEXT NOT NULL,
			article INTEGER NOT NULL,
			tf REAL NOT NULL,
			PRIMARY KEY (term, article)) WITHOUT ROWID`,
		`CREATE INDEX terms_article ON terms (article)`,
		`CREATE INDEX articles_content ON articles (content)`,
		`CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID`,
		`CREATE TABLE term_stats (term TEXT PRIMARY KEY, sentences INTEGER NOT NULL, capital INTEGER NOT NULL, lower INTEGER NOT NULL) WITHOUT ROWID`,
	}},
	size: func(ctx context.Context, s *sqlStore) (int64, error) {
		var pages, size int64
		if err := s.db.QueryRowContext(ctx, `PRAGMA page_count`).Scan(&pages); err != nil {
			return 0, fmt.Errorf("page count: %w", err)
		}
		if err := s.db.QueryRowContext(ctx, `PRAGMA page_size`).Scan(&size); err != nil {
			return 0, fmt.Errorf("page size: %w", err)
		}
		return pages * size, nil
	},
}

var postgresDialect = &dialect{
	name:     "postgres",
	driver:   "pgx",
	numbered: true,
	// Any constant key: it only keeps two migrating processes apart.
	lock: `SELECT pg_advisory_xact_lock(720140)`,
	migrations: [][]string{{
		`CREATE TABLE articles (
			id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,` + articleColumns + `
			doc BYTEA NOT NULL)`,
		`CREATE TABLE terms (
			term TEXT NOT NULL,
			article BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
			tf DOUBLE PRECISION NOT NULL,
			PRIMARY KEY (term, article))`,
		`CREATE INDEX terms_article ON terms (article)`,
		`CREATE INDEX articles_content ON articles (content)`,
		`CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL)`,
		`CREATE TABLE term_stats (term TEXT PRIMARY KEY, sentences INTEGER NOT NULL, capital INTEGER NOT NULL, lower INTEGER NOT NULL)`,
	}},
	size: func(ctx context.Context, s *sqlStore) (int64, error) {
		var n int64
		err := s.db.QueryRowContext(ctx, `SELECT pg_database_size(current_database())`).Scan(&n)
		if err != nil {
			return 0, fmt.Errorf("database size: %w", err)
		}
		return n, nil
	},
}

// rebind writes the ? placeholders of query as the dialect wants them.
func (d *dialect) rebind(query string) string {
	if !d.numbered {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// openSQLite opens the SQLite database file path, creating it when needed.
func openSQLite(ctx context.Context, path string) (Store, error) {
	if path == "" {
		return nil, fmt.Errorf("%w: sqlite: wants a file name", ErrDSN)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("index %s: is a directory, want a database file", path)
	}
	q := url.Values{}
	for _, p := range []string{"busy_timeout(60000)", "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(ON)", "cache_size(-65536)"} {
		q.Add("_pragma", p)
	}
	// Transactions take the write lock when they begin: a transaction that
	// read first could not wait for a writer (SQLITE_BUSY at once).
	q.Set("_txlock", "immediate")
	return openSQL(ctx, sqliteDialect, "file:"+path+"?"+q.Encode())
}

package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/crosscheck-news/crosscheck/compare"
)

// Store is an index of analysed articles. Its methods are safe for
// concurrent use; its writes are made in an Update.
type Store interface {
	// Update runs fn in one transaction, one writer at a time: what fn
	// writes is seen by others all at once when fn returns nil, and not at
	// all when it returns an error (which Update returns).
	Update(ctx context.Context, fn func(Writer) error) error
	// Candidates returns the articles that share with terms a story term
	// held by at most maxPostings distinct articles (a term more common
	// names no one story), sorted by key, with those terms. It reads the
	// counts of the last Recount.
	Candidates(ctx context.Context, terms []string, maxPostings int) ([]Candidate, error)
	// Docs returns the articles of keys (their documents, features and
	// sentence counts), sorted by key.
	Docs(ctx context.Context, keys []string) ([]Entry, error)
	// TermDF returns how many distinct articles (copies of one article
	// count once) hold each of terms, as of the last Recount, and how many
	// distinct articles the store holds.
	TermDF(ctx context.Context, terms []string) (df map[string]int, articles int, err error)
	// SentenceStats returns what the sentences of the distinct articles
	// count of each of terms (compare.SentenceCounts summed), as of the
	// last Recount, and how many sentences they have.
	SentenceStats(ctx context.Context, terms []string) (map[string]compare.TermCount, int, error)
	// All returns the documents of every article, sorted by key.
	All(ctx context.Context) ([]compare.Doc, error)
	// List describes every article, sorted by key.
	List(ctx context.Context) ([]Info, error)
	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the database.
	Close() error
}

// Writer writes to a store within an Update.
type Writer interface {
	// Hashes returns the content hash of every article by key.
	Hashes(ctx context.Context) (map[string]string, error)
	// Put stores entries, replacing the article of the same key.
	Put(ctx context.Context, entries []Entry) error
	// Delete removes the articles of keys and returns how many it found.
	Delete(ctx context.Context, keys []string) (int, error)
	// Recount counts again the distinct articles holding each story term,
	// the norm of every article's story vector with those counts and what
	// the sentences of the distinct articles count of each term: Put and
	// Delete leave them as they were.
	Recount(ctx context.Context) error
}

// Entry is one analysed article to store.
type Entry struct {
	// Key identifies the article in the store: see [Key].
	Key string
	// Hash is the content hash of the article: see [Hash].
	Hash string
	Doc  compare.Doc
	// Features are the article's story features ([compare.Features]).
	Features compare.StoryFeatures
	// Counts are what its sentences count of each term
	// ([compare.SentenceCounts]); Put counts them when nil.
	Counts map[string]compare.TermCount
}

// Candidate is a stored article that may share a story with a new one.
type Candidate struct {
	Key, Published string
	// Norm is the norm of its story vector as of the last Recount.
	Norm float64
	// Shared are the story terms asked for that it holds, with their
	// frequencies.
	Shared map[string]float64
}

// Info describes one stored article.
type Info struct {
	Key, ID, Source, Outlet, Title, Published, Hash string
	// Sentences and Figures count the claims and figures stored.
	Sentences, Figures int
}

// Stats counts what a store holds.
type Stats struct {
	// Backend is "sqlite" or "postgres"; Schema the schema version.
	Backend string
	Schema  int
	// Articles, Outlets, Sentences, Figures and Terms (story terms, each
	// counted once) count the stored analysis.
	Articles, Outlets, Sentences, Figures, Terms int
	// Bytes is the size of the database, 0 when unknown.
	Bytes int64
}

// ErrDSN marks a DSN that names no backend this package knows.
var ErrDSN = errors.New("unknown index DSN")

// ErrNoIndex marks an SQLite index file that does not exist, for
// OpenExisting.
var ErrNoIndex = errors.New("no index")

// OpenExisting is Open, but an SQLite file that does not exist is an
// error wrapping ErrNoIndex instead of a new, empty index.
func OpenExisting(ctx context.Context, dsn string) (Store, error) {
	if path, ok := sqlitePath(dsn); ok && path != "" {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w at %s: create it with crosscheck index add", ErrNoIndex, path)
		}
	}
	return Open(ctx, dsn)
}

// sqlitePath returns the file of an SQLite DSN, and false for another.
func sqlitePath(dsn string) (string, bool) {
	if strings.HasPrefix(dsn, "sqlite:") {
		return strings.TrimPrefix(dsn, "sqlite:"), true
	}
	return dsn, dsn != "" && !strings.Contains(dsn, "://")
}

// Open opens (creating it when needed) the store dsn names and brings its
// schema up to date: "FILE" or "sqlite:FILE" is an SQLite database file,
// "postgres://…" or "postgresql://…" a PostgreSQL database.
func Open(ctx context.Context, dsn string) (Store, error) {
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return openSQL(ctx, postgresDialect, dsn)
	case dsn == "":
		return nil, fmt.Errorf("%w: empty: give a file (index.db, sqlite:index.db) or postgres://…", ErrDSN)
	}
	path, ok := sqlitePath(dsn)
	if !ok {
		return nil, fmt.Errorf("%w %q: want a file (index.db, sqlite:index.db) or postgres://…", ErrDSN, dsn)
	}
	return openSQLite(ctx, path)
}

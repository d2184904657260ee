package store_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/store"
)

// postgresEnv names the DSN of a PostgreSQL server the tests may use
// (each test makes a schema of its own and drops it).
const postgresEnv = "CROSSCHECK_TEST_POSTGRES"

// backend opens a fresh, empty store.
type backend struct {
	name string
	dsn  func(t *testing.T) string
}

// backends are the stores every suite runs against: SQLite always,
// PostgreSQL when postgresEnv names a reachable server.
func backends() []backend {
	return []backend{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "index.db") }},
		{"postgres", postgresDSN},
	}
}

// postgresDSN returns the DSN of a new schema on the server of
// postgresEnv, dropped when the test ends, or skips the test.
func postgresDSN(t *testing.T) string {
	t.Helper()
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skipf("PostgreSQL tests skipped: set %s to a server's DSN (postgres://user@host/db) to run them", postgresEnv)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Skipf("PostgreSQL tests skipped: %s: server not reachable: %v", postgresEnv, err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "cc_test_" + hex.EncodeToString(b)
	_, err = conn.Exec(ctx, "CREATE SCHEMA "+schema)
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		c, err := pgx.Connect(ctx, base)
		if err == nil {
			_, _ = c.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
			c.Close(ctx)
		}
	})
	u, err := url.Parse(base)
	require.NoError(t, err)
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// open opens a fresh store of b, closed when the test ends.
func open(t *testing.T, b backend) (store.Store, string) {
	t.Helper()
	dsn := b.dsn(t)
	s, err := store.Open(context.Background(), dsn)
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	return s, dsn
}

// eachBackend runs test on a fresh store of every backend.
func eachBackend(t *testing.T, test func(t *testing.T, s store.Store, dsn string)) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s, dsn := open(t, b)
			test(t, s, dsn)
		})
	}
}

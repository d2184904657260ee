package store_test

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/store"
)

// doc extracts the document of one article.
func doc(t *testing.T, id, outlet, title, text string) compare.Doc {
	t.Helper()
	a := &claims.Article{ID: id, Outlet: outlet, Title: title, Source: "feed/" + id + ".md", Text: text, Line: 3}
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	require.NoError(t, err)
	return ex.Doc(a)
}

func entry(t *testing.T, d compare.Doc) store.Entry {
	t.Helper()
	h, err := store.Hash(d.Article, "test")
	require.NoError(t, err)
	return store.Entry{Key: store.Key(d.Article), Hash: h, Doc: d, Features: compare.Features(d, compare.DefaultOptions())}
}

// put stores entries in s and recounts, in one Update.
func put(t *testing.T, s store.Store, entries ...store.Entry) {
	t.Helper()
	require.NoError(t, s.Update(context.Background(), func(w store.Writer) error {
		if err := w.Put(context.Background(), entries); err != nil {
			return err
		}
		return w.Recount(context.Background())
	}))
}

// TestUpdateIsAtomic: an Update whose function fails writes nothing.
func TestUpdateIsAtomic(t *testing.T) {
	flood := doc(t, "f1", "Wire", "Floods in Derna", "Floods in Derna killed 4,000 people.")
	eachBackend(t, func(t *testing.T, s store.Store, _ string) {
		ctx := context.Background()
		err := s.Update(ctx, func(w store.Writer) error {
			require.NoError(t, w.Put(ctx, []store.Entry{entry(t, flood)}))
			return errors.New("stop")
		})
		require.EqualError(t, err, "stop")
		st, err := s.Stats(ctx)
		require.NoError(t, err)
		assert.Zero(t, st.Articles)
	})
}

func TestStore(t *testing.T) {
	quake := doc(t, "q1", "Wire", "Quake in Jajarkot", "An earthquake in Jajarkot killed at least 153 people, officials said.")
	quake2 := doc(t, "q2", "Paper", "Jajarkot earthquake", "The Jajarkot earthquake killed 157 people on Friday.")
	flood := doc(t, "f1", "Wire", "Floods in Derna", "Floods in Derna killed 4,000 people.")
	eachBackend(t, func(t *testing.T, s store.Store, _ string) {
		ctx := context.Background()
		put(t, s, entry(t, quake), entry(t, quake2), entry(t, flood))

		got, err := s.Candidates(ctx, compare.StoryTerms(quake), 10)
		require.NoError(t, err)
		require.Len(t, got, 2, "the two Jajarkot articles, not the Derna one")
		assert.Equal(t, store.Key(quake.Article), got[0].Key)
		assert.Equal(t, compare.Features(quake, compare.DefaultOptions()).Terms, got[0].Shared, "all its terms are asked for")
		assert.Equal(t, map[string]float64{"earthquak": 3, "jajarkot": 3}, got[1].Shared, "the title's terms count twice")
		assert.Positive(t, got[0].Norm)
		own, err := s.Candidates(ctx, compare.StoryTerms(quake), 1)
		require.NoError(t, err)
		require.Len(t, own, 1, "the terms both Jajarkot articles hold are held by more articles than allowed")
		assert.Equal(t, store.Key(quake.Article), own[0].Key)

		docs, err := s.Docs(ctx, []string{store.Key(quake.Article), "no such key"})
		require.NoError(t, err)
		require.Len(t, docs, 1)
		assert.Equal(t, *quake.Article, *docs[0].Doc.Article, "the article comes back as stored")
		assert.Equal(t, quake.Claims[len(quake.Claims)-1].Figures, docs[0].Doc.Claims[len(docs[0].Doc.Claims)-1].Figures, "figures with their slots and infinite bounds")
		assert.Same(t, docs[0].Doc.Article, docs[0].Doc.Claims[0].Article)
		tdf, total, err := s.TermDF(ctx, []string{"jajarkot", "derna", "absent"})
		require.NoError(t, err)
		assert.Equal(t, map[string]int{"jajarkot": 2, "derna": 1}, tdf)
		assert.Equal(t, 3, total)

		all, err := s.All(ctx)
		require.NoError(t, err)
		assert.Len(t, all, 3)
		var hashes map[string]string
		require.NoError(t, s.Update(ctx, func(w store.Writer) (err error) {
			hashes, err = w.Hashes(ctx)
			return err
		}))
		assert.Equal(t, entry(t, flood).Hash, hashes[store.Key(flood.Article)])

		st, err := s.Stats(ctx)
		require.NoError(t, err)
		assert.True(t, strings.HasSuffix(t.Name(), "/"+st.Backend), "backend %q", st.Backend)
		assert.Equal(t, 1, st.Schema)
		assert.Equal(t, 3, st.Articles)
		assert.Equal(t, 2, st.Outlets)
		assert.Positive(t, st.Figures)
		assert.Positive(t, st.Bytes)

		var n int
		require.NoError(t, s.Update(ctx, func(w store.Writer) (err error) {
			if n, err = w.Delete(ctx, []string{store.Key(quake2.Article), "no such key"}); err != nil {
				return err
			}
			return w.Recount(ctx)
		}))
		assert.Equal(t, 1, n)
		list, err := s.List(ctx)
		require.NoError(t, err)
		require.Len(t, list, 2)
		assert.Equal(t, "Floods in Derna", list[0].Title)
		got, err = s.Candidates(ctx, compare.StoryTerms(quake), 10)
		require.NoError(t, err)
		assert.Len(t, got, 1, "a deleted article's terms are gone with it")
	})
}

func TestPutReplaces(t *testing.T) {
	eachBackend(t, func(t *testing.T, s store.Store, _ string) {
		ctx := context.Background()
		old := doc(t, "q1", "Wire", "Quake in Jajarkot", "An earthquake in Jajarkot killed 153 people.")
		changed := doc(t, "q1", "Wire", "Storm in Lima", "A storm in Lima killed 12 people.")
		put(t, s, entry(t, old))
		put(t, s, entry(t, changed))
		all, err := s.All(ctx)
		require.NoError(t, err)
		require.Len(t, all, 1)
		assert.Equal(t, "Storm in Lima", all[0].Article.Title)
		got, err := s.Candidates(ctx, compare.StoryTerms(old), 10)
		require.NoError(t, err)
		assert.Len(t, got, 0, "the old version's terms are replaced")
	})
}

func TestReopenKeepsSchema(t *testing.T) {
	eachBackend(t, func(t *testing.T, s store.Store, dsn string) {
		ctx := context.Background()
		put(t, s, entry(t, doc(t, "f1", "Wire", "Floods in Derna", "Floods killed 4,000 people.")))
		again, err := store.Open(ctx, dsn)
		require.NoError(t, err, "migrations already applied are not applied again")
		defer again.Close()
		st, err := again.Stats(ctx)
		require.NoError(t, err)
		assert.Equal(t, 1, st.Articles)
		assert.Equal(t, 1, st.Schema)
	})
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct{ name, dsn, want string }{
		{"empty", "", "empty"},
		{"unknown scheme", "mysql://host/db", `unknown index DSN "mysql://host/db"`},
		{"empty sqlite", "sqlite:", "wants a file name"},
		{"directory", t.TempDir(), "is a directory"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := store.Open(ctx, tc.dsn)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestConcurrentOpen: several processes (CI runners) opening one new
// index at once migrate it once.
func TestConcurrentOpen(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			dsn := b.dsn(t)
			errs := make(chan error, 4)
			for range 4 {
				go func() {
					s, err := store.Open(context.Background(), dsn)
					if err == nil {
						_, err = s.Stats(context.Background())
						s.Close()
					}
					errs <- err
				}()
			}
			for range 4 {
				require.NoError(t, <-errs)
			}
			s, err := store.Open(context.Background(), dsn)
			require.NoError(t, err)
			defer s.Close()
			st, err := s.Stats(context.Background())
			require.NoError(t, err)
			assert.Equal(t, 1, st.Schema)
		})
	}
}

// TestNewerSchemaRefused: an index written by a newer crosscheck (a schema
// version this one does not know) is refused, not written over.
func TestNewerSchemaRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.db")
	s, err := store.Open(context.Background(), path)
	require.NoError(t, err)
	require.NoError(t, s.Close())
	db, err := sql.Open("sqlite", path)
	require.NoError(t, err)
	_, err = db.Exec(`INSERT INTO schema_version (version) VALUES (99)`)
	require.NoError(t, err)
	require.NoError(t, db.Close())
	_, err = store.Open(context.Background(), "sqlite:"+path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the database has schema 99, newer than this crosscheck knows (1): upgrade crosscheck")
}

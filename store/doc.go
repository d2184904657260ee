// Package store keeps a newsroom's analysed articles in a database, so
// that a check of new articles need not read and extract the whole
// reference set again.
//
// A [Store] holds, for every article, its [compare.Doc] (metadata, text,
// sentences and figures with their slots, serialised as extracted), a
// content hash that tells an unchanged article from a changed one, its
// story features ([compare.Features], indexed by term for the lookup of the
// articles a new one can share a story with) and what its sentences count
// of each word ([compare.SentenceCounts]); and, summed over the distinct
// articles, the counts that weigh terms by their rarity. [Open] takes a
// DSN: a file name or "sqlite:FILE" for an embedded SQLite database
// (modernc.org/sqlite, no server), "postgres://…" for PostgreSQL
// (jackc/pgx), which several CI runners can share. The schema is
// versioned: Open applies the migrations a database lacks.
//
// [Add] indexes articles incrementally, [Check] compares new articles
// against the index as [compare.Check] compares them against every indexed
// article, reading only those that can share a story with them, [Report]
// compares the whole index, [Remove] drops articles by source.
package store

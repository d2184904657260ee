package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/internal/sanitize"
	"github.com/crosscheck-news/crosscheck/store"
)

const indexUsage = `Usage:
  crosscheck index add   --db DSN [flags] PATH...   analyse articles into the index (unchanged ones are skipped)
  crosscheck index stats --db DSN                   what the index holds
  crosscheck index rm    --db DSN PATH...           remove the articles read from PATH (a file, a directory or an id)

DSN is a file (index.db or sqlite:index.db: SQLite, created when missing) or
postgres://user@host/db (PostgreSQL, shared by several machines). Then check
new articles with "crosscheck check --index DSN NEW..." and report on the
whole index with "crosscheck report --index DSN".
`

func runIndex(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, indexUsage)
		return exitError
	}
	sub := map[string]func([]string, io.Reader, io.Writer, io.Writer) int{
		"add": runIndexAdd, "stats": runIndexStats, "rm": runIndexRm,
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, indexUsage)
		return exitOK
	}
	cmd, ok := sub[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "crosscheck index: unknown command %q\n\n%s", args[0], indexUsage)
		return exitError
	}
	return cmd(args[1:], stdin, stdout, stderr)
}

// openIndex opens the index dsn names; unless create, an SQLite file
// must exist.
func openIndex(ctx context.Context, dsn string, create bool) (store.Store, error) {
	if dsn == "" {
		return nil, errors.New("missing --db: give the index (index.db, sqlite:index.db or postgres://…)")
	}
	open := store.OpenExisting
	if create {
		open = store.Open
	}
	s, err := open(ctx, dsn)
	if err != nil {
		return nil, inputError{fmt.Errorf("index: %w", err)}
	}
	return s, nil
}

// indexOptions are the options of the analysis, named by this build.
func indexOptions() store.Options {
	return store.Options{Compare: compare.DefaultOptions(), Analyser: analyser()}
}

// analyser names the build of the analysis: its version and revision,
// and for a build that does not know its revision (or was built from a
// modified tree) the hash of the executable, so that an index analysed by
// another build is analysed again.
func analyser() string {
	b := currentBuild()
	name := b.String()
	if b.Revision != "" && !b.Modified {
		return name
	}
	exe, err := os.Executable()
	if err != nil {
		return name
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		return name
	}
	sum := sha256.Sum256(data)
	return name + " exe " + hex.EncodeToString(sum[:8])
}

// indexCmd is one index subcommand: its flags, what its arguments must
// be and what it does with the open index.
type indexCmd struct {
	name, synopsis string
	// args checks the positional arguments.
	args func([]string) error
	// create opens a new index when there is none.
	create bool
	// flags registers the subcommand's own flags.
	flags func(fs *flag.FlagSet)
	do    func(ctx context.Context, s store.Store, args []string, stdin io.Reader, stdout, stderr io.Writer) (int, error)
}

// run parses the flags, opens the index and runs the subcommand.
func (c indexCmd) run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("index "+c.name, "index "+c.name+" --db DSN "+c.synopsis, stderr)
	db := fs.String("db", "", "the index: `DSN` file.db, sqlite:file.db or postgres://…")
	if c.flags != nil {
		c.flags(fs)
	}
	pos, err := parse(fs, args)
	if err == nil {
		err = c.args(pos)
	}
	if err != nil {
		return usageError(fs, err, stderr)
	}
	ctx := context.Background()
	s, err := openIndex(ctx, *db, c.create)
	if err != nil {
		return usageError(fs, err, stderr)
	}
	defer s.Close()
	code, err := c.do(ctx, s, pos, stdin, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck index %s: %s\n", c.name, sanitize.Line(err.Error()))
		return exitError
	}
	return code
}

// need returns an argument check that wants at least one, or says why.
func need(why string) func([]string) error {
	return func(a []string) error {
		if len(a) == 0 {
			return errors.New(why)
		}
		return nil
	}
}

func runIndexAdd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var in inputFlags
	return indexCmd{
		name: "add", synopsis: "[flags] PATH...", create: true, flags: in.register,
		args: need("no input: give a file, a directory or - for standard input"),
		do: func(ctx context.Context, s store.Store, paths []string, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
			l, err := in.load(paths, stdin, stderr, nil)
			if err != nil {
				return exitError, err
			}
			n, err := store.Add(ctx, s, l.arts, indexOptions())
			if err != nil {
				return exitError, err
			}
			fmt.Fprintf(stdout, "index: %d read, %d added, %d replaced, %d skipped (unchanged)\n", len(l.arts), n.Added, n.Replaced, n.Skipped)
			if l.failed {
				return exitError, nil
			}
			return exitOK, nil
		},
	}.run(args, stdin, stdout, stderr)
}

func runIndexStats(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return indexCmd{
		name: "stats",
		args: func(a []string) error {
			if len(a) > 0 {
				return fmt.Errorf("index stats takes no argument, got %q", a[0])
			}
			return nil
		},
		do: func(ctx context.Context, s store.Store, _ []string, _ io.Reader, stdout, _ io.Writer) (int, error) {
			st, err := s.Stats(ctx)
			if err != nil {
				return exitError, err
			}
			var b strings.Builder
			fmt.Fprintf(&b, "backend: %s\nschema: %d\narticles: %d\noutlets: %d\n", st.Backend, st.Schema, st.Articles, st.Outlets)
			fmt.Fprintf(&b, "sentences: %d\nfigures: %d\nstory terms: %d\nsize: %d bytes\n", st.Sentences, st.Figures, st.Terms, st.Bytes)
			fmt.Fprint(stdout, b.String())
			return exitOK, nil
		},
	}.run(args, stdin, stdout, stderr)
}

func runIndexRm(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return indexCmd{
		name: "rm", synopsis: "PATH...",
		args: need("nothing to remove: give the files, directories or ids of the articles"),
		do: func(ctx context.Context, s store.Store, paths []string, _ io.Reader, stdout, _ io.Writer) (int, error) {
			n, err := store.Remove(ctx, s, paths)
			if err != nil {
				return exitError, err
			}
			fmt.Fprintf(stdout, "index: %d removed\n", n)
			return exitOK, nil
		},
	}.run(args, stdin, stdout, stderr)
}

// runIndexed is run against the index: the new articles are read, the
// references come analysed from the index.
func (c *checkFlags) runIndexed(news []string, stdin io.Reader, stderr io.Writer) (findings []compare.Finding, failed bool, err error) {
	newIn := c.in
	newIn.canonical = true
	fresh, err := newIn.load(news, stdin, stderr, nil)
	if err != nil {
		return nil, false, err
	}
	if fresh.failed {
		return nil, true, nil
	}
	ctx := context.Background()
	s, err := openIndex(ctx, c.index, false)
	if err != nil {
		return nil, false, err
	}
	defer s.Close()
	// One outlet goes by one name in the index and the new articles.
	stored, err := s.List(ctx)
	if err != nil {
		return nil, false, inputError{err}
	}
	known := make([]string, len(stored))
	for i, in := range stored {
		known[i] = in.Outlet
	}
	claims.NameOutletsAfter(fresh.arts, known, fresh.reg)
	o := indexOptions()
	o.All = c.indexAll
	_, findings, dups, err := store.Check(ctx, s, fresh.arts, o)
	if err != nil {
		return nil, false, inputError{err}
	}
	printProblems(stderr, dups)
	return findings, false, nil
}

// reportIndexed compares every article of the index dsn.
func reportIndexed(dsn string, stderr io.Writer) (*compare.Result, loaded, error) {
	ctx := context.Background()
	s, err := openIndex(ctx, dsn, false)
	if err != nil {
		return nil, loaded{}, usageErr{err}
	}
	defer s.Close()
	res, dups, err := store.Report(ctx, s, indexOptions())
	printProblems(stderr, dups)
	return res, loaded{problems: dups}, err
}

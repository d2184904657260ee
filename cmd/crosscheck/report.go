package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/internal/sanitize"
	"github.com/crosscheck-news/crosscheck/report"
)

func runReport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("report", "report [--format "+strings.Join(report.Formats(), "|")+"] [-o FILE] [--fail-on conflict|consistent|never] [flags] PATH...", stderr)
	var in inputFlags
	in.register(fs)
	format := fs.String("format", "markdown", "output format: "+strings.Join(report.Formats(), ", "))
	out := fs.String("o", "", "write the report to `FILE` instead of standard output")
	level := fs.String("fail-on", "never", "exit 1 when a group at or above this level exists: conflict, consistent or never")
	only := fs.String("only", "", "markdown, html: keep the groups of one verdict: conflicts, consistent or agree")
	compact := fs.Bool("compact", false, "markdown, html: one line per group, no tables, plots, facts or coverage")
	quiet := fs.Bool("quiet", false, "no progress line on a terminal's standard error")
	index := fs.String("index", "", "report on every article of the index `DSN` (see crosscheck index) instead of PATHs")
	paths, err := parse(fs, args)
	if err != nil {
		return usageError(fs, err, stderr)
	}
	opts, err := reportOptions(*only, *compact, *out)
	if err != nil {
		return usageError(fs, err, stderr)
	}
	w, err := report.New(*format, opts)
	if err != nil {
		return usageError(fs, err, stderr)
	}
	threshold, err := failOn(*level)
	if err != nil {
		return usageError(fs, err, stderr)
	}
	switch {
	case len(paths) == 0 && *index == "":
		return usageError(fs, errors.New("no input: give a file, a directory or - for standard input, or --index DSN"), stderr)
	case len(paths) > 0 && *index != "":
		return usageError(fs, errors.New("give PATHs or --index, not both"), stderr)
	}
	p := newProgress(stderr, *quiet)
	var l loaded
	var res *compare.Result
	if *index != "" {
		res, l, err = reportIndexed(*index, stderr)
	} else {
		res, l, err = reportPaths(in, paths, stdin, stderr, p)
	}
	var ue usageErr
	if errors.As(err, &ue) {
		p.finish("")
		return usageError(fs, ue.error, stderr)
	}
	if err != nil {
		p.finish("")
		fmt.Fprintf(stderr, "crosscheck report: %s\n", sanitize.Line(err.Error()))
		return exitError
	}
	p.finish(stories(len(res.Stories)))
	res.Problems = l.problems
	var buf bytes.Buffer
	if err := w.Write(&buf, res); err != nil {
		fmt.Fprintf(stderr, "crosscheck report: %s\n", sanitize.Line(err.Error()))
		return exitError
	}
	if err := emit(*out, stdout, ciSafe(*format, buf.Bytes())); err != nil {
		fmt.Fprintf(stderr, "crosscheck report: %s\n", sanitize.Line(err.Error()))
		return exitError
	}
	if l.failed {
		return exitError
	}
	for _, g := range res.Groups {
		if g.Verdict.Rank() >= threshold {
			return exitFindings
		}
	}
	return exitOK
}

// reportOptions reads --only and --compact; source paths are shown
// relative to the directory of the report file (-o), or to the working
// directory.
func reportOptions(only string, compact bool, out string) (report.Options, error) {
	o := report.Options{Compact: compact}
	switch only {
	case "":
	case "conflicts", "conflict":
		o.Only = compare.Conflict
	case "consistent":
		o.Only = compare.Consistent
	case "agree", "agreeing":
		o.Only = compare.Agree
	default:
		return o, fmt.Errorf("--only %q: want conflicts, consistent or agree", only)
	}
	dir := "."
	if out != "" && out != "-" {
		dir = filepath.Dir(out)
	}
	base, err := filepath.Abs(dir)
	if err != nil {
		return o, fmt.Errorf("report directory: %w", err)
	}
	o.Base = base
	return o, nil
}

// usageErr marks an error of reportPaths or reportIndexed that is the
// caller's: a flag or an input that cannot be read at all.
type usageErr struct{ error }

// reportPaths reads and compares the articles of paths.
func reportPaths(in inputFlags, paths []string, stdin io.Reader, stderr io.Writer, p *progress) (*compare.Result, loaded, error) {
	l, err := in.load(paths, stdin, stderr, p)
	if err != nil {
		return nil, l, usageErr{err}
	}
	l.dedupe(stderr)
	p.comparing()
	docs, err := extract(l.arts)
	if err != nil {
		return nil, l, err
	}
	res, err := compare.Compare(docs, compare.DefaultOptions())
	return res, l, err
}

// extract reads the claims of articles with the default extraction
// options.
func extract(arts []*claims.Article) ([]compare.Doc, error) {
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return ex.Docs(arts), nil
}

// emit writes data to the file path, or to stdout when path is "" or "-".
func emit(path string, stdout io.Writer, data []byte) error {
	if path == "" || path == "-" {
		if _, err := stdout.Write(data); err != nil {
			return fmt.Errorf("write standard output: %w", err)
		}
		return nil
	}
	// os.WriteFile's error names the file already.
	return os.WriteFile(path, data, 0o644)
}

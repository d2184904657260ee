package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

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
	index := fs.String("index", "", "report on every article of the index `DSN` (see crosscheck index) instead of PATHs")
	paths, err := parse(fs, args)
	if err != nil {
		return usageError(fs, err, stderr)
	}
	w, err := report.New(*format)
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
	var l loaded
	var res *compare.Result
	if *index != "" {
		res, l, err = reportIndexed(*index, stderr)
	} else {
		res, l, err = reportPaths(in, paths, stdin, stderr)
	}
	var ue usageErr
	if errors.As(err, &ue) {
		return usageError(fs, ue.error, stderr)
	}
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck report: %s\n", sanitize.Line(err.Error()))
		return exitError
	}
	res.Problems = l.problems
	var buf bytes.Buffer
	if err := w.Write(&buf, res); err != nil {
		fmt.Fprintf(stderr, "crosscheck report: %s\n", sanitize.Line(err.Error()))
		return exitError
	}
	if err := emit(*out, stdout, buf.Bytes()); err != nil {
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

// usageErr marks an error of reportPaths or reportIndexed that is the
// caller's: a flag or an input that cannot be read at all.
type usageErr struct{ error }

// reportPaths reads and compares the articles of paths.
func reportPaths(in inputFlags, paths []string, stdin io.Reader, stderr io.Writer) (*compare.Result, loaded, error) {
	l, err := in.load(paths, stdin, stderr)
	if err != nil {
		return nil, l, usageErr{err}
	}
	l.dedupe(stderr)
	res, err := compare.Compare(l.arts, compare.DefaultOptions())
	return res, l, err
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

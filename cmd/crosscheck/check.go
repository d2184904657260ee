package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/report"
)

// paths is a repeatable path flag.
type paths []string

func (p *paths) String() string     { return strings.Join(*p, ",") }
func (p *paths) Set(v string) error { *p = append(*p, v); return nil }

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", "check --against REF [--against REF...] [--format "+strings.Join(report.CheckFormats(), "|")+"] [--fail-on conflict|consistent|never] [flags] NEW...", stderr)
	var in inputFlags
	in.register(fs)
	var against paths
	fs.Var(&against, "against", "reference `PATH` (file, directory, bundle, JSON Lines or -); repeat for several")
	format := fs.String("format", "text", "output format: "+strings.Join(report.CheckFormats(), ", "))
	level := fs.String("fail-on", "conflict", "exit 1 when a finding at or above this level exists: conflict, consistent or never")
	news, err := parse(fs, args)
	if err != nil {
		return usageError(fs, err, stderr)
	}
	w, err := report.NewCheck(*format, report.CheckOptions{ToolVersion: currentBuild().toolVersion()})
	if err != nil {
		return usageError(fs, err, stderr)
	}
	threshold, err := failOn(*level)
	if err != nil {
		return usageError(fs, err, stderr)
	}
	switch {
	case len(against) == 0:
		return usageError(fs, errors.New("missing --against: give the reference articles"), stderr)
	case len(news) == 0:
		return usageError(fs, errors.New("no new article to check"), stderr)
	case slices.Contains(against, "-") && slices.Contains(news, "-"):
		return usageError(fs, errors.New("standard input (-) can be read once: give it to --against or as a new article, not both"), stderr)
	}
	// --outlet names the newsroom's own outlet: it applies to the new
	// articles only, never to the reference set.
	refIn := in
	refIn.outlet = ""
	ref, refFailed, err := refIn.load(against, stdin, stderr)
	if err != nil {
		return usageError(fs, err, stderr)
	}
	fresh, newFailed, err := in.load(news, stdin, stderr)
	if err != nil {
		return usageError(fs, err, stderr)
	}
	if refFailed || newFailed {
		// A finding computed without an input would blame or clear the
		// wrong article: nothing is printed.
		fmt.Fprintln(stderr, "crosscheck check: stopped: an input could not be read, no finding printed")
		return exitError
	}
	_, findings, err := compare.Check(ref, fresh, compare.DefaultOptions())
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck check: %v\n", err)
		return exitError
	}
	var buf bytes.Buffer
	if err := w.WriteFindings(&buf, findings); err != nil {
		fmt.Fprintf(stderr, "crosscheck check: %v\n", err)
		return exitError
	}
	if err := emit("", stdout, buf.Bytes()); err != nil {
		fmt.Fprintf(stderr, "crosscheck check: %v\n", err)
		return exitError
	}
	for _, f := range findings {
		if f.Severity.Rank() >= threshold {
			return exitFindings
		}
	}
	return exitOK
}

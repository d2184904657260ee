package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/internal/sanitize"
	"github.com/crosscheck-news/crosscheck/report"
)

// paths is a repeatable path flag.
type paths []string

func (p *paths) String() string     { return strings.Join(*p, ",") }
func (p *paths) Set(v string) error { *p = append(*p, v); return nil }

// stepSummary returns the file GitHub Actions reads a step's Markdown
// summary from, "" outside Actions; tests replace it.
var stepSummary = func() string { return os.Getenv("GITHUB_STEP_SUMMARY") }

// checkFlags are the settings of a check, from flags and the configuration
// file.
type checkFlags struct {
	in          inputFlags
	against     paths
	index       string
	indexAll    bool
	format      string
	failOn      string
	minSeverity string
	maxFindings int
	config      string
}

func (c *checkFlags) register(fs *flag.FlagSet) {
	c.in.register(fs)
	fs.Var(&c.against, "against", "reference `PATH` (file, directory, bundle, JSON Lines or -); repeat for several")
	fs.StringVar(&c.index, "index", "", "check against the index `DSN` (see crosscheck index) instead of --against")
	fs.BoolVar(&c.indexAll, "index-all", false, "with --index: compare against every indexed article, not only the candidates sharing a rare story term with a new one")
	fs.StringVar(&c.format, "format", "text", "output format: "+strings.Join(report.CheckFormats(), ", "))
	fs.StringVar(&c.failOn, "fail-on", "conflict", "exit 1 when a finding at or above this level exists: conflict, consistent or never")
	fs.StringVar(&c.minSeverity, "min-severity", "notice", "leave out findings below this severity: notice, warning or error")
	fs.IntVar(&c.maxFindings, "max-findings", 0, "print at most `N` findings, most severe first (0: all)")
	fs.StringVar(&c.config, "config", "", "configuration `FILE` (default: "+configNames[0]+" in the working directory or above)")
}

// applyConfig fills in, from the configuration file, the settings that no
// flag gave.
func (c *checkFlags) applyConfig(fs *flag.FlagSet) error {
	path := c.config
	if path == "" {
		found, err := findConfig(".")
		if err != nil {
			return inputError{err}
		}
		path = found
	}
	if path == "" {
		return nil
	}
	cfg, err := loadConfig(path)
	if err != nil {
		return inputError{err}
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	take := func(name string, dst *string, v string) {
		if !set[name] && v != "" {
			*dst = v
		}
	}
	if !set["against"] && !set["index"] && len(cfg.Against) > 0 {
		c.against = cfg.Against
	}
	take("format", &c.format, cfg.Format)
	take("fail-on", &c.failOn, cfg.FailOn)
	take("min-severity", &c.minSeverity, cfg.MinSeverity)
	take("outlets", &c.in.outlets, cfg.Outlets)
	if !set["max-findings"] && cfg.MaxFindings != nil {
		c.maxFindings = *cfg.MaxFindings
	}
	return nil
}

// options checks the settings and returns the writer options.
func (c *checkFlags) options() (report.CheckOptions, error) {
	o := report.CheckOptions{ToolVersion: currentBuild().toolVersion(), MaxFindings: c.maxFindings}
	switch c.minSeverity {
	case "notice":
		o.MinSeverity = compare.Agree
	case "warning":
		o.MinSeverity = compare.Consistent
	case "error":
		o.MinSeverity = compare.Conflict
	default:
		return o, fmt.Errorf("--min-severity %q: want notice, warning or error", c.minSeverity)
	}
	if c.maxFindings < 0 {
		return o, fmt.Errorf("--max-findings %d: want 0 (no cap) or more", c.maxFindings)
	}
	return o, nil
}

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", "check --against REF [--against REF...] | --index DSN [--format "+strings.Join(report.CheckFormats(), "|")+"] [--fail-on conflict|consistent|never] [--min-severity notice|warning|error] [--max-findings N] [--config FILE] [flags] NEW...", stderr)
	var c checkFlags
	c.register(fs)
	news, err := parse(fs, args)
	if err == nil {
		err = c.applyConfig(fs)
	}
	if err != nil {
		return usageError(fs, err, stderr)
	}
	opts, err := c.options()
	if err != nil {
		return usageError(fs, err, stderr)
	}
	w, err := report.NewCheck(c.format, opts)
	if err != nil {
		return usageError(fs, err, stderr)
	}
	threshold, err := failOn(c.failOn)
	if err != nil {
		return usageError(fs, err, stderr)
	}
	switch {
	case len(c.against) == 0 && c.index == "":
		return usageError(fs, errors.New("missing --against: give the reference articles (or against: in "+configNames[0]+"), or --index DSN"), stderr)
	case len(c.against) > 0 && c.index != "":
		return usageError(fs, errors.New("give --against or --index, not both"), stderr)
	case c.indexAll && c.index == "":
		return usageError(fs, errors.New("--index-all needs --index"), stderr)
	case len(news) == 0:
		return usageError(fs, errors.New("no new article to check"), stderr)
	case slices.Contains(c.against, "-") && slices.Contains(news, "-"):
		return usageError(fs, errors.New("standard input (-) can be read once: give it to --against or as a new article, not both"), stderr)
	}
	findings, failed, err := c.run(news, stdin, stderr)
	switch {
	case err != nil:
		return usageError(fs, err, stderr)
	case failed:
		fmt.Fprintln(stderr, "crosscheck check: stopped: an input could not be read, no finding printed")
		return exitError
	}
	var buf bytes.Buffer
	if err := w.WriteFindings(&buf, findings); err != nil {
		fmt.Fprintf(stderr, "crosscheck check: %s\n", sanitize.Line(err.Error()))
		return exitError
	}
	if err := emit("", stdout, ciSafe(c.format, buf.Bytes())); err != nil {
		fmt.Fprintf(stderr, "crosscheck check: %s\n", sanitize.Line(err.Error()))
		return exitError
	}
	if err := writeSummary(findings, opts); err != nil {
		fmt.Fprintf(stderr, "crosscheck check: %s\n", sanitize.Line(err.Error()))
		return exitError
	}
	// Every finding counts for the exit code, printed or not, but one a
	// comment suppresses.
	for _, f := range report.Select(findings, report.CheckOptions{}).Shown {
		if f.Severity.Rank() >= threshold {
			return exitFindings
		}
	}
	return exitOK
}

// run reads the reference and new articles and compares them. When an
// input cannot be read (failed) nothing is compared: a finding made
// without an input would blame or clear the wrong article.
func (c *checkFlags) run(news []string, stdin io.Reader, stderr io.Writer) (findings []compare.Finding, failed bool, err error) {
	if c.index != "" {
		return c.runIndexed(news, stdin, stderr)
	}
	// --outlet names the newsroom's own outlet: it applies to the new
	// articles only, never to the reference set.
	refIn := c.in
	refIn.outlet = ""
	refIn.canonical = true
	newIn := c.in
	newIn.canonical = true
	ref, err := refIn.load(c.against, stdin, stderr, nil)
	if err != nil {
		return nil, false, err
	}
	fresh, err := newIn.load(news, stdin, stderr, nil)
	if err != nil {
		return nil, false, err
	}
	// One outlet goes by one name in both sets ("DW" in one, "Deutsche
	// Welle" in the other would be two outlets).
	claims.NameOutlets(append(slices.Clip(ref.arts), fresh.arts...))
	if ref.failed || fresh.failed {
		return nil, true, nil
	}
	// Copies of one reference article must not corroborate each other.
	ref.dedupe(stderr)
	refDocs, err := extract(ref.arts)
	if err != nil {
		return nil, false, inputError{err}
	}
	newDocs, err := extract(fresh.arts)
	if err != nil {
		return nil, false, inputError{err}
	}
	_, findings, err = compare.Check(refDocs, newDocs, compare.DefaultOptions())
	if err != nil {
		return nil, false, inputError{fmt.Errorf("compare: %w", err)}
	}
	return findings, false, nil
}

// writeSummary appends the Markdown summary of the check to the step
// summary file of GitHub Actions, when there is one.
func writeSummary(findings []compare.Finding, opts report.CheckOptions) error {
	path := stepSummary()
	if path == "" {
		return nil
	}
	var buf bytes.Buffer
	if err := (report.CheckSummary{Options: opts}).WriteFindings(&buf, findings); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("step summary: %w", err)
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Close()
		return fmt.Errorf("step summary %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("step summary %s: %w", path, err)
	}
	return nil
}

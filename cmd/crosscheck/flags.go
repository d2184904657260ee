package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
	"github.com/crosscheck-news/crosscheck/internal/sanitize"
)

// inputFlags are the flags every command that reads articles takes.
type inputFlags struct {
	format     string
	outlet     string
	outlets    string
	outletFrom string
	limits     claims.Limits
	// canonical leaves outlets by their canonical names, for a caller
	// that names several sets together (claims.NameOutlets).
	canonical bool
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	var names []string
	for _, x := range claims.Formats() {
		names = append(names, string(x))
	}
	fs.StringVar(&f.format, "input-format", "auto", "input format: "+strings.Join(names, ", "))
	fs.StringVar(&f.outlet, "outlet", "", "force the outlet of every article read (check: of the new articles only)")
	fs.StringVar(&f.outletFrom, "outlet-from", "", "take the outlet of articles whose metadata names none from the name of their `dir` or file (dir|file); --outlet and metadata still win")
	fs.StringVar(&f.outlets, "outlets", "", "`FILE` of extra outlet names, one outlet a line: Canonical|variant|...")
	fs.Int64Var(&f.limits.MaxBytes, "max-input-bytes", claims.DefaultMaxBytes, "read at most `N` bytes of each input file and of standard input; a larger input is an input error (-1: no limit)")
	fs.IntVar(&f.limits.MaxDepth, "max-html-depth", claims.DefaultMaxDepth, "an HTML page with more than `N` elements open at once is an input error (-1: no limit)")
	fs.DurationVar(&f.limits.Timeout, "max-file-time", claims.DefaultTimeout, "an input that takes longer than `D` to read and parse is an input error (-1s: no limit)")
}

// loaded is what load read: the articles and every problem met.
type loaded struct {
	arts     []*claims.Article
	problems []*claims.InputError
	// failed is true when an input could not be read (warnings do not
	// count).
	failed bool
	// reg is the registry of outlets the articles were read with.
	reg *claims.Registry
}

// loadOptions checks the input flags and returns the options of a load.
func (f *inputFlags) loadOptions(stdin io.Reader) (claims.LoadOptions, error) {
	format, err := claims.ParseFormat(f.format)
	if err != nil {
		return claims.LoadOptions{}, err
	}
	outletFrom, err := claims.ParseOutletFrom(f.outletFrom)
	if err != nil {
		return claims.LoadOptions{}, fmt.Errorf("--outlet-from: %w", err)
	}
	if f.limits.MaxBytes == 0 || f.limits.MaxDepth == 0 || f.limits.Timeout == 0 {
		return claims.LoadOptions{}, errors.New("--max-input-bytes, --max-html-depth and --max-file-time take a positive limit, or -1 for none")
	}
	reg := claims.DefaultRegistry()
	if f.outlets != "" {
		if err := reg.LoadFile(f.outlets); err != nil {
			return claims.LoadOptions{}, inputError{fmt.Errorf("--outlets: %w", err)}
		}
	}
	return claims.LoadOptions{Format: format, Outlet: f.outlet, OutletFrom: outletFrom, Registry: reg, Stdin: stdin, Limits: f.limits,
		CanonicalOutlets: f.canonical}, nil
}

// load reads the articles of paths and prints every problem; p (nil for
// none) shows how far it is.
func (f *inputFlags) load(paths []string, stdin io.Reader, stderr io.Writer, p *progress) (loaded, error) {
	opts, err := f.loadOptions(stdin)
	if err != nil {
		return loaded{}, err
	}
	opts.Progress = p.loaded
	l := loaded{reg: opts.Registry}
	l.arts, l.problems = claims.Load(paths, opts)
	p.clear()
	l.failed = printProblems(stderr, l.problems)
	return l, nil
}

// dedupe drops the copies of an article from l, printing and recording a
// warning for each.
func (l *loaded) dedupe(stderr io.Writer) {
	var dups []*claims.InputError
	l.arts, dups = claims.DropDuplicates(l.arts)
	printProblems(stderr, dups)
	l.problems = append(l.problems, dups...)
}

// printProblems prints problems, sanitised, and reports whether one is an
// error.
func printProblems(stderr io.Writer, problems []*claims.InputError) (failed bool) {
	for _, p := range problems {
		level := "error"
		if p.Warning {
			level = "warning"
		} else {
			failed = true
		}
		fmt.Fprintf(stderr, "crosscheck: %s: %s\n", level, sanitize.Line(p.Error()))
	}
	return failed
}

// parse parses flags that may come before, between or after the
// positional arguments, and returns the positional ones. "--" ends the
// flags for good: every argument after it is positional, whatever it
// starts with. A flag's value is the next argument unless the flag is
// boolean or written -name=value. An argument that starts with "-" and
// names no flag of fs is an unknown-flag error (errUnknownFlag) that says
// how to pass a file whose name starts with "-". The flag package's own
// messages, which would carry an argument's control characters to
// stderr, are not printed: usageError prints the error sanitised.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos, flags []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name, _, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		f := fs.Lookup(name)
		if f == nil && name != "h" && name != "help" {
			return nil, unknownFlag(fs.Name(), a)
		}
		if f != nil && !hasValue && i+1 < len(args) && !isBoolFlag(f) {
			i++
			flags = append(flags, args[i])
		}
	}
	out := fs.Output()
	fs.SetOutput(io.Discard)
	err := fs.Parse(flags)
	fs.SetOutput(out)
	if err != nil {
		return nil, err
	}
	if rest := fs.Args(); len(rest) > 0 {
		// Only a malformed flag list leaves arguments unparsed.
		return nil, fmt.Errorf("unexpected argument %q", rest[0])
	}
	return pos, nil
}

// errUnknownFlag is the error of an argument that starts with "-" and names
// no flag; test for it with errors.Is.
var errUnknownFlag = errors.New("unknown flag")

// unknownFlag is the error for arg, an unknown flag of the command cmd.
func unknownFlag(cmd, arg string) error {
	return fmt.Errorf("%w %q (see the flags below); to read a file whose name starts with \"-\", put it after \"--\": crosscheck %s [flags] -- %s",
		errUnknownFlag, arg, cmd, arg)
}

// isBoolFlag reports whether f takes no value, as the flag package decides.
func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// newFlagSet makes a flag set that reports errors to stderr.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: crosscheck %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// inputError is an input that cannot be read at all (an --outlets file):
// it is reported without the usage text.
type inputError struct{ err error }

func (e inputError) Error() string { return e.err.Error() }
func (e inputError) Unwrap() error { return e.err }

// usageError prints a usage error and returns the exit code for it; -h
// asked for help and exits 0.
func usageError(fs *flag.FlagSet, err error, stderr io.Writer) int {
	if errors.Is(err, flag.ErrHelp) {
		fs.Usage()
		return exitOK
	}
	var in inputError
	if errors.As(err, &in) {
		fmt.Fprintf(stderr, "crosscheck %s: error: %s\n", fs.Name(), sanitize.Line(in.err.Error()))
		return exitError
	}
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck %s: %s\n", fs.Name(), sanitize.Line(err.Error()))
		fs.Usage()
	}
	return exitError
}

// failOn parses a --fail-on level into the least verdict rank that fails;
// "never" never fails.
func failOn(level string) (int, error) {
	switch level {
	case "conflict":
		return compare.Conflict.Rank(), nil
	case "consistent":
		return compare.Consistent.Rank(), nil
	case "never":
		return 1 << 30, nil
	}
	return 0, fmt.Errorf("--fail-on %q: want conflict, consistent or never", level)
}

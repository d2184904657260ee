package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/internal/sanitize"
	"github.com/crosscheck-news/crosscheck/report"
)

func runSentences(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return stream("sentences", args, stdin, stdout, stderr, func(w io.Writer, format string, _ *claims.Extractor, a *claims.Article) error {
		return report.WriteSentences(w, format, a, claims.Segment(a))
	})
}

func runClaims(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return stream("claims", args, stdin, stdout, stderr, func(w io.Writer, format string, ex *claims.Extractor, a *claims.Article) error {
		return report.WriteFigures(w, format, a, ex.ExtractWith(a, nil)) // figures only: no words
	})
}

// stream runs a command that writes one record a line for each article.
func stream(name string, args []string, stdin io.Reader, stdout, stderr io.Writer,
	write func(io.Writer, string, *claims.Extractor, *claims.Article) error) int {
	fs := newFlagSet(name, name+" [--format "+strings.Join(report.StreamFormats(), "|")+"] [flags] PATH...", stderr)
	var in inputFlags
	in.register(fs)
	format := fs.String("format", "jsonl", "output format: "+strings.Join(report.StreamFormats(), ", "))
	paths, err := parse(fs, args)
	if err == nil && !slices.Contains(report.StreamFormats(), *format) {
		err = fmt.Errorf("--format %q: want one of %s", *format, strings.Join(report.StreamFormats(), ", "))
	}
	if err == nil && len(paths) == 0 {
		err = errors.New("no input: give a file, a directory or - for standard input")
	}
	if err != nil {
		return usageError(fs, err, stderr)
	}
	ex, err := claims.NewExtractor(claims.DefaultExtractOptions())
	if err != nil {
		return usageError(fs, err, stderr)
	}
	opts, err := in.loadOptions(stdin)
	if err != nil {
		return usageError(fs, err, stderr)
	}
	// Each input's records are written as soon as it is read.
	out := bufio.NewWriter(stdout)
	failed := false
	err = claims.LoadEach(paths, opts, func(arts []*claims.Article, problems []*claims.InputError) error {
		if printProblems(stderr, problems) {
			failed = true
		}
		for _, a := range arts {
			if err := writeRecords(out, *format, func(w io.Writer) error { return write(w, *format, ex, a) }); err != nil {
				return err
			}
		}
		return out.Flush()
	})
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck %s: write standard output: %s\n", name, sanitize.Line(err.Error()))
		return exitError
	}
	if failed {
		return exitError
	}
	return exitOK
}

// writeRecords writes to out what write writes, its JSON Lines passed
// through sanitize.JSON, so that no forged "##[" command reaches a CI log.
func writeRecords(out io.Writer, format string, write func(io.Writer) error) error {
	if format != "jsonl" {
		return write(out)
	}
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	_, err := out.Write(sanitize.JSON(buf.Bytes()))
	return err
}

// ciSafe passes data through sanitize.JSON when format is a JSON format
// (json, sarif) and through sanitize.HTML when it is html, so that no
// forged "##[" command reaches a CI log. The other formats are sanitised
// as they are written.
func ciSafe(format string, data []byte) []byte {
	switch format {
	case "json", "sarif":
		return sanitize.JSON(data)
	case "html":
		return sanitize.HTML(data)
	}
	return data
}

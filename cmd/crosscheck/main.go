// Command crosscheck cross-references the figures that news outlets give
// for the same facts. See `crosscheck help`.
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // a group or finding at or above --fail-on
	exitError    = 2 // usage error, or an input that could not be read
)

const usage = `crosscheck cross-references claims across news outlets.

Usage:
  crosscheck report   [flags] PATH...           discrepancy report over articles
  crosscheck check    --against REF [flags] NEW...  CI check of new articles
  crosscheck check    --index DSN [flags] NEW...    the same against an index
  crosscheck index    add|stats|rm --db DSN ...     a persistent index of reference articles
  crosscheck claims   [flags] PATH...           every figure, one a line
  crosscheck sentences [flags] PATH...          every sentence, one a line
  crosscheck schema config                      JSON Schema of .crosscheck.yaml
  crosscheck version                            module version and VCS revision (also --version)
  crosscheck help [COMMAND]

PATH is a file (bundle, text, Markdown, JSON Lines, HTML), a directory (read
recursively) or - for standard input. Run "crosscheck help COMMAND" for the
flags of a command.

Exit codes: 0 success, 1 discrepancies at or above --fail-on, 2 usage or
input error.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command is one subcommand: it parses its own flags.
type command func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

func commands() map[string]command {
	return map[string]command{
		"sentences": runSentences,
		"claims":    runClaims,
		"report":    runReport,
		"check":     runCheck,
		"index":     runIndex,
		"version":   runVersion,
		"schema":    runSchema,
	}
}

// run is the whole program: arguments in, exit code out.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-version", "--version":
		return runVersion(rest, stdin, stdout, stderr)
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 {
			if cmd, ok := commands()[rest[0]]; ok {
				return cmd([]string{"-h"}, stdin, stdout, stdout)
			}
		}
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	cmd, ok := commands()[name]
	if !ok {
		fmt.Fprintf(stderr, "crosscheck: unknown command %q\n\n%s", name, usage)
		return exitError
	}
	return cmd(rest, stdin, stdout, stderr)
}

package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/report"
)

// schemas are the JSON Schemas the tool ships, by name.
var schemas = map[string][]byte{
	"config": configSchema,
	"report": report.ReportJSONSchema(),
}

func runSchema(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	names := make([]string, 0, len(schemas))
	for n := range schemas {
		names = append(names, n)
	}
	sort.Strings(names)
	fs := newFlagSet("schema", "schema "+strings.Join(names, "|"), stderr)
	rest, err := parse(fs, args)
	if err == nil && len(rest) != 1 {
		err = fmt.Errorf("give one schema name: %s", strings.Join(names, ", "))
	}
	if err != nil {
		return usageError(fs, err, stderr)
	}
	s, ok := schemas[rest[0]]
	if !ok {
		return usageError(fs, fmt.Errorf("unknown schema %q (want one of: %s)", rest[0], strings.Join(names, ", ")), stderr)
	}
	if _, err := stdout.Write(s); err != nil {
		fmt.Fprintf(stderr, "crosscheck schema: write standard output: %v\n", err)
		return exitError
	}
	return exitOK
}

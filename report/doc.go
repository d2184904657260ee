// Package report renders the outcome of a comparison in the formats people
// and programs read: one format per file, each writing to an io.Writer.
//
// A [Writer] renders a whole [compare.Result]: "markdown" (the discrepancy
// report, GitHub-flavoured Markdown) and "json" (the stable machine
// contract, schema "crosscheck/report/v1"). A [CheckWriter] renders the
// [compare.Finding] values of `crosscheck check`: "text" (file:line:col
// diagnostics), "github" (GitHub Actions workflow commands), "json"
// (schema "crosscheck/check/v1") and "sarif" (SARIF 2.1.0, for code
// scanning); [Select] picks what they print ([CheckOptions]) and
// [CheckSummary] writes a Markdown summary of a check. [New] and [NewCheck] pick a format by
// name; [Formats] and [CheckFormats] list the names. The streams of
// `crosscheck sentences` and `crosscheck claims`, one record a line, are
// written by [WriteSentences] and [WriteFigures] ([StreamFormats]).
//
// The package only renders: it never reads article text again to find
// figures, sentences or outlets, and it does not regroup or re-judge. Its
// only arithmetic is positional (the column of a figure on its line); which
// of the other outlets' intervals are disjoint from a conflicting figure's
// is what compare says ([compare.Finding].Disjoint).
//
// Output is byte-for-byte deterministic for a given input: groups, facts
// and single claims keep the order of the Result (which compare makes
// deterministic); findings are sorted by file, line and column. Every
// writer renders into memory first and hands the result to the io.Writer
// in a single Write call; a write error is returned wrapped with the name
// of the format.
package report

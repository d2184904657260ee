//go:build unix

package main

import (
	"bytes"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// endless is standard input that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "Twelve died. "[i%13]
	}
	return len(p), nil
}

// hostileCase is one row of TestHostileCases: the case of the hostile-input
// audit it stands for, the command it runs and what its outputs must hold.
type hostileCase struct {
	name  string
	args  func(dir string) []string // run in dir's files
	stdin io.Reader
	code  int
	out   []string // in stdout
	noOut []string // not in stdout
	err   []string // in stderr
	check func(t *testing.T, dir, out string)
}

// hostileDir writes the files the cases read: a good article, a page of
// 100,000 nested divs, a page whose text is nested deeper than the walk
// goes, a walked directory holding a FIFO link, a file name with a newline
// and an unknown extension, JSON Lines with forged ids and a pretty-printed
// object, an article with ANSI escapes and one with hostile numbers.
func hostileDir(t *testing.T) string {
	dir := t.TempDir()
	good := "Quake kills 12\n\nAn earthquake killed 12 people in the town on Monday, officials said.\n"
	write(t, filepath.Join(dir, "good.md"), good)
	write(t, filepath.Join(dir, "copy.md"), good)
	write(t, filepath.Join(dir, "-dash.md"), good)
	write(t, filepath.Join(dir, "deep.html"), "<!doctype html><html><body>"+strings.Repeat("<div>", 100000)+"<p>Officials said 40 people died.</p>"+strings.Repeat("</div>", 100000)+"</body></html>")
	write(t, filepath.Join(dir, "adopted.html"), "<!doctype html><html><body>"+strings.Repeat("<b><div></b>", 20000)+"<p>Officials said 40 people died.</p></body></html>")
	write(t, filepath.Join(dir, "deep.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\n<item><title>Deep</title><description>"+
		html.EscapeString(strings.Repeat("<div>", 100000)+"<p>Officials said 40 people died.</p>")+"</description></item></channel></rss>\n")
	write(t, filepath.Join(dir, "spans.html"), "<!doctype html><html><head><title>Quake</title></head><body><article>\n<p>An earthquake killed 12 people in the town on Monday, officials said.</p>\n"+strings.Repeat("<span>", 700)+"<p>Rescuers said 40 more people were missing.</p>"+strings.Repeat("</span>", 700)+"</article></body></html>")
	walk := filepath.Join(dir, "walk")
	write(t, filepath.Join(walk, "good.md"), good)
	write(t, filepath.Join(walk, "x\n::error file=a.md,line=1::forged.xyz"), "junk")
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644))
	require.NoError(t, os.Symlink(filepath.Join(dir, "fifo"), filepath.Join(walk, "pipe.md")))
	write(t, filepath.Join(dir, "ids.jsonl"),
		`{"id":"##[stop-commands]tok","outlet":"##[error]Evil","text":"Twelve people were killed in the town on Monday."}`+"\n"+
			`{"id":"##[stop-commands]tok","outlet":"Wire","text":"An earthquake killed 12 people in the town on Monday."}`+"\n")
	write(t, filepath.Join(dir, "pretty.jsonl"), "{\n  \"id\": \"a\",\n  \"text\": \"Officials said 7 people died.\"\n}\n{\"id\": \"b\", \"text\": \"Police said 9 people were hurt.\"}\n")
	write(t, filepath.Join(dir, "ansi.md"), "Colour\n\nOfficials said \x1b[41m12\x1b[0m people were killed in the town.\n")
	write(t, filepath.Join(dir, "numbers.md"), "Numbers\n\nPolice said "+strings.Repeat("9", 400)+" people were arrested. "+
		"Officials said 1e309 people were hurt. "+
		"Police said 1,"+strings.Repeat("000,", 119)+"000 people were detained.\n")
	write(t, filepath.Join(dir, "years.md"), "Quake kills 12\n\nIn 2019, an earthquake killed 12 people in the town, officials said.\n")
	return dir
}

// TestHostileCases has a row for each case of the hostile-input audit
// (issue 13, numbered as there), run through the command line: every run
// ends, names the input at fault, and still reads the good ones.
func TestHostileCases(t *testing.T) {
	dir := hostileDir(t)
	in := func(names ...string) func(string) []string {
		return func(d string) []string {
			out := make([]string, len(names))
			for i, n := range names {
				out[i] = strings.ReplaceAll(n, "$D", d)
			}
			return out
		}
	}
	good := `"text":"12"`
	tests := []hostileCase{
		{name: "1 100,000 nested divs", args: in("claims", "$D/good.md", "$D/deep.html"), code: exitError,
			out: []string{good}, err: []string{"deep.html:1: HTML nested too deep: more than 512 elements open at once (--max-html-depth)"}},
		{name: "1 divs nested by bold closed early", args: in("claims", "$D/good.md", "$D/adopted.html"), code: exitError,
			out: []string{good}, err: []string{"adopted.html:1: HTML nested too deep"}},
		{name: "1 a feed item of 100,000 nested divs", args: in("claims", "$D/good.md", "$D/deep.rss"), code: exitError,
			out: []string{good}, err: []string{"deep.rss:2: feed: HTML nested too deep"}},
		{name: "1 text nested deeper than 600 elements is not dropped silently", args: in("claims", "--max-html-depth", "-1", "$D/spans.html"), code: exitOK,
			out: []string{good}, noOut: []string{`"text":"40"`}, err: []string{"warning: " + "$D/spans.html:3: HTML text nested too deep left out: 42 bytes of text more than 600 elements deep not read"}},
		{name: "2 file name with a newline in a walk", args: in("claims", "$D/walk"), code: exitError,
			out: []string{good}, err: []string{`walk/x\n:\:error file=a.md,line=1:\:forged.xyz: skipped`}},
		{name: "2 ##[ in JSON Lines ids of the duplicate-id warning", args: in("claims", "$D/ids.jsonl"), code: exitOK,
			out: []string{good}, err: []string{`duplicate article id "##\[stop-commands]tok" renamed`}},
		{name: "2 ids, outlets and file names in check --format text", args: in("check", "--against", "$D/ids.jsonl", "--against", "$D/walk", "--format", "text", "$D/years.md"), code: exitError,
			err: []string{`x\n:\:error`}},
		{name: "2 ANSI escapes are no figures", args: in("claims", "$D/ansi.md"), code: exitOK,
			out: []string{good}, noOut: []string{`"text":"41`, `\u001b`}},
		{name: "2 ANSI escapes in check --format github", args: in("check", "--against", "$D/ansi.md", "--format", "github", "--fail-on", "never", "$D/good.md"), code: exitOK,
			out: []string{"agrees with unattributed 12 ($D/ansi.md:3)"}},
		{name: "3 /dev/zero", args: in("claims", "$D/good.md", "/dev/zero"), code: exitError,
			out: []string{good}, err: []string{"/dev/zero: not a regular file: a character device is not read"}},
		{name: "3 a FIFO linked in a directory", args: in("claims", "$D/walk"), code: exitError,
			out: []string{good}, err: []string{"walk/pipe.md: not a regular file: a named pipe is not read"}},
		{name: "3 a file over --max-input-bytes", args: in("claims", "--max-input-bytes", "500", "$D/good.md", "$D/numbers.md"), code: exitError,
			out: []string{good}, err: []string{"numbers.md: input too large: ", " bytes, more than the limit of 500 (--max-input-bytes)"}},
		{name: "3 a configuration file that is a device", args: in("check", "--config", "/dev/zero", "--against", "$D/good.md", "$D/years.md"), code: exitError,
			err: []string{"config /dev/zero: not a regular file: a character device is not read"}},
		{name: "3 an outlets file that is a named pipe", args: in("claims", "--outlets", "$D/fifo", "$D/good.md"), code: exitError,
			err: []string{"--outlets: read outlet registry $D/fifo: not a regular file: a named pipe is not read"}},
		{name: "3 endless standard input", args: in("claims", "--max-input-bytes", "100000", "$D/good.md", "-"), stdin: endless{}, code: exitError,
			out: []string{good}, err: []string{"-: read standard input: input too large: more than the limit of 100000 bytes (--max-input-bytes)"}},
		{name: "4 -- ends the flags for good", args: in("report", "--", "$D/good.md", "-o", "$D/x.md"), code: exitError,
			out: []string{"# "}, err: []string{"-o: cannot read"},
			check: func(t *testing.T, dir, _ string) { assert.NoFileExists(t, filepath.Join(dir, "x.md")) }},
		{name: "4 a file whose name starts with - after --", args: in("claims", "--", "$D/-dash.md"), code: exitOK, out: []string{good}},
		{name: "4 an unknown flag says how to read such a file", args: in("claims", "-dash.md"), code: exitError,
			err: []string{`unknown flag "-dash.md"`, `put it after "--": crosscheck claims [flags] -- -dash.md`}},
		{name: "5 missing input in the JSON report", args: in("report", "--format", "json", "$D/good.md", "$D/missing.md"), code: exitError,
			check: func(t *testing.T, dir, out string) {
				assert.Contains(t, reportInputs(t, out).problems(), "error "+dir+"/missing.md: cannot read: no such file or directory")
			}},
		{name: "5 byte-identical articles are one, reported as a copy", args: in("report", "--format", "json", "$D/good.md", "$D/copy.md"), code: exitOK,
			check: func(t *testing.T, dir, out string) {
				r := reportInputs(t, out)
				assert.Len(t, r.Articles, 1)
				assert.Equal(t, 1, r.Inputs.Duplicates)
				assert.Contains(t, r.problems(), "warning "+dir+"/good.md: duplicate article: same title and text as "+dir+"/copy.md line 3 (\"copy.md\"), compared once")
			}},
		{name: "5 byte-identical articles in the Markdown report", args: in("report", "$D/good.md", "$D/copy.md"), code: exitOK,
			out: []string{"## Inputs", "1 warning (1 copy of another article left out):", "duplicate article"}},
		{name: "5 a pretty-printed object in JSON Lines drops no later record", args: in("claims", "$D/pretty.jsonl"), code: exitOK,
			out: []string{`"text":"7"`, `"text":"9"`}, err: []string{"pretty.jsonl:1: JSON object over lines 1-4 read"}},
		{name: "5 an unknown file in a walk is named", args: in("claims", "$D/walk"), code: exitError,
			err: []string{"forged.xyz: skipped"}},
		{name: "5 figures not compared are counted by why", args: in("report", "--format", "json", "$D/years.md", "$D/good.md"), code: exitOK,
			check: func(t *testing.T, _, out string) {
				assert.Equal(t, 1, reportInputs(t, out).Inputs.Uncompared["year"])
			}},
		{name: "6 groups and ids do not depend on the order of inputs", args: in("report", "--format", "json", "$D/years.md", "$D/ids.jsonl", "$D/good.md"), code: exitOK,
			check: func(t *testing.T, dir, out string) {
				_, again, _ := runCmd(t, "", "report", "--format", "json", dir+"/good.md", dir+"/ids.jsonl", dir+"/years.md")
				assert.Equal(t, out, again)
			}},
		{name: "7 400 digits, 1e309 and 120 digit groups are one figure each", args: in("claims", "$D/numbers.md"), code: exitOK,
			out: []string{`"text":"` + strings.Repeat("9", 400) + `"`, `"text":"1e309"`, `"text":"1,` + strings.Repeat("000,", 119) + `000"`}, noOut: []string{`"text":"1e30"`, `"text":"000"`, `"value":0,`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin := tt.stdin
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			var out, errOut bytes.Buffer
			code := run(tt.args(dir), stdin, &out, &errOut)
			assert.Equal(t, tt.code, code, "stderr: %s", errOut.String())
			for _, w := range tt.out {
				assert.Contains(t, out.String(), strings.ReplaceAll(w, "$D", dir))
			}
			for _, w := range tt.noOut {
				assert.NotContains(t, out.String(), w)
			}
			for _, w := range tt.err {
				assert.Contains(t, errOut.String(), strings.ReplaceAll(w, "$D", dir))
			}
			assertNoForgedCommand(t, errOut.String())
			if tt.args(dir)[0] == "check" {
				assertNoForgedCommand(t, out.String())
			}
			if tt.check != nil {
				tt.check(t, dir, out.String())
			}
		})
	}
}

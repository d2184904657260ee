// Command htmlcheck loads an HTML report of crosscheck in headless
// Chromium and checks what a reader gets: the interval plot of a story's
// conflict is drawn, the page logs no console error and throws no
// exception, it requests nothing outside its own file, its text can be
// selected, and on a phone-sized screen nothing runs off to the side. It
// writes a screenshot of the plotted group (PNG) and prints one line per
// check.
//
//	go run ./scripts/htmlcheck -story Moscow -screenshot plot.png r.html
//
// It needs Chromium (`apt-get install chromium`); -chrome names the binary
// when it is not found on PATH. Exit status 1 when a check fails, 2 on a
// usage error or when the browser cannot be run.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// config is what the flags say.
type config struct {
	page, story, screenshot, phone, full, chrome string
	timeout                                      time.Duration
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("htmlcheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.StringVar(&c.story, "story", "Moscow", "a word of the title of the story whose conflict plot must be drawn")
	fs.StringVar(&c.screenshot, "screenshot", "", "write a PNG screenshot of that story's first group to `FILE`")
	fs.StringVar(&c.phone, "phone-screenshot", "", "write a PNG screenshot of that group on a 390 px wide screen to `FILE`")
	fs.StringVar(&c.full, "full-screenshot", "", "write a PNG screenshot of the whole page to `FILE`")
	fs.StringVar(&c.chrome, "chrome", "", "the Chromium binary (default: chromium or google-chrome on PATH)")
	fs.DurationVar(&c.timeout, "timeout", 60*time.Second, "give up after `D`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: htmlcheck [-story WORD] [-screenshot FILE] REPORT.html")
		return 2
	}
	c.page = fs.Arg(0)
	res, err := check(c)
	if err != nil {
		fmt.Fprintf(stderr, "htmlcheck: %v\n", err)
		return 2
	}
	failed := false
	for _, l := range res {
		fmt.Fprintln(stdout, "htmlcheck: "+l.String())
		failed = failed || !l.ok
	}
	if failed {
		return 1
	}
	return 0
}

// line is the outcome of one check.
type line struct {
	ok   bool
	text string
}

func (l line) String() string {
	if l.ok {
		return l.text + ": ok"
	}
	return l.text + ": FAIL"
}

// events collects what the page does while it loads.
type events struct {
	mu       sync.Mutex
	errors   []string
	requests []string
}

func (e *events) listen(ev any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			e.errors = append(e.errors, "console."+string(ev.Type))
		}
	case *runtime.EventExceptionThrown:
		e.errors = append(e.errors, "exception: "+ev.ExceptionDetails.Text)
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level == cdplog.EntryLevelError {
			e.errors = append(e.errors, "log: "+ev.Entry.Text)
		}
	case *network.EventRequestWillBeSent:
		u := ev.Request.URL
		if !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "about:") {
			e.requests = append(e.requests, u)
		}
	}
}

// check runs the browser on c.page.
func check(c config) ([]line, error) {
	abs, err := filepath.Abs(c.page)
	if err != nil {
		return nil, fmt.Errorf("report path: %w", err)
	}
	if _, err := os.Stat(abs); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.NoSandbox, chromedp.WindowSize(1200, 900))
	if c.chrome != "" {
		opts = append(opts, chromedp.ExecPath(c.chrome))
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	var ev events
	// Listen starts the browser, on a context without a deadline (a
	// deadline on the first call would stop the browser).
	if err := chromedp.Listen(ctx, ev.listen); err != nil {
		return nil, fmt.Errorf("start the browser: %w", err)
	}
	ctx, cancelTime := context.WithTimeout(ctx, c.timeout)
	defer cancelTime()
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+filepath.ToSlash(abs)), chromedp.WaitReady("body")); err != nil {
		return nil, fmt.Errorf("load %s: %w", c.page, err)
	}
	p, err := chromedp.Run(ctx, chromedp.Evaluate[probe](probeScript(c.story)))
	if err != nil {
		return nil, fmt.Errorf("inspect %s: %w", c.page, err)
	}
	lines := p.lines(c.story)
	// The probe selected a quote; screenshots show the page unselected.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.getSelection().removeAllRanges(), true`)); err != nil {
		return nil, fmt.Errorf("clear the selection: %w", err)
	}
	if c.screenshot != "" && p.Group != "" {
		n, err := shoot(ctx, chromedp.Screenshot(chromedp.ID(p.Group)), c.screenshot)
		if err != nil {
			return nil, err
		}
		lines = append(lines, line{n > 0, fmt.Sprintf("screenshot of %s written to %s (%d bytes)", p.Group, c.screenshot, n)})
	}
	if c.full != "" {
		if _, err := shoot(ctx, chromedp.FullScreenshot(100), c.full); err != nil {
			return nil, err
		}
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile), chromedp.Sleep(200*time.Millisecond)); err != nil {
		return nil, fmt.Errorf("phone view of %s: %w", c.page, err)
	}
	phone, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth <= window.innerWidth + 1`))
	if err != nil {
		return nil, fmt.Errorf("phone view of %s: %w", c.page, err)
	}
	lines = append(lines, line{phone, "nothing runs off a 390 px wide screen"})
	if c.phone != "" && p.Group != "" {
		if _, err := shoot(ctx, chromedp.Screenshot(chromedp.ID(p.Group)), c.phone); err != nil {
			return nil, err
		}
	}
	ev.mu.Lock()
	defer ev.mu.Unlock()
	lines = append(lines,
		line{len(ev.errors) == 0, fmt.Sprintf("%d console errors %s", len(ev.errors), strings.Join(ev.errors, "; "))},
		line{len(ev.requests) == 0, fmt.Sprintf("%d requests outside the file %s", len(ev.requests), strings.Join(ev.requests, " "))},
		line{p.External == 0, fmt.Sprintf("%d scripts, style sheets, images, frames or fonts from elsewhere", p.External)})
	return lines, nil
}

// shoot takes a screenshot and writes it to path; it returns its size.
func shoot(ctx context.Context, a chromedp.Action[[]byte], path string) (int, error) {
	png, err := chromedp.Run(ctx, a)
	if err != nil {
		return 0, fmt.Errorf("screenshot %s: %w", path, err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		return 0, fmt.Errorf("screenshot: %w", err)
	}
	return len(png), nil
}

// errNoStory is returned by the probe when no story's title names the word.
var errNoStory = errors.New("no story")

// probe is what probeScript reports.
type probe struct {
	Story      string  `json:"story"`
	Group      string  `json:"group"`
	Rows       int     `json:"rows"`
	Drawn      int     `json:"drawn"`
	Width      float64 `json:"width"`
	Selectable bool    `json:"selectable"`
	Selected   string  `json:"selected"`
	External   int     `json:"external"`
}

// lines turns the probe into check lines.
func (p probe) lines(word string) []line {
	if p.Story == "" {
		return []line{{false, fmt.Sprintf("%v whose title names %q", errNoStory, word)}}
	}
	return []line{
		{p.Group != "" && p.Rows >= 2 && p.Drawn == p.Rows && p.Width > 200,
			fmt.Sprintf("plot of %q (%s): %d of %d outlet rows drawn, %.0f px wide", p.Story, p.Group, p.Drawn, p.Rows, p.Width)},
		{p.Selectable && p.Selected != "", fmt.Sprintf("text selectable (%q)", p.Selected)},
	}
}

// probeScript finds the first story whose title names word, its first
// group's interval plot, and measures what the browser drew: rows whose
// bar or dot has a non-empty box. It selects the group's first quote
// as a reader would and reads the selection back.
func probeScript(word string) string {
	return fmt.Sprintf(`(() => {
  const out = {story: "", group: "", rows: 0, drawn: 0, width: 0, selectable: false, selected: "", external: 0};
  out.external = document.querySelectorAll('script[src], link[href], img[src], iframe, object, embed, image, use[href]').length;
  const word = %q.toLowerCase();
  const story = [...document.querySelectorAll('section.story')].find(s => s.querySelector('h2').textContent.toLowerCase().includes(word));
  if (!story) return out;
  out.story = story.querySelector('h2').textContent.trim();
  const group = story.querySelector('section.group');
  if (!group) return out;
  out.group = group.id;
  const svg = group.querySelector('svg.intervals');
  if (!svg) return out;
  out.width = svg.getBoundingClientRect().width;
  const rows = [...svg.querySelectorAll('g.row')];
  out.rows = rows.length;
  out.drawn = rows.filter(r => { const m = r.querySelector('.bar, .dot'); if (!m) return false; const b = m.getBBox(); return b.width > 0 || b.height > 0; }).length;
  out.selectable = getComputedStyle(document.body).userSelect !== 'none';
  const q = group.querySelector('td.quote');
  if (q) { const r = document.createRange(); r.selectNodeContents(q); const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); out.selected = s.toString().slice(0, 60); }
  return out;
})()`, word)
}

package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/crosscheck-news/crosscheck/claims"
)

// progressDelay is how long a run goes before it shows progress: shorter
// runs print nothing.
const progressDelay = 2 * time.Second

// progress draws one line on a terminal's standard error while a report
// runs: files read, articles, then the stories found. A nil *progress
// (stderr not a terminal, or --quiet) does nothing.
type progress struct {
	w        io.Writer
	delay    time.Duration
	interval time.Duration
	start    time.Time
	stop     chan struct{}
	done     chan struct{}

	mu       sync.Mutex
	read     claims.LoadProgress
	phase    string // "reading", "comparing"
	shown    bool
	paused   bool // cleared for messages, until comparing
	finished bool
}

// newProgress returns the progress line of a run, or nil when stderr is not
// a terminal or quiet is set.
func newProgress(stderr io.Writer, quiet bool) *progress {
	f, ok := stderr.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return startProgress(stderr, progressDelay, 250*time.Millisecond)
}

// startProgress starts drawing on w every interval once delay has passed.
func startProgress(w io.Writer, delay, interval time.Duration) *progress {
	p := &progress{w: w, delay: delay, interval: interval, start: time.Now(), phase: "reading",
		stop: make(chan struct{}), done: make(chan struct{})}
	go p.loop()
	return p
}

func (p *progress) loop() {
	defer close(p.done)
	t := time.NewTicker(p.interval)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.mu.Lock()
			if time.Since(p.start) >= p.delay && !p.finished && !p.paused {
				p.draw("")
			}
			p.mu.Unlock()
		}
	}
}

// draw writes the line over the last one; tail ends it. The caller holds
// p.mu.
func (p *progress) draw(tail string) {
	line := fmt.Sprintf("crosscheck: %s %d/%d files read, %s", p.phase, p.read.Done, p.read.Inputs, plural(p.read.Articles, "article"))
	if tail != "" {
		line = fmt.Sprintf("crosscheck: %d files read, %s, %s in %.1f s", p.read.Done, plural(p.read.Articles, "article"), tail,
			time.Since(p.start).Seconds())
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", line)
	p.shown = true
}

// loaded records how far loading is; it is the LoadOptions.Progress hook.
func (p *progress) loaded(lp claims.LoadProgress) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.read = lp
	p.mu.Unlock()
}

// clear removes the line, so that messages can be printed, and draws it
// again only once comparing begins.
func (p *progress) clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.paused = true
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}

// comparing says the articles are read and being compared.
func (p *progress) comparing() {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.phase, p.paused = "comparing", false
	p.mu.Unlock()
}

// finish stops the line; when it was shown, it ends with the outcome
// ("4 stories") on a line of its own, or is cleared when there is none.
func (p *progress) finish(outcome string) {
	if p == nil {
		return
	}
	close(p.stop)
	<-p.done
	p.mu.Lock()
	defer p.mu.Unlock()
	p.finished = true
	switch {
	case p.shown && outcome == "":
		fmt.Fprint(p.w, "\r\x1b[K")
	case p.shown:
		p.draw(outcome)
		fmt.Fprintln(p.w)
	}
}

// stories writes "1 story", "2 stories".
func stories(n int) string {
	if n == 1 {
		return "1 story"
	}
	return fmt.Sprintf("%d stories", n)
}

// plural writes "1 article", "2 articles".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

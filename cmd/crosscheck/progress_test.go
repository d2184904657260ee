package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims"
)

// syncBuffer is a bytes.Buffer the progress goroutine may write to.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestProgressSilent(t *testing.T) {
	var b bytes.Buffer
	assert.Nil(t, newProgress(&b, false), "not a terminal")
	assert.Nil(t, newProgress(&b, true), "--quiet")
	var p *progress
	p.loaded(claims.LoadProgress{Done: 1})
	p.clear()
	p.comparing()
	p.finish("1 story") // a nil progress does nothing

	quick := &syncBuffer{}
	p = startProgress(quick, time.Hour, time.Millisecond)
	p.loaded(claims.LoadProgress{Done: 1, Inputs: 1, Articles: 2})
	time.Sleep(20 * time.Millisecond)
	p.finish("1 story")
	assert.Empty(t, quick.String(), "a run shorter than the delay prints nothing")
}

func TestProgressLine(t *testing.T) {
	out := &syncBuffer{}
	p := startProgress(out, 0, time.Millisecond)
	p.loaded(claims.LoadProgress{Done: 3, Inputs: 10, Articles: 7})
	require.Eventually(t, func() bool { return strings.Contains(out.String(), "reading 3/10 files read, 7 articles") },
		5*time.Second, time.Millisecond)
	p.loaded(claims.LoadProgress{Done: 10, Inputs: 10, Articles: 21})
	p.clear()
	cleared := len(out.String())
	assert.True(t, strings.HasSuffix(out.String(), "\r\x1b[K"), "cleared for messages")
	time.Sleep(20 * time.Millisecond)
	assert.Len(t, out.String(), cleared, "nothing drawn over the messages")
	p.comparing()
	require.Eventually(t, func() bool { return strings.Contains(out.String(), "comparing 10/10 files read, 21 articles") },
		5*time.Second, time.Millisecond)
	p.finish(stories(4))
	s := out.String()
	last := s[strings.LastIndex(s, "\r\x1b[K")+len("\r\x1b[K"):]
	assert.Regexp(t, `^crosscheck: 10 files read, 21 articles, 4 stories in \d+\.\d s\n$`, last)
}

// The report on standard error that is not a terminal has no progress
// line, whatever its length.
func TestReportNoProgressWhenPiped(t *testing.T) {
	code, _, errOut := runCmd(t, "", "report", "../../testdata/stories/crocus-2024")
	assert.Equal(t, exitOK, code)
	assert.NotContains(t, errOut, "files read")
	code, _, errOut = runCmd(t, "", "report", "--quiet", "../../testdata/stories/crocus-2024")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, errOut)
}

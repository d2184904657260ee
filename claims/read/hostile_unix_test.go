//go:build unix

package read

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHostileInputs: each limit hit is an InputError naming the input, and
// the good article beside it is still read.
func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.md")
	require.NoError(t, os.WriteFile(good, []byte(goodArticle), 0o644))
	deep := filepath.Join(dir, "deep.html")
	page := "<!doctype html><html><body>" + strings.Repeat("<div>", 100000) + "<p>40 people died.</p>" + strings.Repeat("</div>", 100000) + "</body></html>"
	require.NoError(t, os.WriteFile(deep, []byte(page), 0o644))
	slow := filepath.Join(dir, "slow.html")
	page = "<!doctype html><html><body>" + strings.Repeat("<div>", 6000) + "<p>40 people died.</p>" + strings.Repeat("</div>", 6000) + "</body></html>"
	require.NoError(t, os.WriteFile(slow, []byte(page), 0o644))
	big := filepath.Join(dir, "big.txt")
	require.NoError(t, os.WriteFile(big, []byte("Big\n\n"+strings.Repeat("12 people died. ", 100)), 0o644))
	walked := filepath.Join(dir, "walked")
	require.NoError(t, os.MkdirAll(walked, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(walked, "good.md"), []byte(goodArticle), 0o644))
	fifo := filepath.Join(dir, "fifo")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	require.NoError(t, os.Symlink(fifo, filepath.Join(walked, "pipe.md")))

	tests := []struct {
		name   string
		paths  []string
		limits Limits
		stdin  string
		bad    string
		want   error
	}{
		{"deep HTML", []string{good, deep}, Limits{}, "", deep, ErrTooDeep},
		{"file too large", []string{good, big}, Limits{MaxBytes: 1000}, "", big, ErrTooLarge},
		{"stdin too large", []string{good, "-"}, Limits{MaxBytes: 1000}, strings.Repeat("x", 5000), "-", ErrTooLarge},
		{"device", []string{good, "/dev/zero"}, Limits{}, "", "/dev/zero", ErrNotRegular},
		{"named pipe", []string{good, fifo}, Limits{}, "", fifo, ErrNotRegular},
		{"pipe linked in a walk", []string{walked}, Limits{}, "", filepath.Join(walked, "pipe.md"), ErrNotRegular},
		{"time budget", []string{good, slow}, Limits{MaxDepth: -1, Timeout: 300 * time.Millisecond}, "", slow, ErrTimeout},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan struct{})
			var arts []*core.Article
			var errs []*core.InputError
			go func() {
				defer close(done)
				arts, errs = Load(tt.paths, LoadOptions{Limits: tt.limits, Stdin: strings.NewReader(tt.stdin)})
			}()
			select {
			case <-done:
			case <-time.After(90 * time.Second):
				t.Fatal("Load hangs")
			}
			require.NotEmpty(t, arts)
			assert.Contains(t, arts[0].Text, "killed 12")
			var found *core.InputError
			for _, e := range errs {
				if e.Path == tt.bad && errors.Is(e, tt.want) {
					found = e
				}
			}
			require.NotNil(t, found, "%v", errs)
			assert.False(t, found.Warning)
		})
	}
}

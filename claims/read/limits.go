package read

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"syscall"
	"time"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

// Default limits of one input (see Limits).
const (
	DefaultMaxBytes = 32 << 20
	DefaultMaxDepth = 512
	DefaultTimeout  = 20 * time.Second
)

// Limits bound what one input may cost, so that a hostile or broken input
// (an endless stream, a page of 100,000 nested elements) is an InputError
// naming it instead of a run that hangs or dies out of memory. A zero field
// takes its default; a negative one removes the limit.
type Limits struct {
	// MaxBytes is the size of one input file or of standard input
	// (DefaultMaxBytes, 32 MiB). A larger input is ErrTooLarge.
	MaxBytes int64
	// MaxDepth is how many HTML elements may be open at once in a page
	// (DefaultMaxDepth, 512), counted by a tokenizer pass before the page
	// is parsed: parsing and main-text extraction take time that grows
	// with the square of the depth. A deeper page is ErrTooDeep.
	MaxDepth int
	// Timeout is the time one input may take to be read and parsed
	// (DefaultTimeout, 20 s). A slower input is ErrTimeout; its work is
	// abandoned, not stopped, so it may still use a core until it ends.
	Timeout time.Duration
}

// Errors of the limits; test for them with errors.Is.
var (
	ErrTooLarge   = errors.New("input too large")
	ErrTooDeep    = errors.New("HTML nested too deep")
	ErrTimeout    = errors.New("input took too long")
	ErrNotRegular = errors.New("not a regular file")
)

func (l Limits) maxBytes() int64 {
	if l.MaxBytes == 0 {
		return DefaultMaxBytes
	}
	return l.MaxBytes
}

func (l Limits) maxDepth() int {
	if l.MaxDepth == 0 {
		return DefaultMaxDepth
	}
	return l.MaxDepth
}

func (l Limits) timeout() time.Duration {
	if l.Timeout == 0 {
		return DefaultTimeout
	}
	return l.Timeout
}

// MaxSideFileBytes bounds the files that configure a run (an outlets file,
// a configuration file): 4 MiB.
const MaxSideFileBytes = 4 << 20

// ReadRegular reads the regular file path (after symbolic links are
// resolved), at most max bytes (no limit when max < 0): a named pipe, a
// device or a socket is an error wrapping ErrNotRegular, never waited on
// or read without end, and a larger file one wrapping ErrTooLarge. Inputs
// are read so; use it for any other file a run reads that an untrusted
// tree may hold (a configuration file found in a repository).
func ReadRegular(path string, max int64) ([]byte, error) { return readFile(path, max) }

// readFile reads the regular file path, at most max bytes (none when max
// < 0). The file is opened without blocking, so that a named pipe put in
// its place after it was listed is refused, not waited on.
func readFile(path string, max int64) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	if !info.Mode().IsRegular() {
		return nil, notRegular(info.Mode())
	}
	if max >= 0 && info.Size() > max {
		return nil, fmt.Errorf("%w: %d bytes, more than the limit of %d (--max-input-bytes)", ErrTooLarge, info.Size(), max)
	}
	data, err := readSized(f, max, info.Size())
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	return data, nil
}

// readLimited reads r to its end, failing with ErrTooLarge after max bytes
// (none when max < 0).
func readLimited(r io.Reader, max int64) ([]byte, error) { return readSized(r, max, 0) }

// readSized is readLimited of a reader that holds about size bytes (a
// file's size, 0 when unknown): the buffer is made that large at once
// rather than grown by doubling.
func readSized(r io.Reader, max, size int64) ([]byte, error) {
	if max >= 0 {
		r = io.LimitReader(r, max+1)
		size = min(size, max+1)
	}
	var data []byte
	var err error
	if size > 0 {
		buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
		_, err = buf.ReadFrom(r)
		data = buf.Bytes()
	} else {
		data, err = io.ReadAll(r)
	}
	if err != nil {
		return nil, err
	}
	if max >= 0 && int64(len(data)) > max {
		return nil, fmt.Errorf("%w: more than the limit of %d bytes (--max-input-bytes)", ErrTooLarge, max)
	}
	return data, nil
}

// notRegular is the error for a file of mode m that is not a regular file.
func notRegular(m fs.FileMode) error {
	kind := "special file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "named pipe"
	case m&fs.ModeCharDevice != 0:
		kind = "character device"
	case m&fs.ModeDevice != 0:
		kind = "device"
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m&fs.ModeIrregular != 0:
		kind = "irregular file"
	}
	return fmt.Errorf("%w: a %s is not read", ErrNotRegular, kind)
}

// withBudget runs f and returns its result, or an ErrTimeout InputError
// naming path when f takes longer than d (no limit when d < 0). A panic in
// f is an InputError too.
func withBudget(path string, d time.Duration, f func() result) result {
	if d < 0 {
		d = time.Duration(math.MaxInt64)
	}
	done := make(chan result, 1)
	go func() {
		// A bug in a reader must not take down the batch, nor leave the
		// caller waiting for the whole budget.
		defer func() {
			if r := recover(); r != nil {
				done <- result{errs: []*core.InputError{{Path: path, Err: fmt.Errorf("internal error while reading: %v", r)}}}
			}
		}()
		done <- f()
	}()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case r := <-done:
		return r
	case <-timer.C:
		return result{errs: []*core.InputError{{Path: path, Err: fmt.Errorf("%w: more than %v to read and parse (--max-file-time)", ErrTimeout, d)}}}
	}
}

package read

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

// task is one input of Load: a file or standard input.
type task struct {
	path  string // Source and error path
	id    string // base of generated article ids
	stdin bool
}

type result struct {
	arts []*core.Article
	errs []*core.InputError
}

// Load reads every path and returns the articles in a deterministic order
// plus every problem met.
//
// A path is a file, a directory or "-" for opts.Stdin. Only regular files
// are read, after symbolic links are resolved: a named pipe, a device or a
// socket is an InputError wrapping ErrNotRegular, named or met in a walk.
// Directories are read recursively in lexical order. A walk reads files
// ending in an extension of the table of formats (any case: .txt, .text,
// .md, .markdown, .jsonl, .ndjson, .html, .htm, .rss, .atom, and .xml when
// it opens as a feed); it skips silently hidden files and directories, READMEs,
// licences and the like, and files whose extension says they are obviously
// not articles (.json, .csv, images, archives, code, media); any other file
// is skipped with a Warning. A path named explicitly is always read,
// whatever its extension.
//
// Every input is bounded by opts.Limits: a file or standard input larger
// than MaxBytes, an HTML page nested deeper than MaxDepth or an input that
// takes longer than Timeout to read and parse is an InputError (ErrTooLarge,
// ErrTooDeep, ErrTimeout) and yields no article.
//
// Articles come in the order of paths, then of the walk, then of their
// position in the file. Generated ids start with the file's name for a file
// path and with the directory's base name and the file's relative path for
// a walk ("bbc/sport/199.txt"); standard input is "stdin". Ids are made
// unique by suffixing "~2", "~3" with a Warning, in the order of the
// articles' sources and lines, whatever the order of paths. Copies of one article are
// all returned; DropDuplicates keeps one of each.
//
// A bad input never stops the others: it gives an InputError naming it.
// Warning problems still yield articles.
func Load(paths []string, opts LoadOptions) ([]*core.Article, []*core.InputError) {
	var arts []*core.Article
	var errs []*core.InputError
	// The callback returns no error, so neither does loadEach.
	_ = loadEach(paths, opts, false, func(a []*core.Article, e []*core.InputError) error {
		arts = append(arts, a...)
		errs = append(errs, e...)
		return nil
	})
	if !opts.CanonicalOutlets {
		NameOutlets(arts)
	}
	return arts, append(errs, uniqueIDsBySource(arts)...)
}

// LoadEach reads paths as Load does, and calls fn with the articles and
// problems of each input in Load's order as soon as that input is read, so
// that a caller can write its output while later inputs are still being
// read: at most a few inputs per core are held at once. Problems met while
// listing come in their place. Ids are made unique over all calls in the
// order they come (Load instead renames by source, so that its ids do not
// depend on the order of paths). It stops at the first error fn returns
// and returns it.
func LoadEach(paths []string, opts LoadOptions, fn func([]*core.Article, []*core.InputError) error) error {
	return loadEach(paths, opts, true, fn)
}

// loadEach is LoadEach, making ids unique only when rename is set.
func loadEach(paths []string, opts LoadOptions, rename bool, fn func([]*core.Article, []*core.InputError) error) error {
	reg := opts.registry()
	l := &lister{opts: opts, pre: map[int][]*core.InputError{}}
	for _, p := range paths {
		l.add(p)
	}
	workers := max(1, min(runtime.GOMAXPROCS(0), len(l.tasks)))
	done := make([]chan result, len(l.tasks))
	for i := range done {
		done[i] = make(chan result, 1)
	}
	ahead := make(chan struct{}, 2*workers)
	next := make(chan int)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(next)
		for i := range l.tasks {
			select {
			case ahead <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	}()
	for range workers {
		go func() {
			for i := range next {
				done[i] <- runTask(l.tasks[i], opts, reg)
			}
		}()
	}
	seen := map[string]bool{}
	namer := outletNamer{}
	articles := 0
	for i := range l.tasks {
		r := <-done[i]
		<-ahead
		errs := append(l.pre[i], r.errs...)
		if rename {
			// Each input is named as it comes, and an outlet keeps the
			// name its first input gave it. (Load names all its articles
			// at once, after the last.)
			errs = append(errs, uniqueIDsSeen(r.arts, seen)...)
			namer.name(r.arts)
		}
		if err := fn(r.arts, errs); err != nil {
			return err
		}
		articles += len(r.arts)
		if opts.Progress != nil {
			opts.Progress(LoadProgress{Done: i + 1, Inputs: len(l.tasks), Articles: articles})
		}
	}
	if errs := l.pre[len(l.tasks)]; len(errs) > 0 {
		return fn(nil, errs)
	}
	return nil
}

// runTask reads and parses one input within the time budget of opts.
func runTask(t task, opts LoadOptions, reg *Registry) result {
	return withBudget(t.path, opts.Limits.timeout(), func() result {
		var data []byte
		var err error
		if t.stdin {
			data, err = readLimited(opts.Stdin, opts.Limits.maxBytes())
			if err != nil {
				err = fmt.Errorf("read standard input: %w", err)
			}
		} else {
			data, err = readFile(t.path, opts.Limits.maxBytes())
		}
		if err != nil {
			return result{errs: []*core.InputError{{Path: t.path, Err: err}}}
		}
		ext := ""
		if !t.stdin {
			ext = strings.ToLower(filepath.Ext(t.path))
		}
		arts, errs := parse(t.path, t.id, ext, data, opts, reg)
		return result{arts, errs}
	})
}

// unwrapPath drops the *fs.PathError layer, whose message repeats the path
// that InputError already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

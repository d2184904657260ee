package read

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

// articleExts are the extensions (lower case) a directory walk reads.
var articleExts = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".markdown": true,
	".jsonl": true, ".ndjson": true, ".html": true, ".htm": true,
	".rss": true, ".atom": true, ".xml": true, // .xml only when it sniffs as a feed
}

// ignoredExts are extensions a directory walk skips silently: files that
// are obviously not articles (data, images, archives, code, media).
var ignoredExts = map[string]bool{
	".json": true, ".yaml": true, ".yml": true, ".toml": true, ".csv": true, ".tsv": true,
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".svg": true,
	".ico": true, ".bmp": true, ".tif": true, ".tiff": true,
	".zip": true, ".gz": true, ".tgz": true, ".bz2": true, ".xz": true, ".zst": true,
	".7z": true, ".tar": true, ".rar": true,
	".go": true, ".py": true, ".js": true, ".ts": true, ".css": true, ".sh": true,
	".c": true, ".h": true, ".rs": true, ".java": true, ".rb": true, ".pl": true,
	".mod": true, ".sum": true, ".lock": true, ".log": true, ".pyc": true,
	".exe": true, ".dll": true, ".so": true, ".dylib": true, ".o": true, ".a": true,
	".mp3": true, ".mp4": true, ".wav": true, ".mov": true, ".avi": true, ".ogg": true,
	".db": true, ".sqlite": true, ".bin": true, ".woff": true, ".woff2": true, ".ttf": true,
}

// ignoredNames are file names (lower case, before the extension) a directory
// walk skips silently: project documents that are not articles.
var ignoredNames = map[string]bool{
	"readme": true, "license": true, "licence": true, "copying": true,
	"changelog": true, "notice": true, "authors": true, "contributing": true,
}

// skipInWalk says what a directory walk does with a file: read it, skip it
// silently, or skip it with a warning.
func skipInWalk(name string) (read, warn bool) {
	if strings.HasPrefix(name, ".") {
		return false, false
	}
	ext := strings.ToLower(filepath.Ext(name))
	base := strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))
	switch {
	case ignoredNames[base]:
		return false, false
	case articleExts[ext]:
		return true, false
	case ignoredExts[ext]:
		return false, false
	}
	return false, true
}

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
// ending in .txt, .text, .md, .markdown, .jsonl, .ndjson, .html and .htm
// (any case); it skips silently hidden files and directories, READMEs,
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
	reg := opts.Registry
	if reg == nil {
		reg = DefaultRegistry()
	}
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
	articles := 0
	for i := range l.tasks {
		r := <-done[i]
		<-ahead
		errs := append(l.pre[i], r.errs...)
		if rename {
			errs = append(errs, uniqueIDsSeen(r.arts, seen)...)
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

// lister turns the paths of Load into tasks.
type lister struct {
	opts  LoadOptions
	tasks []task
	// pre holds problems found while listing, keyed by the task index
	// they precede, to keep errors in input order.
	pre       map[int][]*core.InputError
	stdinRead bool
}

func (l *lister) problem(e *core.InputError) { l.pre[len(l.tasks)] = append(l.pre[len(l.tasks)], e) }

// add lists one path of Load.
func (l *lister) add(p string) {
	if p == "-" {
		switch {
		case l.opts.Stdin == nil:
			l.problem(&core.InputError{Path: "-", Err: errors.New("standard input is not available")})
		case l.stdinRead:
			l.problem(&core.InputError{Path: "-", Err: errors.New("standard input named more than once")})
		default:
			l.stdinRead = true
			l.tasks = append(l.tasks, task{path: "-", id: "stdin", stdin: true})
		}
		return
	}
	info, err := os.Stat(p)
	switch {
	case err != nil:
		l.problem(&core.InputError{Path: p, Err: fmt.Errorf("cannot read: %w", unwrapPath(err))})
	case info.IsDir():
		l.walk(p)
	case !info.Mode().IsRegular():
		l.problem(&core.InputError{Path: p, Err: notRegular(info.Mode())})
	default:
		l.tasks = append(l.tasks, task{path: p, id: filepath.ToSlash(filepath.Base(p))})
	}
}

// walk lists the article files under the directory p.
func (l *lister) walk(p string) {
	found := 0
	root := filepath.Base(filepath.Clean(p))
	werr := filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
		if err != nil {
			l.problem(&core.InputError{Path: fp, Err: fmt.Errorf("cannot read: %w", unwrapPath(err))})
			if d != nil && d.IsDir() && fp != p {
				return fs.SkipDir
			}
			return nil
		}
		if fp == p {
			return nil
		}
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !l.walkFile(fp, d) {
			return nil
		}
		rel, err := filepath.Rel(p, fp)
		if err != nil {
			rel = d.Name()
		}
		id := filepath.ToSlash(rel)
		if root != "." && root != string(filepath.Separator) && root != ".." {
			id = root + "/" + id
		}
		l.tasks = append(l.tasks, task{path: fp, id: id})
		found++
		return nil
	})
	if werr != nil {
		l.problem(&core.InputError{Path: p, Err: fmt.Errorf("walk directory: %w", werr)})
	}
	if found == 0 {
		l.problem(&core.InputError{Path: p, Err: fmt.Errorf("directory: %w", core.ErrNoArticle)})
	}
}

// walkFile reports whether the walk reads the file fp, reporting why not
// when it should be told.
func (l *lister) walkFile(fp string, d fs.DirEntry) bool {
	name := d.Name()
	if strings.HasPrefix(name, ".") {
		return false
	}
	mode := d.Type()
	if mode&fs.ModeSymlink != 0 {
		fi, err := os.Stat(fp)
		if err != nil {
			l.problem(&core.InputError{Path: fp, Warning: true, Err: fmt.Errorf("skipped broken link: %w", unwrapPath(err))})
			return false
		}
		if fi.IsDir() {
			l.problem(&core.InputError{Path: fp, Warning: true, Err: errors.New("skipped: symbolic link to a directory is not followed")})
			return false
		}
		mode = fi.Mode()
	}
	read, warn := skipInWalk(name)
	switch {
	case !read && !warn:
		return false
	case !mode.IsRegular():
		l.problem(&core.InputError{Path: fp, Err: notRegular(mode)})
		return false
	case !read && warn:
		l.problem(&core.InputError{Path: fp, Warning: true, Err: errors.New("skipped: not an article file (read .txt .text .md .markdown .jsonl .ndjson .html .htm .rss .atom, .xml feeds; name it explicitly to read it anyway)")})
	case strings.EqualFold(filepath.Ext(name), ".xml"):
		feed, err := sniffFeedFile(fp)
		switch {
		case err != nil:
			l.problem(&core.InputError{Path: fp, Err: err})
			return false
		case !feed:
			l.problem(&core.InputError{Path: fp, Warning: true, Err: errors.New("skipped: XML that is not an RSS or Atom feed")})
			return false
		}
	}
	return read
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

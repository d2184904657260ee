package read

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

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

// skipInWalk says what a directory walk does with a file: read it (an
// extension of the table of formats), skip it silently, or skip it with a
// warning.
func skipInWalk(name string) (read, warn bool) {
	if strings.HasPrefix(name, ".") {
		return false, false
	}
	ext := strings.ToLower(filepath.Ext(name))
	base := strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))
	switch {
	case ignoredNames[base]:
		return false, false
	case articleExt(ext):
		return true, false
	case ignoredExts[ext]:
		return false, false
	}
	return false, true
}

// articleExt reports whether ext (lower case) is an extension of the
// table of formats: one that names a format, or one a walk reads when its
// content sniffs as one.
func articleExt(ext string) bool {
	for _, f := range formats {
		if slices.Contains(f.exts, ext) || slices.ContainsFunc(f.sniffExts, func(s sniffExt) bool { return s.ext == ext }) {
			return true
		}
	}
	return false
}

// sniffedExt returns the format a walk reads a file named name as only
// when its content sniffs so, and the extension's row; nil when there is
// none.
func sniffedExt(name string) (*format, sniffExt) {
	ext := strings.ToLower(filepath.Ext(name))
	for i := range formats {
		for _, s := range formats[i].sniffExts {
			if s.ext == ext {
				return &formats[i], s
			}
		}
	}
	return nil, sniffExt{}
}

// notArticleFile is the warning of a walk that skips a file of an unknown
// extension: it lists what a walk reads.
func notArticleFile() string {
	var named, sniffed []string
	for _, f := range formats {
		named = append(named, f.exts...)
		for _, s := range f.sniffExts {
			sniffed = append(sniffed, s.ext+" "+string(f.name)+"s")
		}
	}
	read := strings.Join(append([]string{strings.Join(named, " ")}, sniffed...), ", ")
	return "skipped: not an article file (read " + read + "; name it explicitly to read it anyway)"
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
		l.problem(&core.InputError{Path: fp, Warning: true, Err: errors.New(notArticleFile())})
		return false
	}
	if f, se := sniffedExt(name); f != nil {
		ok, err := sniffFile(fp, f.sniff)
		switch {
		case err != nil:
			l.problem(&core.InputError{Path: fp, Err: err})
			return false
		case !ok:
			l.problem(&core.InputError{Path: fp, Warning: true, Err: errors.New("skipped: " + se.skipped)})
			return false
		}
	}
	return read
}

// sniffBytes is how much of a file a directory walk reads to tell its
// format by content.
const sniffBytes = 4096

// sniffFile reports whether the regular file at path opens as sniff
// recognises, reading at most sniffBytes of it. It opens the file without
// blocking, as readFile does, so that a named pipe put in its place after
// it was listed is not waited on.
func sniffFile(path string, sniff func(content string) bool) (bool, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return false, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	defer f.Close()
	buf := make([]byte, sniffBytes)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return false, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	return sniff(string(buf[:n])), nil
}

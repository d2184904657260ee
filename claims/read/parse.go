package read

import (
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

// LoadOptions configures Load and Parse. The zero value detects every
// input's format and every article's outlet with the built-in registry.
type LoadOptions struct {
	// Format forces the format of every input. FormatAuto (and the zero
	// value "") detects it per input: .jsonl/.ndjson and content starting
	// with '{' are JSON Lines, .html/.htm and content starting with
	// "<!doctype html" or "<html" (after comments) are HTML, content with
	// bundle terminators is a bundle, .md/.markdown is Markdown, anything
	// else plain text.
	Format Format
	// Outlet, when set, forces every article's outlet. It is canonicalised
	// by Registry when the registry knows it and kept as given otherwise.
	Outlet string
	// OutletFrom, when "dir" (OutletFromDir) or "file" (OutletFromFile),
	// takes the outlet of every article that names none in its metadata
	// from the name of the folder holding its file ("reuters/a.txt" →
	// Reuters) or from the file's name without extension, for newsrooms
	// that keep one folder (or file) per outlet. The name is canonicalised
	// by Registry; an unknown one is kept with "-" and "_" read as spaces
	// and title-cased when all lower case. Outlet and metadata still win;
	// standard input has no name, so its articles are detected as usual.
	// Any other value is ignored (ParseOutletFrom checks one).
	OutletFrom string
	// CanonicalOutlets leaves every outlet of Load by its canonical name,
	// for a caller that loads several sets and names their outlets
	// together (NameOutlets), so that one outlet goes by one name in all.
	CanonicalOutlets bool
	// Registry canonicalises outlet names and detects outlets. Nil means
	// DefaultRegistry().
	Registry *Registry
	// Stdin is read for the path "-". Nil makes "-" an input error.
	Stdin io.Reader
	// Limits bound the size of each input, the nesting of an HTML page
	// and the time each input may take. The zero value takes the
	// defaults. Parse, whose input is already in memory, applies only
	// MaxDepth.
	Limits Limits
	// Progress, when set, is called by Load and LoadEach after each input
	// is read, in order, on the caller's goroutine: how many inputs are
	// read, how many there are (files found in directories included) and
	// how many articles they gave so far.
	Progress func(p LoadProgress)
}

// LoadProgress says how far Load has read.
type LoadProgress struct {
	Done, Inputs, Articles int
}

// registry is the registry of opts, DefaultRegistry() when it names none.
func (o LoadOptions) registry() *Registry {
	if o.Registry == nil {
		return DefaultRegistry()
	}
	return o.Registry
}

// Parse reads one input already in memory. name is used as given for the
// articles' Source, as the base of generated ids, for errors, and (by its
// extension) for format detection; "-" means standard input.
func Parse(name string, data []byte, opts LoadOptions) ([]*core.Article, []*core.InputError) {
	id, ext := name, strings.ToLower(path.Ext(filepath.ToSlash(name)))
	if name == "-" {
		id, ext = "stdin", ""
	}
	arts, errs := parse(name, id, ext, data, opts, opts.registry())
	errs = append(errs, uniqueIDs(arts)...)
	return arts, errs
}

// parse decodes one input, splits it into articles in the chosen format and
// resolves every article's outlet.
func parse(src, id, ext string, data []byte, opts LoadOptions, reg *Registry) ([]*core.Article, []*core.InputError) {
	content, errs := decode(src, data)
	if content == "" && len(errs) > 0 {
		return nil, errs
	}
	content = blankEscapes(content)
	if strings.TrimSpace(content) == "" {
		return nil, append(errs, &core.InputError{Path: src, Err: core.ErrEmpty})
	}
	var f *format
	if opts.Format == "" || opts.Format == FormatAuto {
		f = detect(ext, content)
	} else if f = formatNamed(opts.Format); f == nil {
		return nil, append(errs, &core.InputError{Path: src, Err: fmt.Errorf("unknown input format %q", opts.Format)})
	}
	arts, perr := f.read(input{src: src, id: id, content: content, reg: reg, maxDepth: opts.Limits.maxDepth()})
	resolveOutlets(arts, src, opts, reg)
	return arts, append(errs, perr...)
}

// resolveOutlets sets the outlet of every article of src, and how it was
// found: the Outlet option wins, then metadata, then the folder or file
// name when OutletFrom asks for it, then the article's text.
func resolveOutlets(arts []*core.Article, src string, opts LoadOptions, reg *Registry) {
	forced, how := "", ""
	if o := strings.TrimSpace(opts.Outlet); o != "" {
		forced, how = reg.canonicalOrSelf(o), OutletFlag
	} else if src != "-" {
		forced, how = outletFromPath(src, opts.OutletFrom, reg)
	}
	for _, a := range arts {
		a.Source = src
		given := strings.TrimSpace(a.Outlet) != ""
		switch {
		case how == OutletFlag:
			a.Outlet, a.OutletFrom, a.OutletGiven = forced, how, spelling(strings.TrimSpace(opts.Outlet))
		case given && (a.OutletFrom == "" || a.OutletFrom == OutletMetadata):
			reg.resolve(a)
		case forced != "":
			a.Outlet, a.OutletFrom = forced, how
		default:
			reg.resolve(a)
		}
	}
}

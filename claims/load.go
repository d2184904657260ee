package claims

import "github.com/crosscheck-news/crosscheck/claims/read"

// Reading articles is the job of package [read]; these are its names here,
// the same types, values and functions, so that callers of claims need not
// import it.
type (
	// Format is an input format of articles (see [read.Format]).
	Format = read.Format
	// LoadOptions configures Load and Parse (see [read.LoadOptions]).
	LoadOptions = read.LoadOptions
	// LoadProgress says how far Load has read.
	LoadProgress = read.LoadProgress
	// Limits bound what one input may cost (see [read.Limits]).
	Limits = read.Limits
	// Registry knows news outlets by their names (see [read.Registry]).
	Registry = read.Registry
)

// Input formats (see [read.FormatAuto]).
const (
	FormatAuto     = read.FormatAuto
	FormatBundle   = read.FormatBundle
	FormatText     = read.FormatText
	FormatMarkdown = read.FormatMarkdown
	FormatJSONL    = read.FormatJSONL
	FormatHTML     = read.FormatHTML
	FormatFeed     = read.FormatFeed
)

// Default limits of one input, and the bound of a file that configures a
// run (see [read.Limits], [read.MaxSideFileBytes]).
const (
	DefaultMaxBytes  = read.DefaultMaxBytes
	DefaultMaxDepth  = read.DefaultMaxDepth
	DefaultTimeout   = read.DefaultTimeout
	MaxSideFileBytes = read.MaxSideFileBytes
)

// How an article's outlet was found, the values of Article.OutletFrom
// (see [read.OutletMetadata]), and the values of LoadOptions.OutletFrom.
const (
	OutletMetadata  = read.OutletMetadata
	OutletFlag      = read.OutletFlag
	OutletFolder    = read.OutletFolder
	OutletFile      = read.OutletFile
	OutletByline    = read.OutletByline
	OutletDateline  = read.OutletDateline
	OutletSite      = read.OutletSite
	OutletCredit    = read.OutletCredit
	OutletInterview = read.OutletInterview
	OutletFromDir   = read.OutletFromDir
	OutletFromFile  = read.OutletFromFile
)

// Errors of the readers and of their limits; test for them with errors.Is.
var (
	ErrDuplicate  = read.ErrDuplicate
	ErrDeepText   = read.ErrDeepText
	ErrTooLarge   = read.ErrTooLarge
	ErrTooDeep    = read.ErrTooDeep
	ErrTimeout    = read.ErrTimeout
	ErrNotRegular = read.ErrNotRegular
)

// Formats returns the input formats in the order a --input-format flag's
// help lists them.
func Formats() []Format { return read.Formats() }

// ParseFormat returns the Format named by s or by one of its aliases.
func ParseFormat(s string) (Format, error) { return read.ParseFormat(s) }

// Parse reads one input already in memory (see [read.Parse]).
func Parse(name string, data []byte, opts LoadOptions) ([]*Article, []*InputError) {
	return read.Parse(name, data, opts)
}

// Load reads every path and returns the articles in a deterministic order
// plus every problem met (see [read.Load]).
func Load(paths []string, opts LoadOptions) ([]*Article, []*InputError) {
	return read.Load(paths, opts)
}

// LoadEach reads paths as Load does and calls fn with the articles and
// problems of each input as soon as it is read (see [read.LoadEach]).
func LoadEach(paths []string, opts LoadOptions, fn func([]*Article, []*InputError) error) error {
	return read.LoadEach(paths, opts, fn)
}

// NameOutlets names the outlets of articles as their input spells them
// (see [read.NameOutlets]): for sets loaded apart with
// LoadOptions.CanonicalOutlets, named together.
func NameOutlets(arts []*Article) { read.NameOutlets(arts) }

// NameOutletsAfter names the outlets of arts, read with canonical outlet
// names, taking the name of known (a stored set's outlets) for an outlet
// one of them stands for (see [read.NameOutletsAfter]).
func NameOutletsAfter(arts []*Article, known []string, reg *Registry) {
	read.NameOutletsAfter(arts, known, reg)
}

// DropDuplicates keeps one article of each set of copies (see
// [read.DropDuplicates]).
func DropDuplicates(arts []*Article) ([]*Article, []*InputError) { return read.DropDuplicates(arts) }

// ReadRegular reads the regular file path, at most max bytes (see
// [read.ReadRegular]).
func ReadRegular(path string, max int64) ([]byte, error) { return read.ReadRegular(path, max) }

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return read.NewRegistry() }

// DefaultRegistry returns a fresh registry holding the built-in outlets.
func DefaultRegistry() *Registry { return read.DefaultRegistry() }

// ParseOutletFrom checks a LoadOptions.OutletFrom value: "", "dir" or
// "file".
func ParseOutletFrom(s string) (string, error) { return read.ParseOutletFrom(s) }

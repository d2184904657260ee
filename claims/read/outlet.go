package read

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/outlet"
)

// How an article's outlet was found: the values of Article.OutletFrom.
const (
	// OutletMetadata: the input's metadata — front matter "outlet:", a
	// JSON Lines "outlet" field, an HTML page's site name.
	OutletMetadata = "metadata"
	// OutletFlag: LoadOptions.Outlet (the --outlet flag) forced it.
	OutletFlag = "flag"
	// OutletFolder and OutletFile: LoadOptions.OutletFrom took it from the
	// name of the folder holding the file, or of the file.
	OutletFolder = "folder"
	OutletFile   = "file"
	// From the article's own text (package outlet): a byline ("By NAME,
	// Reuters"), a dateline ("KABUL (AP) —"), a site-name line at the top
	// ("Harbor Herald | Updated: …", a name alone), a closing credit ("SOURCE: AL
	// JAZEERA", "Published in Dawn", "X with AFP", an author bio), or
	// interviews given to it ("…, he told TOLOnews.").
	OutletByline    = outlet.HowByline
	OutletDateline  = outlet.HowDateline
	OutletSite      = outlet.HowSite
	OutletCredit    = outlet.HowCredit
	OutletInterview = outlet.HowInterview
)

// Registry knows news outlets by their names: every variant ("Associated
// Press", "The Associated Press", "AP") maps to one canonical name ("AP").
// It canonicalises outlet names given as metadata and detects an article's
// outlet from its text; package [outlet] does the work. A Registry is safe
// for concurrent use once no more names are added.
type Registry struct {
	r *outlet.Registry
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{r: outlet.NewRegistry()} }

// DefaultRegistry returns a fresh registry holding the built-in outlets: the
// major wires, broadcasters and papers (AP, Reuters, AFP, BBC, The New York
// Times, CNN, Al Jazeera, …) and the Afghan outlets (TOLOnews, Khaama
// Press, Ariana News, Pajhwok). The caller may extend it.
func DefaultRegistry() *Registry { return &Registry{r: outlet.DefaultRegistry()} }

// Outlets returns the registry of package outlet behind r.
func (r *Registry) Outlets() *outlet.Registry { return r.r }

// Add registers an outlet under its canonical name with its variants. Names
// match ignoring case, runs of white space and the kind of apostrophe; a
// name added again moves to the new canonical name.
func (r *Registry) Add(canonical string, variants ...string) { r.r.Add(canonical, variants...) }

// LoadFile extends the registry from a file of one outlet a line: the
// canonical name, then its variants, separated by "|" (see
// [outlet.Registry.LoadFile]). The file is read as ReadRegular reads it,
// at most MaxSideFileBytes.
func (r *Registry) LoadFile(path string) error {
	data, err := ReadRegular(path, MaxSideFileBytes)
	if err != nil {
		return fmt.Errorf("read outlet registry %s: %w", path, err)
	}
	return r.r.Load(bytes.NewReader(data), path)
}

// Canonical returns the canonical name of an outlet name or variant, and
// whether the registry knows it. Case, white space, a leading "the" and
// surrounding punctuation do not matter.
func (r *Registry) Canonical(name string) (string, bool) { return r.r.Canonical(name) }

// canonicalOrSelf canonicalises a metadata outlet, keeping unknown names as
// given (trimmed).
func (r *Registry) canonicalOrSelf(name string) string { return r.r.CanonicalOrSelf(name) }

// Detect returns the outlet an article states for itself, or "" when nothing
// says. An outlet already set on the article (metadata) wins, canonicalised.
// Otherwise the text decides ([outlet.Registry.Detect]).
func (r *Registry) Detect(a *core.Article) string {
	if a == nil {
		return ""
	}
	if strings.TrimSpace(a.Outlet) != "" {
		return r.canonicalOrSelf(a.Outlet)
	}
	o, _ := r.r.Detect(a.Text)
	return o
}

// resolve sets an article's outlet and how it was found: an outlet the
// reader set wins (canonicalised; metadata unless the reader says how),
// else the text.
func (r *Registry) resolve(a *core.Article) {
	if given := strings.TrimSpace(a.Outlet); given != "" {
		a.Outlet = r.canonicalOrSelf(given)
		if a.OutletFrom == "" {
			a.OutletFrom = OutletMetadata
		}
		if a.OutletFrom == OutletMetadata {
			a.OutletGiven = spelling(given)
		}
		return
	}
	a.Outlet, a.OutletFrom = r.r.Detect(a.Text)
}

// detect returns the outlet the text states and the rule that found it.
func (r *Registry) detect(text string) (string, string) { return r.r.Detect(text) }

// spelling returns a given outlet name worth showing as the input wrote it:
// one with a capital letter ("Anadolu", "DW"). A name all in lower case
// ("nyt", "voice of america") reads as a slug, so the canonical name is
// shown instead and spelling returns "".
func spelling(name string) string {
	for _, c := range name {
		if unicode.IsUpper(c) {
			return name
		}
	}
	return ""
}

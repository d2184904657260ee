package outlet

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Registry knows news outlets by their names: every variant ("Associated
// Press", "The Associated Press", "AP") maps to one canonical name ("AP").
// It canonicalises outlet names given as metadata and detects an article's
// outlet from its text ([Registry.Detect]). A Registry is safe for concurrent use once no more
// names are added.
type Registry struct {
	canon   map[string]string           // normalised name → canonical
	byFirst map[string][]registeredName // first word → names, longest first
	// toldNeeds is how many interviews ("told X") attribute an article to a
	// much-cited outlet: 0 never (news agencies, whose own copy carries a
	// dateline), 2 for the big papers. Other outlets need one.
	toldNeeds map[string]int
	// agencies are the news agencies: a co-credit "X with AFP" names X.
	agencies map[string]bool
}

type registeredName struct {
	key       string // normalised: lower case, single spaces
	canonical string
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{canon: map[string]string{}, byFirst: map[string][]registeredName{}, toldNeeds: map[string]int{}, agencies: map[string]bool{}}
}

// DefaultRegistry returns a fresh registry holding the built-in outlets: the
// major wires, broadcasters and papers (AP, Reuters, AFP, BBC, The New York
// Times, CNN, Al Jazeera, …) and the Afghan outlets (TOLOnews, Khaama
// Press, Ariana News, Pajhwok). The caller may extend it.
func DefaultRegistry() *Registry {
	r := NewRegistry()
	for _, o := range builtinOutlets {
		r.Add(o[0], o[1:]...)
	}
	for _, o := range moreOutlets {
		r.Add(o[0], o[1:]...)
		r.toldNeeds[o[0]] = 2
	}
	for _, o := range agencyOutlets {
		r.Add(o[0], o[1:]...)
	}
	for _, o := range citedAgencies {
		r.toldNeeds[o] = 0
		r.agencies[o] = true
	}
	for _, o := range agencyOutlets {
		r.toldNeeds[o[0]] = 0
		r.agencies[o[0]] = true
	}
	for _, o := range citedPapers {
		r.toldNeeds[o] = 2
	}
	return r
}

// Add registers an outlet under its canonical name with its variants. Names
// match ignoring case, runs of white space and the kind of apostrophe; a
// name added again moves to the new canonical name.
func (r *Registry) Add(canonical string, variants ...string) {
	canonical = cleanTitle(canonical)
	if canonical == "" {
		return
	}
	for _, v := range append([]string{canonical}, variants...) {
		key := normName(v)
		if key == "" {
			continue
		}
		if old, ok := r.canon[key]; ok {
			if old == canonical {
				continue
			}
			first := firstWord(key, 0)
			r.byFirst[first] = slices.DeleteFunc(r.byFirst[first], func(n registeredName) bool { return n.key == key })
		}
		r.canon[key] = canonical
		first := firstWord(key, 0)
		list := append(r.byFirst[first], registeredName{key: key, canonical: canonical})
		slices.SortStableFunc(list, func(a, b registeredName) int { return len(b.key) - len(a.key) })
		r.byFirst[first] = list
	}
}

// LoadFile extends the registry from a file of one outlet a line: the
// canonical name, then its variants, separated by "|":
//
//	# comment lines and blank lines are ignored
//	The Kabul Times|Kabul Times
//	Hasht-e Subh|Hasht-e Subh Daily|8am
//
// White space around names is ignored.
func (r *Registry) LoadFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read outlet registry: %w", err)
	}
	defer f.Close()
	return r.Load(f, path)
}

// Load extends the registry from rd, read as LoadFile reads a file; path
// names it in errors.
func (r *Registry) Load(rd io.Reader, path string) error {
	sc := bufio.NewScanner(rd)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			return fmt.Errorf("read outlet registry %s:%d: invalid UTF-8", path, n)
		}
		names := strings.Split(line, "|")
		if cleanTitle(names[0]) == "" {
			return fmt.Errorf("read outlet registry %s:%d: empty canonical name", path, n)
		}
		r.Add(names[0], names[1:]...)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read outlet registry %s: %w", path, err)
	}
	return nil
}

// Canonical returns the canonical name of an outlet name or variant, and
// whether the registry knows it. Case, white space, a leading "the" and
// surrounding punctuation do not matter.
func (r *Registry) Canonical(name string) (string, bool) {
	key := normName(strings.TrimFunc(name, func(c rune) bool {
		return isSpaceRune(c) || strings.ContainsRune(".,;:!?\"'“”‘’()[]*_", c)
	}))
	if c, ok := r.canon[key]; ok {
		return c, true
	}
	if rest, ok := strings.CutPrefix(key, "the "); ok {
		c, ok := r.canon[rest]
		return c, ok
	}
	return "", false
}

// CanonicalOrSelf canonicalises an outlet name given as metadata, keeping
// an unknown name as given (white space collapsed).
func (r *Registry) CanonicalOrSelf(name string) string {
	if c, ok := r.Canonical(name); ok {
		return c
	}
	return cleanTitle(name)
}

// matchAt returns the outlet whose name (the longest that fits) starts at
// byte i of s, optionally after "the ", and the offset after the name. The
// name must end at a word boundary. With needCap the name's first letter in
// s must be upper case (so "dawn" or "guardian" in prose do not match).
func (r *Registry) matchAt(s string, i int, needCap bool) (string, int) {
	if i >= len(s) {
		return "", 0
	}
	if o, end := r.matchNameAt(s, i, needCap); o != "" {
		return o, end
	}
	if hasPrefixFold(s[i:], "the ") {
		j := i + 4
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		return r.matchNameAt(s, j, needCap)
	}
	return "", 0
}

func (r *Registry) matchNameAt(s string, i int, needCap bool) (string, int) {
	if i >= len(s) {
		return "", 0
	}
	if needCap {
		c, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(c) && !unicode.IsDigit(c) {
			return "", 0
		}
	}
	for _, n := range r.byFirst[firstWord(s, i)] {
		if end := matchKey(s, i, n.key); end >= 0 {
			return n.canonical, end
		}
	}
	return "", 0
}

// matchKey matches a normalised name at byte i of s, ignoring case, with a
// space of the key matching any run of spaces; it returns the end offset, or
// -1. The match must end at a word boundary.
func matchKey(s string, i int, key string) int {
	j := i
	for k := 0; k < len(key); {
		kc, kn := utf8.DecodeRuneInString(key[k:])
		if j >= len(s) {
			return -1
		}
		sc, sn := utf8.DecodeRuneInString(s[j:])
		if kc == ' ' {
			if !isSpaceRune(sc) || sc == '\n' {
				return -1
			}
			for j < len(s) {
				c, n := utf8.DecodeRuneInString(s[j:])
				if !isSpaceRune(c) || c == '\n' {
					break
				}
				j += n
			}
			k += kn
			continue
		}
		if foldRune(sc) != kc {
			return -1
		}
		j += sn
		k += kn
	}
	if j < len(s) {
		c, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return -1
		}
	}
	return j
}

// foldRune maps a rune to the form normName keeps.
func foldRune(c rune) rune {
	switch c {
	case '’', '‘', '`':
		return '\''
	case '‐', '‑', '–':
		return '-'
	}
	return unicode.ToLower(c)
}

// NormName normalises an outlet name for comparison: lower case, one space
// between words, straight apostrophes and hyphens.
func NormName(s string) string { return normName(s) }

// normName normalises an outlet name: lower case, one space between words,
// straight apostrophes.
func normName(s string) string {
	var b strings.Builder
	space := false
	for _, c := range strings.TrimFunc(s, isSpaceRune) {
		if isSpaceRune(c) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(foldRune(c))
	}
	return b.String()
}

// firstWord returns the lower-case run of letters and digits at byte i of s
// (the index key of a name).
func firstWord(s string, i int) string {
	j := i
	for j < len(s) {
		c, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			break
		}
		j += n
	}
	return strings.ToLower(s[i:j])
}

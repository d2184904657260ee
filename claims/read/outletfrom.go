package read

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Values of LoadOptions.OutletFrom.
const (
	OutletFromDir  = "dir"
	OutletFromFile = "file"
)

// ParseOutletFrom checks a LoadOptions.OutletFrom value: "", "dir" or
// "file".
func ParseOutletFrom(s string) (string, error) {
	switch s {
	case "", OutletFromDir, OutletFromFile:
		return s, nil
	}
	return "", fmt.Errorf("unknown outlet source %q (want %s or %s)", s, OutletFromDir, OutletFromFile)
}

// outletFromPath names the outlet of a file's articles after its folder
// (from "dir") or its file name (from "file"), and says which; "", "" when
// from is neither or the name is empty.
func outletFromPath(src, from string, reg *Registry) (string, string) {
	var name, how string
	switch from {
	case OutletFromDir:
		dir := filepath.Dir(src)
		if abs, err := filepath.Abs(dir); err == nil {
			dir = abs
		}
		name, how = filepath.Base(dir), OutletFolder
	case OutletFromFile:
		base := filepath.Base(src)
		name, how = strings.TrimSuffix(base, filepath.Ext(base)), OutletFile
	default:
		return "", ""
	}
	if c, ok := reg.Canonical(name); ok {
		return c, how
	}
	name = cleanTitle(strings.NewReplacer("_", " ", "-", " ").Replace(name))
	if name == "" || name == "." || name == string(filepath.Separator) {
		return "", ""
	}
	if c, ok := reg.Canonical(name); ok {
		return c, how
	}
	if strings.ToLower(name) == name {
		name = titleWords(name)
	}
	return name, how
}

// titleWords capitalises the first letter of every word but "of", "the",
// "and" inside a name ("times of riverton" → "Times of Riverton").
func titleWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && (w == "of" || w == "the" || w == "and") {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

package outlet

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dateline finds a dateline at the start of one of the first lines: a place
// (and maybe a date), the outlet in parentheses, then a dash, a colon or
// the text: "KABUL, Afghanistan (AP) —", "LONDON, March 5 (Reuters) -",
// "Lima, Feb 11 (EFE).- …", "Lahore, Jan 9 (PTI) The …", "MULTAN:
// (Indus Point / Indus Point News - Mar 5th, 2024) …", "(Brief Wire) - …".
func (r *Registry) dateline(top []string) string {
	for _, line := range top {
		if o := r.datelineAt(line); o != "" {
			return o
		}
	}
	return ""
}

// datelineAt reads a dateline opening line.
func (r *Registry) datelineAt(line string) string {
	open := strings.IndexByte(line, '(')
	if open < 0 || open > 80 {
		return ""
	}
	closeAt := strings.IndexByte(line[open:], ')')
	if closeAt < 0 {
		return ""
	}
	o, known := r.datelineCredit(line[open+1 : open+closeAt])
	if o == "" {
		return ""
	}
	prefix := strings.TrimFunc(line[:open], isSpaceRune)
	rawAfter := line[open+closeAt+1:]
	after := strings.TrimLeft(rawAfter, " \t\u00a0")
	after = strings.TrimPrefix(after, ".")
	marked := strings.HasPrefix(after, "-") || strings.HasPrefix(after, "—") ||
		strings.HasPrefix(after, "–") || strings.HasPrefix(after, ":")
	// A registry outlet may end the line ("LONDON (Reuters)" above the
	// text); an unknown one needs the dash, or a date.
	dash := marked || known && after == ""
	if prefix == "" {
		if dash {
			return o
		}
		return ""
	}
	words, dated, ok := datelinePlace(prefix)
	if !ok || !known && looksLikePerson(words) {
		return ""
	}
	dated = dated || hasDate(line[open+1:open+closeAt])
	colon := strings.HasSuffix(prefix, ":") && after != ""
	if places[strings.ToLower(o)] {
		return "" // "KABUL, Afghanistan (Kabul)": a place, not an outlet
	}
	// A dash or a date after the place makes a dateline; an all-caps place
	// does for a registry outlet, and so does the outlet glued to the text
	// (CNN style).
	capsPlace := isAllCapsWord(words[0])
	glued := rawAfter != "" && after == rawAfter
	// An unknown outlet after a place in capitals needs the place to be a
	// known one: "KABUL (Bakhtar) The …", but not "WHO (World Health …)".
	knownPlace := capsPlace && places[strings.ToLower(strings.Trim(prefix, ",: "))]
	if dash || colon || dated && after != "" || known && (capsPlace || glued) || knownPlace && after != "" {
		return o
	}
	return ""
}

// datelineCredit returns the outlet a dateline's parentheses name: the
// first of the credits ("Indus Point / Indus Point News - Mar 5th",
// "AA"), and whether the registry knows it. Generic credits
// ("Agencies") and picture credits ("AP Photo/…") name none.
func (r *Registry) datelineCredit(inner string) (string, bool) {
	if len(inner) > maxCreditLen {
		return "", false
	}
	first := splitAny(inner, []string{"/", " - ", " – ", " — ", ",", ";", " and "})[0]
	if pictureCredit(first) {
		return "", false
	}
	if o := r.known(first); o != "" {
		return o, true
	}
	return r.name(first), false
}

// datelinePlace checks the place (and date) before a dateline's
// parentheses: at most eight capitalised words or numbers, a colon only at
// the end, no sentence punctuation. It returns the words and whether a
// date (a month and a number) is among them.
func datelinePlace(prefix string) (words []string, dated, ok bool) {
	prefix = strings.TrimSuffix(prefix, ":")
	words = strings.Fields(prefix)
	if len(words) == 0 || len(words) > 8 || strings.ContainsAny(prefix, "!?;:\"“”()") {
		return nil, false, false
	}
	for _, w := range words {
		c, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "["))
		if !unicode.IsUpper(c) && !unicode.IsDigit(c) && w != "/" {
			return nil, false, false
		}
	}
	return words, hasDate(prefix), true
}

// hasDate reports whether s holds a month followed by a number ("Feb 11",
// "Jan. 3rd").
func hasDate(s string) bool {
	words := strings.Fields(s)
	for i := 0; i+1 < len(words); i++ {
		if monthWords[strings.ToLower(strings.TrimRight(words[i], ","))] {
			if d, _ := utf8.DecodeRuneInString(words[i+1]); unicode.IsDigit(d) {
				return true
			}
		}
	}
	return false
}

// isAllCapsWord reports whether a word has letters and all are upper case
// ("TALLINN,", "U.S.").
func isAllCapsWord(w string) bool {
	letters := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			if !unicode.IsUpper(c) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// pictureCredit reports a picture credit: "AP Photo", "Reuters file".
func pictureCredit(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(c rune) bool { return !unicode.IsLetter(c) }) {
		switch w {
		case "photo", "photos", "file", "video", "image", "images", "picture", "pictures":
			return true
		}
	}
	return false
}

package outlet

import (
	"strings"
)

// closing finds a closing credit among the last lines, the last line
// first: "SOURCE: AL JAZEERA", "Source: Eastern Wire and agencies", "Published
// in Harbor Herald, March 3rd, 2024", "Bosphorus Daily News with AFP", "(EFE/NAN)",
// a copyright line, or a name alone on the last line after running text.
func (r *Registry) closing(bottom []string) string {
	for i := len(bottom) - 1; i >= 0; i-- {
		line := bottom[i]
		if len(line) > maxCreditLen {
			continue
		}
		if rest, ok := cutSourceLabel(line); ok {
			if o := r.sourceCredit(rest); o != "" {
				return o
			}
			continue
		}
		if isProse(line) && !strings.Contains(line, " published ") && !strings.Contains(line, " appeared ") &&
			!strings.HasPrefix(line, "©") && !hasPrefixFold(line, "copyright") {
			continue // running text, not a credit line
		}
		for _, f := range []func(string) string{r.publishedIn, r.coCredit, r.parenCredit, r.copyright} {
			if o := f(line); o != "" {
				return o
			}
		}
		if r.lastLine(bottom, i) {
			if o := r.name(line); o != "" {
				return o
			}
			if o := r.namePlace(line); o != "" {
				return o // "The Daily Star, Dhaka"
			}
		}
	}
	return ""
}

// lastLine reports whether bottom[i] ends the article after running text,
// a trailing date line aside ("….\n\nGulf Star\n\nMarch 3, 2024").
func (r *Registry) lastLine(bottom []string, i int) bool {
	end := len(bottom) - 1
	if end > 1 && isDateLine(bottom[end]) {
		end--
	}
	return i == end && i > 0 && isProse(bottom[i-1])
}

// creditSeparators split a credit listing several sources.
var creditSeparators = []string{",", ";", "/", "&", " and ", " AND ", " And ", " with ", " With ", " WITH "}

// sourceCredit reads what follows "Source:": the first source when it is an
// outlet's name ("AL JAZEERA AND NEWS AGENCIES"), else the first registry
// outlet listed ("national statistics office, Reuters").
func (r *Registry) sourceCredit(rest string) string {
	parts := splitAny(rest, creditSeparators)
	if o := r.name(parts[0]); o != "" {
		return o
	}
	for _, p := range parts[1:] {
		if o, ok := r.Canonical(p); ok {
			return o
		}
	}
	return ""
}

// publishedIn reads "Published in Harbor Herald, March 3rd, 2024" and "Published in
// The Nation".
//
// Syndication credits read the same way: "This article was originally
// published by Gulf Star", "This story first appeared on Gulf Star",
// "Courtesy: Gulf Star".
func (r *Registry) publishedIn(line string) string {
	low := asciiLower(strings.TrimRight(line, "."))
	at := -1
	for _, p := range publishedPrefixes {
		if strings.HasPrefix(low, p) {
			at = len(p)
			break
		}
	}
	// A syndication credit is a short line of its own: "This article was
	// originally published by …", "Originally published in …".
	short := len(strings.Fields(line)) <= 16 && (strings.HasPrefix(low, "this ") || strings.HasPrefix(low, "originally ") ||
		strings.HasPrefix(low, "first ") || strings.HasPrefix(low, "republished ") || strings.HasPrefix(low, "reproduced "))
	if at < 0 && short {
		for _, p := range syndicationPhrases {
			if i := strings.Index(low, p); i >= 0 {
				at = i + len(p)
				break
			}
		}
	}
	if at < 0 {
		return ""
	}
	rest := strings.TrimRight(line, ".")[at:]
	rest = splitAny(rest, []string{",", " on ", " On ", " | ", " - ", " – ", " — "})[0]
	return r.name(rest)
}

// publishedPrefixes open a publication credit.
var publishedPrefixes = []string{"published in ", "first published in ", "courtesy: ", "courtesy of ", "courtesy "}

// syndicationPhrases credit the outlet a copy comes from.
var syndicationPhrases = []string{
	"originally published in ", "originally published by ", "originally published on ", "originally appeared in ",
	"originally appeared on ", "first appeared in ", "first appeared on ", "first published by ",
	"first published on ", "republished from ", "reproduced from ", "reproduced with permission from ",
	"published by ", "republished with permission from ",
}

// wireCredits are what a publisher credits beside itself: "X with AFP", "X
// and agencies", "X with inputs from agencies".
var wireCredits = wordSet("agencies|news agencies|wires|wire services|agency reports|inputs from agencies|input from agencies|agency inputs|inputs|reuters|ap|afp|dpa|efe|xinhua|anadolu|aa|ani|pti|ians|app|irna|wam|spa|nan")

// coCredit reads "Bosphorus Daily News with AFP" and "Gulf Star and
// agencies": the publisher, never the wire beside it.
func (r *Registry) coCredit(line string) string {
	line = nameCut(line)
	low := asciiLower(line)
	for _, sep := range []string{", with ", " with ", " and "} {
		i := strings.Index(low, sep)
		if i <= 0 {
			continue
		}
		wire := strings.TrimSpace(low[i+len(sep):])
		if !wireCredits[wire] && !r.isAgency(wire) {
			continue
		}
		return r.name(line[:i])
	}
	return ""
}

// publisherOverWire returns the publisher a closing co-credit names beside
// a wire ("Gulf Star with AFP", "Source: Gulf Star and agencies"), or "".
func (r *Registry) publisherOverWire(bottom []string) string {
	for i := len(bottom) - 1; i >= 0; i-- {
		line := bottom[i]
		if len(line) > maxCreditLen {
			continue
		}
		if rest, ok := cutSourceLabel(line); ok {
			line = rest
		}
		if o := r.coCredit(line); o != "" {
			return o
		}
	}
	return ""
}

// isAgency reports whether a name is a news agency the registry knows.
func (r *Registry) isAgency(name string) bool {
	c, ok := r.Canonical(name)
	return ok && r.agencies[c]
}

// parenCredit reads a closing line that is a credit in parentheses:
// "(EFE/NAN)", "(AFP)". A reporting credit ("(Reporting by …)") names
// people.
func (r *Registry) parenCredit(line string) string {
	line = strings.TrimSuffix(line, ".")
	if !strings.HasPrefix(line, "(") || !strings.HasSuffix(line, ")") {
		return ""
	}
	inner := strings.TrimSpace(line[1 : len(line)-1])
	if strings.ContainsAny(inner, "()") || pictureCredit(inner) {
		return ""
	}
	if rest, ok := cutSourceLabel(inner); ok {
		return r.sourceCredit(rest) // "( Source : AP )"
	}
	return r.name(splitAny(inner, []string{"/", ",", ";", " - "})[0])
}

// cutSourceLabel returns what follows "Source:" ("SOURCE: AL JAZEERA").
func cutSourceLabel(line string) (string, bool) {
	for _, label := range []string{"source:", "sources:", "source :"} {
		if hasPrefixFold(line, label) {
			return strings.TrimSpace(line[len(label):]), true
		}
	}
	return "", false
}

// copyright finds the outlet of "© 2024 The Associated Press. All rights
// reserved." or "Copyright 2024 Reuters".
func (r *Registry) copyright(line string) string {
	rest, ok := strings.CutPrefix(line, "©")
	if !ok {
		if !hasPrefixFold(line, "copyright") {
			return ""
		}
		rest = line[len("copyright"):]
	}
	rest = strings.TrimLeft(rest, " \t©(cC)0123456789-–,")
	rest = strings.TrimSpace(rest)
	if o, end := r.matchAt(rest, 0, true); o != "" {
		after := strings.TrimSpace(rest[end:])
		if after == "" || strings.ContainsRune(".,;0123456789", rune(after[0])) {
			return o
		}
	}
	if i := strings.IndexAny(rest, ".,;|"); i >= 0 {
		rest = rest[:i]
	}
	return r.name(strings.TrimRight(rest, " 0123456789-–"))
}

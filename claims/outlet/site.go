package outlet

import (
	"strings"
	"unicode"
)

// standalone finds an outlet named alone, or as a credit, on one of the first
// lines.
func (r *Registry) standalone(top []string) string {
	for _, line := range top {
		if o := r.creditLine(line); o != "" {
			return o
		}
	}
	return ""
}

// siteLine reads the site-name line that opens a page (the first line, or
// the second under a byline or a date line): "Harbor Herald | Updated:
// 2024-03-08 10:15", "Valleypost.com | Published March 9, 2024", "Source: Gulf Star",
// "Nusantara.com, Medan - …", "Delta Pulse - The …", or a name alone
// ("The National", "Lakeside Courier report") followed by running text.
func (r *Registry) siteLine(top []string) string {
	for i := 0; i < len(top) && i < 2; i++ {
		line := top[i]
		if len(line) > 2*maxCreditLen {
			continue
		}
		if i > 0 && !isBylineLine(top[0]) && !isDateLine(top[0]) {
			break // the second line only under a byline or a date
		}
		if rest, ok := cutSourceLabel(line); ok && i == 0 {
			if o := r.sourceCredit(rest); o != "" {
				return o
			}
		}
		if o := r.siteBar(line); o != "" {
			return o
		}
		if o := r.leadCredit(line); o != "" {
			return o
		}
		if o := r.siteDated(line); o != "" {
			return o
		}
		if i+1 < len(top) && leadsToText(top[i+1:]) {
			if o := r.name(line); o != "" {
				return o
			}
			if o := r.namePlace(line); o != "" {
				return o
			}
		}
	}
	return ""
}

// namePlace reads a site name with its place: "Gulf Star, Dubai".
func (r *Registry) namePlace(line string) string {
	head, place, ok := strings.Cut(line, ", ")
	if !ok || strings.Contains(place, ",") || !places[strings.ToLower(nameCut(place))] {
		return ""
	}
	return r.name(head)
}

// leadsToText reports whether the lines under a site-name line are the
// article: running text, maybe after a date line or a byline.
func leadsToText(lines []string) bool {
	if len(lines) > 1 && (isDateLine(lines[0]) || isBylineLine(lines[0])) {
		lines = lines[1:]
	}
	return len(lines) > 0 && isProse(lines[0])
}

func isBylineLine(s string) bool {
	_, ok := cutByline(s)
	return ok
}

// siteDated reads a site-name header with a date: "Gulf Star, March 3,
// 2024", "Gulf Star - 3 March 2024 10:15".
func (r *Registry) siteDated(line string) string {
	for _, sep := range []string{", ", " - ", " – ", " — "} {
		i := strings.Index(line, sep)
		if i <= 0 || !isDateLine(line[i+len(sep):]) {
			continue
		}
		return r.name(line[:i])
	}
	return ""
}

// isDateLine reports whether a short line is a date: "Published September
// 12, 2023", "Wednesday, 9 April", "2024-03-08 10:15", "Updated 3 March".
func isDateLine(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	digit, dated := false, false
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,:;"))
		switch {
		case monthWords[lw] || dayWords[lw]:
			dated = true
		case strings.ContainsAny(lw, "0123456789"):
			digit = true
			if strings.Count(lw, "-") == 2 || strings.Count(lw, "/") == 2 || strings.Contains(lw, ":") {
				dated = true // 2024-03-08, 08/03/2024, 10:15
			}
		case lw == "published" || lw == "updated" || lw == "posted" || lw == "last" || lw == "on" ||
			lw == "at" || lw == "gmt" || lw == "pkt" || lw == "ist" || lw == "utc" || lw == "am" || lw == "pm" ||
			lw == "th" || lw == "st" || lw == "nd" || lw == "rd" || lw == "|" || lw == "-" || lw == "":
		default:
			return false
		}
	}
	return digit && dated
}

// siteBars separate a site's name from the rest of its header line.
var siteBars = []string{" | ", " ｜ ", " · ", " • ", " :: "}

// siteBar reads "NAME | anything": the name before the first bar.
func (r *Registry) siteBar(line string) string {
	for _, bar := range siteBars {
		if i := strings.Index(line, bar); i > 0 {
			return r.name(line[:i])
		}
	}
	return ""
}

// leadDashes end a lead credit: "Delta Pulse - The toll…".
var leadDashes = []string{" - ", " – ", " — ", " -- ", " / "}

// leadCredit reads an outlet opening the first paragraph before a dash:
// "Nusantara.com, Medan - Floods…" (a host name, then the place) or
// "Delta Pulse - The toll…" (a name of two words or more, or a host
// name, that is no place; a place alone or in capitals is a dateline).
func (r *Registry) leadCredit(line string) string {
	at, dash := -1, ""
	for _, d := range leadDashes {
		if i := strings.Index(line, d); i > 0 && (at < 0 || i < at) {
			at, dash = i, d
		}
	}
	if at < 0 || at > maxNameLen+30 || !isProse(line[at+len(dash):]) {
		return ""
	}
	// "Name - a description - did…" is an appositive, not a credit.
	rest := line[at+len(dash):]
	if end := strings.IndexAny(rest, ".!?"); end >= 0 {
		rest = rest[:end]
	}
	if strings.Contains(rest, dash) {
		return ""
	}
	head := line[:at]
	if i := strings.IndexByte(head, ','); i >= 0 {
		_, domain := stripDomain(nameCut(head[:i]))
		if !domain {
			return r.known(head[:i])
		}
		return r.name(head[:i])
	}
	if o := r.known(head); o != "" {
		return o
	}
	_, domain := stripDomain(nameCut(head))
	words := strings.Fields(head)
	brand := len(words) == 1 && innerCapital(words[0]) // "NusaToday - …"
	if !domain && !brand && (len(words) < 2 || isAllCapsWord(strings.Join(words, ""))) {
		return "" // "Kabul - …", "KABUL - …": a place
	}
	return r.name(head)
}

// innerCapital reports whether a word has a capital after its first letter
// and lower case letters too: a brand ("NusaToday", "eHarbor"), not an
// acronym or a word in capitals.
func innerCapital(w string) bool {
	lower, inner := false, false
	for i, c := range w {
		switch {
		case unicode.IsLower(c):
			lower = true
		case unicode.IsUpper(c) && i > 0:
			inner = true
		}
	}
	return lower && inner
}

package outlet

import (
	"slices"
	"strings"
)

// Detection regions.
const (
	topLines    = 6 // non-blank lines at the start of Text searched for credits
	bottomLines = 5 // non-blank lines at the end searched for closing credits and bios
)

// How an outlet was found in the text: the second result of Detect.
const (
	HowByline    = "byline"    // "By NAME, Reuters", "By CNN staff", "By Prairie Monitor"
	HowDateline  = "dateline"  // "KABUL (AP) —", "Lima, Feb 11 (EFE).-"
	HowSite      = "site"      // a site-name line at the top: "Harbor Herald | Updated: …", a name alone
	HowCredit    = "credit"    // a closing credit: "SOURCE: X", "Published in X", "X with AFP", a bio
	HowInterview = "interview" // interviews given to the outlet: "…, he told TOLOnews."
)

// Detect returns the outlet a text (an article's body, title excluded)
// states for itself and how it states it (HowByline, …), or "", "" when
// nothing says. It reads the structure of the page: where a line stands
// (the first lines, the last ones), its marks (parentheses, "|", a
// "SOURCE:" label, "By") and the shape of the name. The registry only
// names what it knows canonically ("(AA)" is Anadolu Agency, "Dawn.com" is
// Dawn); an unknown name is kept as written (title-cased when in
// capitals). In this order:
//
//  1. a byline among the first lines: "By NAME, Reuters", "By Al Jazeera
//     Staff", "By NAME | Gulf Star", or "By NAME" followed by a credit line
//     ("BBC security correspondent");
//  2. a dateline opening one of the first lines: "TALLINN, Estonia (AP) —",
//     "Lahore, Jan 9 (PTI) The…", "MULTAN: (Indus Point / Indus Point
//     News - Mar 5th, 2024)", "(Brief Wire) - …";
//  3. a site-name line at the top: "Harbor Herald | Updated: 2024-03-08",
//     "Valleypost.com | Published March 9, 2024", "Source: Gulf Star", "Nusantara.com,
//     Medan - …", "Delta Pulse - …", or a name alone on the first line
//     ("Lakeside Courier report") followed by running text;
//  4. a closing credit among the last lines: "SOURCE: AL JAZEERA", "Source:
//     Eastern Wire and agencies", "Published in Harbor Herald, March 3rd, 2024",
//     "Bosphorus Daily News with AFP", "(EFE/NAN)", "© 2024 The Associated
//     Press", or a name alone on the last line after running text;
//  5. a registry outlet standing alone (or with a role: "BBC News, Kabul")
//     on one of the first lines;
//  6. a bare "By NAME" byline whose name is no person's ("By Prairie
//     Monitor");
//  7. an author bio among the last lines: "NAME is a reporter with CBS News
//     Philadelphia", "NAME covers … for The Guardian";
//  8. interviews given to a registry outlet: "…, he told TOLOnews." — when
//     one outlet is told (or one is told at least twice as often as any
//     other). Outlets everyone quotes need more: a news agency (AP,
//     Reuters, AFP, …) is never found this way, since its own copy carries
//     its dateline, and a big paper (The New York Times, …) must be told
//     twice.
//
// A wire's dateline or byline yields to a closing co-credit that names
// the publisher beside the wire ("ANKARA (AFP) - …" ending "Gulf Star with
// AFP" is Gulf Star's).
//
// Never an outlet: a source the article cites ("told Reuters news agency",
// "according to the BBC", "NBC News reported"), a wire credited beside the
// publisher ("X with AFP" is X), generic credits ("(Agencies)", "Staff
// Reporter"), a person ("By Dawn Mitchell") or a place ("KABUL -").
func (r *Registry) Detect(text string) (outlet, how string) {
	top := firstNonBlank(text, topLines)
	bottom := lastNonBlank(text, bottomLines)
	steps := []struct {
		find func() string
		how  string
	}{
		{func() string { return r.byline(top) }, HowByline},
		{func() string { return r.dateline(top) }, HowDateline},
		{func() string { return r.siteLine(top) }, HowSite},
		{func() string { return r.closing(bottom) }, HowCredit},
		{func() string { return r.standalone(top) }, HowSite},
		{func() string { return r.bareByline(top) }, HowByline},
		{func() string { return r.bio(bottom) }, HowCredit},
		{func() string { return r.told(text) }, HowInterview},
	}
	for _, s := range steps {
		o := s.find()
		if o == "" {
			continue
		}
		// A wire's dateline or byline on a copy whose closing credit names
		// the publisher beside the wire ("Gulf Star with AFP") is the
		// publisher's article.
		if r.agencies[o] && (s.how == HowDateline || s.how == HowByline) {
			if p := r.publisherOverWire(bottom); p != "" && p != o {
				return p, HowCredit
			}
		}
		return o, s.how
	}
	return "", ""
}

// trimLine trims white space and Markdown emphasis or quote marks around a
// line ("*By Ann Lee, Reuters*", "> SOURCE: AL JAZEERA").
func trimLine(s string) string {
	return strings.TrimFunc(s, func(c rune) bool { return isSpaceRune(c) || c == '*' || c == '_' || c == '>' })
}

// firstNonBlank returns up to n trimmed non-blank lines from the start of s.
func firstNonBlank(s string, n int) []string {
	var out []string
	for len(out) < n && s != "" {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		if t := trimLine(line); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// lastNonBlank returns up to n trimmed non-blank lines from the end of s, in
// text order.
func lastNonBlank(s string, n int) []string {
	var out []string
	for len(out) < n && s != "" {
		i := strings.LastIndexByte(s, '\n')
		line := s[i+1:]
		s = s[:max(i, 0)]
		if t := trimLine(line); t != "" {
			out = append(out, t)
		}
	}
	slices.Reverse(out)
	return out
}

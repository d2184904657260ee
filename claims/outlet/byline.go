package outlet

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// byline finds "By …" lines among the first lines: a registry outlet in
// one of the byline's parts or on the next line, or an unknown name the
// byline marks as an outlet's ("By Gulf Star staff", "By Ann Lee, Gulf
// Star", "By Ann Lee\nGulf Star correspondent").
func (r *Registry) byline(top []string) string {
	for i, line := range top {
		rest, ok := cutByline(line)
		if !ok {
			if o := r.roleLine(line); o != "" {
				return o
			}
			continue
		}
		if o := r.creditSegments(rest); o != "" {
			return o
		}
		if o := r.bylineName(rest); o != "" {
			return o
		}
		if i+1 < len(top) {
			if o := r.creditLine(top[i+1]); o != "" {
				return o
			}
			if o := r.roleCredit(top[i+1]); o != "" && rest != "" && !strings.Contains(top[i+1], "(") {
				return o
			}
		}
	}
	return ""
}

// bylineName reads an unknown outlet from a byline: the part after the
// last separator ("By NAME, Outlet", "By NAME | Outlet"), or a name with a
// role ("By Outlet staff"). Co-authors ("By A and B") are people.
func (r *Registry) bylineName(rest string) string {
	parts := splitAny(rest, []string{",", "|", ";", "·", "•", " / ", " - ", " – ", " — ", " for ", " For "})
	if len(parts) > 1 {
		last := strings.TrimSpace(parts[len(parts)-1])
		if strings.Contains(last, " and ") {
			return ""
		}
		return r.name(last)
	}
	return r.roleCredit(rest)
}

// roleLine reads a credit line with no "By": a role, then the outlet after
// the last comma ("Savar Correspondent, bdnews24.com", "Staff Reporter,
// Dhaka Tribune").
func (r *Registry) roleLine(line string) string {
	if len(line) > maxCreditLen {
		return ""
	}
	i := strings.LastIndexByte(line, ',')
	if i < 0 {
		return ""
	}
	role := strings.Fields(line[:i])
	if len(role) == 0 || len(role) > 3 || !roleWords[strings.ToLower(role[len(role)-1])] {
		return ""
	}
	return r.name(line[i+1:])
}

// roleCredit returns the outlet of a name followed by a staff role ("Gulf
// Star staff", "Capital Tribune correspondent"), or "".
func (r *Registry) roleCredit(s string) string {
	s = nameCut(s)
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > maxNameWords+1 || !trailingRoles[strings.ToLower(words[len(words)-1])] {
		return ""
	}
	if strings.Contains(s, " and ") {
		return ""
	}
	return r.name(s)
}

// bareByline finds "By NAME" on one of the first lines where NAME is an
// outlet's name, not a person's ("By Prairie Monitor"; "By Jim Heintz" is a
// person).
func (r *Registry) bareByline(top []string) string {
	for _, line := range top {
		rest, ok := cutByline(line)
		if !ok || strings.ContainsAny(rest, ",|;/") || strings.Contains(rest, " and ") {
			continue
		}
		if o := r.name(rest); o != "" {
			return o
		}
	}
	return ""
}

// cutByline returns what follows "By" on a byline: a short line of names
// that does not end like a sentence.
func cutByline(line string) (string, bool) {
	line = cutPostedBy(line)
	if len(line) < 2 || !strings.EqualFold(line[:2], "by") {
		return "", false
	}
	if len(line) > maxCreditLen {
		return "", false
	}
	rest := line[2:]
	if rest != "" {
		c, _ := utf8.DecodeRuneInString(rest)
		if !isSpaceRune(c) && c != ':' {
			return "", false
		}
	}
	rest = strings.TrimLeft(strings.TrimFunc(rest, isSpaceRune), ":")
	if len(strings.Fields(rest)) > 12 || strings.HasSuffix(rest, ".") && !endsWithInitial(rest) {
		return "", false
	}
	if rest != "" {
		c, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsLower(c) && !hasPrefixFold(rest, "the ") {
			return "", false // "by the time…", "by contrast"
		}
	}
	return rest, true
}

// postedWords open a blog-style byline: "Posted on March 3, 2024 by
// Gulf Star Staff", "Written by …".
var postedWords = wordSet("posted|published|written|story|words|compiled|text")

// cutPostedBy turns "Posted on DATE by NAME" into "by NAME"; other lines are
// returned as they are.
func cutPostedBy(line string) string {
	i := strings.Index(asciiLower(line), " by ")
	if i <= 0 || i > 60 {
		return line
	}
	head := strings.Fields(line[:i])
	if !postedWords[strings.ToLower(head[0])] {
		return line
	}
	if len(head) > 1 && !isDateLine(strings.Join(head[1:], " ")) {
		return line
	}
	return line[i+1:]
}

// endsWithInitial reports whether s ends with an initial or abbreviation
// ("Jr.", "J.").
func endsWithInitial(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && len(f[len(f)-1]) <= 3
}

// bylineSeparators split a byline into credits.
var bylineSeparators = []string{",", "|", ";", "·", "•", " - ", " – ", " — ", "/", " for ", " and "}

// creditSegments looks for a credit in the parts of a byline.
func (r *Registry) creditSegments(s string) string {
	for _, p := range splitAny(s, bylineSeparators) {
		if o := r.creditLine(p); o != "" {
			return o
		}
	}
	return ""
}

// roleWords end a credit line after an outlet name: "BBC security
// correspondent", "Al Jazeera Staff".
var roleWords = map[string]bool{
	"correspondent": true, "correspondents": true, "reporter": true, "reporters": true,
	"editor": true, "editors": true, "writer": true, "writers": true, "staff": true,
	"staffer": true, "producer": true, "producers": true, "journalist": true,
	"journalists": true, "desk": true, "bureau": true, "contributor": true,
	"columnist": true, "team": true, "newsroom": true, "service": true, "wire": true,
	"online": true, "digital": true, "investigates": true, "verify": true,
}

// maxCreditLen bounds the bytes of a credit line or byline.
const maxCreditLen = 160

// creditLine returns the outlet a short credit line names: the outlet alone
// ("Al Jazeera", "The New York Times"), followed by a separator and a place
// or desk ("BBC News, Kabul"), or followed by a role ("BBC security
// correspondent").
func (r *Registry) creditLine(s string) string {
	if len(s) > maxCreditLen {
		return ""
	}
	s = strings.TrimFunc(s, func(c rune) bool { return isSpaceRune(c) || strings.ContainsRune(".,;:*_|", c) })
	if s == "" || len(strings.Fields(s)) > 8 || strings.ContainsAny(s[:1], "([{") {
		return "" // too long for a credit, or a bracketed picture credit
	}
	if o, ok := r.Canonical(s); ok {
		return o
	}
	o, end := r.matchAt(s, 0, true)
	if o == "" {
		return ""
	}
	rest := strings.TrimFunc(s[end:], isSpaceRune)
	if rest == "" {
		return o
	}
	c, _ := utf8.DecodeRuneInString(rest)
	if strings.ContainsRune(",|-–—:/(", c) {
		return o
	}
	words := strings.Fields(rest)
	if len(words) == 0 {
		return o // only white space that isSpaceRune does not know (U+2028)
	}
	last := strings.ToLower(strings.Trim(words[len(words)-1], ".,;:"))
	if roleWords[last] && len(words) <= 4 {
		return o
	}
	return ""
}

package outlet

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Detection regions.
const (
	topLines    = 6 // non-blank lines at the start of Text searched for credits
	bottomLines = 5 // non-blank lines at the end searched for SOURCE lines and bios
)

// Detect returns the outlet a text (an article's body, title excluded)
// states for itself and the rule that found it, or "", "" when nothing
// says. The rules, in this order:
//
//  1. a byline among the first lines: "By NAME, Reuters", "By Al Jazeera
//     Staff", or "By NAME" followed by a credit line ("BBC security
//     correspondent", "Al Jazeera");
//  2. a dateline opening one of the first lines: "TALLINN, Estonia (AP) —",
//     "LONDON (Reuters) -";
//  3. a closing "SOURCE: AL JAZEERA" line (the first outlet it lists), or a
//     closing copyright line ("© 2024 The Associated Press");
//  4. an outlet name standing alone (or with a role: "BBC News, Kabul") on
//     one of the first lines;
//  5. an author bio among the last lines: "NAME is a reporter with CBS News
//     Philadelphia", "NAME covers … for The Guardian";
//  6. interviews given to the outlet: "…, he told TOLOnews." — when one
//     outlet is told (or one is told at least twice as often as any other).
//     Outlets everyone quotes need more: a news agency (AP, Reuters, AFP,
//     Bloomberg, Xinhua, TASS, RIA Novosti) is never found this way, since
//     its own copy carries its dateline, and a big paper (The New York
//     Times, Financial Times, …) must be told twice.
//
// Mentions of other outlets as sources ("the New York Times reported",
// "according to TASS", "in an interview with TASS news agency", "told
// Reuters news agency") never attribute.
func (r *Registry) Detect(text string) (outlet, rule string) {
	top := firstNonBlank(text, topLines)
	bottom := lastNonBlank(text, bottomLines)
	if o := r.byline(top); o != "" {
		return o, "byline"
	}
	if o := r.dateline(top); o != "" {
		return o, "dateline"
	}
	if o := r.closing(bottom); o != "" {
		return o, "closing"
	}
	if o := r.standalone(top); o != "" {
		return o, "standalone"
	}
	if o := r.bio(bottom); o != "" {
		return o, "bio"
	}
	if o := r.told(text); o != "" {
		return o, "told"
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

// byline finds "By …" lines among the first lines.
func (r *Registry) byline(top []string) string {
	for i, line := range top {
		rest, ok := cutByline(line)
		if !ok {
			continue
		}
		if o := r.creditSegments(rest); o != "" {
			return o
		}
		if i+1 < len(top) {
			if o := r.creditLine(top[i+1]); o != "" {
				return o
			}
		}
	}
	return ""
}

// cutByline returns what follows "By" on a byline: a short line of names
// that does not end like a sentence.
func cutByline(line string) (string, bool) {
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

// dateline finds a dateline at the start of one of the first lines: a place
// (and maybe a date) in capitals, the outlet in parentheses, then a dash or
// colon: "KABUL, Afghanistan (AP) —", "LONDON, March 5 (Reuters) -".
func (r *Registry) dateline(top []string) string {
	for _, line := range top {
		open := strings.IndexByte(line, '(')
		if open < 0 || open > 80 {
			continue
		}
		closeAt := strings.IndexByte(line[open:], ')')
		if closeAt < 0 {
			continue
		}
		o, ok := r.Canonical(line[open+1 : open+closeAt])
		if !ok {
			continue
		}
		prefix := strings.TrimFunc(line[:open], isSpaceRune)
		after := strings.TrimLeft(line[open+closeAt+1:], " \t\u00a0")
		dash := after == "" || strings.HasPrefix(after, "-") || strings.HasPrefix(after, "—") ||
			strings.HasPrefix(after, "–") || strings.HasPrefix(after, ":")
		words := strings.Fields(prefix)
		if len(words) > 8 {
			continue
		}
		if prefix == "" {
			if dash {
				return o
			}
			continue
		}
		capsPlace := isAllCapsWord(words[0])
		titled := true
		for _, w := range words {
			c, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(c) && !unicode.IsDigit(c) {
				titled = false
			}
		}
		if strings.ContainsAny(prefix, "!?;\"“”") || !titled {
			continue
		}
		// An all-caps place is a dateline whatever follows; a title-case
		// place needs the dash, or the outlet glued to the text (CNN style).
		if capsPlace || dash || (after != "" && after == line[open+closeAt+1:]) {
			return o
		}
	}
	return ""
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

// closing finds "SOURCE: …" and copyright lines among the last lines.
func (r *Registry) closing(bottom []string) string {
	for i := len(bottom) - 1; i >= 0; i-- {
		line := bottom[i]
		if rest, ok := cutSourceLabel(line); ok {
			for _, part := range splitAny(rest, []string{",", ";", "/", "&", " and ", " AND ", " And "}) {
				if o, ok := r.Canonical(part); ok {
					return o
				}
			}
			continue
		}
		if o := r.copyright(line); o != "" {
			return o
		}
	}
	return ""
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
	return ""
}

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

// bio finds an author bio among the last lines: a name, "is a … reporter
// with|for|at OUTLET" (or "covers … for OUTLET").
func (r *Registry) bio(bottom []string) string {
	for i := len(bottom) - 1; i >= 0; i-- {
		// Sentences are cut at ". "; a bio sentence starts with the name.
		for sent := range strings.SplitAfterSeq(bottom[i], ". ") {
			if o := r.bioSentence(sent); o != "" {
				return o
			}
		}
	}
	return ""
}

// bioSentence reads "Name Name is a|an|the … ROLE with|for|at OUTLET" or
// "Name Name covers|writes|reports … for|with|at OUTLET".
func (r *Registry) bioSentence(s string) string {
	words, i := 0, 0
	var pred string
	needRole := false
	for pred == "" {
		w, next := nextWord(s, i)
		if w == "" {
			return ""
		}
		i = next
		if c, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(c) {
			if words++; words > 5 {
				return ""
			}
			continue
		}
		if words == 0 {
			return ""
		}
		switch w {
		case "is":
			art, next := nextWord(s, i)
			if art != "a" && art != "an" && art != "the" {
				return ""
			}
			needRole = true
			pred = s[next:]
		case "covers", "writes", "reports":
			pred = s[i:]
		default:
			return ""
		}
	}
	if strings.HasPrefix(pred, " former ") || strings.Contains(pred, " former ") {
		return ""
	}
	if needRole && !hasRoleWord(pred) {
		return ""
	}
	for _, prep := range []string{" with ", " for ", " at "} {
		for off := 0; ; {
			i := strings.Index(pred[off:], prep)
			if i < 0 {
				break
			}
			pos := off + i + len(prep)
			if o, _ := r.matchAt(pred, pos, true); o != "" {
				return o
			}
			off = pos
		}
	}
	return ""
}

// nextWord returns the space-separated word at or after byte i of s and the
// offset after it.
func nextWord(s string, i int) (string, int) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '\t' {
		j++
	}
	return s[i:j], j
}

// bioRoles are the jobs a bio names before its outlet.
var bioRoles = []string{"reporter", "correspondent", "writer", "journalist", "editor", "producer",
	"contributor", "columnist", "chief", "anchor", "host", "photographer", "fellow", "staff"}

func hasRoleWord(s string) bool {
	for _, w := range bioRoles {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// toldStops after "told OUTLET" mean the outlet is a third party being
// cited ("told TASS news agency", "told CNN's anchor").
var toldStops = []string{" news agency", " agency", " newspaper", " daily", " broadcaster", " television", " tv",
	" programme", " program", " show", " network", " channel", " radio", " website", "'s", "’s"}

// told counts interviews given to outlets ("…, she told Al Jazeera.") and
// returns the outlet when one clearly dominates.
func (r *Registry) told(text string) string {
	counts := map[string]int{}
	for off := 0; ; {
		i := strings.Index(text[off:], "told ")
		if i < 0 {
			break
		}
		i += off
		off = i + len("told ")
		if i > 0 {
			c, _ := utf8.DecodeLastRuneInString(text[:i])
			if unicode.IsLetter(c) {
				continue
			}
		}
		o, end := r.matchAt(text, off, true)
		if o == "" {
			continue
		}
		after := strings.ToLower(text[end:min(len(text), end+16)])
		stop := false
		for _, s := range toldStops {
			if strings.HasPrefix(after, s) {
				stop = true
				break
			}
		}
		if !stop {
			counts[o]++
		}
	}
	o := dominant(counts)
	if need, ok := r.toldNeeds[o]; ok && (need == 0 || counts[o] < need) {
		return ""
	}
	return o
}

// dominant returns the outlet told alone, or told at least twice and at
// least twice as often as any other.
func dominant(counts map[string]int) string {
	best, bestN, second := "", 0, 0
	for o, n := range counts {
		switch {
		case n > bestN || (n == bestN && o < best):
			second = max(second, bestN)
			best, bestN = o, n
		case n > second:
			second = n
		}
	}
	if bestN == 0 {
		return ""
	}
	if len(counts) == 1 || (bestN >= 2 && bestN >= 2*second) {
		return best
	}
	return ""
}

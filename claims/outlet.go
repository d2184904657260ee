package claims

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Registry knows news outlets by their names: every variant ("Associated
// Press", "The Associated Press", "AP") maps to one canonical name ("AP").
// It canonicalises outlet names given as metadata and detects an article's
// outlet from its text. A Registry is safe for concurrent use once no more
// names are added.
type Registry struct {
	canon   map[string]string           // normalised name → canonical
	byFirst map[string][]registeredName // first word → names, longest first
	// toldNeeds is how many interviews ("told X") attribute an article to a
	// much-cited outlet: 0 never (news agencies, whose own copy carries a
	// dateline), 2 for the big papers. Other outlets need one.
	toldNeeds map[string]int
}

type registeredName struct {
	key       string // normalised: lower case, single spaces
	canonical string
}

// builtinOutlets lists the outlets of DefaultRegistry: canonical name first,
// then variants. Ambiguous names ("The Times", "ABC", "FT", "The Post") are
// left out on purpose.
var builtinOutlets = [][]string{
	{"AP", "Associated Press", "The Associated Press", "AP News"},
	{"Reuters", "Thomson Reuters", "Reuters News"},
	{"AFP", "Agence France-Presse", "Agence France Presse", "Agence France-Press"},
	{"BBC", "BBC News", "BBC World Service", "BBC World", "BBC News Online", "BBC Persian", "BBC Pashto", "BBC Urdu", "BBC Russian", "BBC Monitoring"},
	{"The New York Times", "New York Times", "NYT", "NY Times", "N.Y. Times", "nytimes.com"},
	{"The Washington Post", "Washington Post"},
	{"CNN", "CNN International"},
	{"Al Jazeera", "Al Jazeera English", "Aljazeera", "Al-Jazeera", "Al Jazeera Arabic", "Al Jazeera America"},
	{"TOLOnews", "Tolo News", "TOLOnews.com"},
	{"CBS News", "CBS", "CBS News Philadelphia", "CBS Philadelphia", "CBS News Chicago", "CBS News New York", "CBS News Boston", "CBS News Los Angeles", "CBS News Bay Area", "CBS News Miami", "CBS News Minnesota", "CBS News Colorado", "CBS News Detroit", "CBS News Pittsburgh", "CBS News Baltimore", "CBS News Texas", "CBS News Sacramento"},
	{"NBC News", "NBC"},
	{"ABC News"},
	{"VOA", "Voice of America", "VOA News"},
	{"RFE/RL", "Radio Free Europe/Radio Liberty", "Radio Free Europe / Radio Liberty", "Radio Free Europe", "Radio Liberty", "RFERL"},
	{"The Guardian", "Guardian"},
	{"Fox News", "Fox News Channel", "Fox News Digital"},
	{"Bloomberg", "Bloomberg News"},
	{"Xinhua", "Xinhua News Agency"},
	{"TASS", "ITAR-TASS"},
	{"RIA Novosti"},
	{"Al Arabiya", "Al-Arabiya", "Alarabiya"},
	{"Dawn", "Dawn.com", "Dawn News"},
	{"The Wall Street Journal", "Wall Street Journal", "WSJ"},
	{"Financial Times"},
	{"NPR", "National Public Radio"},
	{"Sky News"},
	{"Deutsche Welle", "DW", "DW News"},
	{"France 24", "France24"},
	{"Euronews"},
	{"The Independent"},
	{"The Telegraph", "The Daily Telegraph"},
	{"Politico"},
	{"Axios"},
	{"Khaama Press", "Khaama Press News Agency", "Khaama"},
	{"Ariana News", "Ariana News Agency"},
	{"Pajhwok", "Pajhwok Afghan News", "Pajhwok News"},
}

// citedAgencies are news agencies other outlets quote all the time ("told
// Reuters"); their own copy opens with a dateline, so an interview alone
// never attributes an article to them.
var citedAgencies = []string{"AP", "Reuters", "AFP", "Bloomberg", "Xinhua", "TASS", "RIA Novosti"}

// citedPapers are newspapers other outlets often quote ("told the Financial
// Times"); an article is theirs by interview only when it says so twice.
var citedPapers = []string{"The New York Times", "The Washington Post", "The Wall Street Journal",
	"Financial Times", "The Guardian", "The Independent", "The Telegraph", "Politico", "Axios"}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{canon: map[string]string{}, byFirst: map[string][]registeredName{}, toldNeeds: map[string]int{}}
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
	for _, o := range citedAgencies {
		r.toldNeeds[o] = 0
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
	sc := bufio.NewScanner(f)
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

// canonicalOrSelf canonicalises a metadata outlet, keeping unknown names as
// given (trimmed).
func (r *Registry) canonicalOrSelf(name string) string {
	if c, ok := r.Canonical(name); ok {
		return c
	}
	return cleanTitle(name)
}

// Detection regions.
const (
	topLines    = 6 // non-blank lines at the start of Text searched for credits
	bottomLines = 5 // non-blank lines at the end searched for SOURCE lines and bios
)

// Detect returns the outlet an article states for itself, or "" when nothing
// says. An outlet already set on the article (metadata) wins, canonicalised.
// Otherwise, in this order:
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
func (r *Registry) Detect(a *Article) string {
	if a == nil {
		return ""
	}
	if strings.TrimSpace(a.Outlet) != "" {
		return r.canonicalOrSelf(a.Outlet)
	}
	o, _ := r.detect(a.Text)
	return o
}

// detect returns the outlet the text states and the rule that found it.
func (r *Registry) detect(text string) (outlet, rule string) {
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

// hasPrefixFold reports whether s starts with prefix, ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// splitAny splits s at every separator.
func splitAny(s string, seps []string) []string {
	parts := []string{s}
	for _, sep := range seps {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	return parts
}

package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/crosscheck-news/crosscheck/claims"
)

// token is one content word of a sentence, normalised for comparison.
type token struct {
	term    string // Snowball stem of the lower-cased word
	name    bool   // written capitalised inside the sentence: a name or a place
	initial bool   // the first word of the sentence, whose capital says nothing
	pos     int    // byte offset of the word in its sentence
	end     int    // byte offset just after the word
}

// extraStop are words that carry no event identity in news copy, beyond
// Snowball's English stop words: reporting verbs, number words (numbers are
// compared as figures, never as text) and the generic nouns and verbs of a
// count, which the measure already compares.
var extraStop = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "according": true,
	"reported": true, "report": true, "also": true, "would": true, "could": true,
	"may": true, "might": true, "must": true, "one": true, "two": true,
	"three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true,
	"seventy": true, "eighty": true, "ninety": true, "hundred": true,
	"hundreds": true, "thousand": true, "thousands": true, "million": true,
	"millions": true, "billion": true, "dozen": true, "dozens": true,
	"least": true, "nearly": true, "almost": true, "around": true,
	"roughly": true, "approximately": true, "estimated": true, "many": true,
	"people": true, "others": true, "including": true, "among": true,
	"killed": true, "killing": true, "kill": true, "kills": true, "dead": true,
	"died": true, "death": true, "deaths": true, "toll": true, "injured": true,
	"injuring": true, "wounded": true, "wounding": true, "percent": true,
	"per": true, "cent": true,
	// Titles and days of the week are written with a capital but name no
	// one and nowhere: two reports sharing "Gen." or "Thursday" need not
	// speak of one event.
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "maj": true,
	"lt": true, "col": true, "capt": true, "sgt": true, "sen": true, "rep": true,
	"gov": true, "prof": true, "st": true, "jr": true, "sr": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "today": true,
	"yesterday": true, "tomorrow": true,
}

// isStop reports whether a lower-cased word is left out of the comparison.
func isStop(w string) bool {
	return english.IsStopWord(w) || extraStop[w] || len(w) < 2
}

// tokenize returns the content words of a sentence: stop words, numbers and
// words holding digits are left out; each kept word is stemmed one at a
// time with Snowball. A word written with a capital letter anywhere but at
// the start of the sentence is marked as a name.
func tokenize(s string, st stemmer) []token {
	var out []token
	first := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		start := i
		digits := false
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if unicode.IsDigit(r) {
				digits = true
			} else if !unicode.IsLetter(r) && !isWordJoiner(s, i, r) {
				break
			}
			i += size
		}
		word := s[start:i]
		atStart := first
		first = false
		if digits {
			continue
		}
		word = trimPossessive(word)
		lower := strings.ToLower(word)
		if isStop(lower) {
			continue
		}
		lead, _ := utf8.DecodeRuneInString(word)
		out = append(out, token{
			term:    st.stem(lower),
			name:    unicode.IsUpper(lead) && !atStart,
			initial: atStart,
			end:     i,
			pos:     start,
		})
	}
	return out
}

// tokenizeAll tokenises every sentence of every article, the articles
// shared out over the cores, each worker with a stemmer of its own; st
// stems the titles after.
func tokenizeAll(cls [][]claims.Claim, st stemmer) [][][]token {
	toks := make([][][]token, len(cls))
	shareOut(len(cls), 64, func(w, workers int) {
		own := stemmer{}
		if w == 0 {
			own = st
		}
		for a := w; a < len(cls); a += workers {
			toks[a] = make([][]token, len(cls[a]))
			for s, c := range cls[a] {
				toks[a][s] = tokenize(c.Sentence.Text, own)
			}
		}
	})
	return toks
}

// stemmer memoises Snowball stems: news text repeats its words, and
// stemming is the costliest step of normalisation.
type stemmer map[string]string

func (st stemmer) stem(lower string) string {
	if t, ok := st[lower]; ok {
		return t
	}
	t := english.Stem(lower, true)
	st[lower] = t
	return t
}

// isWordJoiner reports whether r at s[i] joins two letters of one word: an
// apostrophe or a hyphen between letters ("Al-Qaeda", "IS-K", "don't").
func isWordJoiner(s string, i int, r rune) bool {
	if r != '\'' && r != '’' && r != '-' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
	return unicode.IsLetter(next)
}

// trimPossessive drops a trailing "'s" or "’s".
func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// reportingVerbs introduce who said something, not what happened.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true,
	"reported": true, "reports": true, "announced": true, "announces": true,
	"stated": true, "confirmed": true, "confirms": true, "added": true,
	"estimated": true, "estimates": true, "claimed": true, "claims": true,
}

// sourceNouns may stand between a name and its reporting verb: "Russia's
// health ministry said", "Iranian state media say".
var sourceNouns = map[string]bool{
	"official": true, "officials": true, "ministry": true, "authorities": true,
	"police": true, "media": true, "state": true, "agency": true, "news": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "sources": true,
	"television": true, "tv": true, "health": true, "interior": true,
	"emergency": true, "emergencies": true, "services": true, "government": true,
}

// attribution marks the tokens of a sentence that name a source rather
// than the event: a run of names followed by a reporting verb ("Russia's
// Health Ministry said", "Iranian state media say") or after "according
// to". isName tells which tokens are names.
func attribution(s string, toks []token, isName func(token) bool) []bool {
	out := make([]bool, len(toks))
	for k := 0; k < len(toks); {
		if !isName(toks[k]) {
			k++
			continue
		}
		j := k // the run of names toks[k..j]
		for j+1 < len(toks) && isName(toks[j+1]) && onlySpace(s, toks[j].end, toks[j+1].pos) {
			j++
		}
		if reportsAfter(s, toks[j].end) || accordingBefore(s, toks[k].pos) {
			for x := k; x <= j; x++ {
				out[x] = true
			}
		}
		k = j + 1
	}
	return out
}

// onlySpace reports whether s[from:to] holds nothing but a possessive and
// white space.
func onlySpace(s string, from, to int) bool {
	if from > to || to > len(s) {
		return false
	}
	gap := strings.TrimSpace(s[from:to])
	return gap == "" || gap == "'s" || gap == "’s"
}

// reportsAfter reports whether the words after offset i are a reporting
// verb, possibly after up to two source nouns.
func reportsAfter(s string, i int) bool {
	rest := strings.TrimPrefix(strings.TrimPrefix(s[min(i, len(s)):], "'s"), "’s")
	if len(rest) > 64 {
		rest = rest[:64] // a reporting verb comes within three words
	}
	words := strings.Fields(rest)
	if len(words) > 3 {
		words = words[:3]
	}
	for n, w := range words {
		w = strings.ToLower(strings.Trim(w, ",.;:\"'“”‘’"))
		switch {
		case reportingVerbs[w]:
			return true
		case n < 2 && sourceNouns[w]:
			continue
		}
		return false
	}
	return false
}

// accordingBefore reports whether "according to" (and perhaps "the")
// comes right before offset i.
func accordingBefore(s string, i int) bool {
	head := s[:min(i, len(s))]
	if len(head) > 24 {
		head = head[len(head)-24:]
	}
	head = strings.ToLower(strings.TrimSpace(head))
	head = strings.TrimSuffix(head, " the")
	return strings.HasSuffix(head, "according to")
}

package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// attribution is what a word is to the attribution marks.
type attribution uint8

// The attributions of words.
const (
	otherWord     attribution = iota
	reportingVerb             // introduces who said something, not what happened
	sourceNoun                // may stand between a name and its verb: "Russia's health ministry said"
)

// longestAttribution is the length of the longest reporting verb or
// source noun: no longer word is one.
const longestAttribution = len("spokesperson")

// attributionOf returns what the lower-case word w is: a reporting verb,
// a source noun ("Iranian state media say") or neither. A switch, not a
// map: it is read for nearly every token, and is faster so.
func attributionOf(w string) attribution {
	switch w {
	case "said", "says", "say", "told", "tells", "reported", "reports",
		"announced", "announces", "stated", "confirmed", "confirms",
		"added", "estimated", "estimates", "claimed", "claims":
		return reportingVerb
	case "official", "officials", "ministry", "authorities", "police",
		"media", "state", "agency", "news", "spokesman", "spokeswoman",
		"spokesperson", "sources", "television", "tv", "health",
		"interior", "emergency", "emergencies", "services", "government":
		return sourceNoun
	}
	return otherWord
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
// verb, possibly after up to two source nouns. Each word is lower-cased
// into the Tokenizer's buffer, which attributionOf reads without copying.
func (tk *Tokenizer) reportsAfter(s string, i int) bool {
	rest := strings.TrimPrefix(strings.TrimPrefix(s[min(i, len(s)):], "'s"), "’s")
	if len(rest) > 64 {
		rest = rest[:64] // a reporting verb comes within three words
	}
	from := 0
	for n := 0; n < 3; n++ {
		var w string
		if w, from = nextField(rest, from); w == "" {
			return false
		}
		tk.low = appendLower(tk.low[:0], trimMarks(w))
		if len(tk.low) > longestAttribution {
			return false // and string(tk.low) would be copied to the heap
		}
		switch attributionOf(string(tk.low)) {
		case reportingVerb:
			return true
		case sourceNoun:
			if n < 2 {
				continue
			}
		}
		return false
	}
	return false
}

// nextField returns the first run of non-space runes of s at or after
// byte from (the next field strings.Fields would give) and the offset just
// after it, or "" when there is none.
func nextField(s string, from int) (string, int) {
	for from < len(s) {
		sp, n := spaceAt(s, from)
		if !sp {
			break
		}
		from += n
	}
	start := from
	for from < len(s) {
		sp, n := spaceAt(s, from)
		if sp {
			break
		}
		from += n
	}
	return s[start:from], from
}

// spaceAt reports whether the rune at s[i] is white space (unicode.IsSpace)
// and its length; ASCII is decided without decoding, since it is nearly
// all of the text.
func spaceAt(s string, i int) (bool, int) {
	if b := s[i]; b < utf8.RuneSelf {
		return b == ' ' || b >= '\t' && b <= '\r', 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), n
}

// trimMarks trims the punctuation and quotes around a word, as
// strings.Trim(w, ",.;:\"'“”‘’") does, without building a cutset.
func trimMarks(w string) string {
	for w != "" {
		if n := markLen(w, false); n > 0 {
			w = w[n:]
			continue
		}
		break
	}
	for w != "" {
		if n := markLen(w, true); n > 0 {
			w = w[:len(w)-n]
			continue
		}
		break
	}
	return w
}

// markLen is the length of the mark trimMarks drops at the start of w (at
// its end when last), or 0.
func markLen(w string, last bool) int {
	b := w[0]
	if last {
		b = w[len(w)-1]
	}
	if b < utf8.RuneSelf {
		switch b {
		case ',', '.', ';', ':', '"', '\'':
			return 1
		}
		return 0 // no curly quote starts or ends with an ASCII byte
	}
	for _, q := range [...]string{"“", "”", "‘", "’"} {
		if !last && strings.HasPrefix(w, q) || last && strings.HasSuffix(w, q) {
			return len(q)
		}
	}
	return 0
}

// lastField returns the last run of non-space runes of s before byte to
// (the last field strings.Fields(s[:to]) would give) and its start, or ""
// when there is none.
func lastField(s string, to int) (string, int) {
	for to > 0 {
		sp, n := spaceBefore(s, to)
		if !sp {
			break
		}
		to -= n
	}
	end := to
	for to > 0 {
		sp, n := spaceBefore(s, to)
		if sp {
			break
		}
		to -= n
	}
	return s[to:end], to
}

// spaceBefore reports whether the rune that ends at s[to-1] is white
// space (unicode.IsSpace) and its length; like spaceAt, it decides ASCII
// without decoding.
func spaceBefore(s string, to int) (bool, int) {
	if b := s[to-1]; b < utf8.RuneSelf {
		return b == ' ' || b >= '\t' && b <= '\r', 1
	}
	r, n := utf8.DecodeLastRuneInString(s[:to])
	return unicode.IsSpace(r), n
}

// accordingBefore reports whether "according to" (and perhaps "the")
// comes right before offset i, in a sentence s that holds "according" in
// some mix of ASCII case (Tokens looks once a sentence).
//
// The lowered tail must hold "according" in ASCII letters: a dotted
// capital I, which strings.ToLower makes an "i", is no letter of it.
func accordingBefore(s string, i int) bool {
	head := s[:min(i, len(s))]
	if len(head) > 24 {
		head = head[len(head)-24:]
	}
	if !asciiFoldContains(head, "according") {
		return false
	}
	head = strings.ToLower(strings.TrimSpace(head))
	head = strings.TrimSuffix(head, " the")
	return strings.HasSuffix(head, "according to")
}

// asciiFoldContains reports whether s holds word (lower-case ASCII
// letters) in any mix of ASCII case.
func asciiFoldContains(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		k := 0
		for k < len(word) && s[i+k]|0x20 == word[k] {
			k++
		}
		if k == len(word) {
			return true
		}
	}
	return false
}

// holdsAccording reports whether s holds "according" in some mix of ASCII
// case, as asciiFoldContains(s, "according") does, but looking at about
// one byte in eight: a Horspool search, which reads the byte under the
// last letter of the word and, unless it is a "g", skips as far as that
// byte allows.
func holdsAccording(s string) bool {
	const word = "according"
	for i := len(word) - 1; i < len(s); {
		c := s[i] | 0x20
		if c == 'g' && asciiFoldContains(s[i+1-len(word):i+1], word) {
			return true
		}
		i += accordingShift(c)
	}
	return false
}

// accordingShift is how far holdsAccording may move on when the byte
// under the last letter of "according", folded to lower case, is c: from
// the last place of c in "accordin" to the end of the word.
func accordingShift(c byte) int {
	switch c {
	case 'n':
		return 1
	case 'i':
		return 2
	case 'd':
		return 3
	case 'r':
		return 4
	case 'o':
		return 5
	case 'c':
		return 6
	case 'a':
		return 8
	}
	return 9
}

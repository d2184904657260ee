package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	from := 0
	for n := 0; n < 3; n++ {
		var w string
		if w, from = nextField(rest, from); w == "" {
			return false
		}
		w = strings.ToLower(trimMarks(w))
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
	switch b {
	case ',', '.', ';', ':', '"', '\'':
		return 1
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
		r, n := utf8.DecodeLastRuneInString(s[:to])
		if !unicode.IsSpace(r) {
			break
		}
		to -= n
	}
	end := to
	for to > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:to])
		if unicode.IsSpace(r) {
			break
		}
		to -= n
	}
	return s[to:end], to
}

// accordingBefore reports whether "according to" (and perhaps "the")
// comes right before offset i.
func accordingBefore(s string, i int) bool {
	head := s[:min(i, len(s))]
	if len(head) > 24 {
		head = head[len(head)-24:]
	}
	if !asciiFoldContains(head, "according") {
		return false // no rune lower-cases to these ASCII letters but themselves
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

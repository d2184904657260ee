package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

// This file keeps the word rule Tokens had before it was built on Split,
// as the reference the differential tests compare Tokens with. It reads
// the lexicon directly, without the Tokenizer's memory of words, so that
// the memory is checked too.

// oldTokens is Tokens as it was: its own word rule (oldWordEnd) instead of
// the pieces of Split.
func oldTokens(tk *Tokenizer, s string) []core.Token {
	var out []core.Token
	first := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		start := i
		var digits bool
		i, digits = oldWordEnd(s, i)
		atStart := first
		first = false
		if digits {
			continue
		}
		word := oldTrimPossessive(s[start:i])
		lower := strings.ToLower(word)
		if tk.lex.IsStop(lower) {
			continue
		}
		lead, _ := utf8.DecodeRuneInString(word)
		t := core.Token{
			Span:    core.Span{Start: start, End: i},
			Lower:   lower,
			Stem:    tk.lex.Stem(lower),
			Capital: unicode.IsUpper(lead),
			Initial: atStart,
		}
		if len(out) > 0 {
			t.Joined = oldOnlySpace(s, out[len(out)-1].End, start)
		}
		t.Reports, t.According = oldReportsAfter(s, i), oldAccordingBefore(s, start)
		if t.Capital {
			t.Placed = oldPlaceBefore(s, start)
		}
		out = append(out, t)
	}
	return out
}

// oldWordEnd returns the end of the word that starts at s[i], and whether
// it holds a digit.
func oldWordEnd(s string, i int) (int, bool) {
	digits := false
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsDigit(r) {
			digits = true
		} else if !unicode.IsLetter(r) && !oldIsWordJoiner(s, i, r) {
			break
		}
		i += size
	}
	return i, digits
}

// oldIsWordJoiner reports whether r at s[i] joins two letters of one word:
// an apostrophe or a hyphen between letters ("Al-Qaeda", "IS-K", "don't").
func oldIsWordJoiner(s string, i int, r rune) bool {
	if r != '\'' && r != '’' && r != '-' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
	return unicode.IsLetter(next)
}

// The attribution marks as they were first written, on the standard
// library (strings.Fields, strings.Trim, strings.ToLower), and as Tokens
// gave them before it was built on Split: what the faster forms in
// source.go and words.go must keep giving. The one change since they were
// first written is kept: "according" must be in ASCII letters.

// oldOnlySpace reports whether s[from:to] holds nothing but a possessive
// and white space.
func oldOnlySpace(s string, from, to int) bool {
	if from > to || to > len(s) {
		return false
	}
	gap := strings.TrimSpace(s[from:to])
	return gap == "" || gap == "'s" || gap == "’s"
}

// oldReportsAfter reports whether the words after offset i are a reporting
// verb, possibly after up to two source nouns.
func oldReportsAfter(s string, i int) bool {
	rest := strings.TrimPrefix(strings.TrimPrefix(s[min(i, len(s)):], "'s"), "’s")
	if len(rest) > 64 {
		rest = rest[:64]
	}
	words := strings.Fields(rest)
	if len(words) > 3 {
		words = words[:3]
	}
	for n, w := range words {
		w = strings.ToLower(strings.Trim(w, ",.;:\"'“”‘’"))
		switch {
		case oldReportingVerbs[w]:
			return true
		case n < 2 && oldSourceNouns[w]:
			continue
		}
		return false
	}
	return false
}

// oldAccordingBefore reports whether "according to" (and perhaps "the")
// comes right before offset i.
func oldAccordingBefore(s string, i int) bool {
	head := s[:min(i, len(s))]
	if len(head) > 24 {
		head = head[len(head)-24:]
	}
	if !asciiFoldContains(head, "according") {
		return false // not "accordİng to", which strings.ToLower spells "according to"
	}
	head = strings.ToLower(strings.TrimSpace(head))
	head = strings.TrimSuffix(head, " the")
	return strings.HasSuffix(head, "according to")
}

// oldPlaceBefore reports whether one of the two words before offset pos is
// a preposition of place.
func oldPlaceBefore(s string, pos int) bool {
	words := strings.Fields(s[:min(pos, len(s))])
	for k := len(words) - 1; k >= 0 && k >= len(words)-2; k-- {
		w := strings.ToLower(strings.Trim(words[k], ",.;:()\"'"))
		for _, p := range placePrepositions {
			if w == p {
				return true
			}
		}
	}
	return false
}

// oldTrimPossessive drops a final "'s" or "’s".
func oldTrimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// oldReportingVerbs, the reporting verbs as they were kept (in a map),
// introduce who said something, not what happened.
var oldReportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true,
	"reported": true, "reports": true, "announced": true, "announces": true,
	"stated": true, "confirmed": true, "confirms": true, "added": true,
	"estimated": true, "estimates": true, "claimed": true, "claims": true,
}

// oldSourceNouns, the source nouns as they were kept, may stand between a
// name and its reporting verb: "Russia's health ministry said", "Iranian
// state media say".
var oldSourceNouns = map[string]bool{
	"official": true, "officials": true, "ministry": true, "authorities": true,
	"police": true, "media": true, "state": true, "agency": true, "news": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "sources": true,
	"television": true, "tv": true, "health": true, "interior": true,
	"emergency": true, "emergencies": true, "services": true, "government": true,
}

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
		word := TrimPossessive(s[start:i])
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
// library (strings.Fields, strings.Trim, strings.ToLower): what the faster
// forms in source.go and words.go must keep giving.

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
		case reportingVerbs[w]:
			return true
		case n < 2 && sourceNouns[w]:
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

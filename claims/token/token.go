package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang"
)

// Tokenizer splits text into tokens, remembering what it has read of each
// word. It is not safe for concurrent use: give each goroutine its own.
type Tokenizer struct {
	lex     *lang.Lexicon        // stemming, stop words, event words
	words   map[string]wordFacts // what was read of each lower-case word so far
	scratch []core.Token         // the tokens of the sentence being read, reused
}

// wordFacts is what a Tokenizer remembers of a lower-case word: whether it
// is a stop word and, when it is not, its stem. One lookup gives both.
type wordFacts struct {
	stop bool
	stem string
}

// New returns a Tokenizer of the language lex (its Stem, IsStop, EventKind
// and IsServiceWord), which it keeps and never modifies.
func New(lex *lang.Lexicon) *Tokenizer {
	return &Tokenizer{lex: lex, words: map[string]wordFacts{}}
}

// facts returns what a lower-case word is, remembering it: news text
// repeats its words, and stemming is the costliest step of normalisation.
func (tk *Tokenizer) facts(lower string) wordFacts {
	if f, ok := tk.words[lower]; ok {
		return f
	}
	f := wordFacts{stop: tk.lex.IsStop(lower)}
	if !f.stop {
		f.stem = tk.lex.Stem(lower)
	}
	tk.words[lower] = f
	return f
}

// Tokens returns the content words of a sentence: stop words, numbers and
// words holding digits are left out; each kept word is stemmed one at a
// time with Snowball. A word written with a capital letter anywhere but at
// the start of the sentence is a name ([core.Token.Name]).
func (tk *Tokenizer) Tokens(s string) []core.Token {
	out := tk.scratch[:0]
	defer func() { tk.scratch = out[:0] }()
	first := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		start := i
		var digits bool
		i, digits = wordEnd(s, i)
		atStart := first
		first = false
		if digits {
			continue
		}
		word := TrimPossessive(s[start:i])
		lower := strings.ToLower(word)
		wf := tk.facts(lower)
		if wf.stop {
			continue
		}
		lead, _ := utf8.DecodeRuneInString(word)
		t := core.Token{
			Span:    core.Span{Start: start, End: i},
			Lower:   lower,
			Stem:    wf.stem,
			Capital: unicode.IsUpper(lead),
			Initial: atStart,
		}
		if len(out) > 0 {
			t.Joined = onlySpace(s, out[len(out)-1].End, start)
		}
		t.Reports, t.According = reportsAfter(s, i), accordingBefore(s, start)
		if t.Capital {
			t.Placed = placeBefore(s, start)
		}
		out = append(out, t)
	}
	if len(out) == 0 {
		return nil
	}
	return append([]core.Token(nil), out...) // one allocation of the exact size
}

// wordEnd returns the end of the word that starts at s[i], and whether it
// holds a digit.
func wordEnd(s string, i int) (int, bool) {
	digits := false
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsDigit(r) {
			digits = true
		} else if !unicode.IsLetter(r) && !isWordJoiner(s, i, r) {
			break
		}
		i += size
	}
	return i, digits
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

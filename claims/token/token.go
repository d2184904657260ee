package token

import (
	"hash/maphash"
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
	low     []byte               // a word being lower-cased, reused
	// according is true while a sentence holding "according" (in some
	// mix of ASCII case) is read: only then can a token follow
	// "according to".
	according bool
	// hot caches the facts of recent words in front of words, once words
	// is large: the map of a long run's vocabulary outgrows the CPU's
	// caches, and most words of news text are a few frequent ones.
	hot  []hotWord
	seed maphash.Seed
}

// hotWords is the number of a Tokenizer's cached words, a power of two,
// and how many words it must have read before it starts the cache.
const hotWords = 1 << 12

// hotWord is one slot of a Tokenizer's cache: a lower-case word and its
// facts, when ok.
type hotWord struct {
	key string
	f   wordFacts
	ok  bool
}

// wordFacts is what a Tokenizer remembers of a lower-case word: the word
// itself, whether it is a stop word and, when it is not, its stem. One
// lookup gives all three.
type wordFacts struct {
	lower string
	stop  bool
	stem  string
}

// New returns a Tokenizer of the language lex (its Stem, IsStop, EventKind
// and IsServiceWord), which it keeps and never modifies.
func New(lex *lang.Lexicon) *Tokenizer {
	return &Tokenizer{lex: lex, words: map[string]wordFacts{}}
}

// facts returns what word is once lower-cased (as strings.ToLower spells
// it), remembering it: news text repeats its words, and stemming is the
// costliest step of normalisation. A word read before costs no
// allocation, however it is written: a word that is not lower-case ASCII
// is lower-cased into a reused buffer, which a map lookup reads without
// copying. Once the Tokenizer knows hotWords words, the latest word of
// each slot of a small cache answers before the map.
func (tk *Tokenizer) facts(word string) wordFacts {
	lowered := !isLowerASCII(word)
	if lowered {
		tk.low = appendLower(tk.low[:0], word)
	}
	var slot *hotWord
	if tk.hot != nil {
		if lowered {
			slot = &tk.hot[maphash.Bytes(tk.seed, tk.low)&(hotWords-1)]
			if slot.ok && slot.key == string(tk.low) {
				return slot.f
			}
		} else {
			slot = &tk.hot[maphash.String(tk.seed, word)&(hotWords-1)]
			if slot.ok && slot.key == word {
				return slot.f
			}
		}
	}
	f := tk.wordFacts(word, lowered)
	if slot != nil {
		*slot = hotWord{key: f.lower, f: f, ok: true}
	} else if len(tk.words) >= hotWords {
		tk.hot, tk.seed = make([]hotWord, hotWords), maphash.MakeSeed()
	}
	return f
}

// wordFacts is facts without the cache: word is tk.low when lowered.
func (tk *Tokenizer) wordFacts(word string, lowered bool) wordFacts {
	var f wordFacts
	var ok bool
	if lowered {
		f, ok = tk.words[string(tk.low)]
	} else {
		f, ok = tk.words[word]
	}
	if ok {
		return f
	}
	key := word
	if lowered {
		key = string(tk.low)
	}
	f = wordFacts{lower: key, stop: tk.lex.IsStop(key)}
	if !f.stop {
		f.stem = tk.lex.Stem(key)
	}
	tk.words[key] = f
	return f
}

// Tokens returns the content words of a sentence: stop words, numbers and
// words holding digits are left out; each kept word is stemmed one at a
// time with Snowball. A word written with a capital letter anywhere but at
// the start of the sentence is a name ([core.Token.Name]).
//
// Tokens is built on Split, the one splitter of a sentence: it reads
// Split's words and numbers (its Alnum pieces) and patches them in three
// ways, so that compare reads the very tokens it was tuned on:
//
//   - a piece is broken at each inner dot and comma, and at an apostrophe
//     or a hyphen that a digit follows: "U.S." gives "U" and "S" (both
//     stop words; the last dot is in neither), "1,674" gives "1" and
//     "674", "Covid-19" gives "Covid" and "19". Split keeps those whole
//     for the measures, which read abbreviations and numbers; compare
//     matches words, and "covid" meets "Covid" written without its
//     number.
//   - a part holding a digit ("19", "G7") is no token; it still is the
//     sentence's first word when it comes first, so the next token is
//     not Initial.
//   - a final possessive "'s" or "’s" is left out of Lower, though not
//     of the Span: "Afghanistan’s" is "afghanistan".
func (tk *Tokenizer) Tokens(s string) []core.Token {
	out := tk.scratch[:0]
	defer func() { tk.scratch = out[:0] }()
	first := true
	tk.according = holdsAccording(s)
	for i := 0; ; {
		start, end, kind, ok := span(s, i, len(s))
		if !ok {
			break
		}
		i = end
		if kind != Alnum {
			continue
		}
		for a := start; a < end; {
			b, digits := partEnd(s, a, end)
			if !digits {
				out = tk.appendToken(out, s, a, b, first)
			}
			first = false
			a = b + joinerLen(s, b, end)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return append([]core.Token(nil), out...) // one allocation of the exact size
}

// appendToken appends to out the token of the part s[start:end] of a piece
// of Split, unless it is a stop word; initial tells whether it is the
// first part of the sentence.
func (tk *Tokenizer) appendToken(out []core.Token, s string, start, end int, initial bool) []core.Token {
	word := TrimPossessive(s[start:end])
	wf := tk.facts(word)
	if wf.stop {
		return out
	}
	t := core.Token{
		Span:    core.Span{Start: start, End: end},
		Lower:   wf.lower,
		Stem:    wf.stem,
		Capital: upperLead(word),
		Initial: initial,
	}
	if len(out) > 0 {
		t.Joined = onlySpace(s, out[len(out)-1].End, start)
	}
	t.Reports = tk.reportsAfter(s, end)
	t.According = tk.according && accordingBefore(s, start)
	if t.Capital {
		t.Placed = tk.placeBefore(s, start)
	}
	return append(out, t)
}

// partEnd returns the end of the part of a piece of Split (ending at to)
// that starts at s[i], and whether it holds a digit: the part ends at a
// dot or a comma, and at an apostrophe or a hyphen not followed by a
// letter ("Covid-19"). Within a piece, every other mark is followed by a
// letter or a digit, and the piece's end is the part's end.
func partEnd(s string, i, to int) (int, bool) {
	digits := false
	for i < to {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case (c|0x20)-'a' < 26:
			case c-'0' < 10:
				digits = true
			case (c == '\'' || c == '-') && letterAt(s, i+1, to):
			default:
				return i, digits
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:to])
		switch {
		case unicode.IsLetter(r):
		case unicode.IsDigit(r):
			digits = true
		case r == '’' && letterAt(s, i+n, to):
		default:
			return i, digits
		}
		i += n
	}
	return i, digits
}

// letterAt reports whether a letter starts at s[i], reading nothing
// past to.
func letterAt(s string, i, to int) bool {
	if i >= to {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:to])
	return unicode.IsLetter(r)
}

// joinerLen is the length of the mark at s[i] that ended a part of a
// piece of Split ending at to, or 0 at the piece's end.
func joinerLen(s string, i, to int) int {
	if i >= to {
		return 0
	}
	_, n := utf8.DecodeRuneInString(s[i:to])
	return n
}

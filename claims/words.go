package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/core"
	ctoken "github.com/crosscheck-news/crosscheck/claims/token"
)

type (
	// Token is one content word of a sentence, normalised for comparison.
	Token = core.Token
	// Anchor is one time a sentence pins its figures to.
	Anchor = core.Anchor
	// Tokenizer splits text into tokens, remembering the stems it has
	// made; it is not safe for concurrent use.
	Tokenizer = ctoken.Tokenizer
)

// NewTokenizer returns a Tokenizer: the one the Extractor fills
// [Sentence].Tokens with, for text that is no sentence of an article (a
// title, a subject).
func NewTokenizer() *Tokenizer { return ctoken.New() }

// Tokens returns the content words of text, as the Extractor gives those of
// a sentence.
func Tokens(text string) []Token { return ctoken.New().Tokens(text) }

// EventKinds returns, sorted and each once, the kinds of event a text names
// ("explosion", "quake", …), as the Extractor gives those of a sentence
// (Sentence.Events).
func EventKinds(text string) []string { return ctoken.EventKinds(text) }

// readWords fills what is read of a sentence's words: its tokens, the kinds
// of event and the capitalised words it names.
func readWords(s *Sentence, tk *Tokenizer) {
	s.Tokens = tk.Tokens(s.Text)
	s.Events = ctoken.EventKinds(s.Text)
	s.Capitals = ctoken.CapitalWords(s.Text)
}

// word is one word or number of a sentence, as the slot pass reads it.
type word struct {
	low        string // lower case, possessive "'s" and dots of "U.S." kept
	start, end int    // byte offsets in the sentence
	capital    bool   // starts with an upper-case letter
	mark       rune   // the clause mark that follows the word (, ; : — ( ) quotes ! ?), or 0
}

// sentenceWords splits a sentence into words: runs of letters, digits,
// apostrophes, hyphens and inner dots. Punctuation marks the word before
// it as ending a clause.
func sentenceWords(s string) []word {
	var out []word
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !wordRune(r) {
			if len(out) > 0 && clauseMark(r) && out[len(out)-1].mark == 0 {
				out[len(out)-1].mark = r
			}
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if wordRune(r2) || ((r2 == '.' || r2 == ',' || r2 == '\'' || r2 == '’' || r2 == '-') && j+n2 < len(s) && innerJoin(r2, s[j+n2:])) {
				j += n2
				continue
			}
			break
		}
		out = append(out, word{low: strings.ToLower(s[i:j]), start: i, end: j, capital: unicode.IsUpper(r)})
		i = j
	}
	return out
}

func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// innerJoin reports whether a dot, comma, apostrophe or hyphen joins the
// word before it with what follows ("U.S.", "1,301", "Haj's", "al-Arouri").
func innerJoin(r rune, rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	if r == ',' {
		return unicode.IsDigit(next)
	}
	return wordRune(next)
}

func clauseMark(r rune) bool {
	switch r {
	case ',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '!', '?':
		// Not '.': the text is one sentence already, and its inner dots
		// end abbreviations ("U.S. service members").
		return true
	}
	return false
}

// wordAt returns the index of the first word that ends after offset off,
// or len(ws).
func wordAt(ws []word, off int) int {
	for i, w := range ws {
		if w.end > off {
			return i
		}
	}
	return len(ws)
}

// stripPossessive drops a final "'s" or "’s".
func stripPossessive(w string) string {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

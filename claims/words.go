package claims

import (
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

// NewTokenizer returns an English Tokenizer: the one an English Extractor
// fills [Sentence].Tokens with, for text that is no sentence of an article
// (a title, a subject).
func NewTokenizer() *Tokenizer { return ctoken.New(&defaultLexicon) }

// Tokens returns the content words of English text, as the Extractor gives
// those of a sentence.
func Tokens(text string) []Token { return NewTokenizer().Tokens(text) }

// EventKinds returns, sorted and each once, the kinds of event an English
// text names ("explosion", "quake", …), as the Extractor gives those of a
// sentence (Sentence.Events).
func EventKinds(text string) []string { return NewTokenizer().EventKinds(text) }

// readWords fills what is read of a sentence's words: its tokens and,
// when it states figures, the kinds of event and the capitalised words it
// names. A nil tk reads nothing.
func readWords(s *Sentence, tk *Tokenizer, figures bool) {
	if tk == nil {
		return
	}
	s.Tokens = tk.Tokens(s.Text)
	if figures {
		s.Events = tk.EventKinds(s.Text)
		s.Capitals = ctoken.CapitalWords(s.Text)
	}
}

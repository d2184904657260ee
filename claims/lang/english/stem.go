package english

import snowball "github.com/kljensen/snowball/english"

// Stem returns the Snowball stem of a lower-cased English word, stop
// words stemmed too.
func Stem(lower string) string {
	return snowball.Stem(lower, true)
}

// Stemmer memoises Snowball stems: news text repeats its words, and
// stemming is the costliest step of normalisation. The zero value is not
// ready: make one with [NewStemmer]. A Stemmer is not safe for concurrent
// use.
type Stemmer struct {
	memo map[string]string
}

// NewStemmer returns an empty Stemmer.
func NewStemmer() *Stemmer {
	return &Stemmer{memo: map[string]string{}}
}

// Stem returns the Snowball stem of a lower-cased word, remembering it.
func (st *Stemmer) Stem(lower string) string {
	if t, ok := st.memo[lower]; ok {
		return t
	}
	t := Stem(lower)
	st.memo[lower] = t
	return t
}

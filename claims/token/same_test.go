package token

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang/english"
)

// sameCases are the inputs where Split and the old word rule of Tokens
// part ways, or might: the Lower forms Tokens must give for each.
var sameCases = []struct {
	in   string
	want []string
}{
	{"U.S. troops left", []string{"troops", "left"}},
	{"Covid-19 cases", []string{"covid", "cases"}},
	{"IS-K and Al-Qaeda", []string{"is-k", "al-qaeda"}},
	{"don't go", []string{"don't", "go"}},
	{"Afghanistan’s capital", []string{"afghanistan", "capital"}},
	{"in the ’90s", nil},
	{"1,674 were killed", nil},
	{"forty-two people", []string{"forty-two"}},
	{"Zürich, São Paulo and ÉCOLE", []string{"zürich", "são", "paulo", "école"}},
	{"Ayman al-Ẓawāhirī and محمد and नरेन्द्र मोदी", []string{"ayman", "al-ẓawāhirī", "محمد", "नर", "न", "द", "र", "म", "द"}},
	{"a stray e\u0301 mark", []string{"stray", "mark"}},
	{"", nil},
	{"!?;:,.", nil},
	{"...", nil},
	{"e.g. this", nil},
	{"mid- and long-term", []string{"mid", "long-term"}},
	{"word -- word", []string{"word", "word"}},
	{"a-1-b", nil},
	{"tabs\tand\nnew\r\nlines", []string{"tabs", "new", "lines"}},
	{"bad \xff\xfe bytes\xe2\x80 here", []string{"bad", "bytes"}},
	{"Kerman's-1 O'Brien’s-2b", []string{"kerman", "o'brien"}},
	{"İstanbul and \u212Aelvin", []string{"istanbul", "kelvin"}},
	{"the health ministry said, according to the Interior Ministry in Kabul", []string{"health", "ministry", "interior", "ministry", "kabul"}},
	{"Ross’s boss's s's x’s", []string{"ross", "boss"}},
	{"“Kabul’s Police Spokesman” SAID (In Herat) ACCORDİNG TO Ministry", []string{"kabul", "police", "spokesman", "herat", "ministry"}},
	{"Ministry officials told, according to the AGENCY, ‘Reported’ İN İstanbul", []string{"ministry", "officials", "agency", "istanbul"}},
}

// lowers returns the Lower forms of tokens.
func lowers(toks []core.Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Lower)
	}
	return out
}

func TestTokensSameAsOld(t *testing.T) {
	lex := english.Lexicon()
	for _, tc := range sameCases {
		t.Run(tc.in, func(t *testing.T) {
			tk := New(&lex)
			got := tk.Tokens(tc.in)
			assert.Equal(t, oldTokens(tk, tc.in), got)
			assert.Equal(t, tc.want, lowers(got))
			assert.Equal(t, got, tk.Tokens(tc.in), "a second read, from the Tokenizer's memory")
		})
	}
}

// FuzzTokensSameAsOld holds Tokens, built on Split, to the old word rule
// on any input.
func FuzzTokensSameAsOld(f *testing.F) {
	for _, tc := range sameCases {
		f.Add(tc.in)
	}
	lex := english.Lexicon()
	tk := New(&lex)
	f.Fuzz(func(t *testing.T, s string) {
		if TrimPossessive(s) != oldTrimPossessive(s) {
			t.Fatalf("TrimPossessive(%q) = %q, was %q", s, TrimPossessive(s), oldTrimPossessive(s))
		}
		got, want := tk.Tokens(s), oldTokens(tk, s)
		if !assert.Equal(t, want, got, "%q", s) {
			t.FailNow()
		}
	})
}

// TestTokensSameAsOldOnCorpus holds Tokens to the old word rule on every
// sentence of the corpus named by CROSSCHECK_BENCH_CORPUS, when it is set.
func TestTokensSameAsOldOnCorpus(t *testing.T) {
	lex := english.Lexicon()
	tk := New(&lex)
	for _, s := range corpusSentences(t, 1<<30) {
		if !assert.Equal(t, oldTokens(tk, s), tk.Tokens(s), "%q", s) {
			return
		}
	}
}

func TestAttributionOf(t *testing.T) {
	longest := 0
	for w := range oldReportingVerbs {
		assert.Equal(t, reportingVerb, attributionOf(w), w)
		longest = max(longest, len(w))
	}
	for w := range oldSourceNouns {
		assert.Equal(t, sourceNoun, attributionOf(w), w)
		longest = max(longest, len(w))
	}
	assert.Equal(t, longestAttribution, longest)
	for _, w := range []string{"", "Said", "saying", "the", "spokespersons"} {
		assert.Equal(t, otherWord, attributionOf(w), w)
	}
}

// randomPieces are what TestTokensSameAsOldRandom builds its sentences of:
// the marks that join or part words, letters that lower-case oddly, and
// words the attribution marks read.
var randomPieces = []string{
	"a", "B", "z", "7", "0", "'", "’", "-", ".", ",", " ", "  ", "\t", "\n",
	"’s", "'s", "é", "É", "İ", "\u212A", "\u0301", "ß", "ع", "न", "्", "١",
	"“", "”", "(", ")", ";", ":", "—", "–", "\xff", "\xe2\x80",
	"said", "SAID", "Ministry", "police", "according to", "ACCORDING", "the",
	"in", "In", "at", "near", "outside", "U.S.", "Covid-19", "IS-K", "1,674",
}

// TestTokensSameAsOldRandom holds Tokens to the old word rule on 20,000
// sentences of random pieces, always the same ones.
func TestTokensSameAsOldRandom(t *testing.T) {
	lex := english.Lexicon()
	tk := New(&lex)
	rng := rand.New(rand.NewPCG(7, 1))
	var b strings.Builder
	for range 20000 {
		b.Reset()
		for n := rng.IntN(24); n >= 0; n-- {
			b.WriteString(randomPieces[rng.IntN(len(randomPieces))])
		}
		s := b.String()
		if !assert.Equal(t, oldTokens(tk, s), tk.Tokens(s), "%q", s) {
			return
		}
	}
}

package compare

import (
	"github.com/crosscheck-news/crosscheck/claims"
)

// token is one content word of a sentence, normalised for comparison, as
// claims gives it in [claims.Sentence].Tokens.
type token = claims.Token

// attribution marks the tokens of a sentence that name a source rather
// than the event: a run of names followed by a reporting verb ("Russia's
// Health Ministry said", "Iranian state media say") or after "according
// to". isName tells which tokens are names.
func attribution(toks []token, ids []int32, isName func(int32) bool) []bool {
	out := make([]bool, len(toks))
	for k := 0; k < len(toks); {
		if !isName(ids[k]) {
			k++
			continue
		}
		j := k // the run of names toks[k..j]
		for j+1 < len(toks) && isName(ids[j+1]) && toks[j+1].Joined {
			j++
		}
		if toks[j].Reports || toks[k].According {
			for x := k; x <= j; x++ {
				out[x] = true
			}
		}
		k = j + 1
	}
	return out
}

// sentenceTokens returns the tokens of every sentence of every article.
func sentenceTokens(cls [][]claims.Claim) [][][]token {
	toks := make([][][]token, len(cls))
	for a := range cls {
		toks[a] = make([][]token, len(cls[a]))
		for s, c := range cls[a] {
			toks[a][s] = c.Sentence.Tokens
		}
	}
	return toks
}

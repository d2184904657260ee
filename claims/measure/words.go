package measure

import "github.com/crosscheck-news/crosscheck/claims/token"

// wordAt returns the index of the first word that ends after offset off,
// or len(ws).
func wordAt(ws []token.Word, off int) int {
	for i, w := range ws {
		if w.End > off {
			return i
		}
	}
	return len(ws)
}

package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/compare"
)

// storedDoc is the serialised form of a compare.Doc: the article once,
// and its claims without their article pointer.
type storedDoc struct {
	Article claims.Article
	Claims  []storedClaim
}

type storedClaim struct {
	Sentence claims.Sentence
	Figures  []claims.Figure
}

// encodeDoc serialises a document (gob: it keeps every field, infinite
// interval bounds included).
func encodeDoc(d compare.Doc) ([]byte, error) {
	sd := storedDoc{Article: *d.Article, Claims: make([]storedClaim, len(d.Claims))}
	for i, c := range d.Claims {
		sd.Claims[i] = storedClaim{Sentence: c.Sentence, Figures: c.Figures}
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(sd); err != nil {
		return nil, fmt.Errorf("encode document: %w", err)
	}
	return buf.Bytes(), nil
}

// decodeDoc reads a document encodeDoc wrote.
func decodeDoc(b []byte) (compare.Doc, error) {
	var sd storedDoc
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&sd); err != nil {
		return compare.Doc{}, fmt.Errorf("decode document: %w", err)
	}
	a := &sd.Article
	d := compare.Doc{Article: a, Claims: make([]claims.Claim, len(sd.Claims))}
	for i, c := range sd.Claims {
		d.Claims[i] = claims.Claim{Article: a, Sentence: c.Sentence, Figures: c.Figures}
	}
	return d, nil
}

// encodeCounts serialises what a document's sentences count of each term
// (compare.SentenceCounts) as JSON: term to [sentences, capital, lower].
func encodeCounts(d compare.Doc) (string, error) {
	counts, _ := compare.SentenceCounts(d)
	m := make(map[string][3]int, len(counts))
	for t, c := range counts {
		m[t] = [3]int{c.Sentences, c.Capital, c.Lower}
	}
	b, err := json.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("encode sentence counts: %w", err)
	}
	return string(b), nil
}

// decodeCounts reads what encodeCounts wrote.
func decodeCounts(s string) (map[string][3]int, error) {
	var m map[string][3]int
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		return nil, fmt.Errorf("decode sentence counts: %w", err)
	}
	return m, nil
}

// termCounts turns decoded counts into compare's.
func termCounts(m map[string][3]int) map[string]compare.TermCount {
	out := make(map[string]compare.TermCount, len(m))
	for t, c := range m {
		out[t] = compare.TermCount{Sentences: c[0], Capital: c[1], Lower: c[2]}
	}
	return out
}

// contentHash is the hash of an article's title and text: copies of one
// article share it.
func contentHash(a *claims.Article) string {
	h := sha256.New()
	h.Write([]byte(a.Title))
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// Key is the key of an article in a store: its source and id, which
// tell apart the articles of one bundle and the same id read from two
// places.
func Key(a *claims.Article) string { return a.Source + "#" + a.ID }

// Hash is the content hash of an article as analysed by analyser (the
// build and options of the analysis): everything read of it, metadata and
// text. An article whose hash is stored already need not be analysed
// again.
func Hash(a *claims.Article, analyser string) (string, error) {
	h := sha256.New()
	h.Write([]byte(analyser))
	h.Write([]byte{0})
	if err := gob.NewEncoder(h).Encode(a); err != nil {
		return "", fmt.Errorf("hash %s: %w", a.ID, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

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

// Story features and sentence counts are stored as text, one term a
// line with its numbers after tabs (a term is a stem of letters and
// digits: never a tab or a line break): far quicker to read than JSON.

// encodeFeatures writes a document's story term frequencies.
func encodeFeatures(terms map[string]float64) string {
	var b strings.Builder
	for _, t := range slices.Sorted(maps.Keys(terms)) {
		b.WriteString(t)
		b.WriteByte('\t')
		b.WriteString(strconv.FormatFloat(terms[t], 'g', -1, 64))
		b.WriteByte('\n')
	}
	return b.String()
}

// decodeFeatures reads what encodeFeatures wrote.
func decodeFeatures(s string) (map[string]float64, error) {
	out := map[string]float64{}
	for line := range strings.Lines(s) {
		t, v, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		f, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil {
			return nil, fmt.Errorf("story features: bad line %q", line)
		}
		out[t] = f
	}
	return out, nil
}

// encodeCounts writes what a document's sentences count of each term
// (compare.SentenceCounts): sentences, capital, lower.
func encodeCounts(counts map[string]compare.TermCount) string {
	var b strings.Builder
	for _, t := range slices.Sorted(maps.Keys(counts)) {
		c := counts[t]
		fmt.Fprintf(&b, "%s\t%d\t%d\t%d\n", t, c.Sentences, c.Capital, c.Lower)
	}
	return b.String()
}

// decodeCounts reads what encodeCounts wrote.
func decodeCounts(s string) (map[string]compare.TermCount, error) {
	out := map[string]compare.TermCount{}
	for line := range strings.Lines(s) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("sentence counts: bad line %q", line)
		}
		var n [3]int
		for i := range n {
			v, err := strconv.Atoi(f[i+1])
			if err != nil {
				return nil, fmt.Errorf("sentence counts: bad line %q", line)
			}
			n[i] = v
		}
		out[f[0]] = compare.TermCount{Sentences: n[0], Capital: n[1], Lower: n[2]}
	}
	return out, nil
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

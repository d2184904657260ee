package compare

import (
	"slices"

	"github.com/crosscheck-news/crosscheck/claims"
)

// Doc is one article with the claims compare reads of it, as
// [claims.Extractor.Docs] gives them (the title's claim first, when the
// title states one). A store keeps Docs so that a later comparison need not
// read and extract the article again.
type Doc = claims.Doc

// Corpus counts the story terms ([StoryTerms]) of the articles of an
// archive that a comparison leaves out: a check of new articles against
// the few reference articles that can share a story with them weighs the
// stories as a check against the whole archive would.
type Corpus struct {
	// Articles is how many articles are left out.
	Articles int
	// StoryDF is, by story term, how many of them hold it.
	StoryDF map[string]int
	// Sentences is how many sentences they have, and SentenceTerms what
	// they count of each term ([SentenceCounts]): the words around
	// figures are weighed as if those sentences were compared too.
	Sentences     int
	SentenceTerms map[string]TermCount
}

// TermCount is what sentences count of a term when the words around
// figures are weighed by their rarity: how many sentences hold it, and how
// often it is written with a capital inside a sentence (a name) or in
// lower case.
type TermCount struct {
	Sentences, Capital, Lower int
}

// SentenceCounts returns what the sentences of a document count of each
// of their terms, and how many sentences it has.
func SentenceCounts(d Doc) (map[string]TermCount, int) {
	_, counts := analyse(d, DefaultOptions(), claims.NewTokenizer())
	return counts, len(d.Claims)
}

// CheckDocs is Check with the story terms of other articles counted. rest,
// when not nil, counts the reference articles left out of ref (see
// [Corpus]): the stories of ref and new are then those of a check against
// ref and the articles of rest, as long as none of those would join a story
// of ref and new.
func CheckDocs(ref, new []Doc, rest *Corpus, opts Options) (*Result, []Finding, error) {
	arts, known := splitDocs(append(slices.Clip(ref), new...))
	return check(arts[:len(ref)], arts[len(ref):], known, rest, opts)
}

// splitDocs returns the articles of docs and their claims by article.
func splitDocs(docs []Doc) ([]*claims.Article, map[*claims.Article][]claims.Claim) {
	arts := make([]*claims.Article, len(docs))
	known := make(map[*claims.Article][]claims.Claim, len(docs))
	for i, d := range docs {
		arts[i] = d.Article
		known[d.Article] = d.Claims
	}
	return arts, known
}

// StoryTerms returns, sorted and each once, the terms that tell which
// story an article belongs to: the stems of its title and lead sentences
// and of the names and places of its whole text, as the story clustering
// weighs them. Two articles can only be put in one story when they share
// one of these terms; a store indexes them to find the candidate stories
// of a new article.
func StoryTerms(d Doc) []string {
	tk := claims.NewTokenizer()
	var out []string
	for _, t := range tk.Tokens(d.Article.Title) {
		out = append(out, t.Stem)
	}
	for _, c := range d.Claims {
		lead := c.Sentence.Index >= 0 && c.Sentence.Index < storyLeadSentences
		for _, t := range c.Sentence.Tokens {
			if lead || t.Name() {
				out = append(out, t.Stem)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

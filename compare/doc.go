// Package compare finds the facts that several news outlets state and judges
// whether their figures agree.
//
// [Compare] takes articles with their claims ([Doc], as
// [claims.Extractor.Docs] gives them), then:
//
//  1. reads each sentence's content words as claims gives them
//     ([claims.Sentence].Tokens: stop words and numbers dropped, the rest
//     stemmed), never the raw text; words written with a capital inside a
//     sentence are names and places and weigh more;
//  2. weights every word by its inverse document frequency over the
//     sentences being compared, and builds for each comparable figure (a
//     count or percent with a measure) a context vector in which words near
//     the figure weigh most;
//  3. pairs figures through an inverted index over each figure's rarest
//     words (blocking), never all pairs, so the cost grows close to linearly
//     with the number of articles;
//  4. scores each candidate pair of the same measure and kind from different
//     outlets: context overlap, strutil string similarity, closeness of the
//     values and agreement of the counted subjects (see [Options]);
//  5. groups figures by average linkage: a figure joins a group only when it
//     is close to the group as a whole, one article gives at most one
//     member, and figures of one outlet never corroborate each other;
//  6. judges each group from its members' intervals ([Judge]): agree,
//     consistent or conflict, naming the disjoint pairs.
//
// Figure-free sentences are grouped the same way into corroborated
// [Fact]s. [Check] does the same for new articles against a reference set
// and returns a [Finding] for each figure of a new article that another
// outlet also gives.
package compare

// Package claims reads news articles and turns them into claims: the sentences
// of each article, with the figures each sentence states.
//
// It knows one article at a time. Reading ([Load], [Parse]) is the job of
// package [read], whose API claims re-exports; it accepts article bundles,
// plain text and Markdown with optional YAML front matter, JSON Lines, HTML
// pages, RSS and Atom feeds, and directories; it takes each article's outlet from metadata, from its
// folder or file name when asked ([LoadOptions].OutletFrom), or from the
// structure of the article's own page (package outlet, through [Registry]),
// and records how ([Article].OutletFrom). [Segment] splits an article into sentences
// that keep their byte offsets and line numbers, and an [Extractor] finds every
// number in a sentence as a [Figure]: the interval its wording allows ("at least
// 133" is [133, ∞)), its kind (count, percent, money, year, age, …) and its
// measure (killed, injured, arrested, or the counted noun).
//
// Cross-article work (grouping, verdicts) lives in package compare.
package claims

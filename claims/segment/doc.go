// Package segment cuts an article's text into sentences: a single forward
// scan with no regular expressions, linear in the length of the text.
//
// The text is first cut into paragraphs (a line break followed by a blank
// line always ends a sentence), then each paragraph into chunks at the single
// line breaks that end a heading, byline, dateline or list item, and each
// chunk into sentences at terminal punctuation, with the exceptions news text
// needs: abbreviations, initials, decimals, list markers, quotes and
// ellipses. Every sentence keeps its byte offsets into the text.
package segment

package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/lang"
)

// periodEnds decides whether a single period at t[i], followed by white
// space and then by a character that is not lower case (first, starting the
// word nw), ends the sentence that began at pos. closed tells that closing
// quotes or brackets follow the period.
func (sg *segmenter) periodEnds(pos, i, e int, nw string, first rune, closed bool) bool {
	t := sg.text
	sg.token(i, e)
	w := sg.wordBefore(pos, i)
	if w == "" || sg.tokWeb {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(t[:i]); isCloser(r) {
		return true // a word in brackets or quotes: "(MS)."
	}
	digit := unicode.IsDigit(first)
	lw := strings.ToLower(w)
	class := sg.lex.Abbreviation(lw)
	if class == lang.AbbrTitle && isUpperWord(w) && !isUpperWord(nw) {
		// "MS." and "ST." in capitals are acronyms, unless the text
		// around is in capitals too ("DR. JONES").
		class = lang.AbbrNone
	}
	if closed && class != lang.AbbrTitle && class != lang.AbbrNever {
		// An abbreviation or initial is not followed by a closing quote
		// inside the sentence: "Block H." she said.
		return true
	}
	if strings.IndexByte(w, '.') >= 0 {
		// A multi-period abbreviation (U.S., a.m., e.g., Ph.D.) or a
		// number or name with periods in it (1.5, example.com).
		if !dottedAbbrev(w) {
			return true
		}
		switch lw {
		case "e.g", "i.e", "c.f", "n.b":
			return false
		case "a.m", "p.m":
			return !digit && !sg.fragment(pos, i)
		}
		return !digit && sg.lex.SentenceStarter(nw) && !sg.fragment(pos, i)
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsLower(r):
			return !digit // p. 55
		case unicode.IsUpper(r):
			if r == 'I' && lowerWordBefore(t, pos, i-1) {
				return true // the pronoun: "you and I."
			}
			// An initial: J. R. R. Tolkien, George W. Bush.
			return !digit && sg.lex.SentenceStarter(nw)
		}
		return true
	}
	switch class {
	case lang.AbbrTitle, lang.AbbrNever:
		return false
	case lang.AbbrNumber:
		return !digit && !sg.fragment(pos, i)
	case lang.AbbrName:
		return !digit && sg.lex.SentenceStarter(nw) && !sg.fragment(pos, i)
	case lang.AbbrOther:
		return !sg.fragment(pos, i)
	}
	return true
}

// token sets the white-space-delimited token around t[i].
func (sg *segmenter) token(i, e int) {
	if i >= sg.tokStart && i < sg.tokEnd {
		return
	}
	t := sg.text
	s := i
	for s > 0 {
		r, sz := utf8.DecodeLastRuneInString(t[:s])
		if unicode.IsSpace(r) {
			break
		}
		s -= sz
	}
	end := i
	for end < e {
		r, sz := utf8.DecodeRuneInString(t[end:e])
		if unicode.IsSpace(r) {
			break
		}
		end += sz
	}
	tok := t[s:end]
	sg.tokStart, sg.tokEnd = s, end
	sg.tokWeb = strings.IndexByte(tok, '@') >= 0 || strings.Contains(tok, "://") ||
		strings.HasPrefix(strings.TrimLeftFunc(tok, isOpener), "www.")
}

// wordBefore returns the word that ends at the period t[i]: the token up to
// i, not reaching before the sentence start pos, without opening or closing
// quotes and brackets.
func (sg *segmenter) wordBefore(pos, i int) string {
	s := max(sg.tokStart, pos)
	if s > i {
		s = i
	}
	w := strings.TrimLeftFunc(sg.text[s:i], isOpener)
	return strings.TrimRightFunc(w, isCloser)
}

// fragment reports whether the sentence that began at pos, if it ended at
// i, would be only a short prepositional phrase ("At 5 a.m.", "By Jan."),
// which cannot be a sentence of its own.
func (sg *segmenter) fragment(pos, i int) bool {
	t := sg.text[pos:i]
	first := ""
	for n := 0; ; n++ {
		t = strings.TrimLeftFunc(t, unicode.IsSpace)
		if t == "" {
			break
		}
		if n == 4 {
			return false // five words or more
		}
		end := strings.IndexFunc(t, unicode.IsSpace)
		if end < 0 {
			end = len(t)
		}
		if n == 0 {
			first = t[:end]
		}
		t = t[end:]
	}
	return sg.lex.FragmentPreposition(strings.ToLower(strings.TrimLeftFunc(first, isOpener)))
}

// lowerWordBefore reports whether the word that ends before the space ending
// at t[j] (j is the index of the single letter) starts in lower case.
func lowerWordBefore(t string, pos, j int) bool {
	k := j
	for k > pos {
		r, sz := utf8.DecodeLastRuneInString(t[:k])
		if !unicode.IsSpace(r) {
			break
		}
		k -= sz
	}
	if k == j {
		return false // the letter is not preceded by a space
	}
	s := k
	for s > pos {
		r, sz := utf8.DecodeLastRuneInString(t[:s])
		if unicode.IsSpace(r) {
			break
		}
		s -= sz
	}
	if s >= k {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(t[s:k], isOpener))
	return unicode.IsLower(r)
}

// attribution reports whether the text at t[k:] is a short speech tag that
// completes a quoted question or exclamation: "Smith asked.", "said Ms
// Jones,". A tag that opens with a capitalised pronoun ("He said: …") or
// ends with a colon introduces what follows instead.
func (sg *segmenter) attribution(t string, k, e int) bool {
	speech := false
	for n := 1; n <= 4; n++ {
		k, _ = trimSpace(t, k, e)
		s := k
		for k < e {
			r, sz := utf8.DecodeRuneInString(t[k:e])
			if unicode.IsSpace(r) {
				break
			}
			k += sz
		}
		if s == k {
			return false
		}
		w := t[s:k]
		core := strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if n == 1 && sg.lex.SubjectPronoun(core) {
			return false
		}
		if sg.lex.SpeechVerb(strings.ToLower(core)) {
			speech = true
		}
		if len(core) == len(w) {
			continue
		}
		switch r, _ := utf8.DecodeLastRuneInString(w); {
		case r == ',' || isTerminal(r) && sg.lex.Abbreviation(strings.ToLower(core)) != lang.AbbrTitle:
			return speech
		case r != '.':
			return false
		}
	}
	return false
}

// segNextWord returns the letters at the start of the word at t[k:], after
// opening quotes and brackets.
func segNextWord(t string, k, e int) string {
	for k < e {
		r, sz := utf8.DecodeRuneInString(t[k:e])
		if !isOpener(r) {
			break
		}
		k += sz
	}
	s := k
	for k < e {
		r, sz := utf8.DecodeRuneInString(t[k:e])
		if !unicode.IsLetter(r) {
			break
		}
		k += sz
	}
	return t[s:k]
}

package figure

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// This file holds the tokenizer of one sentence (words, numbers in digits
// with their separators, single symbols) and the reading of digits.

// tokKind is the sort of a token.
type tokKind uint8

const (
	tkWord tokKind = iota + 1 // a run of letters
	tkNum                     // a number written in digits (with its separators)
	tkSym                     // any other single rune
)

// Flags of a number token.
const (
	nComma    uint8 = 1 << iota // thousands separators: 1,674 or 12,34,567
	nDecimal                    // a decimal part: 2.5, .08, 5,00
	nLeadZero                   // written with a leading zero: 01, 007
	nNeg                        // a minus sign is part of the token
	nSpaced                     // thousands separated by spaces: 40 000
	nInSeq                      // part of a dotted sequence: 192.168.1.2
)

// token is one lexical unit of a sentence; start and end are byte offsets.
type token struct {
	start, end int32
	val        float64 // tkNum: the value
	r          rune    // tkSym: the rune
	wi         uint16  // tkWord: lexicon index, 0 when the word is unknown
	kind       tokKind
	upper      bool  // tkWord: begins with an upper-case letter
	nd         uint8 // tkNum: digits written before any separator or point
	nf         uint8 // tkNum: n* flags
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// tokenize appends the tokens of s to dst, stopping after max tokens when
// max > 0; index is the lexicon its words are looked up in (nil: none).
func tokenize(index map[string]uint16, s string, dst []token, max int) []token {
	i := 0
	for i < len(s) && (max <= 0 || len(dst) < max) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case isDigit(c):
			var t token
			t, i = lexNum(s, i, i)
			dst = append(dst, t)
		case c == '.' && i+1 < len(s) && isDigit(s[i+1]) && (i == 0 || !(isDigit(s[i-1]) || isASCIILetter(s[i-1]) || s[i-1] == '.')):
			var t token
			t, i = lexNum(s, i, i)
			dst = append(dst, t)
		case c == '-' && i+1 < len(s) && isDigit(s[i+1]) && signAllowed(s, i):
			var t token
			t, i = lexNum(s, i, i+1)
			dst = append(dst, t)
		case isASCIILetter(c):
			var t token
			t, i = lexWord(index, s, i)
			dst = append(dst, t)
		case c < utf8.RuneSelf:
			dst = append(dst, token{start: int32(i), end: int32(i + 1), kind: tkSym, r: rune(c)})
			i++
		default:
			dst, i = lexRune(index, s, i, dst)
		}
	}
	return dst
}

// lexRune appends the token of the non-ASCII rune at i: a minus sign
// before digits, a vulgar fraction ("½"), a letter opening a word, a
// symbol; white space gives none. It returns the byte after the token.
func lexRune(index map[string]uint16, s string, i int, dst []token) ([]token, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == 0x2212 && i+size < len(s) && isDigit(s[i+size]) && signAllowed(s, i):
		var t token
		t, i = lexNum(s, i, i+size)
		return append(dst, t), i
	case vulgarFractions[r] != 0:
		return append(dst, token{start: int32(i), end: int32(i + size), kind: tkNum, val: vulgarFractions[r], nf: nDecimal}), i + size
	case unicode.IsSpace(r):
		return dst, i + size
	case unicode.IsLetter(r):
		var t token
		t, i = lexWord(index, s, i)
		return append(dst, t), i
	}
	return append(dst, token{start: int32(i), end: int32(i + size), kind: tkSym, r: r}), i + size
}

// signAllowed reports whether the '-' at i may be a minus sign: it must not
// join two words or numbers ("1992-97", "SCP-173").
func signAllowed(s string, i int) bool {
	if i == 0 {
		return true
	}
	switch s[i-1] {
	case ' ', '\t', '\n', '(', '[', '<', '>', '=', '~', ':', ';', '"':
		return true
	}
	return false
}

func lexWord(index map[string]uint16, s string, i int) (token, int) {
	start := i
	upper := false
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			if i == start {
				upper = 'A' <= c && c <= 'Z'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		if i == start {
			upper = unicode.IsUpper(r)
		}
		i += size
	}
	return token{start: int32(start), end: int32(i), kind: tkWord, wi: lookupWord(index, s[start:i]), upper: upper}, i
}

// scanDigits returns the end of the run of ASCII digits that starts at i.
func scanDigits(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// digitsValue is the value of the digits of s[i:j], skipping other bytes.
func digitsValue(s string, i, j int) float64 {
	v := 0.0
	for ; i < j; i++ {
		if isDigit(s[i]) {
			v = v*10 + float64(s[i]-'0')
		}
	}
	return v
}

// pow10 holds the powers of ten that float64 represents exactly.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// decimalValue is the value of the integer digits of s[i:j] (separators
// skipped) followed by the fraction digits s[fi:fj]. When all digits fit in
// 15 it divides one exact integer by one exact power of ten, so that "1.89"
// is the double nearest to 1.89.
func decimalValue(s string, i, j, fi, fj int) float64 {
	var mant uint64
	digits := 0
	for k := i; k < j; k++ {
		if isDigit(s[k]) {
			mant = mant*10 + uint64(s[k]-'0')
			digits++
		}
	}
	if digits+(fj-fi) > 15 {
		return digitsValue(s, i, j) + fracValue(s, fi, fj)
	}
	for k := fi; k < fj; k++ {
		mant = mant*10 + uint64(s[k]-'0')
	}
	return float64(mant) / pow10[fj-fi]
}

// fracValue is the value of the digit run s[i:j] read after a decimal point.
func fracValue(s string, i, j int) float64 {
	v, scale := 0.0, 1.0
	for ; i < j && scale < 1e18; i++ {
		v = v*10 + float64(s[i]-'0')
		scale *= 10
	}
	return v / scale
}

// groupSep returns the length of a thousands separator made of one space
// (ASCII, no-break, narrow no-break or thin) at i, or 0.
func groupSep(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == ' ' {
		return 1
	}
	if len(s) >= i+2 && s[i] == 0xc2 && s[i+1] == 0xa0 {
		return 2
	}
	if len(s) >= i+3 && s[i] == 0xe2 && s[i+1] == 0x80 && (s[i+2] == 0xaf || s[i+2] == 0x89) {
		return 3
	}
	return 0
}

// lexNum reads the number whose sign or point starts at start and whose first
// digit (or point) is at i.
func lexNum(s string, start, i int) (token, int) {
	t := token{start: int32(start), kind: tkNum}
	neg := start < i
	if neg {
		t.nf |= nNeg
	}
	if s[i] == '.' { // ".08"
		j := scanDigits(s, i+1)
		t.val = fracValue(s, i+1, j)
		t.nf |= nDecimal
		return finishNum(t, j, neg)
	}
	j := scanDigits(s, i)
	L := j - i
	t.nd = uint8(min(L, 255))
	if L > 1 && s[i] == '0' {
		t.nf |= nLeadZero
	}
	// Inside a dotted sequence ("192.168.1.2") a run takes no decimal part.
	if i >= 2 && s[i-1] == '.' && isDigit(s[i-2]) {
		t.nf |= nInSeq
		t.val = digitsValue(s, i, j)
		return finishNum(t, j, neg)
	}
	end, decided := j, false
	if j+1 < len(s) && s[j] == ',' && isDigit(s[j+1]) {
		k, g := commaGroups(s, i, j, L)
		switch g {
		case groupThousands:
			end = k
			t.nf |= nComma
		case groupDecimal: // a decimal comma: "5,00", "1,3"
			t.val = decimalValue(s, i, j, j+1, k)
			t.nf |= nDecimal
			return finishNum(t, k, neg)
		}
		decided = true // thousands, or a list: "22,24,26": the first run alone
	}
	if !decided && L <= 3 {
		// Dots as thousands separators with a decimal comma: "1.111,11".
		if k, m, ok := dotThousands(s, j); ok {
			t.val = decimalValue(s, i, k, k+1, m)
			t.nf |= nDecimal | nComma
			return finishNum(t, m, neg)
		}
		// Spaces as thousands separators: "40 000", "1 234 567".
		if k := spacedGroups(s, j); k > j {
			end = k
			t.nf |= nSpaced
		}
	}
	return decimalTail(t, s, i, end, neg)
}

// How the comma groups after a run of digits read.
const (
	groupList      = iota // "22,24,26": a list, the first run alone
	groupThousands        // "1,674", "12,34,567"
	groupDecimal          // "5,00": a decimal comma
)

// commaGroups reads the comma groups after the run s[i:j] of L digits and
// returns where they end and how they read. Any number of groups is read:
// a cap would cut a long number into several, the later ones with a
// leading zero.
func commaGroups(s string, i, j, L int) (int, int) {
	n, first, last := 0, 0, 0
	all3, indian := L <= 3, L <= 2
	k := j
	for k+1 < len(s) && s[k] == ',' && isDigit(s[k+1]) {
		m := scanDigits(s, k+1)
		g := m - k - 1
		if n == 0 {
			first = g
		} else if last != 2 {
			indian = false // every group before the last has two digits
		}
		all3 = all3 && g == 3
		last = g
		n++
		k = m
	}
	indian = indian && n >= 2 && last == 3
	inList := i >= 2 && s[i-1] == ',' && isDigit(s[i-2])
	switch {
	case all3 || indian:
		return k, groupThousands
	case n == 1 && first <= 2 && !inList && !(k+1 < len(s) && s[k] == '.' && isDigit(s[k+1])):
		return k, groupDecimal
	}
	return k, groupList
}

// dotThousands reads dots as thousands separators before a decimal comma
// after the digits ending at j ("1.111,11"): it returns where the integer
// part ends and where the decimal part ends.
func dotThousands(s string, j int) (int, int, bool) {
	if !(j+4 < len(s) && s[j] == '.' && scanDigits(s, j+1) == j+4) {
		return 0, 0, false
	}
	k := j
	for k+4 <= len(s) && s[k] == '.' && scanDigits(s, k+1) == k+4 {
		k += 4
	}
	if k+1 < len(s) && s[k] == ',' && isDigit(s[k+1]) {
		return k, scanDigits(s, k+1), true
	}
	return 0, 0, false
}

// spacedGroups returns where groups of three digits set off by spaces end
// after the digits ending at j ("40 000"), j when there are none.
func spacedGroups(s string, j int) int {
	k := j
	for {
		sep := groupSep(s, k)
		if sep == 0 || !(k+sep < len(s) && isDigit(s[k+sep])) {
			return k
		}
		m := scanDigits(s, k+sep)
		if m-(k+sep) != 3 {
			return k
		}
		k = m
	}
}

// decimalTail gives t the value of the integer part s[i:end] and of a
// decimal point after it, unless the point opens a dotted sequence.
func decimalTail(t token, s string, i, end int, neg bool) (token, int) {
	t.val = digitsValue(s, i, end)
	if end+1 < len(s) && s[end] == '.' && isDigit(s[end+1]) {
		m := scanDigits(s, end+1)
		if m+1 < len(s) && s[m] == '.' && isDigit(s[m+1]) {
			t.nf |= nInSeq
			return finishNum(t, end, neg)
		}
		t.val = decimalValue(s, i, end, end+1, m)
		t.nf |= nDecimal
		end = m
	}
	return finishNum(t, end, neg)
}

func finishNum(t token, end int, neg bool) (token, int) {
	if neg {
		t.val = -t.val
	}
	t.end = int32(end)
	return t, end
}

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '‐' || r == '‑' }

// capLen keeps token offsets within int32.
func capLen(s string) string {
	if len(s) > math.MaxInt32 {
		return s[:math.MaxInt32]
	}
	return s
}

// trimLeftSpace drops leading Unicode white space.
func trimLeftSpace(s string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[size:]
	}
	return s
}

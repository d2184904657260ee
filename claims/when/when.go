package when

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/claims/lang"
)

// The sorts of anchors: a night or day as a calendar date or a number
// ("#3"), and, without the article's date, a day's name.
//
// Years and dates in a sentence are no anchor: they often date something
// else than the figure. A calendar night and a numbered night are of one
// sort and never equal: nothing says they are the same night.
const (
	Night   byte = 'n'
	Weekday byte = 'w'
)

// Reader reads the times sentences name with the words of a language:
// its weekdays, parts of the day and relative nights (lang.Lexicon). It
// keeps only its lexicon, which it never modifies, and is safe for
// concurrent use.
type Reader struct {
	lex *lang.Lexicon
}

// New returns the Reader of the lexicon lex.
func New(lex *lang.Lexicon) *Reader { return &Reader{lex: lex} }

// At is one time a sentence names, at byte offset At of the sentence.
type At struct {
	core.Anchor
	At int
}

// PublishedDay is the date part of a published timestamp ("2023-06-30"),
// or "" when there is none.
func PublishedDay(p string) string {
	p = strings.TrimSpace(p)
	if len(p) >= 10 && p[4] == '-' && p[7] == '-' {
		return p[:10]
	}
	return p
}

// relativeNight finds the nights a sentence names relative to the day it
// was written, 1 day back for "overnight" or "last night", 2 for "the night
// before" or "the previous night", each with its offset in the sentence.
func (rd *Reader) relativeNight(sentence string) (back, at []int) {
	// Lower-case ASCII letters only, so that offsets stay those of the
	// sentence.
	l := strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, sentence)
	for _, m := range rd.lex.RelativeNights {
		for from := 0; ; {
			i := strings.Index(l[from:], m.Words)
			if i < 0 {
				break
			}
			back, at = append(back, m.Back), append(at, from+i)
			from += i + len(m.Words)
		}
	}
	return back, at
}

// Sentence reads the times a sentence names: days of the week with a part
// of the day, relative nights (both read against the article's date,
// published, when it has one) and numbered nights or days. figs are the
// figures of the sentence, their spans sentStart bytes after those of the
// sentence.
func (rd *Reader) Sentence(sentence string, figs []core.Figure, sentStart int, published string) []At {
	day, err := time.Parse("2006-01-02", PublishedDay(published))
	dated := err == nil
	out := rd.weekdayNights(sentence, day, dated)
	if dated {
		backs, ats := rd.relativeNight(sentence)
		for k, back := range backs {
			out = append(out, At{core.Anchor{Sort: Night, Value: day.AddDate(0, 0, -back).Format("2006-01-02")}, ats[k]})
		}
	}
	for _, f := range figs {
		if f.Kind != core.Ordinal {
			continue
		}
		end := min(max(f.End-sentStart, 0), len(sentence))
		rest := strings.TrimLeft(sentence[end:], " ")
		rest = strings.ToLower(rest[:min(len(rest), 8)])
		if slices.ContainsFunc(rd.lex.NumberedNights, func(w string) bool { return strings.HasPrefix(rest, w) }) {
			out = append(out, At{core.Anchor{Sort: Night, Value: "#" + strconv.FormatFloat(f.Value, 'f', -1, 64)}, max(f.Start-sentStart, 0)})
		}
	}
	return out
}

// weekdayNights reads the days of the week a sentence names with a part of
// the day: as the date of that night when the article is dated (day), else
// by the day's name.
func (rd *Reader) weekdayNights(sentence string, day time.Time, dated bool) []At {
	var out []At
	for i := 0; i < len(sentence); {
		r, size := utf8.DecodeRuneInString(sentence[i:])
		if !unicode.IsUpper(r) {
			i += size
			continue
		}
		j := i
		for j < len(sentence) {
			r, n := utf8.DecodeRuneInString(sentence[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		w := strings.ToLower(sentence[i:j])
		wd, isDay := rd.lex.Weekdays[w]
		if !isDay {
			i = max(j, i+size)
			continue
		}
		next := strings.TrimLeft(sentence[j:], " ")
		next = strings.ToLower(next[:min(len(next), 12)])
		// "on Thursday night" dates what happened; "officials said
		// Tuesday" only dates the report, and is no anchor.
		if slices.ContainsFunc(rd.lex.PartsOfDay, func(p string) bool { return strings.HasPrefix(next, p) }) {
			if dated {
				back := (int(day.Weekday()) - wd + 7) % 7
				out = append(out, At{core.Anchor{Sort: Night, Value: day.AddDate(0, 0, -back).Format("2006-01-02")}, i})
			} else {
				out = append(out, At{core.Anchor{Sort: Weekday, Value: w}, i})
			}
		}
		i = max(j, i+size)
	}
	return out
}

// Nearest keeps, of each sort, the times named nearest to the figure at
// byte offset at, each once, in the order of all: in "some 45,000 police
// will be deployed on Saturday night, after a fourth night in which 1,311
// people were arrested", the arrests are the fourth night's. It returns
// nil when all is empty.
func Nearest(all []At, at int) []core.Anchor {
	best := map[byte]int{}
	for _, x := range all {
		d := abs(x.At - at)
		if b, ok := best[x.Sort]; !ok || d < b {
			best[x.Sort] = d
		}
	}
	var out []core.Anchor
	for _, x := range all {
		if abs(x.At-at) == best[x.Sort] && !slices.Contains(out, x.Anchor) {
			out = append(out, x.Anchor)
		}
	}
	return out
}

func abs(d int) int {
	if d < 0 {
		return -d
	}
	return d
}

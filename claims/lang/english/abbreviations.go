package english

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/lang"
)

// AbbrevClass is what a word written before a period tells about the
// sentence around it (lang.AbbrevClass).
type AbbrevClass = lang.AbbrevClass

// Abbreviation classes (lang.AbbrNone …).
const (
	AbbrNone   = lang.AbbrNone
	AbbrTitle  = lang.AbbrTitle
	AbbrNever  = lang.AbbrNever
	AbbrNumber = lang.AbbrNumber
	AbbrName   = lang.AbbrName
	AbbrOther  = lang.AbbrOther
)

// Abbreviation returns the class of a lower-case word written before a
// period.
func Abbreviation(w string) AbbrevClass { return abbreviations[w] }

var abbreviations = func() map[string]AbbrevClass {
	m := map[string]AbbrevClass{}
	add := func(class AbbrevClass, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = class
		}
	}
	add(AbbrTitle, `mr mrs ms mx dr prof gov govs sen sens rep reps gen gens lt col capt cpt
		cmdr cdr comdr sgt maj adm brig cpl pvt spc rev revs fr st ste mt ft hon pres supt
		det insp messrs mmes mme mlle msgr atty amb rt sra srta dame`)
	add(AbbrNever, `vs cf viz`)
	add(AbbrNumber, `no nos nr nº n° p pp vol vols fig figs art arts sec secs ch chap para
		paras tel ext approx ca est op jan feb mar apr jun jul aug sep sept oct nov dec`)
	add(AbbrName, `inc ltd co corp plc llc llp bros jr sr esq`)
	add(AbbrOther, `etc al ave blvd rd dept univ assn mfg intl govt hwy mon tue tues wed thu
		thur thurs fri sat sun`)
	return m
}()

// SentenceStarter reports whether w is a capitalised word that opens
// sentences: after an ambiguous abbreviation (U.S., an initial, Inc.) such a
// word shows that the sentence has ended, where any other capitalised word
// may be a name that continues it.
func SentenceStarter(w string) bool { return sentenceStarters[w] }

var sentenceStarters = fieldsSet(`A An The He She It They We I You This That These Those
	There Here But And Or So Yet However Meanwhile Moreover Also Then Now Still Instead
	Thus Therefore Indeed Nevertheless In On At For If When While After Before As Since
	Although Though Because Despite During Once Unlike What Who Whom Whose Why How Where
	Which His Her Its Their Our My Your Some Many Most All Both Each Every Several Few
	No Not None Neither Nor Other Another Such Only Even Last Earlier Later According
	Besides Yesterday Today Tomorrow Following Under Over With Without Among Between
	Mr Mrs Ms Dr`)

// TitleSmallWord reports whether a title leaves w in lower case.
func TitleSmallWord(w string) bool { return titleSmallWords[w] }

var titleSmallWords = fieldsSet(`a an the of in on at for and or to with by from as vs
	but nor into`)

// FragmentPreposition reports whether w, opening a short phrase ("At 5
// a.m.", "By Jan."), makes of it a fragment that cannot be a sentence.
func FragmentPreposition(w string) bool { return fragmentPrepositions[w] }

var fragmentPrepositions = fieldsSet(`at by before after until till from on in since
	around about near`)

// SubjectPronoun reports whether w is a capitalised subject pronoun: He,
// She, They, We, I, It, You.
func SubjectPronoun(w string) bool { return subjectPronouns[w] }

var subjectPronouns = fieldsSet(`He She They We I It You`)

// fieldsSet returns the set of the white-space-separated words of s.
func fieldsSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

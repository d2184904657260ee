package claims

// Portions: counts that are a share of a fact rather than the fact, told
// by the words around the count itself, with no whole in the sentence.

// portionOf reports whether the count at words [fi, fe) is a partial
// figure ("a partial figure of 577 deaths", "a partial toll of 300") or what
// one witness handled ("he and his friends carried around 15 wounded
// people"): each is a part of the fact, never the fact itself.
func portionOf(ws []word, fi int) bool {
	for k := fi - 1; k >= 0 && k >= fi-4; k-- {
		if ws[k].mark != 0 && k < fi-1 {
			break
		}
		if ws[k].low == "partial" || ws[k].low == "incomplete" {
			return true
		}
	}
	return witnessCount(ws, fi)
}

// increment reports whether the count at words [fi, fe) is written as an
// addition to a count of its own measure: after its number ("five more
// bodies", "30 additional deaths") when it counts the dead or the hurt
// (or adds to a count of its measure: "18 more miners are trapped" are
// the trapped), before it ("a further 16 dead",
// "another 12 bodies") only when a count of the same measure stands before
// it in the sentence or the few before (sameMeasure). After a count of
// another measure it is a fact of its own ("84 were killed. Another 284
// were wounded"; "suspended nine officers, while 18 more are being
// investigated").
func increment(ws []word, fi, fe int, measure string, sameMeasure func() bool) bool {
	if fe < len(ws) && ws[fe-1].mark == 0 && (ws[fe].low == "more" || ws[fe].low == "additional") {
		return measure == MeasureKilled || measure == MeasureInjured || sameMeasure()
	}
	if fi > 0 && (ws[fi-1].low == "another" || ws[fi-1].low == "further" || ws[fi-1].low == "additional") {
		return sameMeasure()
	}
	return false
}

// witnessCount reports whether the count at word fi is the object of what
// one person did by hand, told in the first or third person singular ("he
// and his friends carried 15 wounded people", "I counted 30 bodies", "we
// buried 12 people"): the clause before it, back to a clause mark, holds
// such a subject and a verb of handling, and no reporting verb stands
// between them and the count.
func witnessCount(ws []word, fi int) bool {
	verb := false
	for k := fi - 1; k >= 0 && k >= fi-8; k-- {
		w := ws[k].low
		switch {
		case handlingVerbs[w]:
			verb = true
		case reportingWords[w]:
			return false
		case witnessSubjects[w]:
			return verb
		}
		if ws[k].mark != 0 && k < fi-1 {
			return false
		}
	}
	return false
}

var (
	// handlingVerbs are what one person does with the dead or the hurt.
	handlingVerbs = set("carried", "counted", "buried", "pulled", "dragged", "saw", "helped", "lifted", "took")
	// witnessSubjects are the persons a witness speaks as or of.
	witnessSubjects = set("i", "we", "he", "she")
	// reportingWords end a witness's clause: what follows is reported.
	reportingWords = set("said", "says", "told", "added", "reported", "according")
)

// whoNear finds who a part counts when its own words do not say: the
// nearest nationality or class of people within a few words either side
// ("At least 323 of the dead were Egyptians", "Egyptians accounted for 658
// of the deaths").
func whoNear(ws []word, owner []int, fi, fe int) string {
	for d := 1; d <= 6; d++ {
		for _, k := range []int{fe - 1 + d, fi - d} {
			if k < 0 || k >= len(ws) || owner[k] >= 0 {
				continue
			}
			if k < fi && (k+1 >= len(ws) || !shareVerbs[ws[k+1].low]) {
				continue // "Rescuers recovered 12 more bodies": the agent
			}
			if w := whoOfWords(ws[k : k+1]); w != "" {
				return w
			}
		}
	}
	return ""
}

// shareVerbs say that the subject before them is who a part counts
// ("Egyptians accounted for 658 of the deaths").
var shareVerbs = set("accounted", "account", "made", "make", "were", "are", "comprised", "numbered", "included")

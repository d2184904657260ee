package english

// SpeechVerb reports whether the lower-case word w is a verb of a speech
// tag: "Smith asked.", "said Ms Jones,".
func SpeechVerb(w string) bool { return speechVerbs[w] }

var speechVerbs = fieldsSet(`said says asked asks told added adds wrote writes replied
	shouted tweeted posted insisted explained continued cried yelled wondered exclaimed
	responded answered`)

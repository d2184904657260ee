package english

// SpeechVerb reports whether the lower-case word w is a verb of a speech
// tag: "Smith asked.", "said Ms Jones,".
func SpeechVerb(w string) bool { return speechVerbs[w] }

var speechVerbs = fieldsSet(`said says asked asks told added adds wrote writes replied
	shouted tweeted posted insisted explained continued cried yelled wondered exclaimed
	responded answered`)

// reportingWords end a witness's clause: what follows is reported.
const reportingWords = `said says told added reported according`

// hospitalSources follow a hospital that only says who reported a figure
// ("a hospital official said").
const hospitalSources = `official officials spokesman spokeswoman spokesperson staff source sources
	director chief doctor doctors authorities head journalists reporters
	correspondent correspondents witnesses`

package english

// eventKinds sort the nouns and verbs that name what happened into kinds of
// event ("explosion", "quake", "flood", …).
var eventKinds = kindTable(map[string][]string{
	"explosion": {"bomb", "bomber", "bombers", "bombing", "bombings", "blast", "blasts", "explosion", "explosions",
		"suicide", "explosive", "explosives", "ied"},
	"shooting": {"shooting", "shootings", "gunman", "gunmen", "gunfire", "shot", "massacre"},
	"crush":    {"crush", "stampede", "stampedes", "surge"},
	"quake":    {"earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks"},
	"flood":    {"flood", "floods", "flooding", "floodwaters", "deluge", "dam", "dams", "storm", "storms", "cyclone", "hurricane", "typhoon"},
	"fire":     {"fire", "fires", "blaze", "blazes", "wildfire", "wildfires", "inferno"},
	"crash":    {"crash", "crashes", "collision", "collided", "derailment", "derailed", "shipwreck", "capsized", "sank", "sinking"},
	"heat":     {"heat", "heatwave", "heatwaves", "temperatures"},
	"collapse": {"collapse", "collapsed", "landslide", "landslides", "mudslide"},
	"epidemic": {"epidemic", "pandemic", "outbreak", "coronavirus", "covid", "covid-19", "ebola", "cholera"},
})

func kindTable(m map[string][]string) map[string]string {
	out := map[string]string{}
	for kind, words := range m {
		for _, w := range words {
			out[w] = kind
		}
	}
	return out
}

// EventKind returns the kind of event a lower-cased word names ("blast":
// "explosion"), if it names one.
func EventKind(w string) (string, bool) {
	k, ok := eventKinds[w]
	return k, ok
}

// serviceWords after an event word name a service, not an event ("the
// fire department", "a flood warning").
var serviceWords = map[string]bool{
	"department": true, "brigade": true, "service": true, "services": true, "fighters": true,
	"chief": true, "station": true, "officials": true, "official": true, "warning": true,
	"warnings": true, "squad": true, "disposal": true, "defence": true, "defense": true,
}

// IsServiceWord reports whether a lower-cased word after an event word
// makes it name a service ("fire department").
func IsServiceWord(w string) bool { return serviceWords[w] }

// firingVerbs before "fire" make it gunfire: "opened fire", "returned
// fire", "sniper fire".
var firingVerbs = map[string]bool{
	"open": true, "opens": true, "opened": true, "opening": true, "return": true, "returned": true,
	"returning": true, "cease": true, "exchanged": true, "exchanging": true, "sniper": true,
}

// FiringVerb reports whether a lower-cased word before "fire" makes it
// gunfire ("opened fire"): the event is a shooting.
func FiringVerb(w string) bool { return firingVerbs[w] }

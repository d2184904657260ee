package measure

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/lang/english"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// en is the vocabulary of the English lexicon.
var en = englishVocab()

func englishVocab() *Vocab {
	lex := english.Lexicon()
	return New(&lex)
}

// measureCase is a sentence with the figure marked by braces: "killed {139}
// people". The braces are removed before Of sees the sentence.
type measureCase struct {
	marked  string
	measure string
	subject string
}

// unmark removes the braces of a marked sentence and returns the span they
// delimited.
func unmark(t testing.TB, marked string) (string, int, int) {
	t.Helper()
	start := strings.IndexByte(marked, '{')
	end := strings.IndexByte(marked, '}')
	require.True(t, start >= 0 && end > start, "no {figure} in %q", marked)
	s := marked[:start] + marked[start+1:end] + marked[end+1:]
	return s, start, end - 1
}

var measureCases = []measureCase{
	// A toll whose subject holds a relative clause; a place between the
	// counted noun and its passive; "listed as missing".
	{"The death toll from the storm that flattened the coastal town of Beira has risen to {1,007}, officials said.", "killed", ""},
	{"The toll from the quake which levelled much of Antakya stood at {at least 6,000} on Monday.", "killed", ""},
	{"Officials said {12,000} residents of Mocuba had been displaced by the rising river.", "displaced", "residents"},
	{"Some {4,500} families in Quelimane were evacuated overnight.", "evacuated", "families"},
	{"{Sixty} miners are still listed as missing after the collapse.", "missing", "miners"},
	{"{Nine} climbers were officially registered as missing on the mountain.", "missing", "climbers"},
	// A short prepositional phrase before the passive; injuries and hospitals.
	{"{23} passengers from the derailed train were injured, the operator said.", "injured", "passengers"},
	{"Police said {40} people at the march were arrested.", "arrested", ""},
	{"{Six} of the miners were killed when the shaft flooded.", "killed", "miners"},
	{"{Eleven} fans were treated for injuries outside the stadium.", "injured", "fans"},
	{"{Nine} people were hospitalised after the fire.", "injured", ""},
	// Verb before the figure, with coordination.
	{"A suicide bomber struck the checkpoint, killing {27} Iraqis and 4 police officers.", "killed", "Iraqis"},
	{"A suicide bomber struck the checkpoint, killing 27 Iraqis and {4} police officers.", "killed", "police officers"},
	{"The blast killed {more than 60} people and injured nearly 200 others.", "killed", ""},
	{"The blast killed more than 60 people and injured {nearly 200} others.", "injured", ""},
	{"The gunmen killed {five} soldiers, three policemen and two civilians.", "killed", "soldiers"},
	{"The gunmen killed five soldiers, three policemen and {two} civilians.", "killed", "civilians"},
	{"Security forces shot dead {12} protesters on Sunday.", "killed", "protesters"},
	{"The strike killed {9} members of one family.", "killed", "members"},
	// Figure, noun, participle.
	{"{At least 48} people were killed when the ferry capsized.", "killed", ""},
	{"{About 300} people died in the floods last week.", "killed", ""},
	{"{Seventy-one} people have been confirmed dead so far.", "killed", ""},
	{"{Twenty} were injured, two of them seriously.", "injured", ""},
	{"The bombing left {35} wounded and dozens more in shock.", "injured", ""},
	{"The landslide left {14} people dead in the mountain village.", "killed", ""},
	{"{Eleven} miners remain missing after the collapse.", "missing", "miners"},
	{"{Nine} crew members are still unaccounted for.", "missing", "crew members"},
	{"{Some 2,000} residents were evacuated from the coast overnight.", "evacuated", "residents"},
	{"{Hundreds of} families have been displaced by the fighting.", "displaced", "families"},
	{"{1.2 million} people have fled their homes since February.", "displaced", ""},
	{"{Six} suspects are in custody, the ministry said.", "arrested", "suspects"},
	{"{Four} men were detained at the border crossing.", "arrested", "men"},
	{"{Two} journalists who were arrested last month remain in jail.", "arrested", "journalists"},
	{"{Three} of the hostages were found dead in the building.", "killed", "hostages"},
	{"{Dozens} of pilgrims are feared dead after the stampede.", "killed", "pilgrims"},
	{"{81} men were executed in a single day, the interior ministry said.", "executed", "men"},
	{"{Five} people killed in the storm were farmers.", "killed", ""},
	// Active voice with an object: the figure is the agent.
	{"{Three} gunmen killed at least 20 worshippers at the mosque.", "gunman", "gunmen"},
	{"Three gunmen killed {at least 20} worshippers at the mosque.", "killed", "worshippers"},
	{"The regime killed as many as {40,000} people in the purge.", "killed", ""},
	{"Rescuers pulled {seven} survivors from the rubble.", "rescued", ""},
	{"Troops killed 17 militants and {30} rockets were found in the house.", "rocket", "rockets"},
	{"Police said {three} officers were among those hurt.", "injured", "officers"},
	{"At least {20} people are believed to have died in the fire.", "killed", ""},
	{"The gang was holding {30} hostages in a warehouse.", "hostage", "hostages"},
	{"The 139 people killed included {three} children.", "killed", "children"},
	{"{Thousands} have been left homeless by the floods.", "displaced", ""},
	{"Iran hanged {four} men convicted of drug trafficking.", "executed", "men"},
	{"Officials said the number of injured had risen to {182}.", "injured", ""},
	{"{Four} of those detained were later released.", "arrested", ""},
	{"The plane was carrying {150} passengers and crew.", "passenger", "passengers"},
	{"By dawn, 80 of the {310} people aboard had been pulled from the water.", "passenger", ""},
	{"Among the dead were {four} foreign hikers.", "killed", "foreign hikers"},
	{"Among the injured was {one} firefighter.", "injured", "firefighter"},
	{"The clinic treated {64} people for burns overnight.", "injured", ""},
	{"{Eight} climbers were treated for burns at the district hospital.", "injured", "climbers"},
	{"Soldiers said the bodies of {412} people had been carried out of the ruins.", "killed", ""},
	{"Shots were fired into a crowd of {about 9,000} at the fairground.", "attendance", ""},
	{"The boat had {60} migrants on board.", "passenger", "migrants"},
	{"The band’s {50}th album was held back for a year.", "", ""},
	{"Officials said the ship was carrying {12}km of cable.", "km", ""},
	{"The singer, who rose to fame in the 1960s, died at {79}.", "", ""},
	{"The rule applies to {300} public bodies in Scotland.", "body", "public bodies"},
	{"The champion has held {two} titles since 2019.", "title", "titles"},
	{"The striker will be missing {three} games through injury.", "game", "games"},
	{"About {1.5 million} jobs disappeared during the recession.", "job", "jobs"},
	{"Children will die needlessly and budgets are half their {1990} levels.", "level", "levels"},
	{"The studio released Die Hard {2} in 1990.", "", ""},
	{"{12} activists disappeared after the protest.", "missing", "activists"},
	{"The number of climbers missing on the mountain rose to {nine}.", "missing", "climbers"},
	// Measure nouns.
	{"The death toll rose to {139} on Sunday.", "killed", ""},
	{"The death toll from Friday's bombing has climbed to {57}, officials said.", "killed", ""},
	{"Officials put the toll at {more than 200}.", "killed", ""},
	{"Health authorities reported a death toll of {at least 410}.", "killed", ""},
	{"The number of people killed in the quake stood at {2,100}.", "killed", ""},
	{"The explosion resulted in the death of {more than 40} people and injured 120 others.", "killed", ""},
	{"The explosion resulted in the death of more than 40 people and injured {120} others.", "injured", ""},
	{"Rescuers counted {over 100} injured after the train derailed.", "injured", ""},
	{"The crash injured the driver, injuring {over 30} passengers.", "injured", "passengers"},
	{"The ministry recorded {at least 84} deaths from the heatwave.", "killed", ""},
	{"The fighting claimed {40} lives in two days.", "killed", ""},
	{"The agency reported {17} fatalities on the motorway.", "killed", ""},
	{"Police made {23} arrests during the protest.", "arrested", ""},
	{"Rescue teams recovered {31} bodies from the rubble.", "killed", ""},
	{"The evacuation of {4,500} people from the valley began at dawn.", "evacuated", ""},
	{"Rights groups condemned the execution of {seven} prisoners.", "executed", "prisoners"},
	{"Saudi Arabia carried out {196} executions last year.", "executed", ""},
	{"Among the dead were {three} children and a police officer.", "killed", "children"},
	{"The aid flight carried {120} evacuees to Islamabad.", "evacuated", ""},
	{"Lifeguards saved {40} lives on the beach this summer.", "life", ""},
	// Sub-counts.
	{"At least 50 people have been killed, including {eight} children, and 90 others hurt.", "killed", "children"},
	{"Police detained 14 people, including {three} women, after the raid.", "arrested", "women"},
	{"The earthquake killed 300 people, among them {40} students.", "killed", "students"},
	// Clauses keep their verbs.
	{"Police arrested {11} people after the bombing that killed 139.", "arrested", ""},
	{"Police arrested 11 people after the bombing that killed {139}.", "killed", ""},
	{"The raid killed two militants; {five} others were arrested.", "arrested", ""},
	{"The raid killed two militants — {five} officers took part.", "officer", "officers"},
	{"Officials said 12 were killed, but {40} buses got through.", "bus", "buses"},
	{"The storm destroyed {300} homes and killed two people.", "home", "homes"},
	{"The storm destroyed 300 homes and killed {two} people.", "killed", ""},
	{"Those who were arrested had {five} rifles with them.", "rifle", "rifles"},
	// Units and distractors.
	{"The group has operated in Afghanistan for {nine} years.", "year", ""},
	{"He served {10} years in prison for the killing.", "year", ""},
	{"The insurgents are active in {34} provinces.", "province", ""},
	{"Each family received {500,000} rubles in compensation.", "ruble", ""},
	{"The bombers were paid {$5,000} each.", "dollar", ""},
	{"About {1.5 million} Tajik migrants work in Russia.", "migrant", "Tajik migrants"},
	{"The militants once held {40} percent of Iraq.", "", ""},
	{"The group had lost {95%} of its territory by 2017.", "territory", ""},
	{"Turnout fell to {52 per cent} of registered voters.", "voter", ""},
	{"Karimov, {32}, was detained at the airport.", "", ""},
	{"A {32}-year-old man was arrested on Tuesday.", "", ""},
	{"Fire swept through a {seven}-storey building on the main road.", "", ""},
	{"A {10}-member committee will look into the blast.", "", ""},
	{"The {three}-train crash left carriages strewn across the tracks.", "", ""},
	{"The militants set a {48}-hour deadline.", "hour", ""},
	{"The ministry announced a {10}-day ceasefire.", "day", ""},
	{"The suspect, aged {25}, was arrested in Moscow.", "", ""},
	{"The embassy attack in {2022} killed two diplomats.", "", ""},
	{"The convoy covered {300} kilometres in a day.", "kilometre", ""},
	{"The hall can seat {6,200} spectators.", "spectator", "spectators"},
	{"Trading began after {18} months of talks.", "month", ""},
	{"The United Nations counted {3.4 million} refugees in the country.", "refugee", "refugees"},
	{"Organisers expected {50,000} visitors at the fair.", "visitor", "visitors"},
	{"The army deployed {2,000} troops to the border.", "troop", "troops"},
	{"The group held {three} rallies in the capital.", "rally", "rallies"},
	{"Rebels held {15} aid workers hostage for a week.", "worker", "aid workers"},
	{"{15} aid workers were held hostage for a week.", "worker", "aid workers"},
	{"The company cut {500} jobs.", "job", "jobs"},
	// Toll nouns with a long complement before "to N" / "at N".
	{"Iran has lowered the death toll from the twin bombings in the southern city of Kerman to {84}, as thousands of mourners attended a funeral for the victims.", "killed", ""},
	{"Iran has revised the death toll from the twin bombings in the southern city of Kerman to {84}.", "killed", ""},
	{"The toll from Friday's attack at the concert hall rose to {139}.", "killed", ""},
	{"Afghan health officials have put the number of Afghans killed in the blast at {170}.", "killed", "Afghans"},
	{"Afghan health officials have put the number of Afghans killed in the blast at 170, bringing the total number of dead to {183}.", "killed", ""},
	{"Officials said the number of people injured in the attack has risen to {182}.", "injured", ""},
	{"Authorities cut the death toll from last week's floods in the northern province of Sindh to {212}.", "killed", ""},
	{"The ministry put the number of Syrian refugees killed in the clashes near the border at {31}.", "killed", "Syrian refugees"},
	{"Rescuers raised the toll of the landslide on the outskirts of the mining town to {46} on Monday.", "killed", ""},
	{"The death toll from the storm in the coastal villages of the delta was lowered to {57}.", "killed", ""},
	{"The storm hit the coast of the delta at {150} kilometres an hour.", "kilometre", ""},
	{"The team moved the clinic from the centre of the town to {three} villages.", "village", ""},
	{"Gunmen killed a guard in the square of the old city at {6} pm.", "pm", "pm"},
	{"A convoy took the wounded from the front line to {three} hospitals.", "hospital", "hospitals"},
	// Subordinating conjunctions end the left scan.
	{"Iran has lowered the death toll from the twin bombings to 84, as {thousands} of mourners attended a funeral.", "mourner", "mourners"},
	{"The blast killed 14 people as {hundreds} of worshippers gathered for prayers.", "worshipper", "worshippers"},
	{"The army arrested 20 students when {5,000} protesters marched on parliament.", "protester", "protesters"},
	{"Police detained four men after {200} fans clashed outside the stadium.", "fan", "fans"},
	{"Rebels killed two guards before {30} prisoners escaped from the jail.", "prisoner", "prisoners"},
	{"Gunmen killed a teacher because {200} pupils refused to leave.", "pupil", "pupils"},
	{"The ship has evacuated 900 people since {40} volunteers joined the crew.", "volunteer", "volunteers"},
	{"Floods killed five people last year, although {9,000} families received aid.", "family", "families"},
	{"The quake injured 30 people, though {40} schools reopened within a week.", "school", "schools"},
	{"The quake killed 300 people in the region, where {2 million} residents live.", "resident", "residents"},
	{"The storm injured six people while {20,000} homes lost power.", "home", "homes"},
	{"Last year's floods killed 80, whereas {12} schools closed this year.", "school", "schools"},
	{"Officials fear the toll will rise if {50} more miners stay trapped.", "miner", "miners"},
	{"Troops detained 14 men until {300} villagers protested.", "villager", "villagers"},
	{"The death toll from the fighting since October has risen to {1,200}.", "killed", ""},
	{"The riots killed as many as {40} people.", "killed", ""},
	// Sub-counts: a determined group and a figure with its own clause do
	// not inherit the earlier verb; a bare listing does.
	{"Security services said 11 people had been detained, among them all {four} of the gunmen, who were stopped near the border.", "gunman", "gunmen"},
	{"Russian authorities have detained 11 people, including the {four} men accused of the shooting.", "man", "men"},
	{"Russian authorities have detained 11 people, {four} of whom are accused of the shooting.", "", ""},
	{"Police arrested nine people, including both {two} drivers of the van.", "driver", "drivers"},
	{"The raid killed 12 people, {five} of whom were children.", "", ""},
	{"The blast injured 40 people, {six} of them seriously.", "injured", ""},
	{"The floods killed 25 people, {ten} of them children.", "killed", "children"},
	{"Troops detained 30 people, {eight} of whom were later released.", "", ""},
	{"The fire killed 18 people, {three} of whom died in hospital.", "killed", ""},
	{"Police arrested 14 people, among them {two} teenagers.", "arrested", "teenagers"},
	// Day and month names are not counted nouns.
	{"A court charged {four} men with terrorism on Sunday.", "man", "men"},
	{"The {four} appeared late Sunday in a district court.", "", ""},
	{"The {three} met on Friday in Geneva.", "", ""},
	{"The {two} charged with murder on Tuesday were released.", "", ""},
	{"Prices rose {3} points in March.", "point", ""},
	{"Floods killed {12} last week in the north.", "killed", ""},
	{"The side has won {two} of their last 10 games.", "", ""},
	{"Cards like these {first} appeared in the 1950s.", "", ""},
	{"The bank set aside {5 trillion} won for the bail-out.", "won", ""},
	// Evacuations by air.
	{"The airlift evacuated {more than 100,000} people from Kabul.", "evacuated", ""},
	{"{More than 110,000} people were flown out of the country in two weeks.", "evacuated", ""},
	{"{About 5,000} foreign nationals have been airlifted from the capital.", "evacuated", "foreign nationals"},
	{"Military planes airlifted {2,300} civilians to safety.", "evacuated", "civilians"},
	{"The airlift of {120,000} people from Kabul ended on Monday.", "evacuated", ""},
	{"The air force flew out {5,000} people in a week.", "evacuated", ""},
	{"Coalition planes have flown {more than 8,000} people out of the city.", "evacuated", ""},
	{"The pilots flew {12} sorties over the desert.", "sortie", "sorties"},
	{"The group said {two} of its fighters blew themselves up.", "fighter", "fighters"},
	{"Police said {three} of his children were killed in the attack.", "killed", "children"},
	// Curly quotes, em dashes and case.
	{"“{Eight} people were KILLED,” the governor said.", "killed", ""},
	{"Witnesses heard “killing” and {two} shots.", "shot", "shots"},
	{"THE EXPLOSION KILLED {14} WORKERS.", "killed", "WORKERS"},
	{"Rescuers said {13} U.S. Marines were among the wounded.", "injured", "U.S. Marines"},
	{"The bombing at the airport killed {13} US servicemen.", "killed", "US servicemen"},
	{"The accused faces 50 counts of murder and {39} of attempted murder.", "count", "counts"},
	{"Police filed 12 charges of arson or {4} of looting.", "charge", "charges"},
	{"Gunmen killed 20 people and {5} of the guards.", "killed", "guards"},
	{"Rescuers found 20 bodies of men and {5} of children.", "killed", "children"},
	{"The blast killed 12 members of the family and {3} of the neighbours.", "killed", "neighbours"},
	{"Police arrested 12 members of the gang and {3} of the officers.", "arrested", "officers"},
}

func TestMeasureOf(t *testing.T) {
	require.GreaterOrEqual(t, len(measureCases), 60)
	for _, c := range measureCases {
		t.Run(c.marked, func(t *testing.T) {
			s, start, end := unmark(t, c.marked)
			m, subj := en.Of(s, start, end)
			assert.Equal(t, c.measure, m, "measure")
			assert.Equal(t, c.subject, subj, "subject")
		})
	}
}

func TestMeasureOfBadSpans(t *testing.T) {
	s := "Gunmen killed 12 people."
	for _, c := range []struct {
		name       string
		start, end int
	}{
		{"empty", 5, 5},
		{"reversed", 10, 3},
		{"negative", -5, -1},
		{"beyond", 100, 200},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, subj := en.Of(s, c.start, c.end)
			assert.Empty(t, m)
			assert.Empty(t, subj)
		})
	}
	// Out-of-range ends are clamped.
	m, _ := en.Of(s, 14, 1000)
	assert.Equal(t, "killed", m, "figure at the end of a clamped span")
	m, _ = en.Of("", 0, 3)
	assert.Empty(t, m)
}

func TestSingular(t *testing.T) {
	for in, want := range map[string]string{
		"provinces": "province", "migrants": "migrant", "rubles": "ruble", "years": "year",
		"children": "child", "servicemen": "serviceman", "casualties": "casualty",
		"people": "people", "buses": "bus", "churches": "church", "status": "status",
		"crisis": "crisis", "lives": "life", "sorties": "sortie", "heroes": "hero", "women": "woman", "class": "class",
	} {
		assert.Equal(t, want, en.singular(in), in)
	}
}

func FuzzMeasureOf(f *testing.F) {
	for _, c := range measureCases {
		s, start, end := unmark(f, c.marked)
		f.Add(s, start, end)
	}
	f.Add("killed \xff\xfe 12", 9, 11)
	f.Add("—“”", 0, 3)
	f.Add("12-", 0, 2)
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		m, subj := en.Of(s, start, end)
		if m != "" && !utf8.ValidString(s) {
			return // measures of invalid text are not checked further
		}
		// The subject is taken from the sentence's own words.
		for _, w := range strings.Fields(subj) {
			if !strings.Contains(s, w) {
				t.Fatalf("subject word %q not in sentence %q", w, s)
			}
		}
		if utf8.ValidString(s) && (strings.ToLower(m) != m || strings.ContainsAny(m, " \t\n")) {
			t.Fatalf("measure %q is not one lower-case word", m)
		}
		if strings.TrimSpace(m) != m || strings.TrimSpace(subj) != subj {
			t.Fatalf("untrimmed result %q %q", m, subj)
		}
		if start >= end || start >= len(s) || end <= 0 {
			if m != "" || subj != "" {
				t.Fatalf("empty span gave %q %q", m, subj)
			}
		}
	})
}

func BenchmarkMeasureOf(b *testing.B) {
	type in struct {
		s          string
		start, end int
	}
	ins := make([]in, len(measureCases))
	for i, c := range measureCases {
		s, start, end := unmark(b, c.marked)
		ins[i] = in{s, start, end}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := ins[i%len(ins)]
		en.Of(c.s, c.start, c.end)
	}
}

// TestMeasureOfSeed checks the measure of every gold mention of the shared
// seed (../../../shared/seed), in every sentence of its outlet's articles
// that states it. A crude splitter stands in for the real one here.
func TestMeasureOfSeed(t *testing.T) {
	text, err := os.ReadFile("../../../shared/seed/articles.txt")
	if err != nil {
		t.Skipf("seed not available: %v", err)
	}
	raw, err := os.ReadFile("../../../shared/seed/gold.json")
	require.NoError(t, err)
	var gold struct {
		Articles []struct{ Outlet string } `json:"articles"`
		Groups   []struct {
			Measure  string `json:"measure"`
			Mentions []struct{ Outlet, Text string }
		} `json:"groups"`
	}
	require.NoError(t, json.Unmarshal(raw, &gold))

	// Articles of the bundle end with a line "read more".
	var articles []string
	var cur strings.Builder
	for _, line := range strings.SplitAfter(string(text), "\n") {
		if strings.EqualFold(strings.TrimSpace(line), "read more") {
			articles = append(articles, cur.String())
			cur.Reset()
			continue
		}
		cur.WriteString(line)
	}
	require.Len(t, articles, len(gold.Articles))

	n, ok := 0, 0
	for _, g := range gold.Groups {
		for _, m := range g.Mentions {
			n++
			var got []string
			found := false
			for a, art := range articles {
				if found || gold.Articles[a].Outlet != m.Outlet {
					continue
				}
				for _, occ := range occurrences(art, m.Text) {
					s, start := crudeSentence(art, occ)
					meas, subj := en.Of(s, start, start+len(m.Text))
					got = append(got, meas+"/"+subj)
					if meas == g.Measure {
						found = true
						break
					}
				}
			}
			if found {
				ok++
			} else {
				t.Logf("miss: %s %q want %s, got %v", m.Outlet, m.Text, g.Measure, got)
			}
		}
	}
	t.Logf("seed measures %d/%d", ok, n)
	assert.GreaterOrEqual(t, ok, n-1, "seed measures")
}

// occurrences returns the offsets of figure text in s at number boundaries
// ("13" not in "2013", "over 100" not in "over 100%").
func occurrences(s, fig string) []int {
	var out []int
	for i := 0; ; {
		k := strings.Index(s[i:], fig)
		if k < 0 {
			return out
		}
		at := i + k
		end := at + len(fig)
		before := at == 0 || !isWordByte(s[at-1])
		after := end == len(s) || !isWordByte(s[end]) && s[end] != '%' &&
			!(s[end] == ',' && end+1 < len(s) && s[end+1] >= '0' && s[end+1] <= '9')
		if before && after {
			out = append(out, at)
		}
		i = end
	}
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// crudeSentence returns the sentence around offset at of s (split at ". ",
// "? ", "! " and line ends) and at's offset in it.
func crudeSentence(s string, at int) (string, int) {
	start := 0
	for _, sep := range []string{". ", "? ", "! ", "\n"} {
		if k := strings.LastIndex(s[:at], sep); k >= 0 && k+len(sep) > start {
			start = k + len(sep)
		}
	}
	end := len(s)
	for _, sep := range []string{". ", "? ", "! ", "\n"} {
		if k := strings.Index(s[at:], sep); k >= 0 && at+k+1 < end {
			end = at + k + 1
		}
	}
	return s[start:end], at - start
}

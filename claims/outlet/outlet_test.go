package outlet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// detectCases are article texts (title excluded) with the outlet each
// states for itself, and the rule expected to find it.
var detectCases = []struct {
	name, text, want, rule string
}{
	// Bylines.
	{"byline with outlet", "By Maria Lopez, Reuters\n\nThe central bank held rates.", "Reuters", "byline"},
	{"byline and credit line", "By Tom Hale\n\nBBC defence correspondent\n\n4 June 2024\n\nTroops moved north.", "BBC", "byline"},
	{"bare By then outlet", "By\n\nAl Jazeera Staff\n\nProtesters gathered.", "Al Jazeera", "byline"},
	{"byline staff", "By Al Jazeera Staff\n\nProtesters gathered.", "Al Jazeera", "byline"},
	{"byline two authors", "By Ann Poe and Li Wei, The Associated Press\n\nVoters queued.", "AP", "byline"},
	{"byline pipe", "By Omar Shah | CNN\n\nThe storm weakened.", "CNN", "byline"},
	{"byline for", "By Sara Kim for the BBC\n\nThe river rose.", "BBC", "byline"},
	{"byline place", "BY KEN ODA\n\nBBC News, Tokyo\n\nTrains stopped.", "BBC", "byline"},
	{"person named like an outlet", "By Dawn Mitchell\n\nThe council met on Tuesday.", "", ""},
	{"by in prose", "By the time rescuers arrived, Reuters said, the fire was out.", "", ""},
	// Datelines.
	{"ap dateline", "BY JO PARK\n\nKABUL, Afghanistan (AP) — Officials said the road was cut.", "AP", "dateline"},
	{"reuters dateline", "LONDON (Reuters) - Oil prices rose on Monday.", "Reuters", "dateline"},
	{"dateline with date", "ISLAMABAD, May 3 (Reuters) - Police said 12 were held.", "Reuters", "dateline"},
	{"afp dateline", "PARIS (AFP) – Strikes hit rail services.", "AFP", "dateline"},
	{"cnn glued", "Washington (CNN)Lawmakers passed the bill.", "CNN", "dateline"},
	{"titled place with dash", "Kabul (Pajhwok) - Officials opened a clinic.", "Pajhwok", "dateline"},
	{"parenthesis in prose", "The minister spoke to the press (Reuters) on Monday about the plan.", "", ""},
	{"photo credit", "(AP Photo/Jo Park)\n\nOfficials said the road was cut.", "", ""},
	// Closing lines.
	{"source line", "Fighting continued.\n\nSOURCE: AL JAZEERA", "Al Jazeera", "credit"},
	{"source with agencies", "Fighting continued.\n\nSource: Al Jazeera and news agencies", "Al Jazeera", "credit"},
	{"copyright", "Fighting continued.\n\n© 2024 The Associated Press. All rights reserved.", "AP", "credit"},
	{"copyright outlet first", "Text.\n\nCopyright Reuters 2024", "Reuters", "credit"},
	{"markdown byline", "*By Ann Lee, Reuters*\n\nText.", "Reuters", "byline"},
	{"source not an outlet", "The index fell 2%.\n\nSource: national statistics office", "", ""},
	// Outlet standing alone near the top.
	{"standalone paper", "The New York Times\n\nThe group has grown bolder.", "The New York Times", "site"},
	{"standalone variant", "Voice of America\n\nFarmers waited for rain.", "VOA", "site"},
	{"standalone with role", "Sky News reporter\n\nThe ship docked.", "Sky News", "site"},
	{"standalone far down is not near the top", "One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nCNN\n\nSeven.", "", ""},
	{"bracketed picture credit", "[Reuters]\n\nThe ship docked.", "", ""},
	{"outlet with other words", "Reuters poll shows gains for the party\n\nText.", "", ""},
	// Bios.
	{"bio with", "Shops reopened.\n\nLena Ortiz is a bilingual reporter with CBS News Philadelphia. She grew up in Texas.", "CBS News", "credit"},
	{"bio covers", "Shops reopened.\n\nAmir Khan covers South Asia for The Guardian.", "The Guardian", "credit"},
	{"bio for", "Shops reopened.\n\nJo Lee is the Moscow bureau chief for The Washington Post.", "The Washington Post", "credit"},
	{"bio former", "Shops reopened.\n\nJo Lee is a former correspondent for The Washington Post.", "", ""},
	{"bio ambiguous paper", "Shops reopened.\n\nJo Lee is the Kabul bureau chief for The Times.", "", ""},
	{"not a bio", "Shops reopened.\n\nThe mayor is a former editor at Bloomberg News.", "", ""},
	// Interviews given to the outlet.
	{"told once", "A spokesman said the ban stays.\n\n\"We will not change it,\" he told TOLOnews.", "TOLOnews", "interview"},
	{"told variant", "\"We need help,\" she told Tolo News on Sunday.", "TOLOnews", "interview"},
	{"told the", "\"It was chaos,\" one witness told the BBC.", "BBC", "interview"},
	{"told dominant", "\"A,\" he told Al Jazeera.\n\n\"B,\" she told Al Jazeera.\n\n\"C,\" he told CNN.", "Al Jazeera", "interview"},
	{"told split", "\"A,\" he told Al Jazeera.\n\n\"C,\" he told CNN.", "", ""},
	{"told news agency", "Lavrov told TASS news agency that talks had failed.", "", ""},
	{"told agency alone", "\"Prices will rise,\" an analyst told Reuters.", "", ""},
	{"told paper once", "The minister told the Financial Times that taxes would fall.", "", ""},
	{"told paper twice", "She told The New York Times the plan failed. He later told The New York Times more.", "The New York Times", "interview"},
	{"told possessive", "He told CNN's anchor he would run.", "", ""},
	{"told programme", "He told the BBC programme he would run.", "", ""},
	{"foretold", "It foretold CNN ratings.", "", ""},
	// Mentions of other outlets as sources never attribute.
	{"claimed in a report", "Previously, the New York Times also claimed in a report that attacks would rise.", "", ""},
	{"interview with", "The minister said in an interview with TASS news agency that the talks failed.", "", ""},
	{"according to", "According to Xinhua, 14 people died.\n\nAccording to the BBC, rescue work continues.", "", ""},
	{"reported", "Reuters reported on Friday that 30 were hurt. CNN and Al Jazeera also reported it.", "", ""},
	{"nothing", "The council approved the budget on Tuesday.", "", ""},
	{"empty", "", "", ""},
	// Priority: a byline beats interviews.
	{"byline beats told", "By Rae Hunt, Reuters\n\n\"No,\" he told the BBC.", "Reuters", "byline"},
	{"dateline beats closing", "LONDON (AP) — Text.\n\nSOURCE: AL JAZEERA", "AP", "dateline"},
}

func TestDetect(t *testing.T) {
	reg := DefaultRegistry()
	for _, tt := range detectCases {
		t.Run(tt.name, func(t *testing.T) {
			got, rule := reg.Detect(tt.text)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.rule, rule)
		})
	}
}

func TestCanonical(t *testing.T) {
	reg := DefaultRegistry()
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"AP", "AP", true},
		{"the associated press", "AP", true},
		{"Associated  Press.", "AP", true},
		{"NYT", "The New York Times", true},
		{"New York Times", "The New York Times", true},
		{"the BBC", "BBC", true},
		{"BBC News", "BBC", true},
		{"AL JAZEERA", "Al Jazeera", true},
		{"Al-Jazeera", "Al Jazeera", true},
		{"aljazeera", "Al Jazeera", true},
		{"Tolo News", "TOLOnews", true},
		{"CBS News Philadelphia", "CBS News", true},
		{"Voice of America", "VOA", true},
		{"Radio Free Europe/Radio Liberty", "RFE/RL", true},
		{"Agence France-Presse", "AFP", true},
		{"Agence France‑Presse", "AFP", true}, // non-breaking hyphen
		{"guardian", "The Guardian", true},
		{"DW", "Deutsche Welle", true},
		{"(Reuters)", "Reuters", true},
		{"The Times", "", false},
		{"Times", "", false},
		{"", "", false},
		{"Kabul Now", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := reg.Canonical(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
	// Every canonical name maps to itself.
	for _, o := range builtinOutlets {
		got, ok := reg.Canonical(o[0])
		assert.True(t, ok, o[0])
		assert.Equal(t, o[0], got)
	}
}

func TestRegistryAdd(t *testing.T) {
	reg := NewRegistry()
	reg.Add("Kabul Now", "KabulNow", "kabul now news")
	reg.Add("  ")
	got, ok := reg.Canonical("kabulnow")
	require.True(t, ok)
	assert.Equal(t, "Kabul Now", got)
	// A name added again moves to the new outlet, for canonical names and
	// for detection.
	reg.Add("Kabul Now English", "KabulNow")
	got, _ = reg.Canonical("KabulNow")
	assert.Equal(t, "Kabul Now English", got)
	assert.Equal(t, "Kabul Now English", name(reg.Detect("\"No,\" he told KabulNow.")))
	assert.Equal(t, "Kabul Now", name(reg.Detect("\"No,\" he told Kabul Now News.")))
	// The default registry is fresh each time.
	d := DefaultRegistry()
	d.Add("X Outlet")
	_, ok = DefaultRegistry().Canonical("X Outlet")
	assert.False(t, ok)
}

func TestRegistryLoadFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "outlets.txt")
	require.NoError(t, os.WriteFile(good, []byte("# local outlets\n\nHasht-e Subh | Hasht-e Subh Daily | 8am Media\nAmu TV\n"), 0o644))
	reg := DefaultRegistry()
	require.NoError(t, reg.LoadFile(good))
	got, ok := reg.Canonical("8am media")
	assert.True(t, ok)
	assert.Equal(t, "Hasht-e Subh", got)
	got, _ = reg.Canonical("Amu TV")
	assert.Equal(t, "Amu TV", got)
	assert.Equal(t, "Hasht-e Subh", name(reg.Detect("By Nadia Rahimi, Hasht-e Subh Daily\n\nText.")))

	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("Good\n | variant\n"), 0o644))
	err := DefaultRegistry().LoadFile(bad)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bad.txt:2: empty canonical name")

	err = DefaultRegistry().LoadFile(filepath.Join(dir, "missing.txt"))
	require.Error(t, err)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestMatchAt(t *testing.T) {
	reg := DefaultRegistry()
	tests := []struct {
		s       string
		needCap bool
		want    string
		end     int
	}{
		{"CBS News Philadelphia reported", true, "CBS News", len("CBS News Philadelphia")},
		{"the  Associated\tPress said", true, "AP", len("the  Associated\tPress")}, // "the" may be lower case
		{"The Associated Press said", true, "AP", len("The Associated Press")},
		{"APTN said", true, "", 0},
		{"dawn broke", true, "", 0},
		{"dawn broke", false, "Dawn", 4},
		{"Al Jazeera’s reporter", true, "Al Jazeera", len("Al Jazeera")},
		{"BBC", true, "BBC", 3},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			got, end := reg.matchAt(tt.s, 0, tt.needCap)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.end, end)
		})
	}
}

// name drops the rule Detect returns.
func name(outlet, _ string) string { return outlet }

func BenchmarkDetect(b *testing.B) {
	reg := DefaultRegistry()
	para := "The council said on Tuesday that 42 homes were damaged and about 300 people were moved to shelters, a spokesman told reporters.\n\n"
	texts := []string{
		"By Sam Writer\n\nLocal News correspondent\n\n" + strings.Repeat(para, 20),
		strings.Repeat(para, 20) + "\"We are safe,\" she told Al Jazeera.\n\nSOURCE: AL JAZEERA",
		strings.Repeat(para, 20),
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			name(reg.Detect(s))
		}
	}
}

package segment

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldenRulesPath is the English Golden Rules of sentence boundary
// detection, in the shared data next to the repository.
const goldenRulesPath = "../../../shared/conformance/sbd/golden_rules_en.json"

type goldenRule struct {
	ID       int      `json:"id"`
	Name     string   `json:"name"`
	Input    string   `json:"input"`
	Expected []string `json:"expected"`
}

// sentenceTexts returns the trimmed, non-empty sentence texts of text, the
// way the Golden Rules are scored.
func sentenceTexts(text string) []string {
	var out []string
	for _, sp := range Split(text) {
		if s := strings.TrimSpace(text[sp.Start:sp.End]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func TestGoldenRules(t *testing.T) {
	b, err := os.ReadFile(goldenRulesPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s not found", goldenRulesPath)
	}
	require.NoError(t, err)
	var rules []goldenRule
	require.NoError(t, json.Unmarshal(b, &rules))
	require.NotEmpty(t, rules)
	passed := 0
	for _, r := range rules {
		want := make([]string, len(r.Expected))
		for i, s := range r.Expected {
			want[i] = strings.TrimSpace(s)
		}
		got := sentenceTexts(r.Input)
		if strings.Join(got, "\x00") == strings.Join(want, "\x00") && len(got) == len(want) {
			passed++
			continue
		}
		t.Logf("rule %d %s:\n  want %q\n  got  %q", r.ID, r.Name, want, got)
	}
	t.Logf("golden rules: %d/%d passed", passed, len(rules))
	require.GreaterOrEqual(t, passed*100, len(rules)*85, "golden rules: %d/%d passed, below 85%%", passed, len(rules))
}

// segmentCases are news sentences written for these tests, with the sentences
// each must split into.
var segmentCases = []struct {
	name string
	text string
	want []string
}{
	{"empty", "", nil},
	{"white space only", " \n\t\n\u00a0 ", nil},
	{"simple", "The river burst its banks. Hundreds fled.", []string{"The river burst its banks.", "Hundreds fled."}},
	{"question and exclamation", "Will prices fall? Analysts doubt it! The debate goes on.",
		[]string{"Will prices fall?", "Analysts doubt it!", "The debate goes on."}},
	{"U.S. before a name", "The U.S. Senate passed the bill on Tuesday. It now goes to the House.",
		[]string{"The U.S. Senate passed the bill on Tuesday.", "It now goes to the House."}},
	{"U.S. at the end", "She grew up in the U.S. Her parents stayed in Kabul.",
		[]string{"She grew up in the U.S.", "Her parents stayed in Kabul."}},
	{"U.S. before a number", "He moved to the U.S. in 1999 and to the U.K. in 2004.",
		[]string{"He moved to the U.S. in 1999 and to the U.K. in 2004."}},
	{"titles", "Mr. Obama met Mrs. Clinton and Dr. Fauci in the Oval Office. They spoke for an hour.",
		[]string{"Mr. Obama met Mrs. Clinton and Dr. Fauci in the Oval Office.", "They spoke for an hour."}},
	{"military and political titles", "Gov. Gavin Newsom and Sen. Alex Padilla toured the site. Lt. Gen. Mark Hertling joined them.",
		[]string{"Gov. Gavin Newsom and Sen. Alex Padilla toured the site.", "Lt. Gen. Mark Hertling joined them."}},
	{"saint", "The parade on St. Patrick's Day drew crowds. Police closed the roads.",
		[]string{"The parade on St. Patrick's Day drew crowds.", "Police closed the roads."}},
	{"months", "The vote is set for Jan. 6 in Washington. Results are due by Oct. 12.",
		[]string{"The vote is set for Jan. 6 in Washington.", "Results are due by Oct. 12."}},
	{"a.m. inside", "The blast happened at 3 a.m. local time. Nobody was hurt.",
		[]string{"The blast happened at 3 a.m. local time.", "Nobody was hurt."}},
	{"p.m. at the end", "The fire started after 11 p.m. The cause is unknown.",
		[]string{"The fire started after 11 p.m.", "The cause is unknown."}},
	{"time phrase opening a sentence", "At 6 a.m. Mr. Khan opened the gates. Crowds poured in.",
		[]string{"At 6 a.m. Mr. Khan opened the gates.", "Crowds poured in."}},
	{"e.g. and i.e.", "Some members, e.g. France and Germany, objected. Others, i.e. the smaller states, agreed.",
		[]string{"Some members, e.g. France and Germany, objected.", "Others, i.e. the smaller states, agreed."}},
	{"company suffixes", "Apple Inc. reported record sales. Shares of Acme Ltd. fell 3%.",
		[]string{"Apple Inc. reported record sales.", "Shares of Acme Ltd. fell 3%."}},
	{"company suffix at the end", "He works for Brown & Co. The firm is based in Leeds.",
		[]string{"He works for Brown & Co.", "The firm is based in Leeds."}},
	{"versus", "The court ruled in Roe vs. Wade in 1973. The ruling was overturned in 2022.",
		[]string{"The court ruled in Roe vs. Wade in 1973.", "The ruling was overturned in 2022."}},
	{"initials", "J. R. R. Tolkien wrote the book in 1937. It sold millions.",
		[]string{"J. R. R. Tolkien wrote the book in 1937.", "It sold millions."}},
	{"middle initial", "George W. Bush visited Kabul in 2006. He met troops.",
		[]string{"George W. Bush visited Kabul in 2006.", "He met troops."}},
	{"initial before a closing quote", `The prison was called "Block H." Few left it.`,
		[]string{`The prison was called "Block H."`, "Few left it."}},
	{"decimals", "Growth slowed to 2.5 percent in March. The bank kept rates at 5.25%.",
		[]string{"Growth slowed to 2.5 percent in March.", "The bank kept rates at 5.25%."}},
	{"money", "The deal is worth $1.5m. It closes in May.", []string{"The deal is worth $1.5m.", "It closes in May."}},
	{"number at the end", "The toll rose to 52. Thirty more are missing.", []string{"The toll rose to 52.", "Thirty more are missing."}},
	{"numero and page", "No. 10 Downing Street said talks were over. See p. 12 for details.",
		[]string{"No. 10 Downing Street said talks were over.", "See p. 12 for details."}},
	{"bracketed acronym", "The drug treats multiple sclerosis (MS). Trials begin in June.",
		[]string{"The drug treats multiple sclerosis (MS).", "Trials begin in June."}},
	{"numbered items", "1. Leave the building. 2. Call the police.", []string{"1. Leave the building.", "2. Call the police."}},
	{"numbered items without periods", "1) Leave the building 2) Call the police", []string{"1) Leave the building", "2) Call the police"}},
	{"curly quote ends the sentence", "The mayor said: “We will rebuild the town.” Work begins on Monday.",
		[]string{"The mayor said: “We will rebuild the town.”", "Work begins on Monday."}},
	{"straight quote ends the sentence", `He called the plan "a disgrace." The vote was delayed.`,
		[]string{`He called the plan "a disgrace."`, "The vote was delayed."}},
	{"quote then lower case", "“Where were the police?” asked one resident.", []string{"“Where were the police?” asked one resident."}},
	{"quoted question and speech tag", "“Where were the police?” Ms Ahmadi asked. Nobody answered.",
		[]string{"“Where were the police?” Ms Ahmadi asked.", "Nobody answered."}},
	{"quoted question then pronoun", "“Why now?” He did not answer.", []string{"“Why now?”", "He did not answer."}},
	{"quoted question then introduction", `"Why not?" He said: "We can win."`, []string{`"Why not?"`, `He said: "We can win."`}},
	{"em dashes", "The strike — the third this year — ended on Friday. Trains run again.",
		[]string{"The strike — the third this year — ended on Friday.", "Trains run again."}},
	{"em dash interruption", "He began to answer—then stopped. The room fell silent.",
		[]string{"He began to answer—then stopped.", "The room fell silent."}},
	{"ellipsis ending a sentence", "The minister paused… Then she resigned.", []string{"The minister paused…", "Then she resigned."}},
	{"trailing off before I", "We waited for hours... I finally left at dawn.",
		[]string{"We waited for hours...", "I finally left at dawn."}},
	{"ellipsis inside", "He said he was tired of… everything.", []string{"He said he was tired of… everything."}},
	{"no space after the period", "Prices rose.The bank acted.", []string{"Prices rose.", "The bank acted."}},
	{"e-mail address", "Write to desk@example.org. Replies are read daily.",
		[]string{"Write to desk@example.org.", "Replies are read daily."}},
	{"web address", "Details are at www.Example.org/News today.", []string{"Details are at www.Example.org/News today."}},
	{"paragraph break without period", "Flood waters rise in Valencia\n\nRescue teams worked overnight. More rain is forecast.",
		[]string{"Flood waters rise in Valencia", "Rescue teams worked overnight.", "More rain is forecast."}},
	{"paragraph break inside a sentence", "The toll stood at 40\n\nand rising.", []string{"The toll stood at 40", "and rising."}},
	{"heading on its own line", "Flood Waters Rise in Valencia\nRescue teams worked overnight.",
		[]string{"Flood Waters Rise in Valencia", "Rescue teams worked overnight."}},
	{"heading ending with a question", "Who are the rebels?\nread more", []string{"Who are the rebels?", "read more"}},
	{"byline and desk", "By Jane Smith\nBBC News, Madrid\n\nThe government declared an emergency.",
		[]string{"By Jane Smith", "BBC News, Madrid", "The government declared an emergency."}},
	{"dateline stays with its sentence", "MADRID (AP) — Spain declared an emergency on Monday. Schools closed.",
		[]string{"MADRID (AP) — Spain declared an emergency on Monday.", "Schools closed."}},
	{"source line", "Aid is expected next week.\nSOURCE: REUTERS", []string{"Aid is expected next week.", "SOURCE: REUTERS"}},
	{"markdown heading", "# Floods in Spain\nThe rain stopped on Tuesday.", []string{"# Floods in Spain", "The rain stopped on Tuesday."}},
	{"list lines", "Key figures:\n- 139 killed\n- 180 injured", []string{"Key figures:", "- 139 killed", "- 180 injured"}},
	{"hard-wrapped prose", "The storm hit the coast late on Sunday, knocking out power to more than\n" +
		"200,000 homes and flooding the main road into the city. Crews worked\n" +
		"through the night to restore supplies, officials said on Monday.",
		[]string{"The storm hit the coast late on Sunday, knocking out power to more than\n" +
			"200,000 homes and flooding the main road into the city.",
			"Crews worked\nthrough the night to restore supplies, officials said on Monday."}},
	{"hard-wrapped dash and number", "Union leaders said the strike would go ahead unless the state raised its\n" +
		"offer - about 4% - and lowered the retirement age, now set at 66, back to\n" +
		"65. Talks resume on Friday.",
		[]string{"Union leaders said the strike would go ahead unless the state raised its\n" +
			"offer - about 4% - and lowered the retirement age, now set at 66, back to\n65.", "Talks resume on Friday."}},
	{"hard-wrapped quoted question", "Residents gathered outside the town hall on Monday evening. \"Who will pay?\"\n" +
		"one of them asked, pointing at the ruined bridge across the river Turia and\n" +
		"the flooded fields.",
		[]string{"Residents gathered outside the town hall on Monday evening.", "\"Who will pay?\"\n" +
			"one of them asked, pointing at the ruined bridge across the river Turia and\nthe flooded fields."}},
	{"line break settles an abbreviation", "The shares were bought by Vantage Inc.\nShares rose 4% on the news, and analysts expect more gains.",
		[]string{"The shares were bought by Vantage Inc.", "Shares rose 4% on the news, and analysts expect more gains."}},
	{"lower-case lines without punctuation", "warnings\nflood maps\nroad closures, detours\n",
		[]string{"warnings", "flood maps", "road closures, detours"}},
	{"numbered lines", "The plan has three parts:\n1. New levees\n2. Early warnings\n3. Insurance",
		[]string{"The plan has three parts:", "1. New levees", "2. Early warnings", "3. Insurance"}},
	{"brand name opens a sentence", "Sales of the phone fell 9%. iPhone revenue still rose.",
		[]string{"Sales of the phone fell 9%.", "iPhone revenue still rose."}},
	{"windows line ends", "First paragraph ends here.\r\n\r\nSecond one follows", []string{"First paragraph ends here.", "Second one follows"}},
	{"invalid UTF-8", "Bad byte \xff here. Next one.", []string{"Bad byte \xff here.", "Next one."}},
}

func TestSplit(t *testing.T) {
	for _, tc := range segmentCases {
		t.Run(tc.name, func(t *testing.T) {
			spans := Split(tc.text)
			checkSpans(t, tc.text, spans)
			var got []string
			for _, sp := range spans {
				got = append(got, tc.text[sp.Start:sp.End])
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestSentences(t *testing.T) {
	a := &core.Article{Text: "Floods in Spain\n\nBy Ana Ruiz\n\nThe rain stopped. Rivers fell.\nRoads reopened.", Line: 7}
	got := Sentences(a)
	require.Len(t, got, 5)
	wantText := []string{"Floods in Spain", "By Ana Ruiz", "The rain stopped.", "Rivers fell.", "Roads reopened."}
	wantLine := []int{7, 9, 11, 11, 12}
	for i, s := range got {
		assert.Equal(t, i, s.Index)
		assert.Equal(t, wantText[i], s.Text)
		assert.Equal(t, a.Text[s.Start:s.End], s.Text)
		assert.Equal(t, wantLine[i], s.Line)
		assert.Equal(t, a.LineAt(s.Start), s.Line)
	}

	one := &core.Article{Text: "One line. Two sentences.", Line: 3, SingleLine: true}
	for _, s := range Sentences(one) {
		assert.Equal(t, 3, s.Line)
	}
	assert.Empty(t, Sentences(&core.Article{}))
}

// checkSpans asserts the invariants every result of Split keeps.
func checkSpans(t *testing.T, text string, spans []core.Span) {
	t.Helper()
	prev := 0
	covered := make([]bool, len(text))
	for _, sp := range spans {
		require.LessOrEqual(t, prev, sp.Start, "spans out of order or overlapping: %v", spans)
		require.Less(t, sp.Start, sp.End, "empty span %v", sp)
		require.LessOrEqual(t, sp.End, len(text), "span %v out of range", sp)
		s := text[sp.Start:sp.End]
		first, _ := utf8.DecodeRuneInString(s)
		last, _ := utf8.DecodeLastRuneInString(s)
		require.False(t, unicode.IsSpace(first) || unicode.IsSpace(last), "untrimmed span %q", s)
		require.False(t, paragraphBreak(s), "span %q crosses a paragraph break", s)
		for i := sp.Start; i < sp.End; i++ {
			covered[i] = true
		}
		prev = sp.End
	}
	for i, r := range text {
		if !covered[i] && !unicode.IsSpace(r) {
			require.Failf(t, "text lost", "byte %d (%q) of %q is in no sentence", i, r, text)
		}
	}
}

// paragraphBreak reports whether s holds a line break followed by a blank line.
func paragraphBreak(s string) bool {
	for i := strings.IndexByte(s, '\n'); i >= 0; {
		rest := strings.TrimLeft(s[i+1:], " \t\u00a0")
		if strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, "\r") {
			return true
		}
		j := strings.IndexByte(s[i+1:], '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func FuzzSplit(f *testing.F) {
	for _, tc := range segmentCases {
		f.Add(tc.text)
	}
	f.Add("“Why?” he asked . . . . Then: 1.) a 2.) b\n\n• 9. x • 10. y [...] U.S.A. e.g. N°. 5")
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Split(text))
		a := &core.Article{Text: text, Line: 1}
		for i, s := range Sentences(a) {
			require.Equal(t, i, s.Index)
			require.Equal(t, text[s.Start:s.End], s.Text)
			require.Equal(t, a.LineAt(s.Start), s.Line)
		}
	})
}

// benchArticle is a news article of several paragraphs, with a headline, a
// byline, quotes, abbreviations and figures, written for the benchmark.
const benchArticle = `Floods Force Thousands From Their Homes in Eastern Spain

By Ana Ruiz, Madrid correspondent

VALENCIA, Spain (AP) — Flash floods swept through towns near Valencia on Tuesday, killing at least 62 people and forcing more than 4,000 from their homes, officials said. Rescue teams worked through the night.

The regional government said about 1,200 soldiers had been deployed. Gov. Carlos Mazón told reporters at 7 a.m. that the toll was "likely to rise." Some towns, e.g. Paiporta and Chiva, received a year's rain in eight hours.

“We have never seen anything like this,” said Dr. Elena García, who runs the hospital in Torrent. “Where were the warnings?” another resident asked.

The U.S. State Department offered help. Spain's prime minister, Pedro Sánchez, declared three days of mourning — the first since 2021 — and promised €1.5bn in aid. Insurers expect claims of up to $2.3 billion.

Meteorologists said the storm... was not unexpected. "It was the strongest in decades," said J. M. López of the weather agency AEMET.
`

func BenchmarkSplit(b *testing.B) {
	text := strings.Repeat(benchArticle+"\n", 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text)
	}
}

// BenchmarkSplitCorpus segments every article of the BBC corpus in
// the shared data, when it is there.
func BenchmarkSplitCorpus(b *testing.B) {
	const dir = "../../../shared/corpus/bbc-fulltext"
	var texts []string
	size := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".txt" || d.Name() == "README.TXT" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		texts = append(texts, string(data))
		size += len(data)
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		b.Skipf("%s not found", dir)
	}
	require.NoError(b, err)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	sentences := 0
	for b.Loop() {
		sentences = 0
		for _, t := range texts {
			sentences += len(Split(t))
		}
	}
	b.ReportMetric(float64(len(texts)), "articles")
	b.ReportMetric(float64(sentences), "sentences")
}
